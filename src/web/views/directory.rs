//! The community directory's pages: search and results for anyone, one listing, the group's
//! form for a listing, and the editors' queue.

use maud::{Markup, html};

use super::components::{
    ButtonStyle, Input, InputKind, button, button_form, checkbox, checkbox_choice, error_summary, pagination,
    post_form, radios, select, summary_list, tag, textarea, title_with_errors,
};
use super::layout::{PageCtx, page};
use crate::bids::language;
use crate::directory::freshness::Freshness;
use crate::directory::model::{ACCESSIBILITY, Category, HowToJoin, Listing, ListingStatus, Schedule, WEEKDAYS};
use crate::directory::queries::Found;
use crate::directory::rules::ListingForm;
use crate::forms::FieldErrors;
use crate::i18n::{Message, Tr};

/// The search as typed, to fill the form again and build page links.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct SearchForm {
    pub text: String,
    pub category: String,
    pub area: String,
    pub day: String,
    pub free: String,
    pub online: String,
    pub language: String,
    pub page: String,
}

impl SearchForm {
    /// The query string for `page`, keeping every filter.
    pub fn href(&self, page: usize) -> String {
        let pairs = [
            ("text", self.text.as_str()),
            ("category", &self.category),
            ("area", &self.area),
            ("day", &self.day),
            ("free", &self.free),
            ("online", &self.online),
            ("language", &self.language),
        ];
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        for (name, value) in pairs.iter().filter(|(_, value)| !value.is_empty()) {
            query.append_pair(name, value);
        }
        if page > 1 {
            query.append_pair("page", &page.to_string());
        }
        let query = query.finish();
        if query.is_empty() { "/directory".to_string() } else { format!("/directory?{query}") }
    }
}

/// What the search page shows.
pub struct SearchPage<'a> {
    pub form: &'a SearchForm,
    pub categories: &'a [Category],
    /// Filters that were not understood, each said once ("We do not know the day 'Funday'").
    pub ignored: &'a [Message],
    pub results: &'a [Found],
    pub funded: &'a std::collections::HashMap<i64, Vec<String>>,
    pub total: i64,
    pub page: usize,
    pub last_page: usize,
    /// Where a signed-in person adds what their group runs (their groups' page), if signed in.
    pub signed_in: bool,
    /// A filter other than the words is set, so the filters are shown open.
    pub filtered: bool,
}

pub fn search(ctx: &PageCtx, view: &SearchPage<'_>) -> Markup {
    let tr = ctx.tr;
    let title = tr.t("directory-title");
    page(
        ctx,
        &title,
        html! {
            h1 class="heading-xl" { (title) }
            p class="body-l" { (tr.t("directory-intro")) }
            (search_form(tr, view))
            @for message in view.ignored {
                p class="inset-text" role="status" { (tr.message(message)) }
            }
            h2 class="heading-m" id="results" {
                @if view.total == 0 { (tr.t("directory-no-results")) }
                @else { (crate::t!(tr, "directory-results", count = view.total)) }
            }
            @if view.total == 0 { p class="body" { (tr.t("directory-no-results-hint")) } }
            ul class="directory-results" {
                @for found in view.results {
                    li class="directory-result" { (result(tr, found, view.funded.get(&found.listing.group_id))) }
                }
            }
            (pagination(tr, &tr.t("directory-pages"), view.page, view.last_page, |page| view.form.href(page)))
            h2 class="heading-m" { (tr.t("directory-add-heading")) }
            p class="body" {
                (tr.t("directory-add-text")) " "
                @if view.signed_in { a href="/dashboard" { (tr.t("directory-add-link")) } }
                @else { a href="/login?next=%2Fdashboard" { (tr.t("directory-add-sign-in")) } }
            }
        },
    )
}

fn search_form(tr: Tr, view: &SearchPage<'_>) -> Markup {
    let form = view.form;
    let no_errors = FieldErrors::new();
    let mut categories = vec![(String::new(), tr.t("directory-any-category"))];
    categories.extend(view.categories.iter().map(|category| (category.slug.clone(), category_name(tr, category))));
    let mut days = vec![(String::new(), tr.t("directory-any-day"))];
    days.extend(WEEKDAYS.iter().map(|(number, key)| (number.to_string(), tr.t(key))));
    html! {
        form method="get" action="/directory" class="directory-search" role="search" {
            (Input::new("text", &tr.t("directory-search-label"), &form.text).kind(InputKind::Search)
                .hint(&tr.attr("directory-search-label", "hint")).render(tr, &no_errors))
            details class="details directory-more" open[view.filtered] {
                summary { (tr.t("directory-filters")) }
                div class="directory-filters" {
                    (select(tr, "category", &tr.t("directory-category-label"), &categories, &form.category, None, &no_errors))
                    (select(tr, "day", &tr.t("directory-day-label"), &days, &form.day, None, &no_errors))
                    (Input::new("area", &tr.t("directory-area-label"), &form.area).width("input--width-10")
                        .hint(&tr.attr("directory-area-label", "hint")).render(tr, &no_errors))
                    (Input::new("language", &tr.t("directory-language-label"), &form.language).width("input--width-20")
                        .hint(&tr.attr("directory-language-label", "hint")).render(tr, &no_errors))
                }
                div class="form-group" {
                    div class="checkboxes" {
                        (checkbox(tr, "free", &tr.t("directory-free-label"), form.free == "yes", None, None))
                        (checkbox(tr, "online", &tr.t("directory-online-label"), form.online == "yes", None, None))
                    }
                }
            }
            (button(&tr.t("directory-search-button"), ButtonStyle::Primary))
        }
    }
}

/// A category's name in the reader's language where the message files have it (one of the
/// list as first set up, not renamed since), else as the site admin wrote it.
pub fn category_name(tr: Tr, category: &Category) -> String {
    let key = format!("directory-category-{}", category.slug);
    if Tr::source().t_or(&key, "") == category.name { tr.t(&key) } else { category.name.clone() }
}

/// The site admin's list of categories: each with how many listings it files, a box to rename
/// it, and a form to add one.
pub fn categories_page(ctx: &PageCtx, categories: &[(Category, i64)], typed: &str, errors: &FieldErrors) -> Markup {
    let tr = ctx.tr;
    let title = tr.t("directory-categories-title");
    page(
        ctx,
        &title_with_errors(tr, &title, errors),
        html! {
            (error_summary(tr, errors))
            h1 class="heading-l" { (title) }
            p class="body" { (tr.t("directory-categories-intro")) }
            div class="table-wrapper" { table class="table" {
                caption class="visually-hidden" { (title) }
                thead { tr {
                    th scope="col" { (tr.t("directory-categories-name")) }
                    th scope="col" class="numeric" { (tr.t("directory-categories-listings")) }
                    th scope="col" { (tr.t("directory-categories-rename")) }
                } }
                tbody { @for (category, listings) in categories { tr {
                    th scope="row" dir="auto" { (category.name) }
                    td class="numeric" { (tr.number(*listings)) }
                    td {
                        form method="post" action={ "/directory/categories/" (category.id) } class="inline-form" {
                            (super::components::csrf_field(&ctx.csrf_token))
                            label class="visually-hidden" for={ "rename-" (category.id) } { (crate::t!(tr, "directory-categories-new-name", name = category.name.as_str())) }
                            input class="input input--width-20" type="text" id={ "rename-" (category.id) } name="name" value=(category.name);
                            " " button type="submit" class="button button--secondary" { (tr.t("directory-categories-rename")) span class="visually-hidden" { ": " (category.name) } }
                        }
                    }
                } } }
            } }
            h2 class="heading-m" { (tr.t("directory-categories-add")) }
            (post_form("/directory/categories", &ctx.csrf_token, html! {
                (Input::new("name", &tr.t("directory-categories-name"), typed).width("input--width-20").render(tr, errors))
                (button(&tr.t("directory-categories-add"), ButtonStyle::Primary))
            }))
        },
    )
}

fn result(tr: Tr, found: &Found, funded: Option<&Vec<String>>) -> Markup {
    let listing = &found.listing;
    html! {
        @let lang = language::html_lang(&listing.language);
        h3 class="heading-s" { a href={ "/directory/" (listing.id) } dir="auto" lang=[lang] { (listing.name) } }
        p class="secondary-text" dir="auto" { (found.group_name) }
        p class="body" dir="auto" lang=[lang] { (first_words(&listing.description, 30)) }
        ul class="directory-result__facts" {
            li { (when(tr, listing)) }
            li { (where_short(tr, listing)) }
            li { @if listing.free { (tr.t("directory-free")) } @else { span dir="auto" { (listing.cost_note) } } }
        }
        @if let Some(programmes) = funded {
            p class="body-s" { (crate::t!(tr, "directory-funded-by", programmes = programmes.join(", "))) }
        }
    }
}

/// The first `count` words of a description, with "…" when there are more.
fn first_words(text: &str, count: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= count { words.join(" ") } else { format!("{}…", words[..count].join(" ")) }
}

/// "Every Tuesday, 10:30 to 12:00", or the group's own words for a monthly activity or dates.
pub fn when(tr: Tr, listing: &Listing) -> String {
    match (listing.schedule(), listing.weekday) {
        (Schedule::Weekly, Some(day)) => {
            let day_name =
                WEEKDAYS.iter().find(|(number, _)| *number == day).map(|(_, key)| tr.t(key)).unwrap_or_default();
            if listing.ends_at.is_empty() {
                crate::t!(tr, "directory-when-weekly-from", day = day_name, start = listing.starts_at.as_str())
            } else {
                crate::t!(
                    tr,
                    "directory-when-weekly",
                    day = day_name,
                    start = listing.starts_at.as_str(),
                    end = listing.ends_at.as_str()
                )
            }
        }
        (Schedule::Monthly, _) => crate::t!(tr, "directory-when-monthly", note = listing.schedule_note.as_str()),
        _ => listing.schedule_note.clone(),
    }
}

/// The venue and postcode, "Online" or "By phone", in a few words.
fn where_short(tr: Tr, listing: &Listing) -> String {
    let mut places: Vec<String> = Vec::new();
    let venue = [listing.venue_name.as_str(), listing.postcode.as_str()]
        .iter()
        .filter(|p| !p.is_empty())
        .copied()
        .collect::<Vec<_>>();
    if !venue.is_empty() {
        places.push(venue.join(", "));
    }
    if listing.online {
        places.push(tr.t("directory-online"));
    }
    if listing.by_phone {
        places.push(tr.t("directory-by-phone"));
    }
    places.join("; ")
}

/// What one listing's page shows, and what the viewer may do with it.
pub struct ListingPage<'a> {
    pub listing: &'a Listing,
    pub group_name: &'a str,
    pub categories: &'a [Category],
    pub funded: &'a [String],
    pub freshness: Freshness,
    /// The viewer is a member of the listing's group.
    pub is_member: bool,
    /// The viewer is a directory editor.
    pub is_editor: bool,
}

pub fn listing(ctx: &PageCtx, view: &ListingPage<'_>) -> Markup {
    let tr = ctx.tr;
    let listing = view.listing;
    let base = format!("/directory/{}", listing.id);
    page(
        ctx,
        &listing.name,
        html! {
            p class="body" { a href="/directory" { (tr.t("directory-back")) } }
            span class="caption-l" dir="auto" { (view.group_name) }
            @let lang = language::html_lang(&listing.language);
            h1 class="heading-l" dir="auto" lang=[lang] { (listing.name) }
            (status_notice(tr, view))
            p class="body" dir="auto" lang=[lang] { (super::bids::multiline(&listing.description)) }
            (summary_list(&facts(tr, view).iter().map(|(key, value)| (key.as_str(), value.clone())).collect::<Vec<_>>()))
            @if !view.funded.is_empty() {
                p class="body" { (crate::t!(tr, "directory-funded-by", programmes = view.funded.join(", "))) }
            }
            @if view.is_member || view.is_editor {
                h2 class="heading-m" { (tr.t("directory-keep-current")) }
                p class="body" { a href={ (base) "/edit" } { (tr.t("directory-change")) } }
                (button_form(&format!("{base}/confirm"), &ctx.csrf_token, &tr.t("directory-confirm"), ButtonStyle::Secondary))
            }
            @if view.is_editor { (editor_actions(ctx, listing)) }
        },
    )
}

fn status_notice(tr: Tr, view: &ListingPage<'_>) -> Markup {
    let key = match (view.listing.status(), view.freshness) {
        (ListingStatus::Pending, _) => Some("directory-status-pending"),
        (ListingStatus::Hidden, _) => Some("directory-status-hidden"),
        (ListingStatus::Approved, Freshness::Lapsed) => Some("directory-status-lapsed"),
        (ListingStatus::Approved, Freshness::MayBeOutOfDate) => Some("directory-status-out-of-date"),
        (ListingStatus::Approved, Freshness::Current) => None,
    };
    html! { @if let Some(key) = key { div class="inset-text" role="status" { (tr.t(key)) } } }
}

fn facts(tr: Tr, view: &ListingPage<'_>) -> Vec<(String, Markup)> {
    let listing = view.listing;
    let mut rows = vec![
        (tr.t("directory-fact-when"), html! { span dir="auto" { (when(tr, listing)) } }),
        (tr.t("directory-fact-where"), where_full(tr, listing)),
    ];
    let mut optional = |key: &str, value: &str| {
        if !value.is_empty() {
            rows.push((tr.t(key), html! { span dir="auto" { (value) } }));
        }
    };
    optional("directory-fact-ages", &listing.ages);
    optional("directory-fact-communities", &listing.communities);
    optional("directory-fact-languages", &listing.languages);
    let cost = if listing.free { tr.t("directory-free") } else { listing.cost_note.clone() };
    rows.push((tr.t("directory-fact-cost"), html! { span dir="auto" { (cost) } }));
    rows.push((tr.t("directory-fact-join"), html! { (tr.t(how_to_join_key(listing.how_to_join()))) }));
    let access: Vec<String> =
        listing.accessibility_codes().iter().map(|code| tr.t(&format!("directory-access-{code}"))).collect();
    if !access.is_empty() {
        rows.push((tr.t("directory-fact-access"), html! { (access.join(", ")) }));
    }
    rows.push((tr.t("directory-fact-contact"), contact(listing)));
    let names: Vec<String> = view.categories.iter().map(|category| category_name(tr, category)).collect();
    rows.push((tr.t("directory-fact-categories"), html! { (names.join(", ")) }));
    rows
}

fn where_full(tr: Tr, listing: &Listing) -> Markup {
    html! {
        @if !listing.venue_name.is_empty() { span dir="auto" { (listing.venue_name) } br; }
        @if !listing.address.is_empty() { span dir="auto" { (super::bids::multiline(&listing.address)) } br; }
        @if !listing.postcode.is_empty() { (listing.postcode) br; }
        @if listing.online { (tr.t("directory-online")) br; }
        @if listing.by_phone { (tr.t("directory-by-phone")) }
    }
}

/// The listing's public contact, one way per line, each far enough from the next to tap.
fn contact(listing: &Listing) -> Markup {
    html! {
        ul class="directory-contact" {
            @if !listing.contact_name.is_empty() { li dir="auto" { (listing.contact_name) } }
            @if !listing.contact_email.is_empty() { li { a href={ "mailto:" (listing.contact_email) } { (listing.contact_email) } } }
            @if !listing.contact_phone.is_empty() { li { a href={ "tel:" (listing.contact_phone.replace(' ', "")) } { (listing.contact_phone) } } }
            @if !listing.website.is_empty() { li { a href=(listing.website) rel="nofollow noopener" { (listing.website) } } }
        }
    }
}

pub fn how_to_join_key(how: HowToJoin) -> &'static str {
    match how {
        HowToJoin::DropIn => "directory-join-drop-in",
        HowToJoin::Book => "directory-join-book",
        HowToJoin::Referral => "directory-join-referral",
    }
}

/// An editor's buttons: approve a listing waiting or hidden, hide a public one.
fn editor_actions(ctx: &PageCtx, listing: &Listing) -> Markup {
    let tr = ctx.tr;
    let base = format!("/directory/{}", listing.id);
    html! {
        h2 class="heading-m" { (tr.t("directory-editor-heading")) }
        @match listing.status() {
            ListingStatus::Approved => (button_form(&format!("{base}/hide"), &ctx.csrf_token, &tr.t("directory-hide"), ButtonStyle::Warning)),
            _ => (button_form(&format!("{base}/approve"), &ctx.csrf_token, &tr.t("directory-approve"), ButtonStyle::Primary)),
        }
    }
}

/// The form for a listing: `action` is where it posts (a new listing for a group, or changes).
pub fn listing_form(
    ctx: &PageCtx,
    heading: &str,
    action: &str,
    form: &ListingForm,
    categories: &[Category],
    errors: &FieldErrors,
) -> Markup {
    let tr = ctx.tr;
    page(
        ctx,
        &title_with_errors(tr, heading, errors),
        html! {
            (error_summary(tr, errors))
            h1 class="heading-l" { (heading) }
            p class="body" { (tr.t("directory-form-intro")) }
            (post_form(action, &ctx.csrf_token, html! {
                h2 class="heading-m" { (tr.t("directory-form-what")) }
                (Input::new("name", &tr.t("directory-form-name"), &form.name).hint(&tr.attr("directory-form-name", "hint")).render(tr, errors))
                (textarea(tr, "description", &tr.t("directory-form-description"), &form.description,
                    Some(&tr.attr("directory-form-description", "hint")), 5, errors))
                (language_question(tr, form, errors))
                (categories_question(tr, form, categories, errors))
                h2 class="heading-m" { (tr.t("directory-form-when")) }
                (when_questions(tr, form, errors))
                h2 class="heading-m" { (tr.t("directory-form-where")) }
                (Input::new("venue_name", &tr.t("directory-form-venue"), &form.venue_name).hint(&tr.attr("directory-form-venue", "hint")).render(tr, errors))
                (textarea(tr, "address", &tr.t("directory-form-address"), &form.address, None, 3, errors))
                (Input::new("postcode", &tr.t("directory-form-postcode"), &form.postcode).width("input--width-10").autocomplete("postal-code").render(tr, errors))
                div class="form-group" { div class="checkboxes" {
                    (checkbox(tr, "online", &tr.t("directory-form-online"), form.online == "yes", None, None))
                    (checkbox(tr, "by_phone", &tr.t("directory-form-by-phone"), form.by_phone == "yes", None, None))
                } }
                h2 class="heading-m" { (tr.t("directory-form-who")) }
                (Input::new("ages", &tr.t("directory-form-ages"), &form.ages).hint(&tr.attr("directory-form-ages", "hint")).render(tr, errors))
                (Input::new("communities", &tr.t("directory-form-communities"), &form.communities).hint(&tr.attr("directory-form-communities", "hint")).render(tr, errors))
                (Input::new("languages", &tr.t("directory-form-languages"), &form.languages).hint(&tr.attr("directory-form-languages", "hint")).render(tr, errors))
                h2 class="heading-m" { (tr.t("directory-form-joining")) }
                (radios(tr, "cost", &tr.t("directory-form-cost"), &[
                    ("free".to_string(), tr.t("directory-free")),
                    ("paid".to_string(), tr.t("directory-form-paid")),
                ], if form.cost.is_empty() { "free" } else { &form.cost }, None, errors))
                (Input::new("cost_note", &tr.t("directory-form-cost-note"), &form.cost_note).hint(&tr.attr("directory-form-cost-note", "hint")).render(tr, errors))
                (radios(tr, "how_to_join", &tr.t("directory-form-join"),
                    &HowToJoin::ALL.iter().map(|how| (how.key().to_string(), tr.t(how_to_join_key(*how)))).collect::<Vec<_>>(),
                    &form.how_to_join, None, errors))
                (access_question(tr, form))
                h2 class="heading-m" { (tr.t("directory-form-contact")) }
                p class="body" { (tr.t("directory-form-contact-intro")) }
                (Input::new("contact_name", &tr.t("directory-form-contact-name"), &form.contact_name).render(tr, errors))
                (Input::new("contact_email", &tr.t("directory-form-contact-email"), &form.contact_email).kind(InputKind::Email).render(tr, errors))
                (Input::new("contact_phone", &tr.t("directory-form-contact-phone"), &form.contact_phone).kind(InputKind::Tel).width("input--width-20").render(tr, errors))
                (Input::new("website", &tr.t("directory-form-website"), &form.website).kind(InputKind::Url).render(tr, errors))
                (button(&tr.t("directory-form-save"), ButtonStyle::Primary))
            }))
        },
    )
}

/// A box for each category, in a fieldset whose first box takes the field's id (so the error
/// summary's link lands on it).
fn categories_question(tr: Tr, form: &ListingForm, categories: &[Category], errors: &FieldErrors) -> Markup {
    let error = errors.text("category", tr);
    html! {
        div class={ "form-group" @if error.is_some() { " form-group--error" } } {
            fieldset class="fieldset" aria-describedby={ "category-hint" @if error.is_some() { " category-error" } } {
                legend class="fieldset__legend" { (tr.t("directory-form-categories")) }
                div class="hint" id="category-hint" { (tr.t("directory-form-categories-hint")) }
                @if let Some(error) = &error {
                    p class="error-message" id="category-error" { span class="visually-hidden" { (tr.t("error-prefix")) " " } (error) }
                }
                div class="checkboxes" {
                    @for (index, category) in categories.iter().enumerate() {
                        @let id = if index == 0 { "category".to_string() } else { format!("category-{}", category.slug) };
                        (checkbox_choice(&id, "category", &category.slug, &category_name(tr, category), form.category.contains(&category.slug)))
                    }
                }
            }
        }
    }
}

/// The language the listing is written in: the page's language until the group chooses.
fn language_question(tr: Tr, form: &ListingForm, errors: &FieldErrors) -> Markup {
    let options: Vec<(String, String)> = language::CHOICES
        .iter()
        .filter(|choice| choice.code != language::OTHER && language::html_lang(choice.code).is_some())
        .map(|choice| (choice.code.to_string(), tr.t(choice.name_key)))
        .collect();
    let page_language = tr.code().split('-').next().unwrap_or(language::ENGLISH);
    let selected = if form.language.is_empty() { page_language } else { form.language.as_str() };
    html! {
        (select(tr, "language", &tr.t("directory-form-language"), &options, selected,
            Some(&tr.attr("directory-form-language", "hint")), errors))
    }
}

fn when_questions(tr: Tr, form: &ListingForm, errors: &FieldErrors) -> Markup {
    let schedules: Vec<(String, String)> =
        Schedule::ALL.iter().map(|s| (s.key().to_string(), tr.t(&format!("directory-schedule-{}", s.key())))).collect();
    let mut days = vec![(String::new(), tr.t("directory-form-choose-day"))];
    days.extend(WEEKDAYS.iter().map(|(number, key)| (number.to_string(), tr.t(key))));
    html! {
        (radios(tr, "schedule", &tr.t("directory-form-schedule"), &schedules, &form.schedule, None, errors))
        (select(tr, "weekday", &tr.t("directory-form-weekday"), &days, &form.weekday, Some(&tr.attr("directory-form-weekday", "hint")), errors))
        div class="directory-times" {
            (Input::new("starts_at", &tr.t("directory-form-starts"), &form.starts_at).width("input--width-5").hint(&tr.attr("directory-form-starts", "hint")).render(tr, errors))
            (Input::new("ends_at", &tr.t("directory-form-ends"), &form.ends_at).width("input--width-5").render(tr, errors))
        }
        (Input::new("schedule_note", &tr.t("directory-form-schedule-note"), &form.schedule_note).hint(&tr.attr("directory-form-schedule-note", "hint")).render(tr, errors))
    }
}

fn access_question(tr: Tr, form: &ListingForm) -> Markup {
    html! {
        div class="form-group" {
            fieldset class="fieldset" {
                legend class="fieldset__legend" { (tr.t("directory-form-access")) }
                div class="checkboxes" {
                    @for code in ACCESSIBILITY {
                        (checkbox_choice(&format!("access-{code}"), "accessibility", code,
                            &tr.t(&format!("directory-access-{code}")), form.accessibility.iter().any(|ticked| ticked == code)))
                    }
                }
            }
        }
    }
}

/// A group's listings on its page: each with its status, and the way to add another.
pub fn group_listings(ctx: &PageCtx, group_id: i64, listings: &[Listing]) -> Markup {
    let tr = ctx.tr;
    html! {
        h2 class="heading-m" { (tr.t("directory-group-heading")) }
        p class="body" { (tr.t("directory-group-intro")) }
        @if !listings.is_empty() {
            ul class="list" {
                @for listing in listings {
                    li {
                        a href={ "/directory/" (listing.id) } dir="auto" { (listing.name) } " "
                        (status_tag(tr, listing))
                    }
                }
            }
        }
        p class="body" { a href={ "/groups/" (group_id) "/listings/new" } { (tr.t("directory-group-add")) } }
    }
}

fn status_tag(tr: Tr, listing: &Listing) -> Markup {
    match listing.status() {
        ListingStatus::Pending => tag(&tr.t("directory-tag-pending"), "yellow"),
        ListingStatus::Approved => tag(&tr.t("directory-tag-public"), "green"),
        ListingStatus::Hidden => tag(&tr.t("directory-tag-hidden"), "grey"),
    }
}

/// The editors' queue: listings waiting to be checked, oldest first, and those hidden.
pub fn editor_queue(
    ctx: &PageCtx,
    waiting: &[(Listing, String)],
    hidden: &[(Listing, String)],
    site_admin: bool,
) -> Markup {
    let tr = ctx.tr;
    let title = tr.t("directory-queue-title");
    let table = |rows: &[(Listing, String)]| -> Markup {
        html! {
            div class="table-wrapper" { table class="table" {
                thead { tr {
                    th scope="col" { (tr.t("directory-queue-listing")) }
                    th scope="col" { (tr.t("directory-queue-group")) }
                    th scope="col" { (tr.t("directory-queue-changed")) }
                } }
                tbody { @for (listing, group) in rows { tr {
                    td { a href={ "/directory/" (listing.id) } dir="auto" { (listing.name) } }
                    td dir="auto" { (group) }
                    td { (tr.date(listing.updated_at.date())) }
                } } }
            } }
        }
    };
    page(
        ctx,
        &title,
        html! {
            h1 class="heading-l" { (title) }
            p class="body" { (tr.t("directory-queue-intro")) }
            @if site_admin { p class="body" { a href="/directory/categories" { (tr.t("directory-categories-title")) } } }
            h2 class="heading-m" { (crate::t!(tr, "directory-queue-waiting", count = waiting.len())) }
            @if waiting.is_empty() { p class="body" { (tr.t("directory-queue-none")) } } @else { (table(waiting)) }
            h2 class="heading-m" { (crate::t!(tr, "directory-queue-hidden", count = hidden.len())) }
            @if !hidden.is_empty() { (table(hidden)) }
        },
    )
}
