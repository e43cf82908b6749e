//! Pages for a group's bid: the task list, each part's form, checking and sending, and the
//! bid's summary and history once sent.

use maud::{Markup, html};

use super::components::{
    ButtonStyle, Input, InputKind, button, button_form, error_summary, post_form, select, sentence, summary_list, tag,
    textarea, title_with_errors,
};
use super::layout::{PageCtx, page};
use crate::audit::Event;
use crate::bids::files::human_size;
use crate::bids::language;
use crate::bids::places::{BidPlaces, ELSEWHERE};
use crate::bids::rules::{self, CaseForm, MoneyForm, Problem, Progress};
use crate::bids::translation::Translation;
use crate::bids::video::VideoLink;
use crate::bids::{Bid, BidFile, BidState};
use crate::forms::FieldErrors;
use crate::groups::Group;
use crate::i18n::{Message, Tr};
use crate::rounds::Round;

/// Everything the bid's pages show about it.
pub struct BidView<'a> {
    pub bid: &'a Bid,
    pub round: &'a Round,
    pub group: &'a Group,
    pub files: &'a [BidFile],
    pub assisted_by: Option<&'a str>,
    /// The English translation beside a bid in another language, if one was added.
    pub translation: Option<&'a Translation>,
    /// Where this viewer adds or corrects that translation, if they may (a connector with the
    /// group, or the lead).
    pub translate_link: Option<String>,
    /// Where the bid serves, among the programme's areas (shown with its answers), when known.
    pub places: Option<&'a BidPlaces>,
}

impl BidView<'_> {
    fn recording(&self) -> Option<&BidFile> {
        self.files.iter().find(|f| f.is_recording())
    }

    fn attachments(&self) -> impl Iterator<Item = &BidFile> {
        self.files.iter().filter(|f| !f.is_recording())
    }

    fn base(&self) -> String {
        format!("/bids/{}", self.bid.id)
    }
}

/// The bid's status as the group reads it ("Returned to you").
pub fn status_tag(tr: Tr, bid: &Bid) -> Markup {
    tag(&tr.t(bid.state.label_key()), bid.state.colour())
}

/// The bid's status as the programme lead reads it ("Returned to the group").
pub fn lead_status_tag(tr: Tr, bid: &Bid) -> Markup {
    tag(&tr.t(bid.state.lead_label_key()), bid.state.colour())
}

fn progress_tag(tr: Tr, progress: Progress) -> Markup {
    let colour = match progress {
        Progress::Completed => "green",
        Progress::InProgress => "blue",
        Progress::NotStarted | Progress::Optional => "grey",
    };
    tag(&tr.t(progress.label_key()), colour)
}

/// The page to choose which group a new bid is for.
/// "Start a bid" for `round`; `start_path` is the page's own address, with the eligibility
/// answers it carries, where the form goes and adding a group comes back to.
pub fn start(ctx: &PageCtx, round: &Round, start_path: &str, groups: &[Group], errors: &FieldErrors) -> Markup {
    let tr = ctx.tr;
    let options: Vec<(String, String)> = groups.iter().map(|g| (g.id.to_string(), g.name.clone())).collect();
    let new_group =
        format!("/groups/new?next={}", url::form_urlencoded::byte_serialize(start_path.as_bytes()).collect::<String>());
    let title = tr.t("bids-start-title");
    page(
        ctx,
        &title_with_errors(tr, &title, errors),
        html! {
            (error_summary(tr, errors))
            span class="caption-l" { (round.name) }
            h1 class="heading-l" { (title) }
            @if groups.is_empty() {
                p class="body" { (tr.t("bids-start-no-group")) }
                a class="button" href=(new_group) { (tr.t("bids-start-add-first-group")) }
            } @else {
                (post_form(start_path, &ctx.csrf_token, html! {
                    (super::components::radios(tr, "group_id", &tr.t("bids-start-which-group"), &options, if options.len() == 1 { &options[0].0 } else { "" }, None, errors))
                    (button(&tr.t("bids-start-button"), ButtonStyle::Primary))
                }))
                p class="body" { a href=(new_group) { (tr.t("bids-start-add-another-group")) } }
            }
        },
    )
}

/// The task list of a bid that can still be changed.
/// The bid's task list. `closed`: the round closed before the draft was sent, which is said
/// instead of the date to send it by.
pub fn task_list(ctx: &PageCtx, view: &BidView<'_>, history: &[(Event, Option<String>)], closed: bool) -> Markup {
    let tr = ctx.tr;
    let bid = view.bid;
    let base = view.base();
    let money = rules::money_progress(bid);
    let case = rules::case_progress(bid, view.recording().is_some());
    let ready = money == Progress::Completed && case == Progress::Completed;
    page(
        ctx,
        &tr.t("bids-task-list-title"),
        html! {
            span class="caption-l" { (view.group.name) " · " (view.round.name) }
            h1 class="heading-l" { (bid.display_title(tr)) " " (status_tag(tr, bid)) }
            @if ctx.email_unconfirmed { (super::accounts::verify_reminder(ctx)) }
            (bid_facts(tr, view))
            @if bid.state == BidState::Returned {
                div class="inset-text" {
                    h2 class="heading-s" { (tr.t("bids-returned-heading")) }
                    p class="body" { (bid.return_note) }
                    p class="body" {
                        @match bid.returned_at {
                            Some(at) => (crate::t!(tr, "bids-returned-change-by", date = tr.london_date(at + rules::RETURN_WINDOW))),
                            None => (tr.t("bids-returned-change")),
                        }
                    }
                }
            } @else if closed {
                div class="warning-text" {
                    p class="body" { strong { (tr.message(&Message::new("bids-problem-round-closed").arg("closed", tr.london_datetime(view.round.closes_at)))) } }
                }
            } @else {
                p class="body" {
                    (sentence(tr, Message::new("bids-task-list-send-by"), &[("closes", html! { strong { (tr.london_datetime(view.round.closes_at)) } })]))
                }
            }
            ol class="task-list" {
                (task(&format!("{base}/money"), &tr.t("bids-money-title"), &tr.t("bids-task-money-hint"), progress_tag(tr, money)))
                (task(&format!("{base}/case"), &tr.t("bids-case-title"), &tr.t("bids-task-case-hint"), progress_tag(tr, case)))
                (task(&format!("{base}/files"), &tr.t("bids-files-title"), &tr.t("bids-task-files-hint"), progress_tag(tr, Progress::Optional)))
                li class="task-list__item" {
                    span {
                        @if ready { a href={ (base) "/check" } { (tr.t("bids-task-check")) } } @else { (tr.t("bids-task-check")) }
                        span class="task-list__hint" { (tr.t("bids-task-check-hint")) }
                    }
                    @if ready { (tag(&tr.t("bids-task-ready"), "blue")) } @else { (tag(&tr.t("bids-task-cannot-start"), "grey")) }
                }
            }
            (team_panel(ctx))
            (history_section(tr, history))
            p class="body" { a class="button button--secondary" href={ (base) "/withdraw" } { (tr.t("bids-withdraw-button")) } }
        },
    )
}

fn task(href: &str, title: &str, hint: &str, status: Markup) -> Markup {
    html! {
        li class="task-list__item" {
            span { a href=(href) { (title) } span class="task-list__hint" { (hint) } }
            (status)
        }
    }
}

fn bid_facts(tr: Tr, view: &BidView<'_>) -> Markup {
    html! {
        @if let Some(reference) = &view.bid.reference {
            p class="body" { (sentence(tr, Message::new("bids-facts-reference"), &[("reference", html! { strong { (reference) } })])) }
        }
        @if let Some(name) = view.assisted_by { p class="body" { (crate::t!(tr, "bids-facts-assisted-by", name = name)) } }
    }
}

/// Which of the programme's areas the bid serves: a box for each (those the group's postcode lies
/// in ticked before it has said), and "somewhere else" apart.
fn places_question(tr: Tr, places: &BidPlaces, form: &MoneyForm) -> Markup {
    let ticked = |value: &str| form.area.iter().any(|sent| sent == value);
    let item = |id: &str, value: &str, label: &str| {
        super::components::checkbox_choice(id, "area", value, label, ticked(value))
    };
    html! {
        div class="form-group" {
            fieldset class="fieldset" aria-describedby="area-hint" {
                legend class="fieldset__legend" { (tr.t("bids-places-legend")) }
                div class="hint" id="area-hint" { (tr.t("bids-places-hint")) }
                input type="hidden" name="area_asked" value="yes";
                div class="checkboxes" {
                    @for area in &places.areas {
                        (item(&format!("area-{}", area.id), &area.id.to_string(), &area.name))
                    }
                    p class="checkboxes__divider" { (tr.t("bids-places-or")) }
                    (item("area-elsewhere", ELSEWHERE, &tr.t("bids-places-elsewhere")))
                }
            }
        }
    }
}

/// "Lozells, Aston" (and "Somewhere else") for the bid's answers; with none ticked, the area the
/// group gave for itself, which places the bid in the equity report instead.
fn places_served(tr: Tr, group: &Group, places: &BidPlaces) -> Markup {
    let mut names: Vec<String> = places.ticked_names().into_iter().map(str::to_string).collect();
    if places.elsewhere {
        names.push(tr.t("bids-places-elsewhere"));
    }
    html! {
        @if !names.is_empty() { (names.join(", ")) }
        @else if group.area.trim().is_empty() { span class="secondary-text" { (tr.t("bids-not-answered")) } }
        @else { span class="secondary-text" { (crate::t!(tr, "bids-places-none", area = group.area.trim())) } }
    }
}

/// Which parts of the case the video or recording tells (all three unless the group unticks
/// one): those parts then read "Told in the video" instead of "Not answered".
fn covers_question(tr: Tr, form: &CaseForm) -> Markup {
    use super::components::checkbox;
    html! {
        div class="form-group" {
            fieldset class="fieldset" aria-describedby="covers-hint" {
                legend class="fieldset__legend" { (tr.t("bids-case-covers-legend")) }
                div class="hint" id="covers-hint" { (tr.t("bids-case-covers-hint")) }
                input type="hidden" name="covers_asked" value="yes";
                div class="checkboxes" {
                    (checkbox(tr, "covers_need", &tr.t("bids-case-covers-need"), form.covers_need == "yes", None, None))
                    (checkbox(tr, "covers_reach", &tr.t("bids-case-covers-reach"), form.covers_reach == "yes", None, None))
                    (checkbox(tr, "covers_impact", &tr.t("bids-case-covers-impact"), form.covers_impact == "yes", None, None))
                }
            }
        }
    }
}

/// Before sending: a video the panel cannot watch on this page (a host that cannot be embedded,
/// or a site we do not know) will be opened elsewhere, so the group checks it opens for anyone.
fn video_elsewhere(tr: Tr, bid: &crate::bids::Bid) -> Markup {
    let host_name = match bid.video() {
        Some(VideoLink::Other { host_name, .. }) => host_name,
        // Drive plays here only for a file shared with anyone who has the link.
        Some(VideoLink::GoogleDrive { .. }) => {
            return html! { div class="inset-text" { p class="body" { (tr.t("bids-check-video-drive")) } } };
        }
        _ => return html! {},
    };
    html! {
        div class="inset-text" {
            @match host_name {
                Some(host) => p class="body" { (crate::t!(tr, "bids-check-video-elsewhere", host = host)) },
                None => p class="body" { (tr.t("bids-check-video-unknown-site")) },
            }
        }
    }
}

/// Asks before a group withdraws its bid, which cannot be undone.
pub fn confirm_withdraw(ctx: &PageCtx, view: &BidView<'_>, round_open: bool) -> Markup {
    let tr = ctx.tr;
    let title = view.bid.display_title(tr);
    let heading = crate::t!(tr, "bids-withdraw-confirm-title", title = title.as_str());
    let base = view.base();
    let action = format!("{base}/withdraw");
    page(
        ctx,
        &heading,
        html! {
            span class="caption-l" { (view.group.name) " · " (view.round.name) }
            (super::components::confirmation(&ctx.csrf_token, &super::components::Confirmation {
                heading: &heading,
                consequences: html! {
                    ul class="list list--bullet" {
                        li { (tr.t("bids-withdraw-confirm-final")) }
                        li { (tr.t("bids-withdraw-confirm-kept")) }
                        @if round_open {
                            li { (crate::t!(tr, "bids-withdraw-confirm-new-bid", closes = tr.london_datetime(view.round.closes_at))) }
                        }
                    }
                    (team_panel(ctx))
                },
                action: &action,
                fields: &[],
                inputs: html! {},
                confirm_label: &tr.t("bids-withdraw-confirm-button"),
                back_href: &base,
                back_label: &tr.t("bids-withdraw-confirm-back"),
            }))
        },
    )
}

/// Who runs the programme and how to reach a person, on the group's pages about its bid.
pub fn team_panel(ctx: &PageCtx) -> Markup {
    html! { @if let Some(team) = &ctx.team { (super::team::panel(ctx.tr, team)) } }
}

/// The two buttons every part of the bid offers.
fn save_buttons(tr: Tr) -> Markup {
    html! {
        div class="button-group" {
            button type="submit" class="button" name="then" value="continue" { (tr.t("bids-save-continue")) }
            button type="submit" class="button button--secondary" name="then" value="later" { (tr.t("bids-save-later")) }
        }
    }
}

pub fn money_form(ctx: &PageCtx, view: &BidView<'_>, form: &MoneyForm, errors: &FieldErrors) -> Markup {
    let tr = ctx.tr;
    let round = view.round;
    let title = tr.t("bids-money-title");
    page(
        ctx,
        &title_with_errors(tr, &title, errors),
        html! {
            (error_summary(tr, errors))
            span class="caption-l" { (view.bid.display_title(tr)) }
            h1 class="heading-l" { (title) }
            (post_form(&format!("{}/money", view.base()), &ctx.csrf_token, html! {
                input type="hidden" name="version" value=(form.version);
                (Input::new("title", &tr.t("bids-money-project-name"), &form.title).hint(&tr.attr("bids-money-project-name", "hint")).render(tr, errors))
                (Input::new("summary", &tr.t("bids-money-summary"), &form.summary).render(tr, errors))
                (Input::new("amount_requested", &tr.t("bids-money-amount"), &form.amount_requested).kind(InputKind::Money).width("input--width-10")
                    .hint(&crate::t!(tr, "bids-money-amount-hint", min = round.min_award(), max = round.max_award())).render(tr, errors))
                (textarea(tr, "purpose", &tr.t("bids-money-purpose"), &form.purpose,
                    Some(&tr.attr("bids-money-purpose", "hint")), 5, errors))
                @if let Some(places) = view.places.filter(|places| places.asked()) {
                    (places_question(tr, places, form))
                }
                (save_buttons(tr))
            }))
        },
    )
}

/// Which language the bid is in: a list of community languages, or another one named.
fn language_question(tr: Tr, form: &CaseForm, errors: &FieldErrors) -> Markup {
    let options: Vec<(String, String)> =
        language::CHOICES.iter().map(|choice| (choice.code.to_string(), tr.t(choice.name_key))).collect();
    let hint = tr.t("bid-language-question-hint");
    let selected = if form.language.is_empty() { language::ENGLISH } else { form.language.as_str() };
    html! {
        h2 class="heading-m" { (tr.t("bid-language-heading")) }
        (select(tr, "language", &tr.t("bid-language-question"), &options, selected, Some(&hint), errors))
        (Input::new("language_other", &tr.t("bid-language-other-label"), &form.language_other).width("input--width-20").render(tr, errors))
    }
}

pub fn case_form(ctx: &PageCtx, view: &BidView<'_>, form: &CaseForm, errors: &FieldErrors) -> Markup {
    let tr = ctx.tr;
    let base = view.base();
    let title = tr.t("bids-case-title");
    page(
        ctx,
        &title_with_errors(tr, &title, errors),
        html! {
            (error_summary(tr, errors))
            span class="caption-l" { (view.bid.display_title(tr)) }
            h1 class="heading-l" { (title) }
            p class="body" { (tr.t("bids-case-intro")) }
            ul class="list" {
                li { strong { (tr.t("bids-case-need-term")) " " } (tr.t("bids-case-need-meaning")) }
                li { strong { (tr.t("bids-case-reach-term")) " " } (tr.t("bids-case-reach-meaning")) }
                li { strong { (tr.t("bids-case-impact-term")) " " } (tr.t("bids-case-impact-meaning")) }
            }
            (post_form(&format!("{base}/case"), &ctx.csrf_token, html! {
                input type="hidden" name="version" value=(form.version);
                // Pressing Enter in a field submits with the form's first button: this one, so
                // it saves and continues rather than going to the recording page.
                button type="submit" name="then" value="continue" class="visually-hidden" tabindex="-1" aria-hidden="true" { (tr.t("bids-save-continue")) }
                (language_question(tr, form, errors))
                h2 class="heading-m" { (tr.t("bids-case-video-heading")) }
                (Input::new("video_url", &tr.t("bids-case-video-link"), &form.video_url).kind(InputKind::Url)
                    .hint(&tr.attr("bids-case-video-link", "hint")).render(tr, errors))
                h2 class="heading-m" { (tr.t("bids-case-recording-heading")) }
                // Buttons, not links: what was typed on this page is saved before going.
                @match view.recording() {
                    Some(file) => p class="body" {
                        (crate::t!(tr, "bids-case-recording-uploaded", filename = &file.filename, size = human_size(tr, file.size_bytes))) " "
                        button type="submit" class="link-button" name="then" value="recording" { (tr.t("bids-case-recording-replace")) }
                    }
                    None => p class="body" {
                        (sentence(tr, Message::new("bids-case-recording-none"), &[("link", html! { button type="submit" class="link-button" name="then" value="recording" { (tr.t("bids-case-recording-none-link")) } })]))
                    }
                }
                (covers_question(tr, form))
                h2 class="heading-m" { (tr.t("bids-case-written-heading")) }
                p class="body" { (tr.t("bids-case-written-optional")) }
                (textarea(tr, "need", &tr.t("bids-need"), &form.need, Some(&word_guide(tr, rules::NEED_WORDS, &form.need)), 6, errors))
                (textarea(tr, "reach", &tr.t("bids-reach"), &form.reach, Some(&word_guide(tr, rules::REACH_WORDS, &form.reach)), 6, errors))
                (textarea(tr, "impact", &tr.t("bids-impact"), &form.impact, Some(&word_guide(tr, rules::IMPACT_WORDS, &form.impact)), 5, errors))
                (save_buttons(tr))
            }))
        },
    )
}

fn word_guide(tr: Tr, words: usize, text: &str) -> String {
    let count = rules::word_count(text);
    if count == 0 {
        crate::t!(tr, "bids-word-guide", words = words)
    } else {
        crate::t!(tr, "bids-word-guide-written", words = words, count = count)
    }
}

/// The recording upload page. Its form token is the form's first field, where the CSRF check
/// reads it without reading the whole upload.
pub fn recording_form(ctx: &PageCtx, view: &BidView<'_>, max_mb: u64, errors: &FieldErrors) -> Markup {
    let tr = ctx.tr;
    let base = view.base();
    let action = format!("{base}/recording");
    let title = tr.t("bids-recording-title");
    page(
        ctx,
        &title_with_errors(tr, &title, errors),
        html! {
            (error_summary(tr, errors))
            span class="caption-l" { (view.bid.display_title(tr)) }
            h1 class="heading-l" { (title) }
            @if let Some(file) = view.recording() {
                h2 class="heading-m" { (tr.t("bids-recording-yours")) }
                (player(tr, &base, file))
                (button_form(&format!("{base}/files/{}/remove", file.id), &ctx.csrf_token, &tr.t("bids-recording-remove"), ButtonStyle::Secondary))
                h2 class="heading-m" { (tr.t("bids-recording-replace")) }
            }
            p class="body" { (crate::t!(tr, "bids-recording-limit", max_mb = max_mb_arg(max_mb))) }
            form method="post" action=(action) enctype="multipart/form-data" novalidate {
                (super::components::csrf_field(&ctx.csrf_token))
                div class="upload-choice" {
                    (file_field(tr, "recording", &tr.t("bids-recording-record-now"), &tr.attr("bids-recording-record-now", "hint"), "video/*,audio/*", true, errors))
                }
                div class="upload-choice" {
                    (file_field(tr, "recording_file", &tr.t("bids-recording-choose"), &tr.attr("bids-recording-choose", "hint"), "video/*,audio/*", false, errors))
                }
                (button(&tr.t("bids-recording-upload-button"), ButtonStyle::Primary))
            }
            p class="body" { a href={ (base) "/case" } { (tr.t("bids-recording-back")) } }
        },
    )
}

pub fn file_field(
    tr: Tr,
    name: &str,
    label: &str,
    hint: &str,
    accept: &str,
    capture: bool,
    errors: &FieldErrors,
) -> Markup {
    let error = errors.text(name, tr);
    let described = if error.is_some() { format!("{name}-hint {name}-error") } else { format!("{name}-hint") };
    html! {
        div class={ "form-group" @if error.is_some() { " form-group--error" } } {
            label class="label" for=(name) { (label) }
            div class="hint" id={ (name) "-hint" } { (hint) }
            @if let Some(error) = error { p class="error-message" id={ (name) "-error" } { span class="visually-hidden" { (tr.t("error-prefix")) " " } (error) } }
            input class="file-upload" type="file" id=(name) name=(name) accept=(accept) capture=[capture.then_some("user")] aria-describedby=(described);
        }
    }
}

/// A player for an uploaded recording, streamed with byte ranges.
pub fn player(tr: Tr, base: &str, file: &BidFile) -> Markup {
    let src = format!("{base}/files/{}", file.id);
    html! {
        @if file.content_type.starts_with("audio/") {
            audio class="recording" controls preload="metadata" src=(src) { a href=(src) { (tr.t("bids-recording-download")) } }
        } @else {
            video class="recording" controls preload="metadata" playsinline src=(src) { a href=(src) { (tr.t("bids-recording-download")) } }
        }
    }
}

/// A video link as the panel sees it: an embedded privacy-enhanced player where we can, with a
/// plain link always.
pub fn video_link(tr: Tr, link: &VideoLink, title: &str) -> Markup {
    html! {
        @if let Some(embed) = link.embed_url() {
            div class="video-embed" {
                iframe src=(embed) title=(crate::t!(tr, "bids-video-frame-title", title = title)) loading="lazy" referrerpolicy="strict-origin-when-cross-origin"
                    allow="accelerometer; encrypted-media; gyroscope; picture-in-picture; fullscreen" allowfullscreen {}
            }
        }
        p class="body" { a href=(link.watch_url()) rel="noopener noreferrer" target="_blank" { (crate::t!(tr, "bids-video-watch-new-tab", host = link.host_label(tr))) } }
    }
}

/// An upload limit in megabytes, as a count for a message.
fn max_mb_arg(max_mb: u64) -> i64 {
    i64::try_from(max_mb).unwrap_or(i64::MAX)
}

pub fn files_form(ctx: &PageCtx, view: &BidView<'_>, max_mb: u64, errors: &FieldErrors) -> Markup {
    let tr = ctx.tr;
    let base = view.base();
    let action = format!("{base}/files");
    page(
        ctx,
        &title_with_errors(tr, &tr.t("bids-files-title"), errors),
        html! {
            (error_summary(tr, errors))
            span class="caption-l" { (view.bid.display_title(tr)) }
            h1 class="heading-l" { (tr.t("bids-files-heading")) }
            p class="body" { (tr.t("bids-files-intro")) }
            @let attachments: Vec<&BidFile> = view.attachments().collect();
            @if !attachments.is_empty() {
                ul class="list list--plain" {
                    @for file in attachments {
                        li {
                            a href={ (base) "/files/" (file.id) } { (file.filename) } " " (crate::t!(tr, "bids-files-size", size = human_size(tr, file.size_bytes))) " "
                            (button_form(&format!("{base}/files/{}/remove", file.id), &ctx.csrf_token, &crate::t!(tr, "bids-files-remove", filename = &file.filename), ButtonStyle::Secondary))
                        }
                    }
                }
            }
            form method="post" action=(action) enctype="multipart/form-data" novalidate {
                (super::components::csrf_field(&ctx.csrf_token))
                (file_field(tr, "attachment", &tr.t("bids-files-add"), &crate::t!(tr, "bids-files-add-hint", max_mb = max_mb_arg(max_mb)),
                    ".pdf,image/*,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.rtf", false, errors))
                (button(&tr.t("bids-files-add-button"), ButtonStyle::Secondary))
            }
            div class="button-group" {
                a class="button" href={ (base) "/check" } { (tr.t("bids-files-continue")) }
                a class="link" href=(base) { (tr.t("bids-files-back")) }
            }
        },
    )
}

/// Every answer, as the panel will see them, with links to change each part.
fn answers(tr: Tr, view: &BidView<'_>, change_links: bool) -> Markup {
    answers_with_files_at(tr, view, &view.base(), change_links)
}

/// Every answer, with the bid's files served under `files_at` (the group's, the panel's or the
/// lead's address for the bid, each checking its own rights).
pub fn answers_with_files_at(tr: Tr, view: &BidView<'_>, files_at: &str, change_links: bool) -> Markup {
    let bid = view.bid;
    let base = files_at.to_string();
    let edit_base = view.base();
    let change = |part: &str| -> Markup {
        let name = match part {
            "money" => "bids-change-money",
            "case" => "bids-change-case",
            "recording" => "bids-change-recording",
            _ => "bids-change-files",
        };
        html! { @if change_links { " " a href={ (edit_base) "/" (part) } { (tr.t("bids-change")) span class="visually-hidden" { " " (tr.t(name)) } } } }
    };
    // The group's own words carry their language, so a screen reader reads Polish as Polish.
    let words_lang = language::html_lang(&bid.language);
    let text = |value: &str| -> Markup {
        html! { @if value.is_empty() { span class="secondary-text" { (tr.t("bids-not-answered")) } } @else { span lang=[words_lang] { (multiline(value)) } } }
    };
    // A part left unwritten because the video or recording tells it says so, rather than "Not
    // answered", so the group does not think it forgot something.
    let told_in = told_in_key(view);
    let part = |name: &str, value: &str| -> Markup {
        match told_in.filter(|_| value.is_empty() && bid.told_in_recording(name)) {
            Some(key) => html! { span class="secondary-text" { (tr.t(key)) } },
            None => text(value),
        }
    };
    let (has_video, has_recording) = (bid.video().is_some(), view.recording().is_some());
    let title = bid.display_title(tr);
    let mut case_rows: Vec<(String, Markup)> = vec![(
        tr.t("bid-language-heading"),
        html! { (language::name(tr, &bid.language, &bid.language_other)) (change("case")) },
    )];
    // A bid told by video has no empty "Recording" row, and one told by recording no empty
    // "Video" row: one way of telling it is enough.
    if has_video || !has_recording {
        case_rows.push((
            tr.t("bids-answer-video"),
            html! {
                @match bid.video() { Some(link) => (video_link(tr, &link, &title)), None => (text("")) }
                (change("case"))
            },
        ));
    }
    if has_recording || !has_video {
        case_rows.push((
            tr.t("bids-answer-recording"),
            html! {
                @match view.recording() { Some(file) => (player(tr, &base, file)), None => (text("")) }
                (change("recording"))
            },
        ));
    }
    case_rows.push((tr.t("bids-need"), part("need", &bid.need)));
    case_rows.push((tr.t("bids-reach"), part("reach", &bid.reach)));
    case_rows.push((tr.t("bids-impact"), part("impact", &bid.impact)));
    let mut money_rows: Vec<(String, Markup)> = vec![
        (tr.t("bids-answer-project"), html! { (text(&bid.title)) (change("money")) }),
        (tr.t("bids-answer-summary"), html! { (text(&bid.summary)) }),
        (
            tr.t("bids-answer-amount"),
            html! { @match bid.amount() { Some(amount) => (tr.money(amount)), None => (text("")) } },
        ),
        (tr.t("bids-answer-purpose"), html! { (text(&bid.purpose)) }),
    ];
    if let Some(places) = view.places.filter(|places| places.asked()) {
        money_rows.push((tr.t("bids-answer-places"), places_served(tr, view.group, places)));
    }
    html! {
        h2 class="heading-m" { (tr.t("bids-money-title")) }
        (summary_list(&money_rows.iter().map(|(key, value)| (key.as_str(), value.clone())).collect::<Vec<_>>()))
        h2 class="heading-m" { (tr.t("bids-case-title")) }
        (summary_list(&case_rows.iter().map(|(key, value)| (key.as_str(), value.clone())).collect::<Vec<_>>()))
        (super::translations::translation_section(tr, bid, view.translation, view.translate_link.as_deref()))
        h2 class="heading-m" { (tr.t("bids-files-title")) }
        @let attachments: Vec<&BidFile> = view.attachments().collect();
        @if attachments.is_empty() { p class="body" { (tr.t("bids-none")) (change("files")) } }
        @else {
            ul class="list" { @for file in attachments { li { a href={ (base) "/files/" (file.id) } { (file.filename) } } } }
            p class="body" { (change("files")) }
        }
    }
}

/// Text with its line breaks kept (escaped; never markup).
pub fn multiline(text: &str) -> Markup {
    html! { @for (i, line) in text.lines().enumerate() { @if i > 0 { br; } (line) } }
}

/// Checking the answers before sending. `word`: the viewer is a connector, who asks the group
/// to send it rather than sending it themselves.
pub fn check(
    ctx: &PageCtx,
    view: &BidView<'_>,
    problems: &[Problem],
    word: Option<&super::group_word::WordAsk<'_>>,
) -> Markup {
    let tr = ctx.tr;
    let mut errors = problems.iter().fold(FieldErrors::new(), |mut errors, problem| {
        errors.add(problem.fix_at, problem.message.clone());
        errors
    });
    if let Some(ask) = word {
        errors.extend(ask.errors.clone());
    }
    let title = tr.t("bids-check-title");
    page(
        ctx,
        &title_with_errors(tr, &title, &errors),
        html! {
            @if !problems.is_empty() {
                div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title" {
                    h2 class="error-summary__title" id="error-summary-title" { (tr.t("bids-check-cannot-send")) }
                    ul class="error-summary__list" {
                        @for problem in problems {
                            li { a href=(problem_link(view, problem.fix_at)) { (tr.message(&problem.message)) } }
                        }
                    }
                }
            } @else {
                (error_summary(tr, &errors))
            }
            span class="caption-l" { (view.group.name) " · " (view.round.name) }
            h1 class="heading-l" { (title) }
            (bid_facts(tr, view))
            (video_elsewhere(tr, view.bid))
            (answers(tr, view, true))
            @match word {
                Some(ask) => (super::group_word::ask_panel(ctx, crate::bids::word::Purpose::Send, ask, html! {})),
                None => {
                    h2 class="heading-m" { (tr.t("bids-check-send-heading")) }
                    p class="body" { (tr.t("bids-check-declaration")) }
                    (post_form(&format!("{}/submit", view.base()), &ctx.csrf_token, html! {
                        input type="hidden" name="version" value=(view.bid.version);
                        (button(&tr.t("bids-check-send-button"), ButtonStyle::Primary))
                    }))
                }
            }
            (team_panel(ctx))
        },
    )
}

fn problem_link(view: &BidView<'_>, fix_at: &str) -> String {
    match fix_at {
        "money" | "case" => format!("{}/{fix_at}", view.base()),
        "account" => "/account".to_string(),
        _ => view.base(),
    }
}

/// "Bid sent", with what happens next. `ask_equality`: the group has not answered the optional
/// questions about who leads it, which are offered here, once the bid is safely sent.
pub fn sent(ctx: &PageCtx, view: &BidView<'_>, email: &str, ask_equality: bool) -> Markup {
    let tr = ctx.tr;
    let reference = view.bid.reference.as_deref().unwrap_or("");
    let title = tr.t("bids-sent-title");
    page(
        ctx,
        &title,
        html! {
            div class="panel" {
                h1 class="panel__title" { (title) }
                div class="panel__body" { (tr.t("bids-sent-reference")) br; strong { (reference) } }
            }
            p class="body" { (sentence(tr, Message::new("bids-sent-receipt"), &[("email", html! { strong { (email) } })])) }
            h2 class="heading-m" { (tr.t("bids-sent-next-heading")) }
            ol class="list" {
                li { (tr.t("bids-sent-next-check")) }
                li { (tr.t("bids-sent-next-panel")) }
                li { (crate::t!(tr, "bids-sent-next-decision", date = view.round.decision_target_on)) }
            }
            p class="body" {
                (sentence(tr, Message::new("bids-sent-links"), &[
                    ("bid_link", html! { a href={ (view.base()) } { (tr.t("bids-sent-bid-link")) } }),
                    ("dashboard_link", html! { a href="/dashboard" { (tr.t("bids-sent-dashboard-link")) } }),
                ]))
            }
            @if ask_equality {
                div class="inset-text" {
                    h2 class="heading-s" { (tr.t("bids-sent-equality-heading")) }
                    p class="body" { (tr.t("bids-sent-equality-why")) }
                    p class="body" { a href={ "/groups/" (view.group.id) "/equality" } { (tr.t("bids-sent-equality-link")) } }
                }
            }
            (team_panel(ctx))
        },
    )
}

/// A bid that can no longer be changed: its status, answers and history.
/// `award_part` is the offer or the running grant, when the bid was awarded; `errors` are the
/// acceptance form's.
pub fn summary(
    ctx: &PageCtx,
    view: &BidView<'_>,
    history: &[(Event, Option<String>)],
    may_withdraw: bool,
    award_part: Option<Markup>,
    errors: &FieldErrors,
) -> Markup {
    let tr = ctx.tr;
    let title = view.bid.display_title(tr);
    page(
        ctx,
        &title_with_errors(tr, &title, errors),
        html! {
            (error_summary(tr, errors))
            span class="caption-l" { (view.group.name) " · " (view.round.name) }
            h1 class="heading-l" { (title) " " (status_tag(tr, view.bid)) }
            (bid_facts(tr, view))
            @if view.bid.state == BidState::Submitted {
                p class="body" { (crate::t!(tr, "bids-summary-waiting", date = view.round.decision_target_on)) }
            }
            @if let Some(part) = award_part { (part) }
            (team_panel(ctx))
            (history_section(tr, history))
            (answers(tr, view, false))
            @if may_withdraw {
                p class="body" { a class="button button--secondary" href={ (view.base()) "/withdraw" } { (tr.t("bids-withdraw-button")) } }
            }
        },
    )
}

/// The bid's story in plain words, oldest first. Edits and file changes are left out: the
/// history is for the steps people care about.
pub fn history_section(tr: Tr, history: &[(Event, Option<String>)]) -> Markup {
    let steps: Vec<(String, &Event)> = history
        .iter()
        .filter_map(|(event, name)| Some((tr.message(&describe(event, name.as_deref())?), event)))
        .collect();
    html! {
        @if !steps.is_empty() {
            h2 class="heading-m" { (tr.t("bids-history-heading")) }
            ol class="list list--plain" {
                @for (sentence, event) in steps {
                    li {
                        strong { (tr.london_datetime(event.occurred_at)) } ": " (sentence)
                        @if let Some(reason) = &event.reason { @if matches!(event.action.as_str(), "returned" | "marked_ineligible" | "declined" | "cancelled") { br; (multiline(reason)) } }
                    }
                }
            }
        }
    }
}

/// The amount of a `payment_recorded` event, from its details.
fn payment_amount(event: &Event) -> Option<crate::money::Pence> {
    let details: serde_json::Value = serde_json::from_str(event.details.as_deref()?).ok()?;
    details.get("amount_pence")?.as_i64().map(crate::money::Pence)
}

/// One step of the history as a message; `name` is who took it, when it was a person the
/// group may know (otherwise "The programme team").
fn describe(event: &Event, name: Option<&str>) -> Option<Message> {
    let with_who = |key: &'static str| {
        Message::new(key).arg(
            "who",
            match name {
                Some(name) => crate::i18n::Arg::Text(name.to_string()),
                None => Message::new("bids-history-programme-team").into(),
            },
        )
    };
    Some(match event.action.as_str() {
        "started" => with_who("bids-history-started"),
        "submitted" => with_who("bids-history-submitted"),
        "resubmitted" => with_who("bids-history-resubmitted"),
        "withdrawn" => with_who("bids-history-withdrawn"),
        "returned" => Message::new("bids-history-returned"),
        "marked_ineligible" => Message::new("bids-history-marked-ineligible"),
        "review_started" => Message::new("bids-history-review-started"),
        "awarded" => Message::new("bids-history-awarded"),
        "declined" => Message::new("bids-history-declined"),
        "waitlisted" => Message::new("bids-history-waitlisted"),
        "offer_accepted" => with_who("bids-history-offer-accepted"),
        "offer_declined" => with_who("bids-history-offer-declined"),
        "cancelled" => Message::new("bids-history-cancelled"),
        "payment_recorded" => match payment_amount(event) {
            Some(amount) => Message::new("bids-history-payment").arg("amount", amount),
            None => Message::new("bids-history-payment-unknown"),
        },
        "report_submitted" => with_who("bids-history-report-submitted"),
        "report_updated" => with_who("bids-history-report-updated"),
        "completed" => Message::new("bids-history-completed"),
        "confirmed_by_group" => Message::new("bids-history-confirmed-by-group"),
        _ => return None,
    })
}

/// The page a group's contact sees from the confirmation link (no account needed).
pub fn confirm_for_contact(ctx: &PageCtx, view: &BidView<'_>, token: &str, confirmed: bool) -> Markup {
    let tr = ctx.tr;
    let title = tr.t("bids-confirm-title");
    page(
        ctx,
        &title,
        html! {
            span class="caption-l" { (view.group.name) " · " (view.round.name) }
            h1 class="heading-l" { (title) }
            @if let Some(name) = view.assisted_by { p class="body" { (crate::t!(tr, "bids-confirm-sent-by", name = name)) } }
            (bid_facts(tr, view))
            (answers_without_files(tr, view))
            @if confirmed {
                div class="notification-banner notification-banner--success" role="status" { p { (tr.t("bids-confirm-done")) } }
            } @else {
                (post_form(&format!("/confirm-bid/{token}"), &ctx.csrf_token, html! { (button(&tr.t("bids-confirm-button"), ButtonStyle::Primary)) }))
                p class="body" { (tr.t("bids-confirm-if-wrong")) }
            }
            (team_panel(ctx))
        },
    )
}

pub fn answers_without_files(tr: Tr, view: &BidView<'_>) -> Markup {
    let bid = view.bid;
    html! {
        (summary_list(&[
            (&tr.t("bids-answer-project"), html! { (bid.display_title(tr)) }),
            (&tr.t("bids-answer-amount"), html! { @if let Some(amount) = bid.amount() { (tr.money(amount)) } }),
            (&tr.t("bids-answer-purpose"), html! { (multiline(&bid.purpose)) }),
            (&tr.t("bids-answer-video"), html! { @match bid.video() {
                Some(link) => a href=(link.watch_url()) { (crate::t!(tr, "bids-video-watch", host = link.host_label(tr))) },
                None => (tr.t("bids-none")),
            } }),
            (&tr.t("bids-need"), told_or_written(tr, view, "need", &bid.need)),
            (&tr.t("bids-reach"), told_or_written(tr, view, "reach", &bid.reach)),
            (&tr.t("bids-impact"), told_or_written(tr, view, "impact", &bid.impact)),
        ]))
    }
}

/// "Told in the video" or "Told in the recording" (the message's key), for a bid told that way.
fn told_in_key(view: &BidView<'_>) -> Option<&'static str> {
    if view.bid.video().is_some() {
        Some("bids-told-in-video")
    } else if view.recording().is_some() {
        Some("bids-told-in-recording")
    } else {
        None
    }
}

/// A part of the case as written, or "Told in the video" (or recording) when the group left it
/// to the video, so an empty row does not look forgotten.
fn told_or_written(tr: Tr, view: &BidView<'_>, part: &str, written: &str) -> Markup {
    match told_in_key(view).filter(|_| written.is_empty() && view.bid.told_in_recording(part)) {
        Some(key) => html! { span class="secondary-text" { (tr.t(key)) } },
        None => html! { (multiline(written)) },
    }
}
