//! Pages for a group's bid: the task list, each part's form, checking and sending, and the
//! bid's summary and history once sent.

use crate::i18n::Tr;
use maud::{Markup, html};

use super::components::{
    ButtonStyle, Input, InputKind, button, button_form, error_summary, london_date, london_datetime, post_form,
    summary_list, tag, textarea, title_with_errors,
};
use super::layout::{PageCtx, page};
use crate::audit::Event;
use crate::bids::files::human_size;
use crate::bids::rules::{self, CaseForm, MoneyForm, Problem, Progress};
use crate::bids::video::VideoLink;
use crate::bids::{Bid, BidFile, BidState};
use crate::forms::FieldErrors;
use crate::groups::Group;
use crate::rounds::Round;

/// Everything the bid's pages show about it.
pub struct BidView<'a> {
    pub bid: &'a Bid,
    pub round: &'a Round,
    pub group: &'a Group,
    pub files: &'a [BidFile],
    pub assisted_by: Option<&'a str>,
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
pub fn status_tag(bid: &Bid) -> Markup {
    tag(bid.state.label(), bid.state.colour())
}

/// The bid's status as the programme lead reads it ("Returned to the group").
pub fn lead_status_tag(bid: &Bid) -> Markup {
    tag(bid.state.lead_label(), bid.state.colour())
}

fn progress_tag(progress: Progress) -> Markup {
    match progress {
        Progress::Completed => tag(progress.label(), "green"),
        Progress::InProgress => tag(progress.label(), "blue"),
        Progress::NotStarted => tag(progress.label(), "grey"),
        Progress::Optional => tag(progress.label(), "grey"),
    }
}

/// The page to choose which group a new bid is for.
pub fn start(ctx: &PageCtx, round: &Round, groups: &[Group], errors: &FieldErrors) -> Markup {
    let tr = ctx.tr;
    let options: Vec<(String, String)> = groups.iter().map(|g| (g.id.to_string(), g.name.clone())).collect();
    let new_group = format!(
        "/groups/new?next={}",
        url::form_urlencoded::byte_serialize(format!("/rounds/{}/bids/new", round.slug).as_bytes()).collect::<String>()
    );
    page(
        ctx,
        &title_with_errors(tr, "Start a bid", errors),
        html! {
            (error_summary(tr, errors))
            span class="caption-l" { (round.name) }
            h1 class="heading-l" { "Start a bid" }
            @if groups.is_empty() {
                p class="body" { "First, tell us about your group. You only do this once." }
                a class="button" href=(new_group) { "Tell us about your group" }
            } @else {
                (post_form(&format!("/rounds/{}/bids/new", round.slug), &ctx.csrf_token, html! {
                    (super::components::radios(tr, "group_id", "Which group is this bid for?", &options, if options.len() == 1 { &options[0].0 } else { "" }, None, errors))
                    (button("Start the bid", ButtonStyle::Primary))
                }))
                p class="body" { a href=(new_group) { "Add another group" } }
            }
        },
    )
}

/// The task list of a bid that can still be changed.
pub fn task_list(ctx: &PageCtx, view: &BidView<'_>, history: &[(Event, Option<String>)]) -> Markup {
    let bid = view.bid;
    let base = view.base();
    let money = rules::money_progress(bid);
    let case = rules::case_progress(bid, view.recording().is_some());
    let ready = money == Progress::Completed && case == Progress::Completed;
    page(
        ctx,
        "Your bid",
        html! {
            span class="caption-l" { (view.group.name) " · " (view.round.name) }
            h1 class="heading-l" { (bid.display_title()) " " (status_tag(bid)) }
            (bid_facts(view))
            @if bid.state == BidState::Returned {
                div class="inset-text" {
                    h2 class="heading-s" { "The programme team has a question" }
                    p class="body" { (bid.return_note) }
                    p class="body" { "Change your answers below, then check and send the bid again"
                        @if let Some(at) = bid.returned_at { " by " (london_date(at + rules::RETURN_WINDOW)) } "." }
                }
            } @else {
                p class="body" { "Send your bid by " strong { (london_datetime(view.round.closes_at)) } ". You can save and come back at any time." }
            }
            ol class="task-list" {
                (task(&format!("{base}/money"), "About the money", "What it is called, how much you are asking for and what it pays for.", progress_tag(money)))
                (task(&format!("{base}/case"), "Need, reach and impact", "By video link, by uploading a recording, or in a few written words.", progress_tag(case)))
                (task(&format!("{base}/files"), "Supporting files", "Anything you would like to add, such as a photo or a poster. You do not need any.", progress_tag(Progress::Optional)))
                li class="task-list__item" {
                    span {
                        @if ready { a href={ (base) "/check" } { "Check your answers and send" } } @else { "Check your answers and send" }
                        span class="task-list__hint" { "You can do this once the parts above are complete." }
                    }
                    @if ready { (tag("Ready", "blue")) } @else { (tag("Cannot start yet", "grey")) }
                }
            }
            (history_section(history))
            (button_form(&format!("{base}/withdraw"), &ctx.csrf_token, "Withdraw this bid", ButtonStyle::Secondary))
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

fn bid_facts(view: &BidView<'_>) -> Markup {
    html! {
        @if let Some(reference) = &view.bid.reference { p class="body" { "Reference: " strong { (reference) } } }
        @if let Some(name) = view.assisted_by { p class="body" { "Assisted by " (name) " (community connector)" } }
    }
}

/// The two buttons every part of the bid offers.
fn save_buttons() -> Markup {
    html! {
        div class="button-group" {
            button type="submit" class="button" name="then" value="continue" { "Save and continue" }
            button type="submit" class="button button--secondary" name="then" value="later" { "Save and come back later" }
        }
    }
}

pub fn money_form(ctx: &PageCtx, view: &BidView<'_>, form: &MoneyForm, errors: &FieldErrors) -> Markup {
    let tr = ctx.tr;
    let round = view.round;
    page(
        ctx,
        &title_with_errors(tr, "About the money", errors),
        html! {
            (error_summary(tr, errors))
            span class="caption-l" { (view.bid.display_title()) }
            h1 class="heading-l" { "About the money" }
            (post_form(&format!("{}/money", view.base()), &ctx.csrf_token, html! {
                input type="hidden" name="version" value=(form.version);
                (Input::new("title", "A short name for your project", &form.title).hint("For example, Tuesday walk and talk group.").render(tr, errors))
                (Input::new("summary", "Your project in one sentence", &form.summary).render(tr, errors))
                (Input::new("amount_requested", "How much are you asking for?", &form.amount_requested).kind(InputKind::Money).width("input--width-10")
                    .hint(&format!("Between {} and {}.", round.min_award(), round.max_award())).render(tr, errors))
                (textarea(tr, "purpose", "What will the money pay for?", &form.purpose,
                    Some("List the main things, with rough costs if you know them. For example: room hire £40 a week for 40 weeks; a sessional peer support worker."), 5, errors))
                (save_buttons())
            }))
        },
    )
}

pub fn case_form(ctx: &PageCtx, view: &BidView<'_>, form: &CaseForm, errors: &FieldErrors) -> Markup {
    let tr = ctx.tr;
    let base = view.base();
    page(
        ctx,
        &title_with_errors(tr, "Need, reach and impact", errors),
        html! {
            (error_summary(tr, errors))
            span class="caption-l" { (view.bid.display_title()) }
            h1 class="heading-l" { "Need, reach and impact" }
            p class="body" { "Tell us in the way that suits your group. The panel treats videos, recordings and written answers the same, "
                "and does not score spelling, grammar or how well anything is written." }
            ul class="list" {
                li { strong { "Need: " } "who needs this support, and why it is not already there for them." }
                li { strong { "Reach: " } "the people you reach that other services do not, and how many." }
                li { strong { "Impact: " } "what will be different, and how you will know it worked." }
            }
            (post_form(&format!("{base}/case"), &ctx.csrf_token, html! {
                input type="hidden" name="version" value=(form.version);
                h2 class="heading-m" { "A video" }
                (Input::new("video_url", "Link to a video (optional)", &form.video_url).kind(InputKind::Url)
                    .hint("A YouTube (unlisted is fine) or Vimeo link, or a link to a video on Google Drive, Dropbox or similar. A phone video of a few minutes is plenty.").render(tr, errors))
                h2 class="heading-m" { "Or a recording" }
                @match view.recording() {
                    Some(file) => p class="body" { "You have uploaded " (file.filename) " (" (human_size(file.size_bytes)) "). " a href={ (base) "/recording" } { "Listen, or replace it" } }
                    None => p class="body" { a href={ (base) "/recording" } { "Upload or record a video or voice recording" } " (from your phone's camera or microphone)." }
                }
                h2 class="heading-m" { "Or a few written words" }
                p class="body" { "If you have given us a video or recording, you do not need to write anything." }
                (textarea(tr, "need", "Need", &form.need, Some(&word_guide(rules::NEED_WORDS, &form.need)), 6, errors))
                (textarea(tr, "reach", "Reach", &form.reach, Some(&word_guide(rules::REACH_WORDS, &form.reach)), 6, errors))
                (textarea(tr, "impact", "Impact", &form.impact, Some(&word_guide(rules::IMPACT_WORDS, &form.impact)), 5, errors))
                (save_buttons())
            }))
        },
    )
}

fn word_guide(words: usize, text: &str) -> String {
    let count = rules::word_count(text);
    if count == 0 {
        format!("About {words} words is plenty. Short notes are fine.")
    } else {
        format!("About {words} words is plenty. You have written {count}.")
    }
}

/// The recording upload page. Its form token is the form's first field, where the CSRF check
/// reads it without reading the whole upload.
pub fn recording_form(ctx: &PageCtx, view: &BidView<'_>, max_mb: u64, errors: &FieldErrors) -> Markup {
    let tr = ctx.tr;
    let base = view.base();
    let action = format!("{base}/recording");
    page(
        ctx,
        &title_with_errors(tr, "Upload a recording", errors),
        html! {
            (error_summary(tr, errors))
            span class="caption-l" { (view.bid.display_title()) }
            h1 class="heading-l" { "Upload a recording" }
            @if let Some(file) = view.recording() {
                h2 class="heading-m" { "Your recording" }
                (player(&base, file))
                (button_form(&format!("{base}/files/{}/remove", file.id), &ctx.csrf_token, "Remove this recording", ButtonStyle::Secondary))
                h2 class="heading-m" { "Replace it" }
            }
            p class="body" { "Up to " (max_mb) " MB. Most phone videos of a few minutes are smaller than that. Use one of the two choices below." }
            form method="post" action=(action) enctype="multipart/form-data" novalidate {
                (super::components::csrf_field(&ctx.csrf_token))
                div class="upload-choice" {
                    (file_field(tr, "recording", "Record now", "On a phone this opens the camera or microphone.", "video/*,audio/*", true, errors))
                }
                div class="upload-choice" {
                    (file_field(tr, "recording_file", "Or choose a recording you already have", "A video or voice recording saved on your phone or computer.", "video/*,audio/*", false, errors))
                }
                (button("Upload recording", ButtonStyle::Primary))
            }
            p class="body" { a href={ (base) "/case" } { "Back to need, reach and impact" } }
        },
    )
}

fn file_field(tr: Tr, name: &str, label: &str, hint: &str, accept: &str, capture: bool, errors: &FieldErrors) -> Markup {
    let error = errors.text(name, tr);
    let described = if error.is_some() { format!("{name}-hint {name}-error") } else { format!("{name}-hint") };
    html! {
        div class={ "form-group" @if error.is_some() { " form-group--error" } } {
            label class="label" for=(name) { (label) }
            div class="hint" id={ (name) "-hint" } { (hint) }
            @if let Some(error) = error { p class="error-message" id={ (name) "-error" } { span class="visually-hidden" { "Error: " } (error) } }
            input class="file-upload" type="file" id=(name) name=(name) accept=(accept) capture=[capture.then_some("user")] aria-describedby=(described);
        }
    }
}

/// A player for an uploaded recording, streamed with byte ranges.
pub fn player(base: &str, file: &BidFile) -> Markup {
    let src = format!("{base}/files/{}", file.id);
    html! {
        @if file.content_type.starts_with("audio/") {
            audio class="recording" controls preload="metadata" src=(src) { a href=(src) { "Download the recording" } }
        } @else {
            video class="recording" controls preload="metadata" playsinline src=(src) { a href=(src) { "Download the recording" } }
        }
    }
}

/// A video link as the panel sees it: an embedded privacy-enhanced player where we can, with a
/// plain link always.
pub fn video_link(link: &VideoLink, title: &str) -> Markup {
    html! {
        @if let Some(embed) = link.embed_url() {
            div class="video-embed" {
                iframe src=(embed) title={ "Video: " (title) } loading="lazy" referrerpolicy="strict-origin-when-cross-origin"
                    allow="accelerometer; encrypted-media; gyroscope; picture-in-picture; fullscreen" allowfullscreen {}
            }
        }
        p class="body" { a href=(link.watch_url()) rel="noopener noreferrer" target="_blank" { "Watch on " (link.host_label()) " (opens in a new tab)" } }
    }
}

pub fn files_form(ctx: &PageCtx, view: &BidView<'_>, max_mb: u64, errors: &FieldErrors) -> Markup {
    let tr = ctx.tr;
    let base = view.base();
    let action = format!("{base}/files");
    page(
        ctx,
        &title_with_errors(tr, "Supporting files", errors),
        html! {
            (error_summary(tr, errors))
            span class="caption-l" { (view.bid.display_title()) }
            h1 class="heading-l" { "Supporting files (optional)" }
            p class="body" { "You do not need to add anything. If you have something that helps show your work, such as a photo, a leaflet or a short plan, add it here." }
            @let attachments: Vec<&BidFile> = view.attachments().collect();
            @if !attachments.is_empty() {
                ul class="list list--plain" {
                    @for file in attachments {
                        li {
                            a href={ (base) "/files/" (file.id) } { (file.filename) } " (" (human_size(file.size_bytes)) ") "
                            (button_form(&format!("{base}/files/{}/remove", file.id), &ctx.csrf_token, &format!("Remove {}", file.filename), ButtonStyle::Secondary))
                        }
                    }
                }
            }
            form method="post" action=(action) enctype="multipart/form-data" novalidate {
                (super::components::csrf_field(&ctx.csrf_token))
                (file_field(tr, "attachment", "Add a file", &format!("A PDF, a photo or an office document, up to {max_mb} MB."),
                    ".pdf,image/*,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.rtf", false, errors))
                (button("Add file", ButtonStyle::Secondary))
            }
            p class="body" { a class="button" href=(base) { "Back to your bid" } }
        },
    )
}

/// Every answer, as the panel will see them, with links to change each part.
fn answers(view: &BidView<'_>, change_links: bool) -> Markup {
    answers_with_files_at(view, &view.base(), change_links)
}

/// Every answer, with the bid's files served under `files_at` (the group's, the panel's or the
/// lead's address for the bid, each checking its own rights).
pub fn answers_with_files_at(view: &BidView<'_>, files_at: &str, change_links: bool) -> Markup {
    let bid = view.bid;
    let base = files_at.to_string();
    let edit_base = view.base();
    let change = |part: &str| -> Markup {
        let name = match part {
            "money" => "about the money",
            "case" => "need, reach and impact",
            "recording" => "the recording",
            _ => "supporting files",
        };
        html! { @if change_links { " " a href={ (edit_base) "/" (part) } { "Change" span class="visually-hidden" { " " (name) } } } }
    };
    let text = |value: &str| -> Markup {
        html! { @if value.is_empty() { span class="secondary-text" { "Not answered" } } @else { (multiline(value)) } }
    };
    html! {
        h2 class="heading-m" { "About the money" }
        (summary_list(&[
            ("Project", html! { (text(&bid.title)) (change("money")) }),
            ("In one sentence", html! { (text(&bid.summary)) }),
            ("Amount", html! { @match bid.amount() { Some(amount) => (amount), None => (text("")) } }),
            ("What it pays for", html! { (text(&bid.purpose)) }),
        ]))
        h2 class="heading-m" { "Need, reach and impact" }
        (summary_list(&[
            ("Video", html! {
                @match bid.video() { Some(link) => (video_link(&link, bid.display_title())), None => (text("")) }
                (change("case"))
            }),
            ("Recording", html! {
                @match view.recording() { Some(file) => (player(&base, file)), None => (text("")) }
                (change("recording"))
            }),
            ("Need", html! { (text(&bid.need)) }),
            ("Reach", html! { (text(&bid.reach)) }),
            ("Impact", html! { (text(&bid.impact)) }),
        ]))
        h2 class="heading-m" { "Supporting files" }
        @let attachments: Vec<&BidFile> = view.attachments().collect();
        @if attachments.is_empty() { p class="body" { "None" (change("files")) } }
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

pub fn check(ctx: &PageCtx, view: &BidView<'_>, problems: &[Problem]) -> Markup {
    let tr = ctx.tr;
    let errors = problems.iter().fold(FieldErrors::new(), |mut errors, problem| {
        errors.add(problem.fix_at, problem.message.clone());
        errors
    });
    page(
        ctx,
        &title_with_errors(tr, "Check your answers before sending your bid", &errors),
        html! {
            @if !problems.is_empty() {
                div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title" {
                    h2 class="error-summary__title" id="error-summary-title" { "Your bid cannot be sent yet" }
                    ul class="error-summary__list" {
                        @for problem in problems {
                            li { a href=(problem_link(view, problem.fix_at)) { (problem.message) } }
                        }
                    }
                }
            }
            span class="caption-l" { (view.group.name) " · " (view.round.name) }
            h1 class="heading-l" { "Check your answers before sending your bid" }
            (bid_facts(view))
            (answers(view, true))
            h2 class="heading-m" { "Now send your bid" }
            p class="body" { "By sending this bid you confirm that, as far as you know, what you have told us is true, and that your group agrees to it being sent." }
            (post_form(&format!("{}/submit", view.base()), &ctx.csrf_token, html! {
                input type="hidden" name="version" value=(view.bid.version);
                (button("Confirm and send", ButtonStyle::Primary))
            }))
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

pub fn sent(ctx: &PageCtx, view: &BidView<'_>, email: &str) -> Markup {
    let reference = view.bid.reference.as_deref().unwrap_or("");
    page(
        ctx,
        "Bid sent",
        html! {
            div class="panel" {
                h1 class="panel__title" { "Bid sent" }
                div class="panel__body" { "Your reference number" br; strong { (reference) } }
            }
            p class="body" { "We have sent a receipt to " strong { (email) } "." }
            h2 class="heading-m" { "What happens next" }
            ol class="list" {
                li { "The programme team checks your bid. If they have a question, they will email you and you can change your answers." }
                li { "A panel, including people with lived experience, scores it on need and reach." }
                li { "You will hear the decision by " (view.round.decision_target_on.format("%-d %B %Y").to_string()) "." }
            }
            p class="body" { a href={ (view.base()) } { "See your bid" } " or " a href="/dashboard" { "go to your groups and bids" } }
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
    page(
        ctx,
        &title_with_errors(tr, view.bid.display_title(), errors),
        html! {
            (error_summary(tr, errors))
            span class="caption-l" { (view.group.name) " · " (view.round.name) }
            h1 class="heading-l" { (view.bid.display_title()) " " (status_tag(view.bid)) }
            (bid_facts(view))
            @if view.bid.state == BidState::Submitted {
                p class="body" { "Your bid has been sent and is waiting to be checked by the programme team. You will hear the decision by "
                    (view.round.decision_target_on.format("%-d %B %Y").to_string()) "." }
            }
            @if let Some(part) = award_part { (part) }
            (history_section(history))
            (answers(view, false))
            @if may_withdraw {
                (button_form(&format!("{}/withdraw", view.base()), &ctx.csrf_token, "Withdraw this bid", ButtonStyle::Secondary))
            }
        },
    )
}

/// The bid's story in plain words, oldest first. Edits and file changes are left out: the
/// history is for the steps people care about.
pub fn history_section(history: &[(Event, Option<String>)]) -> Markup {
    let steps: Vec<(String, &Event)> =
        history.iter().filter_map(|(event, name)| Some((describe(event, name.as_deref())?, event))).collect();
    html! {
        @if !steps.is_empty() {
            h2 class="heading-m" { "History" }
            ol class="list list--plain" {
                @for (sentence, event) in steps {
                    li {
                        strong { (london_datetime(event.occurred_at)) } ": " (sentence)
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

fn describe(event: &Event, name: Option<&str>) -> Option<String> {
    let who = name.unwrap_or("The programme team");
    Some(match event.action.as_str() {
        "started" => format!("{who} started the bid."),
        "submitted" => format!("{who} sent the bid."),
        "resubmitted" => format!("{who} sent the bid again with changes."),
        "withdrawn" => format!("{who} withdrew the bid."),
        "returned" => "The programme team returned the bid with a question:".to_string(),
        "marked_ineligible" => "The programme team found the bid is not eligible for this round:".to_string(),
        "review_started" => "The panel started scoring the bid.".to_string(),
        "awarded" => "The bid was offered funding.".to_string(),
        "declined" => "The bid was not funded. The programme team's feedback:".to_string(),
        "waitlisted" => "The bid was put on the waiting list, in case more money becomes available.".to_string(),
        "offer_accepted" => format!("{who} accepted the offer."),
        "offer_declined" => format!("{who} turned the offer down."),
        "cancelled" => "The award was cancelled:".to_string(),
        "payment_recorded" => match payment_amount(event) {
            Some(amount) => format!("A payment of {amount} was made to the group."),
            None => "A payment was made to the group.".to_string(),
        },
        "report_submitted" => format!("{who} sent the end-of-grant report."),
        "report_updated" => format!("{who} changed the end-of-grant report."),
        "completed" => "The grant was completed.".to_string(),
        "confirmed_by_group" => "The group's contact confirmed the bid.".to_string(),
        _ => return None,
    })
}

/// The page a group's contact sees from the confirmation link (no account needed).
pub fn confirm_for_contact(ctx: &PageCtx, view: &BidView<'_>, token: &str, confirmed: bool) -> Markup {
    page(
        ctx,
        "Check the bid sent for your group",
        html! {
            span class="caption-l" { (view.group.name) " · " (view.round.name) }
            h1 class="heading-l" { "Check the bid sent for your group" }
            @if let Some(name) = view.assisted_by { p class="body" { (name) ", a community connector, sent this bid with your group." } }
            (bid_facts(view))
            (answers_without_files(view))
            @if confirmed {
                div class="notification-banner notification-banner--success" role="status" { p { "Thank you: you have confirmed this bid." } }
            } @else {
                (post_form(&format!("/confirm-bid/{token}"), &ctx.csrf_token, html! { (button("This is right: confirm the bid", ButtonStyle::Primary)) }))
                p class="body" { "If something is wrong, contact the connector or the programme team." }
            }
        },
    )
}

fn answers_without_files(view: &BidView<'_>) -> Markup {
    let bid = view.bid;
    html! {
        (summary_list(&[
            ("Project", html! { (bid.display_title()) }),
            ("Amount", html! { @if let Some(amount) = bid.amount() { (amount) } }),
            ("What it pays for", html! { (multiline(&bid.purpose)) }),
            ("Video", html! { @match bid.video() { Some(link) => a href=(link.watch_url()) { "Watch on " (link.host_label()) }, None => "None" } }),
            ("Need", html! { (multiline(&bid.need)) }),
            ("Reach", html! { (multiline(&bid.reach)) }),
            ("Impact", html! { (multiline(&bid.impact)) }),
        ]))
    }
}
