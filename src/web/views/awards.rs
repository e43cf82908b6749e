//! The public list of awards: totals of every accepted award, then the awards whose groups
//! agreed to be named, newest first, with links to the same data as 360Giving open data.

use crate::i18n::{Message, Tr};
use maud::{Markup, html};

use super::components::sentence;
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
    let title = tr.t("public-awards-title");
    page(
        ctx,
        &title,
        html! {
            h1 class="heading-xl" { (title) }
            @if totals.count == 0 {
                p class="body-l" { (tr.t("public-awards-none")) }
            } @else {
                p class="body-l" { (totals_sentence(tr, &totals)) }
                @if totals.named() == 0 {
                    p class="body" { (tr.t("public-awards-none-named")) }
                } @else {
                    (open_data_links(tr))
                    (award_table(tr, view.awards))
                    (pagination(tr, view.page_number, last_page(totals.named())))
                }
            }
        },
    )
}

/// "£12,000 awarded to community groups in 5 grants. 2 of the groups chose not to be named, so
/// they are counted here but not listed."
pub fn totals_sentence(tr: Tr, totals: &Totals) -> String {
    let awarded = crate::t!(tr, "public-awards-total", money = totals.money, count = totals.count);
    match totals.unnamed {
        0 => awarded,
        unnamed => format!("{awarded} {}", crate::t!(tr, "public-awards-unnamed", count = unnamed)),
    }
}

fn last_page(named: i64) -> i64 {
    ((named + AWARDS_PAGE_SIZE - 1) / AWARDS_PAGE_SIZE).max(1)
}

fn open_data_links(tr: Tr) -> Markup {
    html! {
        p class="body" {
            (sentence(tr, Message::new("public-awards-open-data"), &[
                ("standard", html! { a href="https://www.threesixtygiving.org/" { (tr.t("public-awards-standard")) } }),
                ("json", html! { a href="/open-data/360giving.json" type="application/json" download { (tr.t("public-awards-json")) } }),
                ("csv", html! { a href="/open-data/360giving.csv" type="text/csv" download { (tr.t("public-awards-csv")) } }),
            ]))
        }
    }
}

fn award_table(tr: Tr, awards: &[PublicAward]) -> Markup {
    html! {
        div class="table-wrapper" {
            table class="table" {
                caption class="visually-hidden" { (tr.t("public-awards-caption")) }
                thead {
                    tr {
                        th scope="col" { (tr.t("public-awards-group")) }
                        th scope="col" class="numeric" { (tr.t("public-awards-amount")) }
                        th scope="col" { (tr.t("public-awards-for")) }
                        th scope="col" { (tr.t("public-awards-awarded")) }
                        th scope="col" { (tr.t("public-awards-round")) }
                    }
                }
                tbody {
                    @for public in awards {
                        tr {
                            th scope="row" { (public.group.name) }
                            td class="numeric" { (tr.money(public.award.amount())) }
                            td {
                                strong { (public.bid.title) }
                                @if !public.bid.summary.trim().is_empty() { br; (public.bid.summary) }
                            }
                            td { (tr.london_date(public.award.decided_at)) }
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
    super::components::pagination(tr, &tr.t("public-awards-pages"), page_number as usize, last_page as usize, |page| {
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
            totals_sentence(Tr::source(), &totals),
            "£6,000 awarded to community groups in 3 grants. 1 of the groups chose not to be named, so it is counted here but not listed."
        );
        let one = Totals { count: 1, money: Pence::from_pounds(500), unnamed: 0 };
        assert_eq!(totals_sentence(Tr::source(), &one), "£500 awarded to community groups in 1 grant.");
        let two = Totals { count: 2, money: Pence::from_pounds(1_500), unnamed: 2 };
        assert_eq!(
            totals_sentence(Tr::source(), &two),
            "£1,500 awarded to community groups in 2 grants. 2 of the groups chose not to be named, so they are counted here but not listed."
        );
    }

    #[test]
    fn pages_are_counted_from_the_named_awards() {
        assert_eq!(last_page(0), 1);
        assert_eq!(last_page(50), 1);
        assert_eq!(last_page(51), 2);
    }
}
