//! The public list of awards: totals of every accepted award, then the awards whose groups
//! agreed to be named, newest first, with links to the same data as 360Giving open data.

use crate::i18n::Tr;
use maud::{Markup, html};

use super::components::london_date;
use super::layout::{PageCtx, page};
use crate::grants::queries::{AWARDS_PAGE_SIZE, PublicAward};
use crate::money::Pence;

/// Every accepted award, named or not.
#[derive(Debug, Clone, Copy, Default)]
pub struct Totals {
    pub count: i64,
    pub money: Pence,
    pub unnamed: i64,
}

impl Totals {
    pub fn named(&self) -> i64 {
        self.count - self.unnamed
    }
}

pub struct AwardsPage<'a> {
    pub totals: Totals,
    pub awards: &'a [PublicAward],
    /// From 1.
    pub page_number: i64,
}

pub fn awards(ctx: &PageCtx, view: &AwardsPage<'_>) -> Markup {
    let tr = ctx.tr;
    let totals = view.totals;
    page(
        ctx,
        "Awards made",
        html! {
            h1 class="heading-xl" { "Awards made" }
            @if totals.count == 0 {
                p class="body-l" { "No awards have been made yet. When groups accept their grants, they will be listed here." }
            } @else {
                p class="body-l" { (totals_sentence(&totals)) }
                @if totals.named() == 0 {
                    p class="body" { "None of the groups funded so far chose to be named, so there is nothing to list yet." }
                } @else {
                    (open_data_links())
                    (award_table(view.awards))
                    (pagination(tr, view.page_number, last_page(totals.named())))
                }
            }
        },
    )
}

/// "£12,000 awarded in 5 grants. 2 of the groups chose not to be named, so they are counted here
/// but not listed."
pub fn totals_sentence(totals: &Totals) -> String {
    let grants = if totals.count == 1 { "1 grant".to_string() } else { format!("{} grants", totals.count) };
    let unnamed = match totals.unnamed {
        0 => String::new(),
        1 => " 1 of the groups chose not to be named, so it is counted here but not listed.".to_string(),
        n => format!(" {n} of the groups chose not to be named, so they are counted here but not listed."),
    };
    format!("{} awarded to community groups in {grants}.{unnamed}", totals.money)
}

fn last_page(named: i64) -> i64 {
    ((named + AWARDS_PAGE_SIZE - 1) / AWARDS_PAGE_SIZE).max(1)
}

fn open_data_links() -> Markup {
    html! {
        p class="body" {
            "The awards listed here are also published as open data in the "
            a href="https://www.threesixtygiving.org/" { "360Giving Data Standard" } ": "
            a href="/open-data/360giving.json" type="application/json" download { "360Giving JSON file" }
            " or "
            a href="/open-data/360giving.csv" type="text/csv" download { "spreadsheet (CSV)" }
            "."
        }
    }
}

fn award_table(awards: &[PublicAward]) -> Markup {
    html! {
        div class="table-wrapper" {
            table class="table" {
                caption class="visually-hidden" { "Awards to groups that agreed to be named, newest first" }
                thead {
                    tr {
                        th scope="col" { "Group" }
                        th scope="col" class="numeric" { "Amount" }
                        th scope="col" { "What it is for" }
                        th scope="col" { "Awarded" }
                        th scope="col" { "Round" }
                    }
                }
                tbody {
                    @for public in awards {
                        tr {
                            th scope="row" { (public.group.name) }
                            td class="numeric" { (public.award.amount()) }
                            td {
                                strong { (public.bid.title) }
                                @if !public.bid.summary.trim().is_empty() { br; (public.bid.summary) }
                            }
                            td { (london_date(public.award.decided_at)) }
                            td {
                                a href={ "/rounds/" (public.round.slug) } { (public.round.name) }
                                br;
                                span class="secondary-text" { (public.programme.name) }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn pagination(tr: Tr, page_number: i64, last_page: i64) -> Markup {
    super::components::pagination(tr, "Pages of awards", page_number as usize, last_page as usize, |page| {
        format!("/awards?page={page}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_totals_say_how_many_were_not_named() {
        let totals = Totals { count: 3, money: Pence::from_pounds(6_000), unnamed: 1 };
        assert_eq!(
            totals_sentence(&totals),
            "£6,000 awarded to community groups in 3 grants. 1 of the groups chose not to be named, so it is counted here but not listed."
        );
        let one = Totals { count: 1, money: Pence::from_pounds(500), unnamed: 0 };
        assert_eq!(totals_sentence(&one), "£500 awarded to community groups in 1 grant.");
    }

    #[test]
    fn pages_are_counted_from_the_named_awards() {
        assert_eq!(last_page(0), 1);
        assert_eq!(last_page(50), 1);
        assert_eq!(last_page(51), 2);
    }
}
