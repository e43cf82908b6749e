//! The privacy notices (the installation's and each programme's), the accessibility statement,
//! and the forms where a site admin and a programme's leads write their parts.

use maud::{Markup, html};

use super::components::{
    ButtonStyle, Input, InputKind, button, button_form, error_summary, post_form, radios, textarea, title_with_errors,
};
use super::layout::{PageCtx, page};
use super::markdown;
use crate::forms::FieldErrors;
use crate::i18n::Tr;
use crate::notices::Notices;
use crate::notices::rules::NoticesForm;
use crate::programmes::contact::ContactForm;
use crate::programmes::{Programme, Team};

/// A way to reach someone, as a link when it is an email address.
fn contact(value: &str) -> Markup {
    html! {
        @if value.contains('@') && !value.contains(' ') {
            a href={ "mailto:" (value) } { (value) }
        } @else {
            span dir="auto" { (value) }
        }
    }
}

/// "Who is responsible": the controller, how to reach them, and the data protection officer.
fn controller(tr: Tr, name: &str, reach: &str, dpo: &str) -> Markup {
    html! {
        dl class="summary-list" {
            div class="summary-list__row" {
                dt class="summary-list__key" { (tr.t("pages-privacy-controller")) }
                dd class="summary-list__value" dir="auto" {
                    @if name.is_empty() { (tr.t("pages-privacy-operator-unnamed")) } @else { (name) }
                }
            }
            @if !reach.is_empty() {
                div class="summary-list__row" {
                    dt class="summary-list__key" { (tr.t("pages-privacy-contact")) }
                    dd class="summary-list__value" { (contact(reach)) }
                }
            }
            div class="summary-list__row" {
                dt class="summary-list__key" { (tr.t("pages-privacy-dpo")) }
                dd class="summary-list__value" {
                    @if dpo.is_empty() { (tr.t("pages-privacy-dpo-ask")) } @else { (contact(dpo)) }
                }
            }
        }
    }
}

/// One row of "what we keep": what, why, the lawful basis and how long, each a message key
/// except how long, which may come from the configuration or the programme.
struct Kept {
    what: &'static str,
    why: &'static str,
    basis: &'static str,
    how_long: String,
}

/// What is kept, one part at a time: its name as a heading, then why, the lawful basis and how
/// long, as a summary list. Stacked rather than a four-column table, so it reads on a phone
/// and in Urdu without words broken one to a line.
fn kept_list(tr: Tr, heading: &str, rows: &[Kept]) -> Markup {
    html! {
        h3 class="heading-s" { (heading) }
        @for row in rows {
            div class="kept" {
                h4 class="kept__what" { (tr.t(row.what)) }
                dl class="summary-list" {
                    div class="summary-list__row" {
                        dt class="summary-list__key" { (tr.t("pages-privacy-col-why")) }
                        dd class="summary-list__value" { (tr.t(row.why)) }
                    }
                    div class="summary-list__row" {
                        dt class="summary-list__key" { (tr.t("pages-privacy-col-basis")) }
                        dd class="summary-list__value" { (tr.t(row.basis)) }
                    }
                    div class="summary-list__row" {
                        dt class="summary-list__key" { (tr.t("pages-privacy-col-how-long")) }
                        dd class="summary-list__value" dir="auto" { (row.how_long) }
                    }
                }
            }
        }
    }
}

/// Rights and complaints: the same for every controller.
fn rights_and_complaints(tr: Tr) -> Markup {
    html! {
        h2 class="heading-m" { (tr.t("pages-privacy-rights-heading")) }
        p class="body" { (tr.t("pages-privacy-rights")) }
        ul class="list list--bullet" {
            li { (tr.t("pages-privacy-right-access")) }
            li { (tr.t("pages-privacy-right-correct")) }
            li { (tr.t("pages-privacy-right-erase")) }
            li { (tr.t("pages-privacy-right-restrict")) }
            li { (tr.t("pages-privacy-right-object")) }
        }
        p class="body" { (tr.t("pages-privacy-download")) }
        h2 class="heading-m" { (tr.t("pages-privacy-complain-heading")) }
        p class="body" { (tr.t("pages-privacy-complain")) }
        p class="body" {
            (tr.t("pages-privacy-ico")) " "
            a href="https://ico.org.uk/make-a-complaint/" { "ico.org.uk/make-a-complaint" } " · "
            (tr.t("pages-privacy-ico-phone")) " " a href="tel:03031231113" { bdi { "0303 123 1113" } }
        }
    }
}

/// The installation's privacy notice: accounts, and a link to each programme's notice.
pub fn privacy(ctx: &PageCtx, notices: &Notices, programmes: &[Programme]) -> Markup {
    let tr = ctx.tr;
    let title = tr.t("pages-privacy-title");
    let rows = [
        Kept {
            what: "pages-privacy-kept-account",
            why: "pages-privacy-why-account",
            basis: "pages-privacy-basis-public-task",
            how_long: tr.t("pages-privacy-long-account"),
        },
        Kept {
            what: "pages-privacy-kept-security",
            why: "pages-privacy-why-security",
            basis: "pages-privacy-basis-public-task",
            how_long: tr.t("pages-privacy-long-account"),
        },
    ];
    page(
        ctx,
        &title,
        html! {
            h1 class="heading-l" { (title) }
            p class="body-l" { (tr.t("pages-privacy-intro")) }
            h2 class="heading-m" { (tr.t("pages-privacy-who-heading")) }
            p class="body" { (tr.t("pages-privacy-who-installation")) }
            (controller(tr, &notices.operator_name, &notices.operator_contact, &notices.dpo_contact))
            @if !programmes.is_empty() {
                p class="body" { (tr.t("pages-privacy-who-programmes")) }
                ul class="list list--bullet" {
                    @for programme in programmes {
                        li { a href={ "/programmes/" (programme.slug) "/privacy" } dir="auto" { (programme.name) } }
                    }
                }
            }
            h2 class="heading-m" { (tr.t("pages-privacy-kept-heading")) }
            (kept_list(tr, &tr.t("pages-privacy-kept-caption-account"), &rows))
            p class="body" { (tr.t("pages-privacy-emails")) }
            (rights_and_complaints(tr))
            @if !notices.privacy_notes.is_empty() {
                h2 class="heading-m" { (tr.t("pages-privacy-more-heading")) }
                div class="prose" { (markdown::render(&notices.privacy_notes)) }
            }
        },
    )
}

/// A programme's privacy notice: its bids and grants. `retention_months` is how long
/// recordings are kept after a bid's last decision (configuration).
pub fn programme_privacy(ctx: &PageCtx, programme: &Programme, retention_months: u32) -> Markup {
    let tr = ctx.tr;
    let title = crate::t!(tr, "pages-programme-privacy-title", programme = programme.name.as_str());
    let records = if programme.records_retention.is_empty() {
        tr.t("pages-privacy-long-records-default")
    } else {
        programme.records_retention.clone()
    };
    let row = |what, why, basis| Kept { what, why, basis, how_long: records.clone() };
    let rows = [
        row("pages-privacy-kept-group", "pages-privacy-why-group", "pages-privacy-basis-public-task"),
        row("pages-privacy-kept-bid", "pages-privacy-why-bid", "pages-privacy-basis-public-task"),
        Kept {
            what: "pages-privacy-kept-recording",
            why: "pages-privacy-why-bid",
            basis: "pages-privacy-basis-public-task",
            how_long: crate::t!(tr, "pages-privacy-long-recording", months = i64::from(retention_months)),
        },
        row("pages-privacy-kept-scores", "pages-privacy-why-scores", "pages-privacy-basis-public-task"),
        row("pages-privacy-kept-equality", "pages-privacy-why-equality", "pages-privacy-basis-equality"),
        row("pages-privacy-kept-grant", "pages-privacy-why-grant", "pages-privacy-basis-grant"),
    ];
    let team = programme.team(&ctx.contact_email);
    let reach = if programme.privacy_contact.is_empty() { team.email.as_str() } else { &programme.privacy_contact };
    page(
        ctx,
        &title,
        html! {
            span class="caption-l" dir="auto" { (programme.funder_name) }
            h1 class="heading-l" { (title) }
            p class="body-l" { (tr.t("pages-programme-privacy-intro")) }
            h2 class="heading-m" { (tr.t("pages-privacy-who-heading")) }
            p class="body" { (crate::t!(tr, "pages-programme-privacy-who", programme = programme.name.as_str())) }
            (controller(tr, programme.controller(), reach, &programme.privacy_dpo))
            p class="body" { (tr.t("pages-programme-privacy-accounts")) " " a href="/privacy" { (tr.t("pages-programme-privacy-accounts-link")) } "." }
            h2 class="heading-m" { (tr.t("pages-privacy-kept-heading")) }
            (kept_list(tr, &tr.t("pages-privacy-kept-caption-bids"), &rows))
            h2 class="heading-m" { (tr.t("pages-privacy-equality-heading")) }
            p class="body" { (tr.t("pages-privacy-equality-questions")) }
            p class="body" { (tr.t("pages-privacy-equality-special")) }
            h2 class="heading-m" { (tr.t("pages-privacy-who-sees-heading")) }
            ul class="list list--bullet" {
                li { (tr.t("pages-privacy-sees-team")) }
                li { (tr.t("pages-privacy-sees-panel")) }
                li { (tr.t("pages-privacy-sees-connector")) }
                li { (tr.t("pages-privacy-sees-public")) }
            }
            (rights_and_complaints(tr))
            @if !programme.privacy_notes.is_empty() {
                h2 class="heading-m" { (tr.t("pages-privacy-more-heading")) }
                div class="prose" { (markdown::render(&programme.privacy_notes)) }
            }
        },
    )
}

/// The list of what is known not to be accessible, in the reader's language, shown until a
/// site admin writes their own (and offered to them as a start).
pub fn default_gaps(tr: Tr) -> String {
    [
        "pages-accessibility-gap-recordings",
        "pages-accessibility-gap-video-links",
        "pages-accessibility-gap-translations",
    ]
    .iter()
    .map(|key| format!("- {}", tr.t(key)))
    .collect::<Vec<_>>()
    .join("\n")
}

/// The accessibility statement, in the shape public sector bodies publish.
/// Where to ask about accessibility: the statement's contact, or, when no one has been named
/// yet, each programme's team (who groups reach about everything else too).
fn ask(tr: Tr, contact_value: &str, teams: &[Team]) -> Markup {
    html! {
        @if !contact_value.is_empty() {
            p class="body" { (contact(contact_value)) }
        } @else if teams.is_empty() {
            p class="body" { (tr.t("pages-accessibility-ask-team")) }
        } @else {
            ul class="list list--bullet" {
                @for team in teams {
                    li {
                        span dir="auto" { (team.name) } ": "
                        a href={ "mailto:" (team.email) } { (team.email) }
                        @if !team.phone.is_empty() { ", " a href=(super::team::phone_href(&team.phone)) { bdi { (team.phone) } } }
                    }
                }
            }
        }
    }
}

/// The accessibility statement, in the shape public sector bodies publish. `teams` are asked
/// when the statement names no contact of its own.
pub fn accessibility(ctx: &PageCtx, notices: &Notices, site: &str, teams: &[Team]) -> Markup {
    let tr = ctx.tr;
    let title = tr.t("pages-accessibility-title");
    let applies = if notices.operator_name.is_empty() {
        crate::t!(tr, "pages-accessibility-applies-unnamed", site = site)
    } else {
        crate::t!(tr, "pages-accessibility-applies", site = site, operator = notices.operator_name.as_str())
    };
    let gaps = notices.accessibility_gaps.clone().unwrap_or_else(|| default_gaps(tr));
    page(
        ctx,
        &title,
        html! {
            h1 class="heading-l" { (title) }
            p class="body" { (applies) }
            p class="body" { (tr.t("pages-accessibility-intro")) }
            p class="body" { (tr.t("pages-accessibility-ways-to-apply")) }
            h2 class="heading-m" { (tr.t("pages-accessibility-status-heading")) }
            p class="body" { (tr.t(notices.compliance.sentence_key())) }
            @if !gaps.trim().is_empty() {
                h2 class="heading-m" { (tr.t("pages-accessibility-gaps-heading")) }
                div class="prose" { (markdown::render(&gaps)) }
            }
            h2 class="heading-m" { (tr.t("pages-accessibility-other-format-heading")) }
            p class="body" { (tr.t("pages-accessibility-other-format")) }
            (ask(tr, &notices.accessibility_contact, teams))
            p class="body" { (tr.t("pages-accessibility-reply")) }
            h2 class="heading-m" { (tr.t("pages-accessibility-problem-heading")) }
            p class="body" { (tr.t("pages-accessibility-problem")) }
            (ask(tr, &notices.accessibility_contact, teams))
            h2 class="heading-m" { (tr.t("pages-accessibility-enforcement-heading")) }
            p class="body" {
                (tr.t("pages-accessibility-enforcement")) " "
                a href="https://www.equalityadvisoryservice.com/" { (tr.t("pages-accessibility-eass")) }
            }
            h2 class="heading-m" { (tr.t("pages-accessibility-testing-heading")) }
            p class="body" { (tr.t("pages-accessibility-how")) }
            p class="body" { (tr.t("pages-accessibility-testing")) }
            h2 class="heading-m" { (tr.t("pages-accessibility-prepared-heading")) }
            p class="body" {
                (crate::t!(tr, "pages-accessibility-prepared", prepared = notices.prepared_on, reviewed = notices.reviewed_on))
            }
        },
    )
}

/// The site admin's form for the installation's notices.
pub fn notices_form(ctx: &PageCtx, form: &NoticesForm, errors: &FieldErrors) -> Markup {
    let tr = ctx.tr;
    let title = tr.t("notices-title");
    let field = |key: &str| tr.t(key);
    let hint = |key: &str| tr.attr(key, "hint");
    let statuses: Vec<(String, String)> = crate::notices::Compliance::ALL
        .iter()
        .map(|status| (status.as_str().to_string(), tr.t(status.label_key())))
        .collect();
    page(
        ctx,
        &title_with_errors(tr, &title, errors),
        html! {
            (error_summary(tr, errors))
            h1 class="heading-l" { (title) }
            p class="body" { (tr.t("notices-intro")) " " a href="/privacy" { (tr.t("notices-see-privacy")) } " · " a href="/accessibility" { (tr.t("notices-see-accessibility")) } }
            (post_form("/manage/notices", &ctx.csrf_token, html! {
                h2 class="heading-m" { (tr.t("notices-privacy-heading")) }
                (Input::new("operator_name", &field("notices-operator-name"), &form.operator_name).hint(&hint("notices-operator-name")).render(tr, errors))
                (Input::new("operator_contact", &field("notices-operator-contact"), &form.operator_contact).hint(&hint("notices-operator-contact")).render(tr, errors))
                (Input::new("dpo_contact", &field("notices-dpo"), &form.dpo_contact).hint(&hint("notices-dpo")).render(tr, errors))
                (textarea(tr, "privacy_notes", &field("notices-privacy-notes"), &form.privacy_notes, Some(&hint("notices-privacy-notes")), 6, errors))
                h2 class="heading-m" { (tr.t("notices-accessibility-heading")) }
                (radios(tr, "accessibility_status", &field("notices-status"), &statuses, &form.accessibility_status, None, errors))
                (textarea(tr, "accessibility_gaps", &field("notices-gaps"), &form.accessibility_gaps, Some(&hint("notices-gaps")), 8, errors))
                (Input::new("accessibility_contact", &field("notices-accessibility-contact"), &form.accessibility_contact).hint(&hint("notices-accessibility-contact")).render(tr, errors))
                (Input::new("prepared_on", &field("notices-prepared-on"), &form.prepared_on).kind(InputKind::Date).width("input--width-10").render(tr, errors))
                (Input::new("reviewed_on", &field("notices-reviewed-on"), &form.reviewed_on).kind(InputKind::Date).width("input--width-10").hint(&hint("notices-reviewed-on")).render(tr, errors))
                (button(&tr.t("notices-save"), ButtonStyle::Primary))
            }))
        },
    )
}

/// What the lead's contact page shows besides the form.
pub struct ContactPage<'a> {
    pub programme: &'a Programme,
    pub form: &'a ContactForm,
    pub errors: &'a FieldErrors,
    /// The logo form's message, if the last upload was refused.
    pub logo_errors: &'a FieldErrors,
    pub max_logo_kb: u64,
}

/// The lead's page: who runs the programme, how to reach a person, the logo, and the
/// programme's part of the privacy notice.
pub fn contact_form(ctx: &PageCtx, view: &ContactPage<'_>) -> Markup {
    let tr = ctx.tr;
    let (form, errors, programme) = (view.form, view.errors, view.programme);
    let base = format!("/manage/programmes/{}", programme.id);
    let title = tr.t("manage-contact-title");
    let field = |key: &str| tr.t(key);
    let hint = |key: &str| tr.attr(key, "hint");
    let all_errors = {
        let mut all = errors.clone();
        all.extend(view.logo_errors.clone());
        all
    };
    page(
        ctx,
        &title_with_errors(tr, &title, &all_errors),
        html! {
            (error_summary(tr, &all_errors))
            span class="caption-l" dir="auto" { (programme.name) }
            h1 class="heading-l" { (title) }
            p class="body" { (tr.t("manage-contact-intro")) }
            (post_form(&format!("{base}/contact"), &ctx.csrf_token, html! {
                h2 class="heading-m" { (tr.t("manage-contact-team-heading")) }
                (Input::new("team_name", &field("manage-contact-team-name"), &form.team_name).hint(&hint("manage-contact-team-name")).render(tr, errors))
                (Input::new("contact_email", &field("manage-contact-email"), &form.contact_email).kind(InputKind::Email).autocomplete("email").render(tr, errors))
                (Input::new("contact_phone", &field("manage-contact-phone"), &form.contact_phone).kind(InputKind::Tel).width("input--width-20").hint(&hint("manage-contact-phone")).render(tr, errors))
                (Input::new("contact_hours", &field("manage-contact-hours"), &form.contact_hours).hint(&hint("manage-contact-hours")).render(tr, errors))
                h2 class="heading-m" { (tr.t("manage-contact-privacy-heading")) }
                p class="body" { (tr.t("manage-contact-privacy-intro")) " " a href={ "/programmes/" (programme.slug) "/privacy" } { (tr.t("manage-contact-privacy-see")) } }
                (Input::new("privacy_controller", &field("manage-contact-controller"), &form.privacy_controller).hint(&crate::t!(tr, "manage-contact-controller-hint", funder = programme.funder_name.as_str())).render(tr, errors))
                (Input::new("privacy_contact", &field("manage-contact-controller-contact"), &form.privacy_contact).hint(&hint("manage-contact-controller-contact")).render(tr, errors))
                (Input::new("privacy_dpo", &field("manage-contact-dpo"), &form.privacy_dpo).hint(&hint("manage-contact-dpo")).render(tr, errors))
                (Input::new("records_retention", &field("manage-contact-retention"), &form.records_retention).hint(&hint("manage-contact-retention")).render(tr, errors))
                (textarea(tr, "privacy_notes", &field("manage-contact-privacy-notes"), &form.privacy_notes, Some(&hint("manage-contact-privacy-notes")), 6, errors))
                h2 class="heading-m" { (tr.t("manage-contact-safeguarding-heading")) }
                p class="body" { (tr.t("manage-contact-safeguarding-intro")) }
                (Input::new("safeguarding_name", &field("manage-contact-safeguarding-name"), &form.safeguarding_name).hint(&hint("manage-contact-safeguarding-name")).render(tr, errors))
                (Input::new("safeguarding_email", &field("manage-contact-safeguarding-email"), &form.safeguarding_email).kind(InputKind::Email).render(tr, errors))
                (button(&tr.t("manage-contact-save"), ButtonStyle::Primary))
            }))
            h2 class="heading-m" id="logo-heading" { (tr.t("manage-contact-logo-heading")) }
            @if programme.logo_key.is_some() {
                p class="body" { img class="team-panel__logo" src={ "/programmes/" (programme.slug) "/logo" } alt=(tr.t("manage-contact-logo-now")); }
                (button_form(&format!("{base}/logo/remove"), &ctx.csrf_token, &tr.t("manage-contact-logo-remove"), ButtonStyle::Secondary))
            }
            form method="post" action={ (base) "/logo" } enctype="multipart/form-data" novalidate {
                (super::components::csrf_field(&ctx.csrf_token))
                (super::bids::file_field(tr, "logo", &tr.t("manage-contact-logo"), &crate::t!(tr, "manage-contact-logo-hint", max_kb = i64::try_from(view.max_logo_kb).unwrap_or(i64::MAX)),
                    "image/png,image/jpeg,image/gif,image/webp", false, view.logo_errors))
                (button(&tr.t("manage-contact-logo-button"), ButtonStyle::Secondary))
            }
            p class="body" { a href=(base) { (tr.t("manage-contact-back")) } }
        },
    )
}
