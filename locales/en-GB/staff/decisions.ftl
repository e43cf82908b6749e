## The lead's work on a round's bids: screening, panels, the ranking and decisions. Amounts
## ($amount, $left …) arrive written as money ("£2,500").

## A bid's page for the lead.
# Instead of a reference, for a bid not yet sent.
decisions-bid-draft = draft
decisions-bid-group = Group
# $group is the group's name, $kind the kind of group ("Charity").
decisions-bid-group-kind = { $group } ({ $kind })
decisions-bid-asks-for = Asks for
decisions-bid-not-given = Not given
decisions-bid-helped-by = Helped by
# $name is the community connector who helped the group apply.
decisions-bid-connector = { $name } (community connector)
decisions-bid-connector-confirmed = { $name } (community connector), confirmed by the group
decisions-bid-no-one = No one
decisions-bid-money-left = Round money left
# $amount (in bold) is the award, $date the day it was decided.
decisions-bid-awarded = Awarded { $amount } on { $date }.
# Above the group's answers to the round's eligibility questions, as the questions read then.
decisions-eligibility-heading = Eligibility answers when the bid started

## A bid's page: screening a bid just sent.
decisions-screening-heading = Screening
decisions-screening-intro = Check the bid fits the round. Pass it to the panel, ask the group a question, or mark it not eligible.
decisions-start-review = Pass to the panel
decisions-review-started = The bid is now with the panel.
decisions-return-summary = Return to the group with a question
decisions-return-question = Your question
    .hint = For example: "We need to know who will run the sessions." The group can change its answers and send the bid again within 14 days.
decisions-return-button = Return the bid
decisions-returned = The bid has been returned to the group with your question.
decisions-ineligible-summary = Mark as not eligible
decisions-ineligible-reason = Why it is not eligible
    .hint = Sent to the group. Be clear and kind.
decisions-ineligible-button = Mark not eligible
decisions-marked-ineligible = The bid has been marked not eligible and the group told.

## A bid's page: the decision.
decisions-decision-heading = Decision
decisions-award-amount = Award
    .hint = The amount asked for, or less.
decisions-award-conditions = Conditions (optional)
    .hint = For example: a short report after six months.
decisions-award-message = Message to the group (optional)
decisions-award-payment-plan = How it will be paid (optional)
    .hint = Left empty: one payment, made once the group accepts. For instalments, say when each is paid.
decisions-award-report-due = End-of-grant report due (optional)
    .hint = Left empty: a year from today. The group is reminded before and after.
decisions-award-accept-by = Ask the group to accept by (optional)
    .hint = Left empty: 28 days from today. The offer email and the group's page say this date. Nothing happens automatically when it passes: follow the group up if you have not heard.
decisions-award-button = Award
decisions-awarded = { $amount } awarded. The group has been told.
decisions-decline-summary = Decline with feedback
decisions-decline-feedback = Feedback for the group
    .hint = Kind and specific, drawn from the panel's comments below: what was strong, and what would make a future bid stronger.
decisions-decline-button = Decline
decisions-declined = The bid has been declined and the group sent your feedback.
decisions-waitlist-button = Put on the waiting list
decisions-waitlisted = The bid is on the waiting list.

## A bid's page: after the award (payments, cancelling, completing).
decisions-payment-recorded = Payment of { $amount } recorded. The group has been told.
# $released is the money not yet paid, which goes back to the pot.
decisions-award-cancelled = The award has been cancelled; { $released } went back to the pot.
decisions-grant-completed = The grant is complete; { $underspend } went back to the pot as underspend.

## The decision forms: their fields' names inside a sentence ("Enter …"), and problems.
what-decision-question = the question
what-decision-reason = the reason
what-decision-feedback = the feedback
what-decision-payment-plan = the payment plan
what-decision-conditions = the conditions
what-decision-message = the message
what-decision-order-reason = the reason for deciding out of rank order
decisions-error-enter-question = Write the question for the group, such as "we need to know…"
decisions-error-enter-ineligible-reason = Give the reason the bid is not eligible; it is sent to the group
decisions-error-enter-feedback = Write feedback for the group: kind, specific, drawn from the panel's comments
decisions-error-enter-cancel-reason = Give the reason for cancelling; it is sent to the group
decisions-error-report-due = Enter a date in the future, like 2027-11-30
decisions-error-accept-by = Enter a date after today, like 2027-01-15
decisions-error-accept-by-after-report = The date to accept by must be before the report is due
# $requested is the amount the group asked for.
decisions-error-award-amount = The award must be more than £0 and no more than the { $requested } asked for
# $over is how much too much, $left what the round's budget has left.
decisions-error-overspend = This would be { $over } more than the { $left } left in the round's budget
# $needed is the round's panel size, $has how many panel members the bid has.
decisions-error-panel-short = { $needed ->
    [one] Give this bid { $needed } panel member first (it has { $has })
   *[other] Give this bid { $needed } panel members first (it has { $has })
}
decisions-error-no-such-bid = No such bid
decisions-error-order-reason-below = This bid is below the funding line. Say why you are funding it: the round's panel will see your reason
decisions-error-order-reason-above = This bid is above the funding line. Say why you are not funding it now: the round's panel will see your reason

## A bid's page: its panel.
decisions-panel-heading = Panel
# $size is how many panel members score each bid in this round.
decisions-panel-none = No panel members yet. The round needs { $size } per bid.
decisions-panel-conflict = Conflict declared: reassign
decisions-panel-reviewed = Reviewed
decisions-panel-waiting = Waiting
decisions-panel-missing = { $count ->
    [one] This bid needs { $count } more panel member.
   *[other] This bid needs { $count } more panel members.
}
decisions-panel-give-to = Give this bid to
# A panel member who brings lived experience; $name is their name.
decisions-panel-lived-experience = { $name } (lived experience)
decisions-panel-assign = Assign
decisions-panel-assigned = { $count ->
    [one] { $count } panel member assigned and emailed.
   *[other] { $count } panel members assigned and emailed.
}
decisions-error-choose-panel-member = Choose at least one panel member
decisions-error-panel-not-assignable = Panel members can only be given bids that have been sent and not yet decided
decisions-error-not-on-panel = Choose members of this programme's panel
decisions-error-no-panel = This programme has no panel members yet. A site admin can give people the panel member role

## A bid's page: the panel's reviews.
decisions-reviews-heading = Reviews
decisions-reviews-none = No reviews submitted yet.
decisions-reviews-caption = Submitted reviews
decisions-reviews-member = Panel member
decisions-reviews-recommends = Recommends
decisions-reviews-comment = Comment

## A round's page: its bids by where they are.
decisions-work-heading = Bids
decisions-work-none = No bids have been sent yet.
decisions-work-assign-panels = Assign panels automatically
decisions-work-start-reviews = Pass every fully assigned bid to the panel
decisions-work-see-ranking = See the ranking
# $bids (in bold) is decisions-work-needs-reassigning-count.
decisions-work-needs-reassigning = { $bids } because someone declared a conflict. Assign panels again, or choose someone on the bid's page:
decisions-work-short-of-reviews =
    { $count ->
        [one] 1 bid with the panel has fewer than { $size } reviews.
       *[other] { $count } bids with the panel have fewer than { $size } reviews.
    }
decisions-work-needs-reassigning-count = { $count ->
    [one] { $count } bid needs another panel member
   *[other] { $count } bids need another panel member
}
# A heading over a list of bids; $heading is one of the decisions-work-… names below.
decisions-work-section = { $heading } ({ $count })
decisions-work-submitted = Sent, waiting to be screened
decisions-work-returned = Returned to the group
decisions-work-in-review = With the panel
decisions-work-waitlisted = On the waiting list
decisions-work-awarded = Offered
decisions-work-active = Funded
decisions-work-declined = Not funded
decisions-work-ineligible = Not eligible
decisions-work-withdrawn = Withdrawn
# After a bid in the list: how many panel members it has and how many reviews are in.
decisions-work-progress = panel { $panel }, reviews { $reviews }
# Followed by a link, decisions-work-more-link.
decisions-work-more = And { $count } more:
decisions-work-more-link = see the ranking
decisions-work-close-panel = Close panel scoring
decisions-work-panel-closed = Panel scoring closed on { $datetime }.
decisions-panel-closed = Panel scoring has closed. Reviews can no longer change.
decisions-panels-assigned = { $count ->
    [one] { $count } assignment made; each panel member has been emailed.
   *[other] { $count } assignments made; each panel member has been emailed.
}
decisions-reviews-started = { $count ->
    [one] { $count } bid passed to the panel. Bids without a full panel stay here.
   *[other] { $count } bids passed to the panel. Bids without a full panel stay here.
}

## The ranking.
# The page's title; $round is the round's name.
decisions-ranking-title = Ranking: { $round }
decisions-ranking-heading = Ranking
# $money_left (in bold) is the round's budget not yet committed.
decisions-ranking-reserved = { $share } of the budget is kept for bids from groups led by people who describe themselves as { $community }. It is held back from the other bids while such bids are still to decide; what they are not awarded is then free for the others.
decisions-ranking-held-by-reservation = Within the share kept for { $community }
decisions-order-reason-hint = The round's panel sees your reason with the outcome of each bid it scored.
decisions-order-reason-bulk = { $above ->
    [yes] { $count ->
        [one] Bid { $references } is above the funding line. Say why you are not funding it now
       *[other] Bids { $references } are above the funding line. Say why you are not funding them now
    }
   *[no] { $count ->
        [one] Bid { $references } is below the funding line. Say why you are funding it
       *[other] Bids { $references } are below the funding line. Say why you are funding them
    }
}
decisions-order-reason-award = This bid is below the funding line. Why are you funding it?
decisions-order-reason-turn-down = This bid is above the funding line. Why are you not funding it now?
decisions-ranking-intro = Weighted mean of submitted reviews. { $money_left } of the round's budget is not yet committed. The red line shows where the requested amounts of the bids still to decide, taken from the top, run past it.
decisions-ranking-money-short = The money left does not reach even the top bid still to decide.
decisions-ranking-decided-follow = The bids already decided follow, marked "Decided", with the money committed to each award. Their running total carries on from the bids still to decide, adding that committed money.
decisions-ranking-download = Download as a spreadsheet (CSV)
decisions-ranking-empty = No bids are with the panel yet, so there is nothing to rank.
decisions-ranking-caption = Bids ranked by score
decisions-ranking-select = Select
# For screen readers, on each bid's tick box; $reference is the bid's reference.
decisions-ranking-select-bid = Select { $reference }
decisions-ranking-bid = Bid
decisions-ranking-asks-for = Asks for
# A column's name when the table is sorted by it.
decisions-ranking-sorted = { $column } (sorted)
# A criterion's column: its mean score with, in brackets, how far apart the scores are.
decisions-ranking-criterion = { $criterion } (spread)
decisions-ranking-weighted-mean = Weighted mean
decisions-ranking-reviews = Reviews
# $count reviews sent of the panel's $size.
decisions-ranking-reviews-of = { $count } of { $size }
decisions-ranking-short = Short of reviews
decisions-ranking-differ = Scores differ by 2 or more
decisions-ranking-recommendations = Recommendations
decisions-ranking-running-total = Running total
decisions-ranking-decided = Decided
decisions-ranking-committed = { $amount } committed
decisions-ranking-not-scored = Not scored
# A tag on a bid a panel member wants to discuss.
decisions-ranking-discuss = Discuss
decisions-ranking-short-above-line =
    { $count ->
        [one] 1 bid above the funding line has fewer than { $size } reviews: its score may still move.
       *[other] { $count } bids above the funding line have fewer than { $size } reviews: their scores may still move.
    }
# How many panel members recommend funding, not funding and discussing the bid.
decisions-ranking-votes = Fund { $fund }, not { $not_fund }, discuss { $discuss }
# For screen readers, after a running total past the money left.
decisions-ranking-over = (over the money left)
decisions-ranking-showing = Bids { $first } to { $last } of { $total }.
decisions-ranking-pages = Pages of the ranking

## The ranking: deciding several bids at once.
decisions-bulk-heading = Decide the selected bids
decisions-bulk-intro = All selected bids get the same decision, together: if any cannot be decided, none are. Awards are for the amount each asked for.
decisions-bulk-award = Award what each asked for
decisions-bulk-decline = Decline
decisions-bulk-feedback = Feedback (for declines)
    .hint = Sent to every declined group.
decisions-bulk-button = Decide selected bids
decisions-bulk-all-decided = Every bid in the ranking has been decided.
decisions-bulk-decided = { $count ->
    [one] { $count } bid decided; the groups have been told.
   *[other] { $count } bids decided; the groups have been told.
}
# $problem says why.
decisions-bulk-nothing-decided = Nothing was decided. { $problem }
decisions-error-select-bid = Select at least one bid
decisions-error-choose-decision = Choose a decision
decisions-error-bulk-feedback = Write feedback for the declined groups

## The ranking as a spreadsheet: its columns' names (attributes), then its yes and no.
decisions-csv =
    .reference = Reference
    .title = Title
    .group = Group
    .state = State
    .requested = Requested (£)
    .weighted-mean = Weighted mean
    .reviews = Reviews
    .discuss = Discuss
    .fund = Fund
    .do-not-fund = Do not fund
    .discuss-votes = Discuss votes
    .running-total = Running total (£)
    .within-budget = Within budget
# A criterion's columns; $criterion is its name.
decisions-csv-criterion-mean = { $criterion } mean
decisions-csv-criterion-spread = { $criterion } spread
decisions-csv-yes = yes
decisions-csv-no = no

## Asking before several bids are decided at once. $decision is award, decline or waitlist.
decisions-bulk-confirm-title = { $decision ->
    [award] { $count ->
        [one] Award 1 bid
       *[other] Award { $count } bids
    }
    [decline] { $count ->
        [one] Decline 1 bid
       *[other] Decline { $count } bids
    }
   *[waitlist] { $count ->
        [one] Put 1 bid on the waiting list
       *[other] Put { $count } bids on the waiting list
    }
}
# $total is what the selected bids ask for together; $left what the round has not committed.
decisions-bulk-confirm-money = { $total } will be offered, from the { $left } the round has left.
decisions-bulk-confirm-emails = { $people ->
    [one] 1 person will be emailed the decision: every member of each group.
   *[other] { $people } people will be emailed the decision: every member of each group.
}
decisions-bulk-confirm-final = The decision cannot be taken back once the emails have gone.
decisions-bulk-confirm-feedback = The feedback each group will read
decisions-bulk-confirm-caption = The selected bids
decisions-bulk-confirm-back = No, go back to the ranking

## Asking before the panel's scoring is closed. $round is the round's name.
decisions-close-panel-confirm-title = Close panel scoring for { $round }?
decisions-close-panel-confirm-final = Panel members will no longer be able to add or change scores for any bid in this round. This cannot be undone.
decisions-close-panel-confirm-unfinished = { $count ->
    [0] Every review assigned has been sent.
    [one] 1 review assigned has not been sent, and will not be counted.
   *[other] { $count } reviews assigned have not been sent, and will not be counted.
}
decisions-close-panel-confirm-ranking = The ranking will use the scores sent so far.
decisions-close-panel-confirm-back = No, go back to the round
