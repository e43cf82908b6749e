//! The lead's section of a round's page for money kept for groups led by a community
//! (`rounds::reservations`), and the sentence the public round page shows about it.

use maud::{Markup, html};

use super::components::{ButtonStyle, Input, InputKind, button, button_form, post_form, radios, select};
use crate::forms::FieldErrors;
use crate::groups::dei;
use crate::i18n::Tr;
use crate::rounds::reservations::{MAX_PER_ROUND, ReservationForm, Standing, community_key};

/// What the section needs.
pub struct ReservationsSection<'a> {
    pub round_id: i64,
    pub standings: &'a [Standing],
    /// The round has made an award: reservations no longer change.
    pub fixed: bool,
    pub typed: &'a ReservationForm,
    pub errors: &'a FieldErrors,
}

/// Whether the page's problems belong to the reservation form (it then opens).
pub fn is_reservation_problem(errors: &FieldErrors) -> bool {
    ["dei_code", "how", "amount", "percent"].iter().any(|field| errors.get(field).is_some())
}

pub fn section(tr: Tr, csrf_token: &str, s: &ReservationsSection<'_>) -> Markup {
    let base = format!("/manage/rounds/{}/reservations", s.round_id);
    html! {
        h2 class="heading-m" id="reservations" { (tr.t("reservations-heading")) }
        p class="body" { (tr.t("reservations-intro")) }
        @if s.standings.is_empty() {
            p class="body" { (tr.t("reservations-none")) }
        }
        @for standing in s.standings {
            @let community = tr.t(&standing.reservation.community_key());
            section class="card" aria-labelledby={ "reservation-" (standing.reservation.id) } {
                h3 class="heading-s" id={ "reservation-" (standing.reservation.id) } { (crate::t!(tr, "reservations-for", community = community.as_str())) }
                p class="body" {
                    @match standing.reservation.percent {
                        Some(percent) => (crate::t!(tr, "reservations-share-percent", share = standing.share, percent = percent)),
                        None => (crate::t!(tr, "reservations-share-amount", share = standing.share)),
                    }
                }
                p class="body" { (crate::t!(tr, "reservations-awarded", awarded = standing.awarded, count = standing.awarded_bids)) }
                @if !s.fixed {
                    (button_form(&format!("{base}/{}/remove", standing.reservation.id), csrf_token,
                        &crate::t!(tr, "reservations-remove", community = community.as_str()), ButtonStyle::Secondary))
                }
            }
        }
        @if s.fixed {
            p class="body" { (tr.t("reservations-fixed")) }
        } @else if s.standings.len() < MAX_PER_ROUND {
            details class="details" open[is_reservation_problem(s.errors)] {
                summary { (tr.t("reservations-add-summary")) }
                div class="details__text" {
                    (post_form(&base, csrf_token, form_fields(tr, s.typed, s.errors)))
                }
            }
        }
    }
}

/// The communities a lead may name: the taxonomy's population groups and the categories
/// within them, as groups describe themselves.
fn community_options(tr: Tr) -> Vec<(String, String)> {
    let mut options = vec![(String::new(), tr.t("reservations-choose-community"))];
    options.extend(dei::taxonomy().iter().filter(|code| code.level <= 2).map(|code| {
        let name = tr.t(&community_key(&code.code));
        (code.code.clone(), if code.level == 2 { format!("— {name}") } else { name })
    }));
    options
}

fn form_fields(tr: Tr, typed: &ReservationForm, errors: &FieldErrors) -> Markup {
    let ways = [
        ("percent".to_string(), tr.t("reservations-how-percent")),
        ("amount".to_string(), tr.t("reservations-how-amount")),
    ];
    html! {
        (select(tr, "dei_code", &tr.t("reservations-community"), &community_options(tr), &typed.dei_code,
            Some(&tr.t("reservations-community-hint")), errors))
        (radios(tr, "how", &tr.t("reservations-how"), &ways, &typed.how, None, errors))
        (Input::new("percent", &tr.t("reservations-percent"), &typed.percent).kind(InputKind::Number).width("input--width-5")
            .hint(&tr.t("reservations-percent-hint")).render(tr, errors))
        (Input::new("amount", &tr.t("reservations-amount"), &typed.amount).kind(InputKind::Money).width("input--width-10")
            .render(tr, errors))
        (button(&tr.t("reservations-add"), ButtonStyle::Primary))
    }
}
