//! The lead's reports and spreadsheets. Each handler checks `Action::ManageProgramme` for the
//! pot's or programme's programme (through `managed_pot` / `managed_programme`).

use actix_web::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION};
use actix_web::{HttpResponse, web};

use super::html;
use crate::db::DbConn;
use crate::i18n::Tr;
use crate::reports::equity::{BidFacts, equity_report, hide_small_numbers};
use crate::reports::line_profile::{LineTable, line_profile};
use crate::reports::queries::{equity_facts, pot_report};
use crate::reports::spreadsheets::{self, AWARDS_HEADER, LEDGER_HEADER, PAYMENTS_HEADER};
use crate::web::AppState;
use crate::web::access::{managed_pot, managed_programme};
use crate::web::error::AppError;
use crate::web::extractors::Viewer;
use crate::web::views::reports::{self as views, EquityPage};

/// `GET /manage/pots/{id}/report`
pub async fn pot(state: web::Data<AppState>, viewer: Viewer, pot_id: web::Path<i64>) -> Result<HttpResponse, AppError> {
    let (_, programme, pot) = managed_pot(&state, &viewer, pot_id.into_inner()).await?;
    let (for_query, now, memos) = (pot.clone(), state.now(), state.memos.clone());
    let report = state
        .db
        .run(move |conn| {
            // The report sums the pot's whole ledger: it is kept until anything changes, and
            // remade each minute at most (whether a round is still open depends on the time).
            let marker = crate::db::changes::change_marker(conn)?;
            let key = format!("{}:{}", for_query.id, now.format("%Y-%m-%d %H:%M"));
            memos.pot_reports.get_or_make(key, marker, || Ok::<_, AppError>(pot_report(conn, &for_query, now)?))
        })
        .await?;
    Ok(html(views::pot_report(&viewer.ctx(), &programme, &pot, &report)))
}

/// A spreadsheet's rows for a pot, with the portal's words in the reader's language.
type SpreadsheetRows = fn(&mut DbConn, i64, Tr) -> diesel::QueryResult<Vec<Vec<String>>>;

/// A spreadsheet of the pot, as a download.
async fn pot_spreadsheet(
    state: &AppState,
    viewer: &Viewer,
    pot_id: i64,
    name: &str,
    header: &'static [&'static str],
    rows: SpreadsheetRows,
) -> Result<HttpResponse, AppError> {
    let (_, _, pot) = managed_pot(state, viewer, pot_id).await?;
    let (id, tr) = (pot.id, viewer.tr);
    let rows = state.query(move |conn| rows(conn, id, tr)).await?;
    let body =
        spreadsheets::to_csv(spreadsheets::header(tr, header), rows).map_err(|e| AppError::Internal(e.to_string()))?;
    let filename =
        format!("{}-{}-{name}.csv", crate::rounds::rules::slugify(&pot.name), pot.year().label().replace('/', "-"));
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((CONTENT_DISPOSITION, format!("attachment; filename=\"{filename}\"")))
        .insert_header((CACHE_CONTROL, "no-store"))
        .body(body))
}

pub async fn awards_csv(
    state: web::Data<AppState>,
    viewer: Viewer,
    pot_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    pot_spreadsheet(&state, &viewer, pot_id.into_inner(), "awards", &AWARDS_HEADER, spreadsheets::awards_csv).await
}

pub async fn payments_csv(
    state: web::Data<AppState>,
    viewer: Viewer,
    pot_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    pot_spreadsheet(&state, &viewer, pot_id.into_inner(), "payments", &PAYMENTS_HEADER, spreadsheets::payments_csv)
        .await
}

pub async fn ledger_csv(
    state: web::Data<AppState>,
    viewer: Viewer,
    pot_id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    pot_spreadsheet(&state, &viewer, pot_id.into_inner(), "ledger", &LEDGER_HEADER, spreadsheets::ledger_csv).await
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct EquityQuery {
    /// A round of the programme, or empty for all.
    pub round: String,
    /// "yes" for the version shared beyond the lead.
    pub shareable: String,
}

/// `GET /manage/programmes/{id}/equity?round=&shareable=yes`
pub async fn equity(
    state: web::Data<AppState>,
    viewer: Viewer,
    programme_id: web::Path<i64>,
    query: web::Query<EquityQuery>,
) -> Result<HttpResponse, AppError> {
    let (_, programme) = managed_programme(&state, &viewer, programme_id.into_inner()).await?;
    let id = programme.id;
    // Money spent on involvement is for the current financial year: counts and totals, no names.
    // Read on the rounds' connection (one check-out, one round trip fewer on PostgreSQL).
    let year = crate::funds::FinancialYear::containing(state.now());
    let (rounds, payments) = state
        .db
        .run(move |conn| {
            let rounds = crate::rounds::queries::of_programme(conn, id)?;
            let payments = crate::involvement::queries::payments_of(conn, id, year)?;
            Ok::<_, AppError>((rounds, payments))
        })
        .await?;
    // A round of another programme (or nonsense) is not this programme's: show all rounds.
    let round = query.round.parse::<i64>().ok().and_then(|wanted| rounds.iter().find(|r| r.id == wanted));
    let round_id = round.map(|r| r.id);
    let facts = kept_equity_facts(&state, id, round_id).await?;
    let mut report = equity_report(&facts);
    let shareable = query.shareable == "yes";
    if shareable {
        hide_small_numbers(&mut report);
    }
    let spend = crate::involvement::rules::spend(&payments);
    let page = EquityPage {
        programme: &programme,
        rounds: &rounds,
        round,
        shareable,
        report: &report,
        involvement: (year, &spend),
    };
    Ok(html(views::equity(&viewer.ctx(), &page)))
}

/// The profile of a round's bids still to decide, above and below the funding line
/// (`reports::line_profile`), for the lead's ranking. Callers have checked the viewer manages
/// the round: the panel never sees it.
pub async fn line_profile_of(
    state: &AppState,
    round: &crate::rounds::Round,
    ranking: &crate::review::ranking::Ranking,
) -> Result<Vec<LineTable>, AppError> {
    let facts = kept_equity_facts(state, round.programme_id, Some(round.id)).await?;
    let by_bid: std::collections::HashMap<i64, &BidFacts> = facts.iter().map(|bid| (bid.bid_id, bid)).collect();
    let side = |above: bool| -> Vec<BidFacts> {
        ranking
            .to_decide
            .iter()
            .filter(|row| row.within_budget == above)
            .filter_map(|row| by_bid.get(&row.bid.bid_id).map(|bid| (*bid).clone()))
            .collect()
    };
    Ok(line_profile(&side(true), &side(false)))
}

/// The equity facts of a programme's sent bids (of one round, or all), kept until anything
/// changes: at 10,000 bids, reading them was most of the ranking's and the report's time.
async fn kept_equity_facts(
    state: &AppState,
    programme_id: i64,
    round_id: Option<i64>,
) -> Result<std::sync::Arc<Vec<BidFacts>>, AppError> {
    let memos = state.memos.clone();
    state
        .db
        .run(move |conn| {
            let marker = crate::db::changes::change_marker(conn)?;
            let key = format!("{programme_id}:{round_id:?}");
            memos
                .equity_facts
                .get_or_make(key, marker, || Ok::<_, AppError>(equity_facts(conn, programme_id, round_id)?))
        })
        .await
}
