//! Money aimed at a gap: a share of a round's budget kept for bids from groups led by a
//! community the lead names (a code of the 360Giving DEI taxonomy, such as "Black / African /
//! Caribbean / Black British"), as an amount or a percentage of the budget.
//!
//! Decisions, for leads and readers of the code:
//! - A bid counts toward a reservation when its group, as it described itself when the bid was
//!   sent (`bids::sent_profile`), is **led by** people of that community: its leadership codes
//!   include the code or one below it ("African" counts toward "Black / African / Caribbean /
//!   Black British"). Whom the group serves is not also required: a Black-led group serving its
//!   whole estate is what a lead naming "Black-led" means.
//! - Reserved money is kept from the other bids while bids that count toward it are still to
//!   decide: the ranking's funding line for everyone else runs against the money left less what
//!   is still reserved. Money awarded to bids that count comes off the reservation. Once no bid
//!   that counts is left to decide, what remains of it is free for the others.
//! - A reservation can be added or removed until the round's first award, so the line a panel
//!   and the groups were told about does not move under decisions already made.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::audit::{self, NewEvent};
use crate::db::schema::{awards, bids, round_reservations};
use crate::db::{DbConn, write_transaction};
use crate::forms::FieldErrors;
use crate::groups::dei;
use crate::i18n::Message;
use crate::money::Pence;

/// The most reservations a round may have: each one splits the money further.
pub const MAX_PER_ROUND: usize = 3;

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Identifiable, serde::Serialize)]
#[diesel(table_name = round_reservations)]
pub struct Reservation {
    pub id: i64,
    pub round_id: i64,
    /// A DEI code of a population group or a category (`DEI010100`).
    pub dei_code: String,
    pub amount_pence: Option<i64>,
    pub percent: Option<i32>,
    pub created_by: i64,
    pub created_at: NaiveDateTime,
}

impl Reservation {
    /// The money kept, out of the round's `budget`: the amount, or the percentage of the budget
    /// rounded down to the penny; never more than the budget.
    pub fn share(&self, budget: Pence) -> Pence {
        let kept = match (self.amount_pence, self.percent) {
            (Some(amount), _) => Pence(amount),
            (None, Some(percent)) => Pence(budget.0.max(0) * i64::from(percent) / 100),
            (None, None) => Pence::ZERO,
        };
        kept.min(budget.max(Pence::ZERO))
    }

    /// The key of the community's name (`groups-dei-010100`), as every page shows DEI codes.
    pub fn community_key(&self) -> String {
        community_key(&self.dei_code)
    }
}

/// The message key of a DEI code's title, as the taxonomy names it (`groups::dei`).
pub fn community_key(code: &str) -> String {
    dei::taxonomy().iter().find(|c| c.code == code).map_or_else(|| format!("groups-dei-{code}"), |c| c.key.clone())
}

/// The round's reservations as the ranking and the public page need them: each community's code
/// with its share of `budget`.
pub fn shares(conn: &mut DbConn, round_id: i64, budget: Pence) -> QueryResult<Vec<(String, Pence)>> {
    Ok(of_round(conn, round_id)?
        .into_iter()
        .map(|reservation| {
            let share = reservation.share(budget);
            (reservation.dei_code, share)
        })
        .collect())
}

/// Whether a group that gave `leadership` codes (as kept with its bid) is led by the community
/// of `code`: one of its codes is the code itself or lies below it in the taxonomy.
pub fn led_by(code: &str, leadership: &[String]) -> bool {
    let prefix = significant_prefix(code);
    leadership.iter().any(|given| given == code || (!prefix.is_empty() && given.starts_with(prefix)))
}

/// The part of a code its children share: `DEI01` for a population group (`DEI010000`),
/// `DEI0101` for a category (`DEI010100`), the whole code below that.
fn significant_prefix(code: &str) -> &str {
    if code.len() != 9 {
        return "";
    }
    if code.ends_with("0000") {
        &code[..5]
    } else if code.ends_with("00") {
        &code[..7]
    } else {
        code
    }
}

/// What remains of one reservation for the bids still to decide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reserve {
    pub code: String,
    /// The share less the money already awarded to bids that count toward it.
    pub left: Pence,
}

/// The reserves still holding money back: each reservation's share less what bids that count
/// toward it have been awarded (`awarded`: codes and committed money of decided bids), kept only
/// while a bid that counts is still to decide (`undecided`: their leadership codes).
pub fn reserves_in_play(
    shares: &[(String, Pence)],
    awarded: &[(Vec<String>, Pence)],
    undecided: &[&[String]],
) -> Vec<Reserve> {
    shares
        .iter()
        .filter(|(code, _)| undecided.iter().any(|codes| led_by(code, codes)))
        .map(|(code, share)| {
            let used: Pence =
                awarded.iter().filter(|(codes, _)| led_by(code, codes)).map(|(_, committed)| *committed).sum();
            Reserve { code: code.clone(), left: (*share - used).max(Pence::ZERO) }
        })
        .filter(|reserve| reserve.left > Pence::ZERO)
        .collect()
}

/// A reservation as the lead asks for it, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kept {
    Amount(Pence),
    Percent(i32),
}

/// What the reservation form sends, kept as typed.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct ReservationForm {
    pub dei_code: String,
    /// `amount` or `percent`.
    pub how: String,
    pub amount: String,
    pub percent: String,
}

/// Checks a new reservation against the round's `budget` and the reservations it has.
pub fn check(form: &ReservationForm, budget: Pence, existing: &[Reservation]) -> Result<(String, Kept), FieldErrors> {
    let mut errors = FieldErrors::new();
    let code = form.dei_code.trim().to_string();
    let known = dei::taxonomy().iter().any(|c| c.code == code && c.level <= 2);
    if !known {
        errors.add("dei_code", "reservations-error-community");
    } else if existing.iter().any(|r| r.dei_code == code) {
        errors.add("dei_code", "reservations-error-already");
    }
    if existing.len() >= MAX_PER_ROUND {
        errors.add("dei_code", Message::new("reservations-error-too-many").arg("most", MAX_PER_ROUND));
    }
    let already: Pence = existing.iter().map(|r| r.share(budget)).sum();
    let kept = match form.how.as_str() {
        "amount" => match Pence::parse(&form.amount) {
            Ok(amount) if amount > Pence::ZERO && already + amount <= budget => Some(Kept::Amount(amount)),
            Ok(amount) if amount > Pence::ZERO => {
                errors.add(
                    "amount",
                    Message::new("reservations-error-over-budget").arg("left", (budget - already).max(Pence::ZERO)),
                );
                None
            }
            Ok(_) => {
                errors.add("amount", "reservations-error-amount");
                None
            }
            Err(problem) => {
                errors.add("amount", problem.message());
                None
            }
        },
        "percent" => match form.percent.trim().trim_end_matches('%').trim().parse::<i32>() {
            Ok(percent) if (1..=100).contains(&percent) => {
                let amount = Pence(budget.0.max(0) * i64::from(percent) / 100);
                if already + amount <= budget {
                    Some(Kept::Percent(percent))
                } else {
                    errors.add(
                        "percent",
                        Message::new("reservations-error-over-budget").arg("left", (budget - already).max(Pence::ZERO)),
                    );
                    None
                }
            }
            _ => {
                errors.add("percent", "reservations-error-percent");
                None
            }
        },
        _ => {
            errors.add("how", "reservations-error-how");
            None
        }
    };
    match kept {
        Some(kept) if errors.is_empty() => Ok((code, kept)),
        _ => Err(errors),
    }
}

/// The round's reservations, oldest first.
pub fn of_round(conn: &mut DbConn, round_id: i64) -> QueryResult<Vec<Reservation>> {
    round_reservations::table
        .filter(round_reservations::round_id.eq(round_id))
        .order(round_reservations::id.asc())
        .select(Reservation::as_select())
        .load(conn)
}

/// The reservations of several rounds, by round.
pub fn of_rounds(conn: &mut DbConn, round_ids: &[i64]) -> QueryResult<Vec<Reservation>> {
    round_reservations::table
        .filter(round_reservations::round_id.eq_any(round_ids))
        .order(round_reservations::id.asc())
        .select(Reservation::as_select())
        .load(conn)
}

/// Where one reservation stands: its share of the budget, and what has been awarded (and not
/// released) to bids that count toward it, and to how many.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    pub reservation: Reservation,
    pub share: Pence,
    pub awarded: Pence,
    pub awarded_bids: i64,
}

/// Each of the round's reservations with what has been awarded toward it so far.
pub fn standings(conn: &mut DbConn, round_id: i64) -> QueryResult<Vec<Standing>> {
    use crate::db::schema::bid_sent_profiles;
    let reservations = of_round(conn, round_id)?;
    if reservations.is_empty() {
        return Ok(Vec::new());
    }
    let budget = crate::funds::queries::round_balances(conn, round_id)?.assigned;
    let committed = crate::decisions::queries::committed_by_bid(conn, round_id)?;
    let ids: Vec<i64> = committed.iter().filter(|(_, money)| **money > Pence::ZERO).map(|(id, _)| *id).collect();
    let leaders: Vec<(i64, String)> = bid_sent_profiles::table
        .filter(bid_sent_profiles::bid_id.eq_any(&ids))
        .select((bid_sent_profiles::bid_id, bid_sent_profiles::leadership_codes))
        .load(conn)?;
    let funded: Vec<(Vec<String>, Pence)> = leaders
        .into_iter()
        .map(|(bid_id, codes)| {
            let codes = crate::groups::model::split_codes(&codes).into_iter().map(str::to_string).collect();
            (codes, committed.get(&bid_id).copied().unwrap_or(Pence::ZERO))
        })
        .collect();
    Ok(reservations
        .into_iter()
        .map(|reservation| {
            let toward: Vec<&(Vec<String>, Pence)> =
                funded.iter().filter(|(codes, _)| led_by(&reservation.dei_code, codes)).collect();
            Standing {
                share: reservation.share(budget),
                awarded: toward.iter().map(|(_, money)| *money).sum(),
                awarded_bids: toward.len() as i64,
                reservation,
            }
        })
        .collect())
}

/// Whether the round has made an award: reservations are fixed from then on.
pub fn round_has_awards(conn: &mut DbConn, round_id: i64) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(awards::table.inner_join(bids::table).filter(bids::round_id.eq(round_id))))
        .get_result(conn)
}

#[derive(Debug, thiserror::Error)]
pub enum ReservationError {
    #[error("the form has problems")]
    Invalid(FieldErrors),
    /// The round has made an award; reservations no longer change.
    #[error("the round has awards")]
    Fixed,
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

/// Adds a reservation to the round, checked against its budget inside the transaction.
pub fn add(
    conn: &mut DbConn,
    actor: i64,
    round_id: i64,
    form: &ReservationForm,
    now: NaiveDateTime,
) -> Result<Reservation, ReservationError> {
    write_transaction(conn, |conn| {
        crate::db::lock_row(conn, "rounds", round_id)?;
        if round_has_awards(conn, round_id)? {
            return Err(ReservationError::Fixed);
        }
        let budget = crate::funds::queries::round_balances(conn, round_id)?.assigned;
        let existing = of_round(conn, round_id)?;
        let (code, kept) = check(form, budget, &existing).map_err(ReservationError::Invalid)?;
        let (amount, percent) = match kept {
            Kept::Amount(amount) => (Some(amount.0), None),
            Kept::Percent(percent) => (None, Some(percent)),
        };
        let id: i64 = diesel::insert_into(round_reservations::table)
            .values((
                round_reservations::round_id.eq(round_id),
                round_reservations::dei_code.eq(&code),
                round_reservations::amount_pence.eq(amount),
                round_reservations::percent.eq(percent),
                round_reservations::created_by.eq(actor),
                round_reservations::created_at.eq(now),
            ))
            .returning(round_reservations::id)
            .get_result(conn)?;
        let reservation = round_reservations::table.find(id).select(Reservation::as_select()).first(conn)?;
        audit::record(
            conn,
            &NewEvent::about("round", round_id, Some(actor), "reservation_added")
                .with_details(Some(serde_json::json!({"dei_code": code, "amount_pence": amount, "percent": percent}))),
            now,
        )?;
        Ok(reservation)
    })
}

/// Removes one of the round's reservations.
pub fn remove(
    conn: &mut DbConn,
    actor: i64,
    round_id: i64,
    reservation_id: i64,
    now: NaiveDateTime,
) -> Result<(), ReservationError> {
    write_transaction(conn, |conn| {
        crate::db::lock_row(conn, "rounds", round_id)?;
        if round_has_awards(conn, round_id)? {
            return Err(ReservationError::Fixed);
        }
        let gone = diesel::delete(
            round_reservations::table
                .filter(round_reservations::id.eq(reservation_id))
                .filter(round_reservations::round_id.eq(round_id)),
        )
        .returning(round_reservations::dei_code)
        .get_result::<String>(conn)
        .optional()?
        .ok_or(ReservationError::NotFound)?;
        audit::record(
            conn,
            &NewEvent::about("round", round_id, Some(actor), "reservation_removed")
                .with_details(Some(serde_json::json!({"dei_code": gone}))),
            now,
        )?;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(list: &[&str]) -> Vec<String> {
        list.iter().map(|c| c.to_string()).collect()
    }

    fn reservation(amount: Option<i64>, percent: Option<i32>) -> Reservation {
        Reservation {
            id: 1,
            round_id: 1,
            dei_code: "DEI010100".into(),
            amount_pence: amount,
            percent,
            created_by: 1,
            created_at: NaiveDateTime::default(),
        }
    }

    #[test]
    fn a_group_led_by_a_community_below_the_code_counts_toward_it() {
        assert!(led_by("DEI010100", &codes(&["DEI010110"])), "African counts toward Black");
        assert!(led_by("DEI010100", &codes(&["DEI020000", "DEI010100"])));
        assert!(!led_by("DEI010100", &codes(&["DEI010200"])), "another category");
        assert!(led_by("DEI010000", &codes(&["DEI010200"])), "a population group takes in its categories");
        assert!(!led_by("DEI010100", &[]));
    }

    #[test]
    fn a_share_is_an_amount_or_a_percentage_of_the_budget_never_more_than_it() {
        let budget = Pence::from_pounds(40_000);
        assert_eq!(reservation(Some(500_000), None).share(budget), Pence::from_pounds(5_000));
        assert_eq!(reservation(None, Some(25)).share(budget), Pence::from_pounds(10_000));
        assert_eq!(reservation(Some(9_000_000), None).share(budget), budget);
    }

    #[test]
    fn reserves_hold_money_only_while_bids_that_count_are_still_to_decide() {
        let shares = vec![("DEI010100".to_string(), Pence::from_pounds(10_000))];
        let black_led = codes(&["DEI010110"]);
        let other = codes(&["DEI060000"]);
        let awarded = vec![(black_led.clone(), Pence::from_pounds(4_000)), (other.clone(), Pence::from_pounds(9_000))];
        let in_play = reserves_in_play(&shares, &awarded, &[&other, &black_led]);
        assert_eq!(in_play, [Reserve { code: "DEI010100".into(), left: Pence::from_pounds(6_000) }]);
        assert!(reserves_in_play(&shares, &awarded, &[&other]).is_empty(), "no bid that counts is left");
    }

    #[test]
    fn the_form_is_checked_against_the_budget_and_the_taxonomy() {
        let budget = Pence::from_pounds(10_000);
        let form = |code: &str, how: &str, amount: &str, percent: &str| ReservationForm {
            dei_code: code.into(),
            how: how.into(),
            amount: amount.into(),
            percent: percent.into(),
        };
        assert_eq!(
            check(&form("DEI010100", "percent", "", "20"), budget, &[]).unwrap(),
            ("DEI010100".to_string(), Kept::Percent(20))
        );
        assert_eq!(
            check(&form("DEI010100", "amount", "2,500", ""), budget, &[]).unwrap().1,
            Kept::Amount(Pence::from_pounds(2_500))
        );
        let errors = check(&form("DEI999999", "amount", "20000", ""), budget, &[]).unwrap_err();
        assert!(errors.get("dei_code").is_some() && errors.get("amount").is_some());
        let errors = check(&form("DEI010100", "percent", "", "0"), budget, &[]).unwrap_err();
        assert!(errors.get("percent").is_some());
        let errors = check(&form("DEI010100", "amount", "1", ""), budget, &[reservation(Some(100), None)]).unwrap_err();
        assert!(errors.get("dei_code").is_some(), "one reservation per community");
    }
}
