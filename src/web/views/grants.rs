//! After the award: the offer the group accepts, payments, the light report, and the lead's
//! payments and completion.

use maud::{Markup, html};

use super::bids::{multiline, video_link};
use super::components::sentence;
use super::components::{
    ButtonStyle, Input, InputKind, button, button_form, error_summary, post_form, radios, summary_list, textarea,
    title_with_errors,
};
use super::group_word::{WordAsk, ask_panel};
use super::layout::{PageCtx, page};
use crate::bids::word::Purpose;
use crate::bids::{Bid, BidState};
use crate::decisions::Award;
use crate::forms::FieldErrors;
use crate::grants::instalments::{Covered, Instalment, InstalmentsForm, covered};
use crate::grants::rules::{AcceptForm, PaymentForm, ReportForm};
use crate::grants::{GrantReport, Payment};
use crate::i18n::{Message, Tr};
use crate::measures::{MeasureKind, Question, ReportAnswer};
use crate::money::Pence;

/// Everything about an award the group and the lead see.
pub struct AwardView<'a> {
    pub bid: &'a Bid,
    pub award: &'a Award,
    pub payments: &'a [Payment],
    /// When the award is paid, once accepted (`grants::instalments`).
    pub instalments: &'a [Instalment],
    pub report: Option<&'a GrantReport>,
}

impl AwardView<'_> {
    pub fn paid(&self) -> Pence {
        self.payments.iter().map(Payment::amount).sum()
    }
}

fn yes_or_no(tr: Tr, yes: bool) -> String {
    tr.t(if yes { "grants-yes" } else { "grants-no" })
}

/// The offer's facts. The lead also sees, until the group answers, the date it was asked to
/// accept by (the group reads it in a sentence of its own above the form to accept).
fn offer_facts(tr: Tr, view: &AwardView<'_>, for_lead: bool) -> Markup {
    let award = view.award;
    let amount = html! { strong { (tr.money(award.amount())) } };
    let mut rows: Vec<(String, Markup)> = vec![
        (
            tr.t("grants-award"),
            match view.bid.amount() {
                Some(asked) if asked != award.amount() => {
                    sentence(tr, Message::new("grants-award-and-asked").arg("asked", asked), &[("award", amount)])
                }
                _ => amount,
            },
        ),
        (
            tr.t("grants-conditions"),
            html! { @if award.conditions.is_empty() { (tr.t("grants-none")) } @else { (multiline(&award.conditions)) } },
        ),
        (tr.t("grants-payment-plan"), html! { (multiline(&award.payment_plan)) }),
    ];
    if !award.paid_through.is_empty() {
        rows.push((tr.t("host-paid-through"), html! { (award.paid_through) }));
    }
    if let Some(date) = award.accept_by_on.filter(|_| for_lead && award.accepted_at.is_none()) {
        rows.push((tr.t("grants-lead-accept-by"), html! { (tr.date(date)) }));
    }
    rows.push((
        tr.t("grants-report-due"),
        html! { @match award.report_due_on { Some(date) => (tr.date(date)), None => (tr.t("grants-no-report-needed")) } },
    ));
    summary_list(&rows.iter().map(|(label, value)| (label.as_str(), value.clone())).collect::<Vec<_>>())
}

/// What the viewer of an offer may do with it.
pub enum OfferActions<'a> {
    /// A member of the group: accept it, or turn it down.
    Member,
    /// A connector helping the group: ask its contact for the group's word, by email or phone.
    Connector(&'a WordAsk<'a>),
}

/// The offer: the amount, the lead's message, its facts and the date to accept by.
pub fn offer_summary(ctx: &PageCtx, view: &AwardView<'_>) -> Markup {
    let tr = ctx.tr;
    html! {
        div class="panel" { h2 class="panel__title" { (crate::t!(tr, "grants-offered", amount = view.award.amount())) } }
        @if !view.award.message.is_empty() { div class="inset-text" { p class="body" { (multiline(&view.award.message)) } } }
        (offer_facts(tr, view, false))
        @if let Some(date) = view.award.accept_by_on {
            p class="body" id="accept-by" {
                (sentence(tr, Message::new("grants-accept-by"), &[("date", html! { strong { (tr.date(date)) } })]))
            }
        }
    }
}

/// The questions that accept an offer: who accepts for the group, the conditions agreed, and
/// whether the group may be named. `has_equality_answers`: the group answered the equality
/// questions, so it may choose to publish them with a named award.
pub fn accept_fields(tr: Tr, form: &AcceptForm, errors: &FieldErrors, has_equality_answers: bool) -> Markup {
    html! {
        (Input::new("accepted_name", &tr.t("grants-accepted-name"), &form.accepted_name).autocomplete("name")
            .hint(&tr.attr("grants-accepted-name", "hint")).render(tr, errors))
        div class={ "form-group" @if errors.text("agree", tr).is_some() { " form-group--error" } } {
            (super::components::checkbox(tr, "agree", &tr.t("grants-agree"), form.agree.is_some(), None, errors.text("agree", tr).as_deref()))
        }
        (radios(tr, "public", &tr.t("grants-public"), &[
            ("yes".to_string(), tr.t("grants-public-yes")),
            ("no".to_string(), tr.t("grants-public-no")),
        ], &form.public, Some(&tr.attr("grants-public", "hint")), errors))
        @if has_equality_answers {
            div class="form-group" {
                (super::components::checkbox(tr, "share_equality", &tr.t("grants-share-equality"), form.share_equality.is_some(),
                    Some(&tr.attr("grants-share-equality", "hint")), None))
            }
        }
    }
}

/// The offer, and what the viewer may do with it: a member accepts it or turns it down; a
/// connector asks the group for its word.
pub fn offer_section(
    ctx: &PageCtx,
    view: &AwardView<'_>,
    form: &AcceptForm,
    errors: &FieldErrors,
    actions: OfferActions<'_>,
    has_equality_answers: bool,
) -> Markup {
    let tr = ctx.tr;
    let base = format!("/bids/{}", view.bid.id);
    html! {
        (offer_summary(ctx, view))
        @match actions {
            OfferActions::Member => {
                h2 class="heading-m" id="accept" { (tr.t("grants-accept-heading")) }
                (post_form(&format!("{base}/accept"), &ctx.csrf_token, html! {
                    (accept_fields(tr, form, errors, has_equality_answers))
                    (button(&tr.t("grants-accept"), ButtonStyle::Primary))
                }))
                details class="details" {
                    summary { (tr.t("grants-decline-heading")) }
                    div class="details__text" {
                        (post_form(&format!("{base}/decline-offer"), &ctx.csrf_token, html! {
                            (textarea(tr, "reason", &tr.t("grants-decline-reason"), "", None, 3, &FieldErrors::new()))
                            (button(&tr.t("grants-decline"), ButtonStyle::Warning))
                        }))
                    }
                }
            }
            OfferActions::Connector(ask) => {
                (ask_panel(ctx, Purpose::Accept, ask, accept_fields(tr, form, errors, has_equality_answers)))
            }
        }
    }
}

/// The lead records that the group accepted on the phone: who they spoke to, and the
/// acceptance's answers as the group gave them. Open when sent back with problems.
fn accepted_on_the_phone(
    ctx: &PageCtx,
    base: &str,
    (form, spoke_with): (&AcceptForm, &str),
    errors: &FieldErrors,
) -> Markup {
    let tr = ctx.tr;
    let open = ["spoke_with", "accepted_name", "agree", "public"].iter().any(|field| errors.get(field).is_some());
    html! {
        details class="details" open[open] {
            summary { (tr.t("grants-lead-phone-heading")) }
            div class="details__text" {
                p class="body" { (tr.t("grants-lead-phone-intro")) }
                (post_form(&format!("{base}/accept-by-phone"), &ctx.csrf_token, html! {
                    (Input::new("spoke_with", &tr.t("word-spoke-with"), spoke_with).autocomplete("off")
                        .hint(&tr.attr("word-spoke-with", "hint")).render(tr, errors))
                    (accept_fields(tr, form, errors, false))
                    (button(&tr.t("grants-lead-phone-button"), ButtonStyle::Secondary))
                }))
            }
        }
    }
}

/// What has been paid, and the report (for the group and the lead). `base` is the bid's address
/// for the viewer (`/bids/{id}` or `/manage/bids/{id}`); the group may also write its report.
pub fn running_grant(ctx: &PageCtx, view: &AwardView<'_>, base: &str, may_report: bool) -> Markup {
    let tr = ctx.tr;
    let award = view.award;
    html! {
        h2 class="heading-m" { @if may_report { (tr.t("grants-your-grant")) } @else { (tr.t("grants-grant-so-far")) } }
        (summary_list(&[
            (&tr.t("grants-award"), html! { (tr.money(award.amount())) }),
            (&tr.t("grants-accepted"), html! {
                @match award.accepted_at {
                    Some(at) => { (crate::t!(tr, "grants-accepted-on-by", date = tr.london_date(at), name = &award.accepted_name)) },
                    None => (tr.t("grants-not-yet")),
                }
            }),
            (&tr.t("grants-named-publicly"), html! { (yes_or_no(tr, award.public_consent)) }),
            (&tr.t("grants-paid-so-far"), sentence(tr, Message::new("grants-paid-of").arg("award", award.amount()), &[
                ("paid", html! { strong { (tr.money(view.paid())) } }),
            ])),
        ]))
        @if !award.paid_through.is_empty() {
            (summary_list(&[(&tr.t("host-paid-through"), html! { (award.paid_through) })]))
        }
        (instalment_table(tr, view))
        @if !view.payments.is_empty() {
            div class="table-wrapper" {
                table class="table" {
                    caption { (tr.t("grants-payments")) }
                    thead {
                        tr {
                            th scope="col" { (tr.t("grants-payment-date")) }
                            th scope="col" class="numeric" { (tr.t("grants-payment-amount")) }
                            th scope="col" { (tr.t("grants-payment-reference")) }
                        }
                    }
                    tbody { @for p in view.payments { tr { td { (tr.date(p.paid_on)) } td class="numeric" { (tr.money(p.amount())) } td { (p.reference) } } } }
                }
            }
        }
        h2 class="heading-m" { (tr.t("grants-report-heading")) }
        @match view.report {
            Some(report) => { (report_summary(tr, report, &format!("{base}/report/recording"))) }
            None => {
                p class="body" {
                    @match award.report_due_on {
                        Some(due) => {
                            (sentence(tr, Message::new("grants-report-to-come-by"), &[("date", html! { strong { (tr.date(due)) } })]))
                        }
                        None => (tr.t("grants-report-to-come")),
                    }
                }
            }
        }
        @if may_report && view.bid.state == BidState::Active {
            a class="button" href={ (base) "/report" } { @if view.report.is_some() { (tr.t("grants-change-report")) } @else { (tr.t("grants-send-report")) } }
        }
    }
}

/// When the award is paid, instalment by instalment, and how much of each is paid.
fn instalment_table(tr: Tr, view: &AwardView<'_>) -> Markup {
    html! {
        @if !view.instalments.is_empty() {
            div class="table-wrapper" {
                table class="table" {
                    caption { (tr.t("grants-instalments")) }
                    thead {
                        tr {
                            th scope="col" { (tr.t("grants-instalment-due")) }
                            th scope="col" class="numeric" { (tr.t("grants-instalment-amount")) }
                            th scope="col" { (tr.t("grants-instalment-state")) }
                        }
                    }
                    tbody {
                        @for (instalment, paid) in covered(view.instalments, view.paid()) {
                            tr {
                                td { (tr.date(instalment.due_on)) }
                                td class="numeric" { (tr.money(instalment.amount())) }
                                td {
                                    @match paid {
                                        Covered::Paid => (tr.t("grants-instalment-paid")),
                                        Covered::Part(part) => (crate::t!(tr, "grants-instalment-part", paid = part)),
                                        Covered::Unpaid => (tr.t("grants-instalment-to-pay")),
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The lead's form to split a running grant into dated instalments; it starts with the
/// instalments as they stand.
pub fn instalments_form(ctx: &PageCtx, view: &AwardView<'_>, typed: &InstalmentsForm, errors: &FieldErrors) -> Markup {
    let tr = ctx.tr;
    let typed_anything = typed.rows().iter().any(|(amount, due)| !amount.is_empty() || !due.is_empty());
    let shown = if typed_anything { typed.clone() } else { InstalmentsForm::from_instalments(view.instalments) };
    let open = errors.iter().any(|error| error.field.starts_with("instalment_"));
    html! {
        @if view.bid.state == BidState::Active {
            details class="details" id="instalments" open[open] {
                summary { (tr.t("grants-lead-instalments-heading")) }
                div class="details__text" {
                    p class="body" { (crate::t!(tr, "grants-lead-instalments-hint", award = view.award.amount())) }
                    (post_form(&format!("/manage/bids/{}/instalments", view.bid.id), &ctx.csrf_token, html! {
                        @for (n, (amount, due)) in shown.rows().into_iter().enumerate() {
                            @let n = n + 1;
                            fieldset class="fieldset" {
                                legend class="fieldset__legend" { (crate::t!(tr, "grants-lead-instalment", n = n as i64)) }
                                (Input::new(&format!("instalment_amount_{n}"), &tr.t("grants-lead-instalment-amount"), amount)
                                    .kind(InputKind::Money).width("input--width-10").render(tr, errors))
                                (Input::new(&format!("instalment_due_{n}"), &tr.t("grants-lead-instalment-due"), due)
                                    .kind(InputKind::Date).width("input--width-10").render(tr, errors))
                            }
                        }
                        (button(&tr.t("grants-lead-instalments-save"), ButtonStyle::Secondary))
                    }))
                }
            }
        }
    }
}

/// The report as sent; a recording plays from `recording_src`.
pub fn report_summary(tr: Tr, report: &GrantReport, recording_src: &str) -> Markup {
    html! {
        @if !report.answers.is_empty() {
            (measure_answers(tr, &report.answers))
        }
        (report_story(tr, report, recording_src))
    }
}

/// The report's answers to the programme's measures, each under the words it was asked in.
pub fn measure_answers(tr: Tr, answers: &[ReportAnswer]) -> Markup {
    let rows: Vec<(String, Markup)> = answers
        .iter()
        .map(|answer| {
            let shown = match MeasureKind::stored(&answer.kind) {
                MeasureKind::Number => html! { (answer.number_answer.map(|n| tr.number(n)).unwrap_or_default()) },
                MeasureKind::YesNo => html! { @if let Some(yes) = answer.yes_answer { (yes_or_no(tr, yes)) } },
                MeasureKind::Words => html! {
                    @if answer.words_answer.is_empty() { (tr.t("grants-report-not-answered")) } @else { span dir="auto" { (answer.words_answer) } }
                },
            };
            (answer.wording.clone(), shown)
        })
        .collect();
    let borrowed: Vec<(&str, Markup)> = rows.iter().map(|(label, shown)| (label.as_str(), shown.clone())).collect();
    summary_list(&borrowed)
}

/// The story, video or recording, and whether the money was spent as planned.
fn report_story(tr: Tr, report: &GrantReport, recording_src: &str) -> Markup {
    summary_list(&[
        (
            &tr.t("grants-report-story"),
            html! {
                @if !report.story.is_empty() { (multiline(&report.story)) }
                @if let Ok(link) = crate::bids::video::parse(&report.video_url) { @if !report.video_url.is_empty() { (video_link(tr, &link, &tr.t("grants-report-video-title"))) } }
                @if let Some(kind) = &report.recording_type {
                    @if kind.starts_with("audio/") {
                        audio class="recording" controls preload="metadata" src=(recording_src) { a href=(recording_src) { (tr.t("grants-report-download-recording")) } }
                    } @else {
                        video class="recording" controls preload="metadata" playsinline src=(recording_src) { a href=(recording_src) { (tr.t("grants-report-download-recording")) } }
                    }
                }
            },
        ),
        (
            &tr.t("grants-report-spent"),
            html! { (yes_or_no(tr, report.spent_as_planned)) @if !report.explanation.is_empty() { br; (multiline(&report.explanation)) } },
        ),
    ])
}

/// The light report form. It is a file-upload form (for an optional recording), so its form
/// token must stay its first field.
pub fn report_form(
    ctx: &PageCtx,
    bid: &Bid,
    questions: &[Question],
    form: &ReportForm,
    errors: &FieldErrors,
    max_mb: u64,
) -> Markup {
    let tr = ctx.tr;
    let action = format!("/bids/{}/report", bid.id);
    let title = tr.t("grants-report-title");
    page(
        ctx,
        &title_with_errors(tr, &title, errors),
        html! {
            (error_summary(tr, errors))
            span class="caption-l" { (bid.display_title(tr)) }
            h1 class="heading-l" { (title) }
            p class="body" { (tr.t("grants-report-intro")) }
            form method="post" action=(action) enctype="multipart/form-data" novalidate {
                (super::components::csrf_field(&ctx.csrf_token))
                @for question in questions {
                    (measure_field(tr, question, form.answer(question.measure_id), errors))
                }
                (textarea(tr, "story", &tr.t("grants-report-how-did-it-go"), &form.story, Some(&tr.attr("grants-report-how-did-it-go", "hint")), 6, errors))
                (Input::new("video_url", &tr.t("grants-report-video"), &form.video_url).kind(InputKind::Url).render(tr, errors))
                div class="form-group" {
                    label class="label" for="recording" { (tr.t("grants-report-recording")) }
                    div class="hint" id="recording-hint" { (crate::t!(tr, "grants-report-recording-hint", mb = i64::try_from(max_mb).unwrap_or(i64::MAX))) }
                    @if let Some(error) = errors.text("recording", tr) { p class="error-message" id="recording-error" { span class="visually-hidden" { (tr.t("error-prefix")) " " } (error) } }
                    input class="file-upload" type="file" id="recording" name="recording" accept="video/*,audio/*"
                        aria-describedby={ "recording-hint" @if errors.text("recording", tr).is_some() { " recording-error" } };
                }
                (radios(tr, "spent_as_planned", &tr.t("grants-report-spent-as-planned"), &[("yes".to_string(), tr.t("grants-yes")), ("no".to_string(), tr.t("grants-no"))], &form.spent_as_planned, None, errors))
                (textarea(tr, "explanation", &tr.t("grants-report-explanation"), &form.explanation, Some(&tr.attr("grants-report-explanation", "hint")), 3, errors))
                (button(&tr.t("grants-report-send"), ButtonStyle::Primary))
            }
        },
    )
}

/// One measure's question, in the words the programme's community chose.
fn measure_field(tr: Tr, question: &Question, typed: &str, errors: &FieldErrors) -> Markup {
    let field = question.field();
    match question.kind {
        MeasureKind::Number => Input::new(&field, &question.wording, typed)
            .kind(InputKind::Number)
            .hint(&tr.t("grants-report-number-hint"))
            .width("input--width-10")
            .render(tr, errors),
        MeasureKind::YesNo => {
            let options = [("yes".to_string(), tr.t("grants-yes")), ("no".to_string(), tr.t("grants-no"))];
            radios(tr, &field, &question.wording, &options, typed, None, errors)
        }
        MeasureKind::Words => {
            let hint = crate::t!(tr, "grants-report-words-hint", most = crate::measures::rules::MAX_WORDS as i64);
            Input::new(&field, &question.wording, typed).hint(&hint).render(tr, errors)
        }
    }
}

/// The lead's section for an award: payments, the report, completing or cancelling.
/// What the lead typed into the forms of an award's section, shown again with its problems.
pub struct LeadTyped<'a> {
    pub payment: &'a PaymentForm,
    pub cancel_reason: &'a str,
    /// The acceptance a group gave on the phone, and who gave it.
    pub phone: (&'a AcceptForm, &'a str),
}

pub fn lead_section(ctx: &PageCtx, view: &AwardView<'_>, typed: &LeadTyped<'_>, errors: &FieldErrors) -> Markup {
    let (payment, cancel_reason) = (typed.payment, typed.cancel_reason);
    let tr = ctx.tr;
    let base = format!("/manage/bids/{}", view.bid.id);
    let state = view.bid.state;
    let left = view.award.amount() - view.paid();
    html! {
        h2 class="heading-m" { (tr.t("grants-lead-award")) }
        (offer_facts(tr, view, true))
        (running_grant(ctx, view, &base, false))
        @if state == BidState::Awarded {
            p class="body" { strong { (tr.t("grants-lead-waiting")) } }
            (accepted_on_the_phone(ctx, &base, typed.phone, errors))
        }
        @if state == BidState::Active {
            h2 class="heading-m" { (tr.t("grants-lead-record-payment")) }
            p class="body" { (crate::t!(tr, "grants-lead-left-to-pay", left = left)) }
            (post_form(&format!("{base}/payments"), &ctx.csrf_token, html! {
                (Input::new("amount", &tr.t("grants-lead-amount-paid"), &payment.amount).kind(InputKind::Money).width("input--width-10").render(tr, errors))
                (Input::new("paid_on", &tr.t("grants-lead-date-paid"), &payment.paid_on).kind(InputKind::Date).width("input--width-10").render(tr, errors))
                (Input::new("reference", &tr.t("grants-lead-payment-reference"), &payment.reference).width("input--width-20").render(tr, errors))
                (button(&tr.t("grants-lead-record-payment-button"), ButtonStyle::Secondary))
            }))
            h2 class="heading-m" id="complete" { (tr.t("grants-lead-complete-heading")) }
            @if view.report.is_some() {
                p class="body" {
                    (sentence(tr, Message::new("grants-lead-report-in"), &[("left", html! { strong { (tr.money(left)) } })]))
                }
                (button_form(&format!("{base}/complete"), &ctx.csrf_token, &tr.t("grants-lead-complete"), ButtonStyle::Primary))
            } @else {
                p class="body" { (tr.t("grants-lead-report-not-in")) }
            }
        }
        @if matches!(state, BidState::Awarded | BidState::Active) {
            details class="details" open[errors.text("reason", tr).is_some()] {
                summary { (tr.t("grants-lead-cancel-heading")) }
                div class="details__text" {
                    (post_form(&format!("{base}/cancel"), &ctx.csrf_token, html! {
                        (textarea(tr, "reason", &tr.t("grants-lead-cancel-reason"), cancel_reason, Some(&tr.attr("grants-lead-cancel-reason", "hint")), 3, errors))
                        (button(&tr.t("grants-lead-cancel"), ButtonStyle::Warning))
                    }))
                }
            }
        }
    }
}
