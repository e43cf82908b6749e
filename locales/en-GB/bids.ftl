## A group's bid: starting it, each part's form, uploads, checking and sending, the bid's own
## page and history, and the page where a group's contact confirms a bid sent with a connector.

# What a bid with no title yet is called on lists and pages.
bids-untitled = Untitled bid

## A bid's status, as a coloured tag.
bids-state-draft = Draft
bids-state-submitted = Sent
bids-state-returned = Returned to you
bids-state-ineligible = Not eligible
bids-state-in-review = With the panel
bids-state-awarded = Offered
bids-state-declined = Not funded
bids-state-waitlisted = On the waiting list
bids-state-active = Funded
bids-state-cancelled = Cancelled
bids-state-completed = Completed
bids-state-withdrawn = Withdrawn
# The same status on the programme lead's pages ("Returned to you" speaks to the group).
bids-state-returned-lead = Returned to the group

## A bid's status inside a sentence: "This bid is { $state }, so …" (here and on the award and
## end-of-grant pages).
bids-state-describe-draft = a draft
bids-state-describe-submitted = sent and waiting to be checked
bids-state-describe-returned = returned to the group
bids-state-describe-ineligible = not eligible
bids-state-describe-in-review = with the panel
bids-state-describe-awarded = offered funding
bids-state-describe-declined = not funded
bids-state-describe-waitlisted = on the waiting list
bids-state-describe-active = funded
bids-state-describe-cancelled = cancelled
bids-state-describe-completed = completed
bids-state-describe-withdrawn = withdrawn

## When a bid cannot be moved on. $state is one of the bids-state-describe-… phrases above,
## $done one of the bids-done-… phrases below ("sent", "awarded"), $who one of bids-who-….
bids-transition-not-from-state = This bid is { $state }, so it cannot be { $done } now.
bids-transition-not-by-actor = You cannot do this: only { $who } can.
bids-done-sent = sent
bids-done-withdrawn = withdrawn
bids-done-returned = returned
bids-done-marked-ineligible = marked not eligible
bids-done-passed-to-panel = passed to the panel
bids-done-awarded = awarded
bids-done-declined = declined
bids-done-waitlisted = put on the waiting list
bids-done-accepted = accepted
bids-done-turned-down = turned down
bids-done-cancelled = cancelled
bids-done-completed = completed
bids-who-group-or-connector = the group or its connector
bids-who-group = the group
bids-who-lead = the programme lead

## Problems with a bid or an action on it.
bids-error-not-editable = This bid has been sent, so it cannot be changed. If something is wrong, contact the programme team
bids-error-version-conflict = Someone else changed this bid while you were editing it
bids-error-not-ready = The bid cannot be sent yet
bids-error-group-word-needed = Only the group can send its bid. Email its contact the link to send it, or record that they said yes on the phone.
# Shown beside the form's first field when two people edited the same part at once.
bids-error-part-conflict = Someone else saved this part of the bid while you were editing it. Your answers are below; save again to keep them
bids-error-withdraw-group-only = Only the group itself can withdraw its bid
# $min and $max are the round's smallest and largest awards.
bids-error-amount-between = Ask for between { $min } and { $max }
bids-error-amount-empty = Enter how much you are asking for

## Each answer's name inside the generic messages ("Enter { $what }", "{ $What } must be … or fewer").
what-bid-title = a short name for your project
what-bid-summary = a one-line summary
what-bid-purpose = what the money will pay for
what-bid-need = your answer about need
what-bid-reach = your answer about reach
what-bid-impact = your answer about impact

## Why a bid cannot be sent yet (on the check-your-answers page).
bids-problem-verify-email = Confirm your email address before sending a bid: use the link we emailed you
bids-problem-return-window-passed = The time to answer the programme team's question has passed
bids-problem-round-upcoming = This round is not open for bids yet
# $closed is a date and time, "20 January 2027 at 5:00pm".
bids-problem-round-closed = This round closed on { $closed }. Your draft is kept, but it can no longer be sent
bids-problem-money-incomplete = Answer every question about the money
bids-problem-case-untold = Tell us about the need, reach and impact: add a video link or a recording, or answer all three questions in writing

## A video link.
bids-video-error-not-a-url = Enter a web address for your video, like https://youtu.be/…
bids-video-error-not-https = The web address must start with https:// so it is safe to open
bids-video-error-unrecognised = This does not look like a link to a YouTube or Vimeo video; check you copied the whole address
# Where a video is, when it is not a site we know by name ("Watch on another website").
bids-video-another-website = another website
# The embedded player's title for screen readers; $title is the bid's title.
bids-video-frame-title = Video: { $title }
# $host is "YouTube", "Vimeo", "Google Drive" … or bids-video-another-website.
bids-video-watch-new-tab = Watch on { $host } (opens in a new tab)
bids-video-watch = Watch on { $host }

## Uploads. $max_mb is the largest size allowed, in megabytes.
bids-upload-missing-recording = Choose a video or voice recording to upload
bids-upload-missing-file = Choose a file to add
bids-upload-too-large-recording = The recording must be smaller than { $max_mb } MB. Try a shorter recording, or share it as a video link instead
bids-upload-too-large-file = The file must be smaller than { $max_mb } MB
bids-upload-wrong-type-recording = The file must be a video or audio recording, such as one made on a phone
bids-upload-wrong-type-file = The file must be a PDF, an image or an office document, and its contents must match (a renamed file is refused)
bids-upload-interrupted = The upload did not finish. Check your connection and try again
# A file's size; $size is a number with one decimal place ("2.4").
bids-size-mb = { $size } MB
bids-size-kb = { $size } KB

## Starting a bid.
bids-start-title = Start a bid
bids-start-no-group = First, tell us about your group. You only do this once.
bids-start-add-first-group = Tell us about your group
bids-start-which-group = Which group is this bid for?
bids-start-button = Start the bid
bids-start-add-another-group = Add another group
bids-start-error-no-group = Choose which group this bid is for
# $round is the round's name, $opens a date and time.
bids-round-opens-on = { $round } opens on { $opens }.
bids-round-closed-on = { $round } closed on { $closed }, so new bids cannot be started.
bids-round-not-open-title = This round is not open for bids
bids-round-not-open-link = See the rounds that are open

## The bid's task list.
bids-task-list-title = Your bid
bids-returned-heading = The programme team has a question
# $date is the last day to send the bid again.
bids-returned-change-by = Change your answers below, then check and send the bid again by { $date }.
bids-returned-change = Change your answers below, then check and send the bid again.
# $closes is the round's closing date and time, shown in bold.
bids-task-list-send-by = Send your bid by { $closes }. You can save and come back at any time.
bids-task-money-hint = What it is called, how much you are asking for and what it pays for.
bids-task-case-hint = By video link, by uploading a recording, or in a few written words.
bids-task-files-hint = Anything you would like to add, such as a photo or a poster. You do not need any.
bids-task-check = Check your answers and send
bids-task-check-hint = You can do this once the parts above are complete.
bids-task-ready = Ready
bids-task-cannot-start = Cannot start yet
bids-progress-not-started = Not started
bids-progress-in-progress = In progress
bids-progress-completed = Completed
bids-progress-optional = Optional
bids-withdraw-button = Withdraw this bid
# $reference is the bid's reference (SG-2027-0042), shown in bold.
bids-facts-reference = Reference: { $reference }
# $name is the community connector's name.
bids-facts-assisted-by = Assisted by { $name } (community connector)
bids-save-continue = Save and continue
bids-save-later = Save and come back later
bids-kept-answers = Your session ended before your answers were saved. We kept what you typed: check it and save.

## About the money.
bids-money-title = About the money
bids-money-project-name = A short name for your project
    .hint = For example, Tuesday walk and talk group.
bids-money-summary = Your project in one sentence
bids-money-amount = How much are you asking for?
# $min and $max are the round's smallest and largest awards.
bids-money-amount-hint = Between { $min } and { $max }.
bids-money-purpose = What will the money pay for?
    .hint = List the main things, with rough costs if you know them. For example: room hire £40 a week for 40 weeks; a sessional peer support worker.

## Need, reach and impact.
bids-case-title = Need, reach and impact
bids-case-intro = Tell us in the way that suits your group. The panel treats videos, recordings and written answers the same, and does not score spelling, grammar or how well anything is written.
# A bold term, then what it means.
bids-case-need-term = Need:
bids-case-need-meaning = who needs this support, and why it is not already there for them.
bids-case-reach-term = Reach:
bids-case-reach-meaning = the people you reach that other services do not, and how many.
bids-case-impact-term = Impact:
bids-case-impact-meaning = what will be different, and how you will know it worked.
bids-case-video-heading = A video
bids-case-video-link = Link to a video (optional)
    .hint = A YouTube (unlisted is fine) or Vimeo link, or a link to a video on Google Drive, Dropbox or similar. A phone video of a few minutes is plenty.
bids-case-recording-heading = Or a recording
# $filename is the uploaded file's name, $size its size ("2.4 MB"). A link follows.
bids-case-recording-uploaded = You have uploaded { $filename } ({ $size }).
bids-case-recording-replace = Listen, or replace it
# $link is a link reading bids-case-recording-none-link.
bids-case-recording-none = { $link } (from your phone's camera or microphone).
bids-case-recording-none-link = Upload or record a video or voice recording
bids-case-written-heading = Or a few written words
bids-case-written-optional = If you have given us a video or recording, you do not need to write anything.
bids-need = Need
bids-reach = Reach
bids-impact = Impact
# The hint under a written answer: $words is about how many words are enough.
bids-word-guide = About { $words } words is plenty. Short notes are fine.
# $count is how many words the person has written so far.
bids-word-guide-written = About { $words } words is plenty. You have written { $count }.

## Uploading a recording.
bids-recording-title = Upload a recording
bids-recording-yours = Your recording
bids-recording-remove = Remove this recording
bids-recording-replace = Replace it
bids-recording-limit = Up to { $max_mb } MB. Most phone videos of a few minutes are smaller than that. Use one of the two choices below.
bids-recording-record-now = Record now
    .hint = On a phone this opens the camera or microphone.
bids-recording-choose = Or choose a recording you already have
    .hint = A video or voice recording saved on your phone or computer.
bids-recording-upload-button = Upload recording
bids-recording-back = Back to need, reach and impact
# Inside the player, for browsers that cannot play the recording.
bids-recording-download = Download the recording
bids-flash-recording-uploaded = Your recording has been uploaded.

## Supporting files.
bids-files-title = Supporting files
bids-files-heading = Supporting files (optional)
bids-files-intro = You do not need to add anything. If you have something that helps show your work, such as a photo, a leaflet or a short plan, add it here.
# After a file's name: its size ("2.4 MB").
bids-files-size = ({ $size })
# A button beside each file; $filename is the file's name.
bids-files-remove = Remove { $filename }
bids-files-add = Add a file
bids-files-add-hint = A PDF, a photo or an office document, up to { $max_mb } MB.
bids-files-add-button = Add file
bids-files-back = Back to your bid
bids-files-continue = Continue
# $filename is the file's name.
bids-flash-file-added = { $filename } has been added.
bids-flash-file-removed = The file has been removed.

## Every answer, as the panel will see them.
bids-answer-project = Project
bids-answer-summary = In one sentence
bids-answer-amount = Amount
bids-answer-purpose = What it pays for
bids-answer-places = Areas it serves
bids-places-legend = Which areas will your project serve?
bids-places-hint = Tick every area where the people you help live or meet. If your group's postcode is in one of them, it is ticked already: change it if that is not right.
bids-places-or = or
bids-places-elsewhere = Somewhere else
bids-places-none = None ticked. The group's area: { $area }
bids-answer-video = Video
bids-answer-recording = Recording
bids-not-answered = Not answered
bids-none = None
# A link to change a part; the part's name below follows it for screen readers only.
bids-change = Change
bids-change-money = about the money
bids-change-case = need, reach and impact
bids-change-recording = the recording
bids-change-files = supporting files

## Checking and sending.
bids-check-title = Check your answers before sending your bid
bids-check-cannot-send = Your bid cannot be sent yet
bids-check-send-heading = Now send your bid
bids-check-declaration = By sending this bid you confirm that, as far as you know, what you have told us is true, and that your group agrees to it being sent.
bids-check-send-button = Confirm and send

## The bid is sent.
bids-sent-title = Bid sent
bids-sent-reference = Your reference number
# $email is the sender's email address, shown in bold.
bids-sent-receipt = We have sent a receipt to { $email }.
bids-sent-next-heading = What happens next
bids-sent-next-check = The programme team checks your bid. If they have a question, they will email you and you can change your answers.
bids-sent-next-panel = A panel, including people with lived experience, scores it on need and reach.
# $date is the day the round's decisions are due.
bids-sent-next-decision = You will hear the decision by { $date }.
# Two links: $bid_link reads bids-sent-bid-link, $dashboard_link bids-sent-dashboard-link.
bids-sent-links = { $bid_link } or { $dashboard_link }
bids-sent-bid-link = See your bid
bids-sent-dashboard-link = go to your groups and bids
bids-flash-withdrawn = The bid has been withdrawn.

## A sent bid's page.
# $date is the day the round's decisions are due.
bids-summary-waiting = Your bid has been sent and is waiting to be checked by the programme team. You will hear the decision by { $date }.

## The bid's history: one line per step, after its date and time. $who is a person's name, or
## bids-history-programme-team.
bids-history-heading = History
bids-history-programme-team = The programme team
bids-history-started = { $who } started the bid.
bids-history-submitted = { $who } sent the bid.
bids-history-resubmitted = { $who } sent the bid again with changes.
bids-history-withdrawn = { $who } withdrew the bid.
# The programme team's words follow on the next line.
bids-history-returned = The programme team returned the bid with a question:
bids-history-marked-ineligible = The programme team found the bid is not eligible for this round:
bids-history-review-started = The panel started scoring the bid.
bids-history-awarded = The bid was offered funding.
bids-history-declined = The bid was not funded. The programme team's feedback:
bids-history-waitlisted = The bid was put on the waiting list, in case more money becomes available.
bids-history-offer-accepted = { $who } accepted the offer.
bids-history-offer-declined = { $who } turned the offer down.
bids-history-cancelled = The award was cancelled:
# $amount is the amount paid.
bids-history-payment = A payment of { $amount } was made to the group.
bids-history-payment-unknown = A payment was made to the group.
bids-history-report-submitted = { $who } sent the end-of-grant report.
bids-history-report-updated = { $who } changed the end-of-grant report.
bids-history-completed = The grant was completed.
bids-history-confirmed-by-group = The group's contact confirmed the bid.

## The group's contact confirms a bid a community connector sent with them.
bids-confirm-title = Check the bid sent for your group
# $name is the community connector's name.
bids-confirm-sent-by = { $name }, a community connector, sent this bid with your group.
bids-confirm-done = Thank you: you have confirmed this bid.
bids-confirm-button = This is right: confirm the bid
bids-confirm-if-wrong = If something is wrong, contact the connector or the programme team.
bids-flash-confirmed = Thank you for confirming the bid.

## Asking before a bid is withdrawn. $title is the bid's title.
bids-withdraw-confirm-title = Withdraw “{ $title }”?
bids-withdraw-confirm-final = Withdrawing cannot be undone. The bid will not be scored or funded, and it cannot be sent again.
bids-withdraw-confirm-kept = Your answers stay on the bid's page for you to read.
# $closes is the round's closing date and time.
bids-withdraw-confirm-new-bid = You can start a new bid while the round is open, until { $closes }.
bids-withdraw-confirm-button = Yes, withdraw the bid
bids-withdraw-confirm-back = No, go back to the bid

## Said on the next page after a part of the bid is saved. Only "Confirm and send" needs every
## answer: a part can be saved as far as it goes.
bids-saved = Saved.
bids-saved-nothing = Nothing was entered on that page, so nothing was saved.
# $missing lists what is still to give, e.g. "how much you are asking for, what the money will pay for".
bids-saved-missing = Saved. Before you send the bid, add: { $missing }.
what-bid-amount = how much you are asking for
what-bid-case = a video, a recording or a few words for each of need, reach and impact

## On "Bid sent", once: the optional questions about who leads the group.
bids-sent-equality-heading = One more thing, if you have 2 minutes (optional)
bids-sent-equality-why = We ask every group who leads it and whom it serves, to check the money reaches every community and to find who is missing. Your answers are never shown to the panel and do not change how your bid is scored. You can skip this.
bids-sent-equality-link = Tell us about who leads your group

## Which parts of the case a video or recording tells.
bids-case-covers-legend = If you send a video or a recording, which of these does it talk about?
bids-case-covers-hint = Untick any it does not cover, and write a few words about those below instead.
bids-case-covers-need = It talks about need
bids-case-covers-reach = It talks about reach
bids-case-covers-impact = It talks about impact
bids-told-in-video = Told in the video
bids-told-in-recording = Told in the recording

## Before sending, when the panel will have to open the video on another website. $host is
## "Facebook", "Google Drive", "Dropbox", "OneDrive"…
bids-check-video-elsewhere = The panel will watch your video on { $host }, not on this page. Please check that anyone with the link can watch it without signing in.
bids-check-video-drive = The panel will watch your video here, from Google Drive. Check it is shared with "Anyone with the link", or they will not be able to play it.
bids-check-video-unknown-site = We do not recognise this website as a video site, so the panel will have to open your link there. Please check it opens for anyone without signing in, or use a YouTube or Vimeo link, or upload the video instead.
