## The programme lead's reports: a pot's report (/manage/pots/{id}/report), its spreadsheets,
## and who the money reaches (/manage/programmes/{id}/equity).

## Words used in several places.
# A share of an amount; $percent is a whole number.
reports-percent = { $percent }%
# A share too small to show as a whole number of per cent.
reports-percent-less-than-one = less than 1%
reports-amount = Amount
reports-allocation = Allocation
reports-committed = Committed
reports-paid = Paid

## The pot's report.
# The browser tab's title; $pot is the pot's name.
reports-pot-title = { $pot } report
# $pot is the pot's name.
reports-pot-heading = { $pot }: report
reports-back-to-pot = Back to the pot
reports-allocated = Allocated
reports-released-back = Released back
reports-available = Available to award
reports-carried-in = Carried in
reports-carried-forward = Carried forward
reports-ring-fence = The ring-fence
# $committed and $paid are amounts; $committed_share and $paid_share their shares of the
# allocation ("40%", "less than 1%").
reports-committed-and-paid = { $committed } is committed to groups ({ $committed_share } of the allocation) and { $paid } has been paid ({ $paid_share }).
# $offers is reports-awaiting-offers (in bold); $count is the number of offers.
reports-awaiting = { $offers } { $count ->
        [one] is
       *[other] are
    } waiting for groups to accept.
# $count is the number of offers, $money what they are worth.
reports-awaiting-offers = { $count ->
        [one] { $count } offer
       *[other] { $count } offers
    } worth { $money }
reports-no-offers-waiting = No offers are waiting for groups to accept.
reports-spreadsheets = Spreadsheets
reports-spreadsheets-intro = UTF-8 CSV files that open in Excel, LibreOffice or Google Sheets.
reports-awards-csv = Awards from this pot
reports-payments-csv = Payments from this pot
reports-ledger-csv = The pot's ledger (every movement of money)
# $round is the round's name.
reports-ranking-csv = Bids with scores: { $round }

## Forecast underspend.
reports-forecast = Forecast underspend
# $likely and $at_most are amounts (in bold).
reports-forecast-sentence = If nothing changes, { $likely } will not be spent this year, and up to { $at_most } could be.
# For screen readers.
reports-forecast-caption = Where the underspend could come from
reports-forecast-where = Where
reports-forecast-counts-as = Counts as
reports-forecast-not-set-aside = Not set aside for any round
reports-forecast-decided-rounds = Left in rounds that have decided every bid
reports-forecast-deciding-rounds = Left in rounds still open or deciding
reports-forecast-awaiting = Offers not yet accepted
reports-forecast-likely = Likely
reports-forecast-possible = Possible

## Month by month. $year is the financial year, e.g. "2026/27".
reports-months-heading = Month by month, { $year }
reports-months-chart = Committed and paid against the allocation, { $year }
# Above the pot's chart.
reports-months-chart-intro = Each step is the day money moved. The lower panel shows committed and paid on a scale of their own, so small amounts are easy to read.
# The chart's upper panel (the whole allocation to scale).
reports-chart-allocation-panel = Allocation, committed and paid
# The chart's lower panel (scaled to spending).
reports-chart-spending-panel = Committed and paid, on their own scale
reports-months-caption = The same figures as a table (running totals at the end of each month)
reports-month = Month
# $month is a month's short name below, $year the calendar year.
reports-month-of-year = { $month } { $year }
# After the current month, whose figures are not final.
reports-so-far = (so far)
reports-not-yet = Not yet
# Months' short names, for the chart and the table.
reports-month-1 = Jan
reports-month-2 = Feb
reports-month-3 = Mar
reports-month-4 = Apr
reports-month-5 = May
reports-month-6 = Jun
reports-month-7 = Jul
reports-month-8 = Aug
reports-month-9 = Sep
reports-month-10 = Oct
reports-month-11 = Nov
reports-month-12 = Dec

## Each round's money.
reports-rounds = Rounds
reports-no-rounds = No rounds draw on this pot yet.
# For screen readers.
reports-rounds-caption = Each round's money
reports-round = Round
reports-budget = Budget
reports-released = Released
reports-left-to-award = Left to award
reports-waiting-on-acceptance = Waiting on acceptance
reports-status = Status
# $count is the number of bids not yet decided.
reports-bids-to-decide = { $count ->
        [one] { $count } bid to decide
       *[other] { $count } bids to decide
    }
reports-round-open = Open
reports-round-decided = Decided

## The spreadsheets' columns, and words in their cells.
reports-csv-reference = Reference
reports-csv-group = Group
reports-csv-paid-through = Paid through (host organisation)
reports-csv-project = Project
reports-csv-round = Round
reports-csv-requested = Requested (£)
reports-csv-awarded = Awarded (£)
reports-csv-decided-on = Decided on
reports-csv-state = State
reports-csv-accepted-on = Accepted on
reports-csv-accepted-by = Accepted by
reports-csv-named-publicly = Named publicly
reports-csv-paid = Paid (£)
reports-csv-released = Released (£)
reports-csv-report-due = Report due
reports-csv-report-received = Report received
reports-csv-paid-on = Paid on
reports-csv-amount = Amount (£)
reports-csv-payment-reference = Payment reference
reports-csv-bid-reference = Bid reference
reports-csv-recorded-on = Recorded on
reports-csv-entry = Entry
reports-csv-when = When (UK time)
reports-csv-what = What
reports-csv-bid = Bid
reports-csv-reason = Reason
reports-csv-by = By
reports-csv-yes = yes
reports-csv-no = no

## Who the money reaches.
# The browser tab's title; $programme is the programme's name.
reports-equity-title = Who the money reaches: { $programme }
reports-equity-heading = Who the money reaches
# $scope is a round's name, or reports-equity-scope-all-rounds.
reports-equity-intro = How far bids got — applied, reached the panel, offered funding, paid — for { $scope }, by kind of group, area, the groups' own description of who leads them and whom they serve, and first-time against returning applicants.
reports-equity-scope-all-rounds = all rounds
reports-equity-round = Round
reports-equity-all-rounds = All rounds
reports-equity-shareable = Version to share beyond the programme team (numbers under 5 hidden)
# The button.
reports-equity-show = Show
# $largest_hidden is the largest number hidden (4).
reports-equity-hidden = Numbers from 1 to { $largest_hidden } are hidden, with their money, so that no group can be recognised. Where one hidden number could be worked out from the total, another is hidden too.
reports-equity-small-numbers = This version shows small numbers. Share the version with numbers under 5 hidden beyond the programme team.
reports-equity-all-bids = All bids
reports-equity-all-sent-bids = All sent bids
reports-equity-overlap = Groups describe themselves; a group naming several groups of people is counted under each, so rows can add up to more than all bids.
reports-equity-how-to-read = How to read this
reports-equity-read-money = Money at "Applied" and "Reached the panel" is what groups asked for; then what was offered; then what has been paid.
reports-equity-read-answers = Equality answers are the groups' current ones. "Not answered" means the group was not asked or skipped the questions.
reports-equity-read-returning = A returning applicant sent an earlier bid to this programme. Withdrawn bids count as applied only.
# In place of a small number that is hidden; $smallest is the smallest number shown (5).
reports-equity-fewer-than = fewer than { $smallest }
# For screen readers; $table is the table's title.
reports-equity-funnel-caption = { $table }: bids and money at each stage
reports-equity-group = Group
reports-equity-offered-of-applied = Offered, of applied

## The stages a bid reaches (the report's columns).
reports-stage-applied = Applied
reports-stage-in-review = Reached the panel
reports-stage-awarded = Offered funding
reports-stage-paid = Paid

## The report's tables and their rows (kinds of group and the 360Giving descriptions are in
## groups.ftl).
reports-equity-by-kind = Kind of group
reports-equity-by-area = Area
reports-equity-by-language = Language of the bid
reports-equity-by-leadership = Who leads the group
reports-equity-by-beneficiaries = Who the group serves
reports-equity-by-returning = First-time or returning
reports-equity-area-not-given = Not given
reports-equity-not-answered = Not answered (not asked, or skipped)
reports-equity-prefer-not-to-say = Prefer not to say
reports-equity-everyone = Everyone (no particular groups)
# A description that is not in the 360Giving list.
reports-equity-other = Other
reports-equity-returning = Returning applicant
reports-equity-first-time = First-time applicant
reports-kept-heading = Money kept for groups led by a community
reports-kept-for = Kept for groups led by
reports-kept-share = Kept
reports-kept-awarded = Awarded to them
reports-kept-bids = Bids funded
reports-equity-area-unlisted = Not on the programme's list: { $area }
reports-equity-area-elsewhere = Somewhere else
reports-equity-area-overlap = A bid that serves several areas is counted under each, so rows can add up to more than all bids.
reports-line-heading = Who is above and below the funding line
reports-line-intro = The bids still to decide: above the line are those the money left reaches, below are the rest. Groups are counted as they described themselves when they sent the bid. Only you see this, never the panel. Counts from 1 to { $largest_hidden } are hidden, as in the shareable equity report.
reports-line-overlap = A group naming several groups of people, or a bid serving several areas, is counted under each, so rows can add up to more than all bids.
reports-line-caption = { $table }: bids above and below the funding line
reports-line-above = Above the line
reports-line-below = Below the line
reports-line-all = All bids still to decide

reports-help-to-apply-heading = Help to apply paid from the pot
reports-help-to-apply-intro = { $total } of the pot paid costs that helped groups apply (an interpreter, childcare, travel to a hub). It counts as committed and paid.
reports-help-to-apply-what = What
reports-involvement-link = Involvement budget and payments to people
reports-involvement-heading = Money spent on involvement in { $year }
reports-involvement-summary = { $total } paid for people's time and costs, to { $people ->
        [one] { $people } person
       *[other] { $people } people
    } (and any groups helped to apply).
reports-involvement-summary-few = { $total } paid for people's time and costs, to fewer than { $smallest } people (and any groups helped to apply).
reports-involvement-from-pot = Of this, { $amount } of help to apply came from the VCSE pot.
reports-involvement-kind = Kind
reports-involvement-payments = Payments
