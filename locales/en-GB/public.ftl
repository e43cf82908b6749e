## Pages anyone can read, signed in or not.

## Words used on several of these pages.
# Above the range of grant sizes, e.g. "£500 to £2,500".
public-grants-of = Grants of
# $min and $max are amounts.
public-grants-range = { $min } to { $max }
public-total-available = Total available
public-round-kept = { $share } of this money is kept for groups whose leaders describe themselves as: { $community }. A group counts if it says so in its equality answers when it sends its bid.
public-closing-date = Closing date
public-opens = Opens
public-closes = Closes
public-decisions-by = Decisions by

## The home page (/).
public-home-title = Funding for community groups
public-home-intro = Small grants for community, faith and voluntary groups that support people's mental health. Apply with a short video, a voice recording or a few written words: how well a bid is written is never scored.
public-home-none-open = No rounds are open right now.
public-how-to-apply = How to apply
public-how-to-apply-account = Create an account and tell us about your group. You only do this once.
public-how-to-apply-start = Start a bid: say what the money is for, and tell us about the need and the people you reach, by video, recording or a few words.
public-how-to-apply-send = Send it before the round closes. A panel that includes people with lived experience scores every bid on need and reach.
public-home-connector = A community connector can help you apply, or apply with you. Ask the programme team.
public-recent-rounds = Recent rounds
# $round is the round's name (a link), $time_left when it closed, e.g. "Closed on 3 March 2027".
public-recent-round = { $round } — { $time_left }

## A round's page (/rounds/{slug}).
# The button.
public-start-bid = Start a bid
public-tracker-heading = Where this round is up to
public-uses-heading = What the money can be used for
public-eligibility-heading = Who can apply
public-scoring-heading = How bids are scored
public-scoring-panel = A panel, including people with lived experience, scores each bid.
public-scoring-fair = Video, recorded and written bids are treated the same, and spelling, grammar and how well a bid is written are not scored.
# For screen readers; $criterion is the name of what is scored, e.g. "Need".
public-score-caption = What each score for { $criterion } means
public-score = Score
public-score-meaning = What it means

## The round's stages, with their dates.
public-tracker-open = Open for bids
public-tracker-panel = Panel scores the bids
public-tracker-panel-when = After the round closes
public-tracker-decisions = Decisions made
# $date is the day decisions are due.
public-tracker-decisions-by = By { $date }
# For screen readers, after a stage that has passed.
public-tracker-done = (done)
# For screen readers, after the stage the round is at.
public-tracker-now = (now)
public-bids-so-far = Bids so far

## The awards made (/awards).
public-awards-title = Awards made
public-awards-none = No awards have been made yet. When groups accept their grants, they will be listed here.
# $money is the total awarded, $count the number of grants.
public-awards-total = { $money } awarded to community groups in { $count ->
        [one] { $count } grant
       *[other] { $count } grants
    }.
# Follows public-awards-total when some groups chose not to be named; $count is how many.
public-awards-unnamed = { $count ->
        [one] { $count } of the groups chose not to be named, so it is counted here but not listed.
       *[other] { $count } of the groups chose not to be named, so they are counted here but not listed.
    }
public-awards-none-named = None of the groups funded so far chose to be named, so there is nothing to list yet.
# $standard, $json and $csv are the three links below.
public-awards-open-data = The awards listed here are also published as open data in the { $standard }: { $json } or { $csv }.
public-awards-standard = 360Giving Data Standard
public-awards-json = 360Giving JSON file
public-awards-csv = spreadsheet (CSV)
# For screen readers.
public-awards-caption = Awards to groups that agreed to be named, newest first
public-awards-group = Group
public-awards-amount = Amount
public-awards-for = What it is for
public-awards-awarded = Awarded
public-awards-round = Round
# For screen readers: the links to other pages of the list.
public-awards-pages = Pages of awards

## The open data file (/open-data/360giving.json) before any award can be published.
public-open-data-no-awards = No awards have been published yet. A 360Giving file must contain at least one grant, so this file will appear once a group that agreed to be named has accepted its award.

## Descriptions of public pages for search engines and link previews.
# $funders lists the organisations funding the open rounds ("Riverside ICB, Northfield Council").
public-home-description-funders = Small grants for community groups from { $funders }. Apply with a video, a recording or a few written words.
public-home-description-operator = Small grants for community groups, run by { $operator }. Apply with a video, a recording or a few written words.
public-home-description = Small grants for community groups. Apply with a video, a recording or a few written words.
# $range is "£500 to £2,500"; $closes the closing date and time.
public-round-description = { $round }: grants of { $range } from { $funder }, run by { $team }. Closes { $closes }.

## At the foot of an open round's page, before the second "Start a bid" button.
public-ready-heading = Ready to apply?
public-ready = It takes about 15 minutes. You can save your bid and come back to it until the round closes.

## Checking whether a group can apply, before any account (/rounds/{slug}/eligibility).
# The two answers to a yes/no question.
public-eligibility-yes = Yes
public-eligibility-no = No
# On the round's page, under "Who can apply", before the list of the round's questions.
public-eligibility-we-ask = Before you apply, we ask:
public-eligibility-check-link = Check whether your group can apply
public-eligibility-title = Can your group apply?
# For search engines and link previews. $round is the round's name; $count how many questions it asks.
public-eligibility-description = Check in a minute whether your group can apply to { $round }: { $count ->
        [one] { $count } yes or no question
       *[other] { $count } yes or no questions
    }, with no account needed.
# $count is how many questions the round asks.
public-eligibility-intro = { $count ->
        [one] Answer this question to check whether your group can apply.
       *[other] Answer these { $count } questions to check whether your group can apply.
    }
public-eligibility-no-account = You do not need an account for this, and we keep nothing until you start a bid.
# The form's button.
public-eligibility-continue = Continue
# At a question left unanswered; $question is the question.
public-eligibility-error-answer = Answer yes or no: { $question }
public-eligibility-not-open = This round is not open for bids.
public-eligibility-back-to-round = Back to the round
public-eligibility-nothing-to-check = There is nothing to check before you start: read who can apply on the round's page, then start your bid.
# When the answers let the group apply. $round is the round's name.
public-eligibility-through-title = Your group can apply
public-eligibility-through = From your answers, your group can apply to { $round }.
public-eligibility-change = Change your answers
public-eligibility-kept = Your answers are kept with your bid.
public-eligibility-have-account = Already have an account?
public-eligibility-sign-in = Sign in to carry on with your bid
# When an answer means the group cannot apply. $round is the round's name.
public-eligibility-ruled-out-title = Your group cannot apply to this round
public-eligibility-ruled-out = We are sorry: from your answers, your group cannot apply to { $round }.
# Before the reason; $answer is "Yes" or "No", $question the question.
public-eligibility-you-answered = You answered “{ $answer }” to “{ $question }”
public-eligibility-talk-heading = Not sure, or think this is wrong?
public-eligibility-talk = Talk to the programme team. They are glad to help, and can tell you about other funding.
public-eligibility-other-rounds = Other rounds open now
public-eligibility-no-other-rounds = No other rounds are open right now.
public-eligibility-all-rounds = See all rounds

## The programme's tracker on the home page and round pages.
public-have-your-say = Have your say
public-have-your-say-intro = See what each programme is working on, which decisions you can still influence, and what changed because of people's views.
# $programme is the programme's name.
public-programme-tracker-link = What { $programme } is deciding, and how to have your say
public-criteria-open-for-views = The criteria for this round are open for your views: tell us what you think
# The panel's stage when the lead set a date; $date is that date.
public-tracker-panel-by = Scores due by { $date }
public-tracker-payments = Grants paid
public-tracker-payments-when = After groups accept their offers
# $date is the day the first grant was paid.
public-tracker-payments-first = First paid on { $date }
