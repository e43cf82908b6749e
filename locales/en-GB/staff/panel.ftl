## Panel members' pages: the bids they have been given to score, and scoring one.

## A panel member's recommendation on a bid (also on the lead's pages).
panel-recommendation-fund = Fund
panel-recommendation-do-not-fund = Do not fund
panel-recommendation-discuss = Discuss

## The queue of bids to score.
panel-queue-title = Bids to score
# $done is how many reviews they have submitted, $total how many bids they have been given.
panel-queue-progress = { $total ->
   *[other] You have submitted { $done } of { $total } reviews.
}
panel-queue-fairness = Score each bid on need and reach. Videos, recordings and written bids are equal; spelling, grammar and polish are not scored.
panel-queue-empty = No bids have been given to you yet. You will get an email when they are.
panel-queue-caption = Bids to score, those still to do first
panel-queue-bid = Bid
panel-queue-round = Round
panel-queue-your-review = Your review
panel-queue-outcome = What came of it
panel-outcome-funded = Funded: { $amount } offered
panel-outcome-not-funded = Not funded
panel-outcome-waitlisted = On the waiting list
panel-outcome-withdrawn = Withdrawn by the group
panel-outcome-cancelled = Funded, then cancelled
panel-outcome-not-yet = Not decided yet
# A decision that departed from the panel's ranking, and the lead's reason for it.
panel-departure = { $decision ->
    [award] Funded from below the funding line
    [decline] Not funded, though above the funding line
   *[waitlist] Put on the waiting list, though above the funding line
}
panel-departure-reason = The lead's reason: { $reason }
panel-departure-see-reason = Decided out of rank order: the lead's reason
panel-departures-heading = Decisions that differ from the panel's ranking
panel-departures-intro = The lead decides, and says why whenever a decision differs from the order the panel's scores put the bids in. These are the decisions of that kind in the rounds you score for.
panel-queue-submitted = Submitted
panel-queue-draft = Draft saved
panel-queue-not-started = Not started
panel-queue-pages = Pages of bids to score

## The date a round's reviews are due by (set by the lead), on the queue, the dashboard and the
## lead's round page. $weekday is a day's name below, $date a date like "16 January 2027",
## $when how far off it is (panel-due-in or panel-due-ago).
panel-due-by = Reviews due by { $weekday } { $date } ({ $when })
# $days is 0 or more calendar days.
panel-due-in = { $days ->
    [0] today
    [1] tomorrow
   *[other] in { $days } days
}
# $days is 1 or more calendar days since the date passed.
panel-due-ago = { $days ->
    [one] { $days } day ago
   *[other] { $days } days ago
}
# Under the date: $round is the round's name, $count how many reviews the member has still to send.
panel-deadline-round = { $round }: { $count ->
    [one] { $count } review still to send
   *[other] { $count } reviews still to send
}
panel-weekday-1 = Monday
panel-weekday-2 = Tuesday
panel-weekday-3 = Wednesday
panel-weekday-4 = Thursday
panel-weekday-5 = Friday
panel-weekday-6 = Saturday
panel-weekday-7 = Sunday
panel-untitled-bid = Untitled bid

## Scoring a bid.
# The page's title; $bid is the bid's title.
panel-review-title = Score { $bid }
# In bold, then .more after it.
panel-review-fairness = Score on need and reach, not on polish.
    .more = Videos, recordings and written bids are equal. Spelling, grammar and how well anything is written are not scored.
panel-group-heading = The group
panel-group-name = Name
panel-group-kind = Kind
panel-group-area = Where they work
panel-group-helped-by = Helped by
# $name is the community connector who helped the group apply.
panel-group-connector = { $name } (community connector)
panel-group-no-one = No one
panel-scores-heading = Your scores
panel-scores-closed = Panel scoring has closed or the bid has been decided, so your review cannot change now.
# A criterion whose score counts more than once; $criterion is its name, $weight how many times.
panel-criterion-weighted = { $criterion } (counts { $weight } times)
panel-comment = Your comment
    .hint = What stood out about need and reach. The lead may use it in feedback to the group.
panel-recommendation = Your recommendation
panel-watched = I have watched or listened to the group's video or recording
panel-submit-review = Submit review
panel-save-draft = Save as draft
panel-review-submitted = Your review has been submitted.
panel-draft-saved = Your draft has been saved.

## Scoring a bid: the field's name inside a sentence, and problems. $criterion is a criterion's
## name in small letters ("need").
what-review-comment = your comment
panel-error-choose-score = Choose a score for { $criterion }
panel-error-score-range = The score for { $criterion } must be a whole number from { $lowest } to { $highest }
panel-error-enter-comment = Add a comment: it helps the lead give the group feedback
panel-error-choose-recommendation = Choose whether to fund, not fund, or discuss
panel-error-confirm-watched = Confirm you have watched or listened to the group's video or recording
panel-error-scoring-closed = Panel scoring for this round has closed, so reviews can no longer change
panel-error-not-with-panel = This bid is not with the panel at the moment, so it cannot be scored
panel-error-already-submitted = This review has been submitted; change it and submit it again

## Other panel members' reviews, shown once the member has submitted their own.
panel-others-heading = Other panel members' reviews
panel-others-none = No one else has submitted a review yet.
panel-others-after-yours = You will see the other panel members' reviews once you have submitted yours.
# Before the score, in bold: "Need: 4".
panel-others-criterion = { $criterion }:
# $recommendation is Fund, Do not fund or Discuss.
panel-others-recommends = Recommends: { $recommendation }
# $datetime is when they submitted it, like "3 March 2027 at 5:00pm".
panel-others-submitted = Submitted { $datetime }

## Declaring a conflict of interest.
panel-conflict-heading = Conflict of interest
panel-conflict-summary = I have a conflict of interest with this group
panel-conflict-intro = For example, you belong to the group, know its members well, or have worked with it. The bid will be given to someone else and your scores removed.
panel-conflict-note = What is the conflict?
panel-conflict-button = Declare a conflict
what-panel-conflict = the conflict
panel-error-enter-conflict = Say briefly what the conflict is; only the programme lead sees it
panel-conflict-declared = Thank you. The bid has been taken off your list and the programme lead will give it to someone else.
panel-queue-payments-link = What you have been paid, and how you want to be paid
