## Programme leads' pages: programmes, pots (a financial year's ring-fenced money) and rounds.
## Amounts ($amount, $available, $budget …) arrive written as money ("£2,500"); dates ($date) as
## dates ("31 March 2027").

## Figures shown on several pages.
manage-money-allocated = Allocated
manage-money-committed = Committed
manage-money-paid = Paid
manage-money-not-set-aside = Not yet set aside
manage-money-set-aside = Set aside for rounds
manage-money-carried-in = Carried in
manage-money-carried-out = Carried forward

## The list of programmes.
manage-programmes-title = Programmes
manage-programmes-create = Create a programme
manage-programmes-none = You do not manage any programmes yet.
# $funder is the funder's name.
manage-programmes-funded-by = Funded by { $funder }

## A programme's form.
manage-programme-create-title = Create a programme
manage-programme-change-title = Change the programme
manage-programme-name = Programme name
    .hint = For example, Riverside Community Mental Health Small Grants
manage-programme-slug = Short name (optional)
    .hint = Lower-case letters, numbers and hyphens. Left empty, it is made from the name.
manage-programme-description = Description (optional)
    .hint = What the programme is for. You can use simple formatting such as **bold** and lists.
manage-programme-funder = Funder
    .hint = The organisation whose money this is, for example an integrated care board.
manage-programme-funder-org-id = Funder's organisation identifier (optional)
    .hint = As used in open data, for example GB-NHS-QWU for an NHS body or GB-CHC-1234567 for a charity.
manage-programme-prefix = 360Giving identifier prefix
    .hint = The prefix 360Giving gave the funder, for example 360G-riversideicb. Every published grant's id starts with it.
manage-programme-save = Save programme
manage-programme-created = Programme created. Add this year's pot, then set up a round.
manage-programme-saved = Programme details saved.

## A programme's form: its fields' names inside a sentence ("Enter …").
what-programme-name = the programme's name
what-programme-description = the description
what-programme-funder = the funder's name

## A programme's form: problems.
manage-programme-error-slug-characters = The short name can only have lower-case letters, numbers and hyphens
manage-programme-error-slug-short = The short name must be at least 3 letters or numbers
manage-programme-error-slug-taken = Another programme already uses this short name
manage-programme-error-org-id = Enter an organisation identifier like GB-NHS-QWU or GB-CHC-1234567
manage-programme-error-enter-prefix = Enter the 360Giving identifier prefix, like 360G-yourfunder
manage-programme-error-prefix-shape = The prefix must start 360G- followed by letters, numbers or hyphens
manage-programme-error-no-account = Nobody has an account with this email address. Ask them to create one first
# When the database could not be reached while appointing a lead.
manage-programme-error-not-appointed = They could not be made a lead just now. Try again in a few minutes

## A programme's page.
# Above the programme's name.
manage-programme-caption = Programme
manage-programme-summary-prefix = 360Giving prefix
manage-programme-summary-description = Public description
manage-programme-no-description = None yet
manage-programme-change-link = Change the programme's details
manage-programme-equity-link = Who the money reaches: the equity report
manage-programme-missing-link = Who has not applied yet, and inviting them
manage-pots-heading = Pots
manage-pots-none = No pots yet. A pot holds one financial year's ring-fenced money.
manage-pots-caption = Pots by financial year
manage-pots-year = Year
manage-pots-pot = Pot
manage-rounds-heading = Rounds
manage-rounds-none = No rounds yet.
manage-rounds-round = Round
manage-rounds-status = Status
manage-rounds-closes = Closes
manage-leads-heading = Programme leads
manage-leads-none = No leads yet.
manage-leads-email = Appoint a lead by email address
    .hint = They need an account first.
manage-leads-appoint = Appoint lead
# $email is the new lead's email address.
manage-programme-lead-appointed = { $email } is now a lead of this programme.

## Adding a pot.
manage-pot-add = Add a pot
manage-pot-add-button = Add pot
manage-pot-year = Financial year
    .hint = 1 April to 31 March.
manage-pot-name = Name
    .hint = For example, VCSE ring-fence 2026/27
manage-pot-transformation-total = Transformation funding total (optional)
    .hint = The whole community mental health transformation allocation the ring-fence comes from.
manage-pot-ring-fence-percent = Ring-fenced percentage (optional)
    .hint = For example 25. With the total above, the allocation can be left empty and is worked out for you.
manage-pot-allocation = Allocation
    .hint = The money ring-fenced for the voluntary and community sector this year.
# A new pot's suggested name; $year is a financial year such as 2026/27. Also the name of a pot
# made to receive money carried forward.
manage-pot-default-name = VCSE ring-fence { $year }
# $name is the pot's name.
manage-pot-added = { $name } added.

## Adding a pot: its fields' names inside a sentence, and problems.
what-pot-name = the pot's name
what-pot-correction-reason = the reason for the correction
manage-pot-error-choose-year = Choose the financial year
manage-pot-error-percentage = Enter a percentage from 0.01 to 100, like 25
manage-pot-error-allocation-mismatch = The allocation should be { $expected }, the ring-fenced share of the total; check the figures
manage-pot-error-enter-allocation = Enter the allocation
manage-pot-error-total-and-percentage = Enter both the total and the percentage, or neither
# $year is a financial year such as 2026/27.
manage-pot-error-duplicate = This programme already has a pot for { $year }

## A pot's page.
# Where the pot's money came from: $percent (like 25 or 27.5) per cent of the transformation
# funding $total, ring-fenced for the voluntary, community and social enterprise sector (VCSE).
manage-pot-ring-fence = { $percent }% of { $total } ring-fenced for VCSE: { $allocation }
manage-pot-report-link = The pot report: month by month, forecast underspend and spreadsheets
manage-pot-use-heading = How the money is used
# The chart's title for screen readers; $pot is the pot's name.
manage-pot-chart-title = How { $pot } is used
manage-pot-part-awarded-not-paid = Awarded, not yet paid
manage-pot-part-in-rounds = In round budgets, not yet awarded
manage-pot-part-not-set-aside = Not yet set aside for a round
manage-pot-table-caption = The same figures as a table
manage-pot-table-part = Part of the pot
manage-pot-table-amount = Amount
manage-pot-table-total = Allocated in all
manage-pot-rounds-heading = Rounds drawing on this pot
manage-pot-rounds-none = None yet.

## A pot's page: correcting the allocation.
manage-pot-correct-heading = Correct the allocation
manage-pot-correct-intro = Corrections are added to the ledger with your reason; nothing is ever overwritten.
manage-pot-direction = Increase or reduce?
manage-pot-increase = Increase
manage-pot-reduce = Reduce
manage-pot-correction-amount = Amount
manage-pot-correction-reason = Reason
    .hint = For example, in-year allocation uplift from the ICB.
manage-pot-correction-save = Save correction
manage-pot-correction-added = Correction added to the ledger.
manage-pot-error-choose-direction = Choose whether to increase or reduce the allocation
manage-pot-error-amount-zero = Enter an amount more than £0
manage-pot-error-below-commitments = The allocation cannot go below { $floor }, the amount already set aside for rounds or awarded
manage-pot-error-not-enough = Only { $available } of this pot is not yet set aside for rounds
manage-pot-error-no-such-pot = No such pot

## A pot's page: carrying money forward into next year's pot.
manage-carry-forward-heading = Carry forward
# $amount (shown in bold) is the money not awarded.
manage-carry-forward-move = Move the { $amount } not awarded from this pot into next year's pot. Round budgets shrink to what they awarded. This can be done once.
manage-carry-forward-button = Carry forward to next year
manage-carry-forward-done = { $amount } was carried forward to next year's pot.
# $date is the first day of the next financial year.
manage-carry-forward-year-not-ended = Money not awarded can be carried into next year's pot once this financial year ends, on { $date }.
manage-carry-forward-rounds-open = Some rounds drawing on this pot are still open. Carry forward once they have closed.
manage-carry-forward-nothing-left = Everything in this pot has been awarded; there is nothing to carry forward.
# $name is the next year's pot.
manage-pot-carried-forward = { $amount } carried forward into { $name }.
manage-pot-error-already-carried = This pot has already been carried forward
manage-pot-error-year-not-ended = Money can be carried forward once the financial year has ended, on or after { $date }
manage-pot-error-rounds-still-open = Some rounds drawing on this pot are still open; wait until they close
manage-pot-error-nothing-to-carry = Nothing is left to carry forward: everything in this pot has been awarded
# Saved in the pot's history as the reason a pot was made.
manage-pot-audit-made-for-carry-forward = Made to receive money carried forward

## A pot's ledger: every movement of its money.
manage-ledger-heading = Ledger
manage-ledger-intro = The latest movements of money, newest first.
manage-ledger-caption = The latest movements of money, newest first
manage-ledger-download = Download the whole ledger (CSV)
manage-ledger-when = When
manage-ledger-what = What
manage-ledger-reason = Reason
manage-ledger-allocation = Allocation
manage-ledger-increase = Allocation increased
manage-ledger-decrease = Allocation reduced
manage-ledger-carry-forward-in = Carried forward from last year
manage-ledger-carry-forward-out = Carried forward to next year
manage-ledger-assign-to-round = Set aside for a round
manage-ledger-unassign-from-round = Returned from a round
manage-ledger-commitment = Awarded (committed)
manage-ledger-release = Released back to the pot
manage-ledger-payment = Paid
manage-ledger-help-to-apply = Help to apply
# Saved in the ledger as the reason of a carry forward; $year is a financial year such as 2026/27.
manage-ledger-reason-unspent = Unspent money from { $year }
# Saved in the ledger when a round's unawarded budget goes back to its pot at the year's end.
manage-ledger-reason-year-end-return = Unawarded budget returned at year end

## A round's form.
manage-round-create-title = Set up a round
manage-round-change-title = Change the round
manage-round-name = Round name
    .hint = For example, Spring 2027 community small grants
manage-round-slug = Web address name (optional)
    .hint = The round's public page will be /rounds/ followed by this. Left empty, it is made from the name.
manage-round-summary = One-line summary (optional)
manage-round-pot = Pot
    .hint = The round's budget is set aside from this pot.
manage-round-choose-pot = Choose a pot
# A pot to choose; $pot is its name, $available the money not yet set aside.
manage-round-pot-option = { $pot } ({ $available } not yet set aside)
manage-round-budget = Budget
manage-round-smallest-award = Smallest award
manage-round-largest-award = Largest award
manage-round-opens = Opens
    .hint = UK time.
manage-round-closes = Closes
    .hint = UK time. Bids sent after this are refused.
manage-round-date = Date
manage-round-time = Time
manage-round-decisions-by = Decisions made by
    .hint = Shown to groups on the round's page.
manage-round-panel-due = Reviews due by (optional)
    .hint = The date the panel's reviews are due. Panel members see it and get an email reminder 3 days before. It must be after the round closes.
manage-round-panel-size = Panel members per bid
    .hint = How many panel members score each bid. Usually 2.
manage-round-eligibility = Who can apply
    .hint = Plain words. You can use **bold** and lists (start lines with -).
manage-round-uses = What the money can be used for
    .hint = For example: a part-time peer support worker, equipment, room hire.
manage-round-save = Save round
manage-round-created = Round set up. Check its scoring criteria below; its public page is live.
manage-round-saved = Round saved.

## A round's form: its fields' names inside a sentence ("Enter …").
what-round-name = the round's name
what-round-summary = the summary
what-round-budget = the round's budget
what-round-smallest-award = the smallest award
what-round-largest-award = the largest award
what-round-eligibility = who can apply
what-round-uses = what the money can be used for

## A round's form: problems.
manage-round-error-choose-pot = Choose the pot this round draws on
manage-round-error-not-this-programmes-pot = Choose one of this programme's pots
manage-round-error-pot-fixed = A round's pot cannot change once it is set up
manage-round-error-enter-opening-date = Enter the opening date
manage-round-error-enter-opening-time = Enter the opening time
manage-round-error-enter-closing-date = Enter the closing date
manage-round-error-enter-closing-time = Enter the closing time
manage-round-error-real-date = Enter a real date, like 2027-03-31
manage-round-error-real-time = Enter a time like 17:00 or 5pm
manage-round-error-clocks-go-forward = That time does not exist in the UK on that day because the clocks go forward
manage-round-error-closes-before-opens = The closing date must be after the opening date
manage-round-error-closes-in-past = The closing date must be in the future
manage-round-error-largest-below-smallest = The largest award must be at least the smallest award
manage-round-error-largest-zero = The largest award must be more than £0
manage-round-error-largest-over-budget = The largest award cannot be more than the round's budget of { $budget }
manage-round-error-budget-zero = The budget must be more than £0
# $available is what the pot has not set aside for other rounds (with this round's budget).
manage-round-error-budget-over-pot = The budget cannot be more than { $available }, the money in this pot not set aside for other rounds
manage-round-error-budget-below-awarded = The budget cannot be less than { $floor }, already awarded
manage-round-error-decisions-before-close = Decisions cannot be due before the round closes
manage-round-error-enter-decision-date = Enter the date decisions will be made by
manage-round-error-panel-size = Enter a panel size from 1 to 10
manage-round-error-panel-due-before-close = Reviews must be due after the day the round closes
# The web address name is the part of the round's address after /rounds/.
manage-round-error-slug-characters = The web address name can only have lower-case letters, numbers and hyphens
manage-round-error-slug-short = The web address name must be at least 3 letters or numbers
manage-round-error-slug-reserved = Choose a different web address name
manage-round-error-slug-taken = Another round already uses this web address name

## A round's page for its lead.
manage-round-public-page = Public page
# $budget is the round's budget, $committed how much of it is awarded.
manage-round-budget-committed = { $budget } ({ $committed } committed)
manage-round-awards = Awards
# The smallest and largest award a round makes.
manage-round-award-range = { $smallest } to { $largest }
manage-round-decisions-by-summary = Decisions by
manage-round-panel-due-summary = Panel's reviews due by
manage-round-panel-due-none = No date set
manage-round-change-link = Change the round's details or budget

## A round's page: its scoring criteria.
manage-criteria-heading = How bids are scored
manage-criteria-frozen = The first bid has been sent, so the criteria can no longer change.
# $criterion is the criterion's name, $weight how many times its score counts.
manage-criterion-heading = { $criterion } (weight { $weight })
# Before what a score means, in bold: "1: Little or no evidence of need." Keep the space at the end.
manage-criterion-score = { $score }:{ " " }
manage-criterion-change = Change { $criterion }
manage-criterion-remove = Remove { $criterion }
manage-criterion-add-summary = Add a criterion
manage-criterion-add = Add criterion
manage-criterion-save = Save changes
manage-criterion-name = Name
manage-criterion-description = What panel members look for
manage-criterion-weight = Weight (1 to 10)
# The label of the description of one score, from 1 to 5.
manage-criterion-descriptor = What a score of { $score } means
manage-criterion-added = Criterion added.
manage-criterion-saved = Criterion saved.
manage-criterion-removed = Criterion removed.
# $criterion is the criterion's name; $problems lists what was wrong, joined by semicolons.
manage-criterion-not-saved = { $criterion } was not saved: { $problems }
manage-round-error-criteria-frozen = The scoring criteria cannot change once the first bid has been sent

## A criterion's form: its fields' names inside a sentence, and problems.
what-criterion-name = the criterion's name
what-criterion-description = the description
what-criterion-score-1 = what a score of 1 means
what-criterion-score-2 = what a score of 2 means
what-criterion-score-3 = what a score of 3 means
what-criterion-score-4 = what a score of 4 means
what-criterion-score-5 = what a score of 5 means
manage-criterion-error-weight = Enter a weight from 1 to 10
manage-criterion-error-name-characters = The name must include some letters or numbers
manage-criterion-error-name-reserved = Choose a different name
manage-criterion-error-name-taken = This round already has a criterion with this name
manage-criterion-error-last-one = A round needs at least one criterion

## A round's page: its eligibility questions, asked before any account.
manage-questions-heading = Eligibility questions
manage-questions-intro = A few yes or no questions a group answers on the round's page before it makes an account. A group whose answer rules it out is told why, and pointed to the programme team and other open rounds.
manage-questions-frozen = The first bid has been sent, so the questions can no longer change.
manage-questions-none = This round asks no eligibility questions.
# $max is the most questions a round may ask.
manage-questions-full = A round asks at most { $max } questions: remove one to add another.
# $number is the question's place in the list.
manage-question-heading = Question { $number }
manage-question-change = Change question { $number }
manage-question-remove = Remove question { $number }
manage-question-add-summary = Add a question
manage-question-add = Add question
manage-question-save = Save changes
manage-question-question = Question, answered yes or no
manage-question-rules-out = Which answer means a group cannot apply?
manage-question-reason = Why, in the group's terms
manage-question-added = Question added.
manage-question-saved = Question saved.
manage-question-removed = Question removed.
# $question is the question; $problems lists what was wrong, joined by semicolons.
manage-question-not-saved = “{ $question }” was not saved: { $problems }
manage-round-error-questions-frozen = The eligibility questions cannot change once the first bid has been sent
what-eligibility-question = the question
what-eligibility-reason = why that answer means a group cannot apply
manage-question-error-rules-out = Choose which answer means a group cannot apply
# $max is the most questions a round may ask.
manage-question-error-too-many = A round asks at most { $max } questions

## Who runs the programme and how to reach a person: the lead's form.
what-team-name = the team's name
what-team-phone = the phone number
what-team-hours = the hours someone answers
what-privacy-controller = the data controller
what-privacy-contact = the controller's contact
what-privacy-dpo = the data protection officer's contact
what-records-retention = how long bids and grants are kept
what-privacy-notes = anything more for the privacy notice
manage-contact-error-enter-email = Enter the email address groups can write to
manage-contact-error-phone = Enter a phone number a person can dial, like 0121 496 0000
manage-contact-error-hours-without-phone = Enter the phone number the hours are for, or leave the hours empty
manage-contact-link = Who runs it, how to reach you, and the privacy notice
manage-contact-title = Who runs this programme and how to reach you
manage-contact-intro = Groups see this on the home page, every round page, their bid's pages and at the foot of every page of the programme. Emails about bids and grants are signed with it, and replies go to the email address below.
manage-contact-team-heading = The team
manage-contact-team-name = Team name (optional)
    .hint = The name groups know you by, such as "Riverside Community Grants Team". Left empty, the funder's name is used.
manage-contact-email = Email address groups can write to
manage-contact-phone = Phone number (optional)
    .hint = A number a person answers, such as 0121 496 0000.
manage-contact-hours = When someone answers the phone (optional)
    .hint = For example "Monday to Friday, 9am to 5pm".
manage-contact-privacy-heading = The programme's privacy notice
manage-contact-privacy-intro = The notice already says what is kept, why, the lawful basis, who sees it, people's rights and how to complain to the ICO. Fill in who is responsible and anything your organisation needs to add.
manage-contact-privacy-see = See the notice as groups do
manage-contact-controller = Data controller (optional)
# $funder is the programme's funder.
manage-contact-controller-hint = The organisation responsible for bids and grants in law. Left empty: { $funder }.
manage-contact-controller-contact = How to reach the data controller about privacy (optional)
    .hint = An email or postal address. Left empty: the team's email address.
manage-contact-dpo = How to reach the data protection officer (optional)
    .hint = Usually an email address, such as dpo@yourorganisation.nhs.uk.
manage-contact-retention = How long bids and grants are kept (optional)
    .hint = Left empty: "6 years after the end of the financial year in which the grant ends". Recordings are deleted sooner, as the portal's settings say.
manage-contact-privacy-notes = Anything more for the privacy notice (optional)
    .hint = Shown at the end of the notice. You can use markdown: **bold**, lists with -, and [links](https://example.org).
manage-contact-safeguarding-heading = Safeguarding
manage-contact-safeguarding-intro = When a view given on the programme's tracker raises a worry about someone's safety, a lead can pass it to this person. Name someone who is trained to act on it.
manage-contact-safeguarding-name = Safeguarding contact's name and role (optional)
    .hint = For example "Dee Okafor, safeguarding lead".
manage-contact-safeguarding-email = Safeguarding contact's email address (optional)
what-safeguarding-name = the safeguarding contact's name
manage-contact-error-safeguarding-email = Enter the safeguarding contact's email address, or leave both safeguarding fields empty
manage-contact-error-safeguarding-name = Enter the safeguarding contact's name, or leave both safeguarding fields empty
manage-contact-save = Save
manage-contact-saved = Your programme's contact details and privacy notice have been saved.
manage-contact-logo-heading = Logo
manage-contact-logo-now = The logo groups see now
manage-contact-logo = Upload a logo (optional)
# $max_kb is the largest size in kilobytes.
manage-contact-logo-hint = A PNG, JPEG, GIF or WebP picture of up to { $max_kb } KB. It is shown beside your team's contact details, no more than 64 pixels high.
manage-contact-logo-button = Upload logo
manage-contact-logo-remove = Remove the logo
manage-contact-logo-saved = The logo has been saved.
manage-contact-logo-removed = The logo has been removed.
manage-contact-logo-missing = Choose a picture to upload
manage-contact-logo-too-large = The logo must be { $max_kb } KB or smaller
manage-contact-logo-wrong-type = The logo must be a PNG, JPEG, GIF or WebP picture
manage-contact-back = Back to the programme

## Money kept for groups led by a community (a round's reservations)
reservations-heading = Money kept for groups led by a community
reservations-intro = You can keep a share of this round's budget for bids from groups that describe themselves as led by a community, such as Black-led groups or groups led by disabled people. A bid counts when the group said so in its equality answers when it sent the bid. The round's public page says that the share exists. In the ranking, the share is held back from other bids while bids that count are still to decide; once they are decided, what is left of it is free for the others.
reservations-none = No share of this round's money is kept for a community.
reservations-for = Kept for groups led by { $community }
reservations-share-percent = { $share }: { $percent }% of the round's budget.
reservations-share-amount = { $share }, a fixed amount.
reservations-awarded = { $count ->
    [0] Nothing awarded toward it yet.
    [one] { $awarded } awarded toward it, to 1 bid.
   *[other] { $awarded } awarded toward it, to { $count } bids.
}
reservations-remove = Stop keeping money for groups led by { $community }
reservations-fixed = The round has made its first award, so the money kept for communities no longer changes.
reservations-add-summary = Keep a share of the budget for a community
reservations-community = Groups led by
reservations-community-hint = The communities are those groups choose from when they describe who leads them (the 360Giving categories).
reservations-choose-community = Choose a community
reservations-how = How much to keep
reservations-how-percent = A percentage of the round's budget
reservations-how-amount = A fixed amount
reservations-percent = Percentage of the budget
reservations-percent-hint = A whole number from 1 to 100
reservations-amount = Amount, in pounds
reservations-add = Keep this share
reservations-added = The share is kept. The round's public page now says so.
reservations-removed = That share is no longer kept.
reservations-error-community = Choose the community the money is kept for
reservations-error-already = Money is already kept for this community in this round
reservations-error-too-many = A round can keep money for at most { $most } communities
reservations-error-over-budget = That is more than the { $left } of the budget not already kept for a community
reservations-error-amount = Enter an amount more than £0
reservations-error-percent = Enter a whole number from 1 to 100
reservations-error-how = Choose a percentage or a fixed amount
reservations-error-fixed = The round has made its first award, so the money kept for communities can no longer change.
