## Every email the portal sends. Each email is a greeting, a body and the signature, each a
## paragraph of its own. Emails are plain text: keep the blank lines between paragraphs, and
## keep each { $link } on a line of its own where it stands alone, so mail programs can open it.
## Names, group names, bid titles and references ($name, $group, $title, $reference) are
## people's own words and are not translated.

## Parts of every email.
# The first line of an email to a person whose name we know.
emails-hello = Hello { $name },
# The first line of an email to an address whose owner's name we do not know.
emails-hello-no-name = Hello,
# Below the line that starts the signature ("-- ") of account emails (signing in, passwords,
# invitations).
emails-signature = This email was sent by the small grants portal. If you did not expect it, you can ignore it.
## The signature of emails about a programme's bids and grants: the team's name (their own
## words, not translated), then each of these lines that the team has given. Replies to these
## emails go to the team's email address.
# $funder is the funder's name ("NHS Riverside Integrated Care Board"), when the team goes by
# another name.
emails-signature-for-funder = for { $funder }
emails-signature-email = Email: { $email }
emails-signature-phone = Phone: { $phone }
# $hours is the team's own words, such as "Monday to Friday, 9am to 5pm".
emails-signature-hours = When we answer: { $hours }

## Confirming an email address (a link that works for 7 days).
emails-verify-email-subject = Confirm your email address
emails-verify-email-body =
    Please confirm this is your email address by opening this link:

    { $link }

    You can start a bid straight away; you need to confirm your address before you send one.
    The link works for 7 days.

## Finishing a registration: the link creates the account (it works once, for 24 hours).
emails-finish-registration-subject = Finish creating your account
emails-finish-registration-body =
    To finish creating your account on the small grants portal, open this link:

    { $link }

    It confirms your email address and signs you in. The link works once, for 24 hours.
    If you did not ask for an account, you can ignore this email: nothing has been created.

## Someone registered with an address that already has an account: a link to sign in instead.
emails-already-registered-subject = You already have an account
emails-already-registered-body =
    Someone (probably you) asked to create an account with this email address, but you already have one. To sign in, open this link within 15 minutes:

    { $link }

    The link works once. If you have forgotten your password, you can always sign in with a link like this from the sign-in page.

## "Email me a link to sign in".
emails-sign-in-link-subject = Your link to sign in
emails-sign-in-link-body =
    To sign in to the small grants portal, open this link within 15 minutes:

    { $link }

    The link works once. If you did not ask for it, you can ignore this email: nobody can use it without your mailbox.

## A link to choose a new password.
emails-reset-password-subject = Reset your password
emails-reset-password-body =
    Someone asked to reset the password for your account. To choose a new password, open this link within 1 hour:

    { $link }

    The link works once. Using it signs you out everywhere else.
    If you did not ask for this, you can ignore this email: your password has not changed.

## The password was changed. $link is the page to ask for a reset.
emails-password-changed-subject = Your password has been changed
emails-password-changed-body =
    The password for your account was just changed, and you have been signed out everywhere else.

    If this was not you, reset your password now: { $link }

## Two-step sign-in changed: one of the four sentences below, then what to do if it was not
## the person. $link is their account page.
emails-two-factor-on-subject = Two-step sign-in is on
emails-two-factor-on = Two-step sign-in was turned on for your account. From now on you will be asked for a code from your authenticator app when you sign in.
emails-two-factor-off-subject = Two-step sign-in is off
emails-two-factor-off = Two-step sign-in was turned off for your account.
emails-two-factor-new-codes-subject = New recovery codes for your account
emails-two-factor-new-codes = New recovery codes were made for your account. The old ones no longer work.
emails-two-factor-reset-subject = Your two-step sign-in was reset
emails-two-factor-reset = A site admin removed the authenticator app from your account, as happens when a phone is lost. You have been signed out. Next time you sign in you will be asked to set up an app again.
# $change is one of the four sentences above.
emails-two-factor-body =
    { $change }

    If this was not you, sign in and change your password now, and tell the programme team: { $link }

## An invitation to join a group. $inviter is the name of the member who invited them; the
## link works for 14 days.
emails-group-invitation-subject = Join { $group } on the small grants portal
emails-group-invitation-body =
    { $inviter } has invited you to join { $group } on the small grants portal, so you can see and work on the group's bids together.

    To join, open this link (it works for 14 days):

    { $link }

    If you do not have an account yet, you can create one on the way.

## The receipt for a bid sent. $round is the funding round's name, $date the date decisions
## will be made by.
emails-bid-received-subject = We have your bid { $reference }
emails-bid-received-body =
    Thank you. We have received { $group }'s bid "{ $title }" for { $round }.

    Your reference is { $reference }.

    What happens next: the programme team checks every bid, then a panel that includes people with lived experience scores it on need and reach. Decisions will be made by { $date }. We will email you at each step.

    You can see your bid at any time: { $link }

## A community connector sent a bid with a group: the group's contact checks and confirms it.
## $connector is the connector's name.
emails-confirm-assisted-bid-subject = Please check the bid sent for { $group }
emails-confirm-assisted-bid-body =
    { $connector }, a community connector, has sent a bid for { $group } with you: "{ $title }" (reference { $reference }).

    Please check it says what you want it to say, and confirm it:

    { $link }

    If something is wrong, reply to { $connector } or contact the programme team.

## A connector asks the group's contact to send the bid they prepared together, or to accept
## its offer, through a link. $connector is the connector's name, $title the bid's title.
emails-word-send-subject = { $group }: your bid is ready for you to send
emails-word-send-body =
    { $connector }, a community connector, has got a bid ready with { $group }: "{ $title }".

    Only your group can send it. Please read it through and, if it says what you want it to say, press "Send our bid":

    { $link }

    If something needs changing, tell { $connector } or reply to this email.
emails-word-accept-subject = { $group }: please accept your grant offer
emails-word-accept-body =
    { $group } has been offered a grant for "{ $title }". { $connector }, a community connector, is helping you with it.

    Only your group can accept the offer. Please read it and, if you agree to its conditions, accept it here:

    { $link }

    If you have a question, reply to this email.

## Bids given to a panel member to score. $count is how many bids, $round the round's name.
emails-panel-assigned-subject =
    { $count ->
        [one] { $count } bid to score for { $round }
       *[other] { $count } bids to score for { $round }
    }
emails-panel-assigned-body =
    You have { $count ->
        [one] { $count } bid
       *[other] { $count } bids
    } to score for { $round }. Please watch, listen to or read each one and score it on need and reach. Spelling, grammar and polish are not scored.

    If you know a group well or have any other conflict of interest, declare it on the bid's page and it will be given to someone else.

    Your bids: { $link }


## A reminder to a panel member 3 days before the round's reviews are due. $count is how many
## reviews they still have to send, $round the round's name, $date the date they are due by.
emails-panel-due-subject = Reminder: reviews for { $round } are due by { $date }
emails-panel-due-body =
    You have { $count ->
        [one] { $count } review
       *[other] { $count } reviews
    } still to send for { $round }. They are due by { $date }.

    Thank you for your time. If you cannot finish by then, please reply to let the team know.

    Your bids: { $link }

## A panel member declared a conflict of interest: the programme lead gives the bid to someone
## else. $declarer is the panel member's name.
emails-conflict-declared-subject = Conflict declared on { $reference }: please reassign
emails-conflict-declared-body =
    { $declarer } has declared a conflict of interest on bid { $reference } ("{ $title }") in { $round }, so they will not score it. Please give it to another panel member:

    { $link }

## Decisions on a bid, to each member of the group.
# The programme team sent the bid back with a question ($note, their words) to answer by $deadline.
emails-bid-returned-subject = A question about your bid { $reference }
emails-bid-returned-body =
    The programme team has a question about { $group }'s bid "{ $title }":

    { $note }

    What happens next: change your answers and send the bid again by { $deadline }. Until then it will not go to the panel.

    { $link }
# $reason is the programme team's own words.
emails-bid-ineligible-subject = Your bid { $reference } cannot go forward
emails-bid-ineligible-body =
    We are sorry: { $group }'s bid "{ $title }" is not eligible for { $round }.

    The programme team says:

    { $reason }

    What happens next: nothing more is needed from you for this bid. You are welcome to apply to future rounds.

    { $link }
# An offer of $amount; $message is the programme team's own words. $accept_by is the date the
# group is asked to accept (or turn down) the offer by, $report_due the date its short
# end-of-grant report is due.
emails-bid-awarded-subject = Good news: { $amount } offered for { $title }
emails-bid-awarded-body =
    We are pleased to offer { $group } { $amount } for "{ $title }" ({ $reference }).

    { $message }

    What happens next: read the offer and accept it on the portal by { $accept_by }. If you cannot take it up, you can turn it down there. Payment follows once you accept.

    Your short end-of-grant report will be due on { $report_due }. We will remind you before then.

    { $link }
# The same, when the offer has conditions ($conditions, the programme team's own words).
emails-bid-awarded-body-with-conditions =
    We are pleased to offer { $group } { $amount } for "{ $title }" ({ $reference }).

    { $message }

    Conditions of the grant:
    { $conditions }

    What happens next: read the offer and accept it on the portal by { $accept_by }. If you cannot take it up, you can turn it down there. Payment follows once you accept.

    Your short end-of-grant report will be due on { $report_due }. We will remind you before then.

    { $link }
# $feedback is the panel's and programme team's own words.
emails-bid-declined-subject = Decision on your bid { $reference }
emails-bid-declined-body =
    Thank you for { $group }'s bid "{ $title }". We are sorry that this time it has not been funded.

    Feedback from the panel and programme team:

    { $feedback }

    What happens next: nothing more is needed from you. We hope you will apply again; a community connector can help.

    { $link }
emails-bid-waitlisted-subject = Your bid { $reference } is on the waiting list
emails-bid-waitlisted-body =
    { $group }'s bid "{ $title }" scored well but the money for { $round } has run out for now, so it is on the waiting list.

    What happens next: if money becomes available (for example when another award is not taken up), we will offer it to the highest-scoring bids on the list and email you. You do not need to do anything.

    { $link }

## To the programme leads: the group answered an offer of $amount.
emails-offer-accepted-subject = { $reference }: offer accepted
emails-offer-accepted-body =
    The group has accepted the offer of { $amount }. You can now record payments.

    { $link }
emails-offer-declined-subject = { $reference }: offer turned down
emails-offer-declined-body =
    The group has turned the offer down; { $amount } is back in the round's budget.

    { $link }

## An award was cancelled; $reason is the programme team's own words.
emails-award-cancelled-subject = Your award for { $title } has been cancelled
emails-award-cancelled-body =
    The programme team has cancelled the award for "{ $title }" ({ $reference }).

    Their reason:

    { $reason }

    What happens next: no more payments will be made. If you have questions, reply to this email: your reply goes to the programme team.

    { $link }

## A payment of $amount was made on $date.
emails-payment-made-subject = { $amount } paid for { $title }
emails-payment-made-body =
    We paid { $amount } for "{ $title }" on { $date }. It may take a few days to reach your account.

    You can see every payment on your bid's page: { $link }

## To the programme leads: a group sent its end-of-grant report.
emails-report-received-subject = { $reference }: end-of-grant report received
emails-report-received-body = The group has sent its end-of-grant report. Read it and complete the grant: { $link }

## The grant is complete.
emails-grant-completed-subject = Thank you: { $title } is complete
emails-grant-completed-body =
    Thank you for your report. The grant for "{ $title }" is now complete, and nothing more is needed from you.

    We hope to hear from you again in future rounds.

    { $link }

## A reminder of the end-of-grant report, due on $date (soon, or already past).
emails-report-due-subject = Your short report for { $title } is due on { $date }
emails-report-due-body =
    Your short end-of-grant report is due on { $date }. It only takes a few minutes: how many people took part, how many sessions you ran, and a short story in words, a video link or a recording.

    { $link }
emails-report-overdue-subject = Your short report for { $title } is overdue
emails-report-overdue-body =
    Your short end-of-grant report was due on { $date }. It only takes a few minutes: how many people took part, how many sessions you ran, and a short story in words, a video link or a recording.

    { $link }

## Reminders to a group whose bid is started but not sent: 7 days and 1 day before the round
## closes. $round is the round's name, $closes its closing date and time (UK time), $title the
## bid's title, $todo one of the emails-draft-todo-… sentences below, $account the address of
## the account page.
emails-draft-reminder-week-subject = Your bid for { $round } is not sent yet: the round closes on { $closes }
emails-draft-reminder-day-subject = Last reminder: { $round } closes on { $closes }, and your bid is not sent yet
emails-draft-reminder-body =
    Your group has started a bid, { $title }, for { $round }, but it has not been sent yet. The round closes on { $closes } (UK time). We can only look at bids that are sent by then.

    { $todo }

    Open your bid to finish it and send it:

    { $link }

    We send these reminders 7 days and 1 day before a round closes. You can turn them off on your account page: { $account }
emails-draft-todo-none = Everything is filled in. Check your answers, then press "Confirm and send".
emails-draft-todo-money = Still to do: the part about the money.
emails-draft-todo-case = Still to do: need, reach and impact (a video link, a recording or a few written words).
emails-draft-todo-both = Still to do: the part about the money, and need, reach and impact (a video link, a recording or a few written words).

## When the round has closed and a group's bid was not sent: everything typed in it, so that
## nothing is lost. $answers is the list of answers, each one an emails-draft-answer.
emails-draft-closed-subject = { $round } has closed: your bid was not sent
emails-draft-closed-body =
    { $round } closed on { $closes } (UK time). Your group's bid, { $title }, was not sent, so we cannot look at it in this round.

    So that nothing you typed is lost, here is everything in it:

    { $answers }

    The bid stays on the portal, and you can still read it on its page:

    { $link }

    If you have a question, or would like to know about later rounds, reply to this email or contact us below.
# One answer: $label is its name (such as "Project"), $answer what the group typed.
emails-draft-answer = { $label }: { $answer }
emails-draft-closed-recording = You also uploaded a recording. It stays with the bid.
# A bid with nothing typed in it, when the round has closed.
emails-draft-closed-empty-body =
    { $round } closed on { $closes } (UK time). Your group started a bid, { $title }, but nothing had been typed in it and it was not sent, so we cannot look at it in this round.

    The bid stays on the portal, on its page:

    { $link }

    If you have a question, or would like to know about later rounds, reply to this email or contact us below.

## A programme's lead invites a group that has never applied to an open round. $group is the
## group's name, $team who runs the programme, $programme the programme's name, $round the
## round's name, $summary what the round is for (in the lead's words), $closes its closing date
## and time (UK time), $link the round's page. The team's signature below says how to reach a
## person.
emails-round-invitation-subject = You are invited to apply to { $round }
emails-round-invitation-body =
    { $team } runs { $programme }, which gives small grants to community and voluntary groups for people's mental health. We would like { $group } to know about our open round, { $round }, and we would be glad to receive a bid from you.

    What the round is for: { $summary }

    It closes on { $closes } (UK time). You can send a short video or recording instead of writing, and a community connector can help you apply.

    Read about the round and start a bid here:

    { $link }

    If you have a question, or would like to talk it through, reply to this email or contact us using the details below. There is no need to reply if this is not for you.

## A community directory listing not confirmed for 6 months.
emails-listing-check-subject = Is "{ $listing }" still right?
emails-listing-check-body =
    Your group's listing "{ $listing }" in the community directory has not been checked for 6 months.

    Please open it, change anything that is out of date, and press "It is still right". If nobody checks it in the next 6 months, it will stop being shown in the directory until someone does.

    Your listing: { $link }

## The programme's tracker
emails-tracker-answered-subject = We have answered your view on "{ $item }"
emails-tracker-answered-body =
    Thank you for telling us what you think about "{ $item }". { $team } has written you an answer.

    Only you can read it, on this page (sign in first if you are asked to):
    { $link }

## Bank details: a member is asked to check them; a change is told to every member and the leads.
emails-bank-check-subject = Please check { $group }'s bank details
emails-bank-check-body =
    { $name } gave the bank account where we should pay { $group }'s grant. The account number ends { $ending }.

    Before we pay, another member of the group needs to check these details. Sign in and type your group's account number from your bank card or statement (not from this email): { $link }

    If your group did not give these details, tell us on the same page and we will not pay into that account.
emails-bank-changed-subject = { $group }'s bank details were changed
emails-bank-changed-body =
    You changed the bank account where we pay { $group }'s grant. The new account number ends { $ending }.

    We hold payments until another member of the group has checked the new details.

    If you did not make this change, contact us straight away by replying to this email. Your group's page: { $link }
emails-bank-changed-lead-subject = { $group } changed its bank details: payments held
emails-bank-changed-lead-body =
    { $group } changed the bank account for its grant. The new account number ends { $ending }.

    Payments are held until another member of the group checks the new details, or you confirm them after calling the group back on a number from your own records (never one from an email): { $link }
emails-bank-disputed-subject = { $group }: a member says the bank details are wrong
emails-bank-disputed-body =
    { $name } says the bank details given for { $group } are not the group's. Payments to the group are held.

    Please contact the group on a number from your own records, never one from an email: { $link }
emails-bank-same-account-subject = { $group } gave a bank account another group has given too
emails-bank-same-account-body =
    { $group } gave a bank account that is also given by: { $groups }.

    This can be right (two groups sharing a treasurer, or an organisation that holds money for both), but please check with the group before you pay: { $link }
emails-host-subject = Do you hold money for { $group }?
emails-host-body =
    { $name } of { $group } told us that { $host } holds money for the group, because the group has no bank account of its own. The group has been offered a small grant by our programme.

    If that is right, please confirm it and give the bank account where we should pay the group's grant. You will then pass the money on to the group. Use this link within { $days } days: { $link }

    If { $host } does not hold money for { $group }, please tell us on the same page. We will not pay anything to you.

    We will phone you to check the bank details before we pay anything.
emails-host-confirmed-subject = { $host } confirmed it holds money for your group
emails-host-confirmed-body =
    { $host } confirmed that it holds money for { $group } and gave its bank details. The programme team will phone { $host } to check them, then we will pay your grant to { $host } to pass on to you.

    See where your grant will be paid: { $link }
emails-host-declined-subject = { $host } said it does not hold money for your group
emails-host-declined-body =
    { $host } told us that it does not hold money for { $group }, so we cannot pay your grant through it.

    You can name another organisation, or give your group's own bank details: { $link }
emails-host-lead-subject = { $host } will hold { $group }'s grant: please call to check its bank details
emails-host-lead-body =
    { $host } confirmed that it holds money for { $group }, and gave the bank account where the grant should be paid.

    Payments to { $group } are held until you phone the host on a number from its own records (not from an email), and confirm the details. The contact named by the group is { $contact } ({ $email }).

    Confirm the details after your call: { $link }
emails-payment-made-host-body =
    We paid { $amount } for "{ $title }" on { $date } to { $host }, which holds money for your group. It may take a few days to reach their account. Then { $host } passes it on to you.

    You can see every payment on your bid's page: { $link }
