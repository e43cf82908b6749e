## After an award, as the group sees it on its bid's page: the offer, accepting it or turning
## it down, what has been paid, and the short end-of-grant report.

## Words used in several places.
grants-yes = Yes
grants-no = No
# A detail the award does not have (no conditions).
grants-none = None

## The offer (on the bid's page once it is awarded).
# $amount is the amount offered.
grants-offered = You have been offered { $amount }
grants-award = Award
# $award is the amount awarded (in bold), $asked the amount the group asked for.
grants-award-and-asked = { $award } (you asked for { $asked })
grants-conditions = Conditions
grants-payment-plan = How it will be paid
grants-report-due = Short report due
grants-no-report-needed = No report needed
grants-accept-heading = Accept the offer
grants-accepted-name = Your full name
    .hint = You are accepting for your group, so you need to be someone who can agree for it.
grants-agree = Our group agrees to the conditions and will use the money as described in our bid
grants-public = Can we name your group on our public list of awards?
    .hint = Funders publish who they fund. If you say no, the award is still counted in totals but your group is not named.
grants-public-yes = Yes, name our group and the award
grants-public-no = No, keep our group's name private
grants-share-equality = Also publish our answers to the equality questions with the award (optional)
    .hint = Only if your group is named. The open data would show the groups of people you said lead your group and you serve, as codes from the 360Giving standard; your notes are never published.
# The button.
grants-accept = Accept the offer
# Opens the form to turn the offer down.
grants-decline-heading = Turn the offer down
grants-decline-reason = Tell us why (optional)
# The button.
grants-decline = Turn the offer down
# Above the form to accept. $date is the date the group is asked to answer by (in bold).
grants-accept-by = Please accept or turn down the offer by { $date }.

## Problems with accepting or turning down the offer.
what-grant-accepted-name = your full name
what-grant-decline-reason = the reason
grants-error-agree = Confirm the group agrees to the conditions of the grant
grants-error-public = Choose whether your group can be named on the public list of awards
grants-flash-accepted = You have accepted the offer. The programme team has been told and will arrange payment.
grants-flash-declined = You have turned the offer down. Thank you for telling us.

## A running grant: what has been paid and the report (the group's heading is "Your grant",
## the programme team's "The grant so far").
grants-your-grant = Your grant
grants-grant-so-far = The grant so far
grants-accepted = Accepted
# $date is the day the offer was accepted, $name the person who accepted it.
grants-accepted-on-by = { $date } by { $name }
grants-not-yet = Not yet
grants-named-publicly = Named publicly
grants-paid-so-far = Paid so far
# $paid is the amount paid so far (in bold), $award the amount awarded.
grants-paid-of = { $paid } of { $award }
grants-payments = Payments
grants-payment-date = Date
grants-payment-amount = Amount
grants-payment-reference = Reference
grants-report-heading = End-of-grant report
grants-report-to-come = A few numbers and a short story when your project ends.
# $date is the day the report is due (in bold).
grants-report-to-come-by = A few numbers and a short story when your project ends, by { $date }.
grants-change-report = Change your report
grants-send-report = Send your short report

## The report as sent.
grants-report-story = The story
# The name of the report's video, for screen readers.
grants-report-video-title = End-of-grant video
grants-report-download-recording = Download the recording
grants-report-spent = Spent as planned

## The report form (/bids/{id}/report).
grants-report-title = Your short end-of-grant report
grants-report-intro = A few numbers and a short story. It should take about ten minutes. How well it is written does not matter.
grants-report-how-did-it-go = How did it go?
    .hint = A few sentences: what happened, and what difference it made. Or send a video link or a recording instead.
grants-report-video = Link to a video (optional)
grants-report-recording = Or a recording (optional)
# $mb is the largest file size in megabytes.
grants-report-recording-hint = A video or voice recording, up to { $mb } MB.
grants-report-spent-as-planned = Did you spend the money as planned?
grants-report-explanation = Anything to explain? (optional)
    .hint = For example, what changed and why.
grants-report-send = Send report
grants-flash-report-sent = Thank you. Your report has been sent to the programme team.

# The programme's own questions (its measures) are in its community's words; these help answer them.
grants-report-number-hint = A whole number, like 12. Write 0 if none.
# $most is the most letters a short answer may have.
grants-report-words-hint = A few words, up to { $most } letters.
grants-report-not-answered = Not answered
# $question is the programme's question, in its own words.
measures-error-number-empty = Enter a number for “{ $question }” (0 if none)
measures-error-number = Enter “{ $question }” as a whole number, like 12
measures-error-number-negative = “{ $question }” cannot be less than 0
measures-error-number-too-large = “{ $question }” must be 1,000,000 or less
measures-error-yes-no = Choose yes or no for “{ $question }”
what-measure-answer = your answer
grants-error-measures-changed = The programme team changed the report's questions while you were writing. Open the report again to see the new questions.

## Problems with the report.
what-grant-story = your story
what-grant-explanation = the explanation
grants-error-story = Tell us briefly how it went: a few words, a video link or a recording
grants-error-spent-as-planned = Say whether you spent the money as planned
grants-error-recording-again = Choose your recording again (files cannot be kept when the form has a problem)
grants-error-field-too-long = A form field was too long.
# $state is the bid's state as a sentence says it ("withdrawn", "completed").
grants-no-report-to-send = This bid is { $state }, so there is no end-of-grant report to send.
# $state is the grant's state as a sentence says it ("completed").
grants-error-report-state = This grant is { $state }, so no report is needed now

## Reasons written in a pot's ledger when an award's unpaid money goes back (in the language
## of the person acting).
grants-ledger-turned-down = Offer turned down by the group
grants-ledger-cancelled = Award cancelled
grants-ledger-underspend = Underspend at completion
# In the bid's history, when a recording is deleted after the bid is over (written in the
# source language: no one acts).
grants-recording-forgotten = The recording was deleted: recordings are kept only for a set time after the decision

## When a running grant is paid, instalment by instalment.
grants-instalments = When we pay your grant
grants-instalment-due = Due
grants-instalment-amount = Amount
grants-instalment-state = Paid?
grants-instalment-paid = Paid
grants-instalment-part = { $paid } paid so far
grants-instalment-to-pay = Not yet
host-paid-through = Paid through
