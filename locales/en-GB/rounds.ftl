## Funding rounds: words groups and the public read about a round, on its public page, the home
## page and groups' pages, and on the lead's pages too.

## Where a round is in its life.
rounds-status-upcoming = Opening soon
rounds-status-open = Open for bids
rounds-status-closed = Closed

## The short tag beside a round's name.
rounds-tag-upcoming = Opens soon
rounds-tag-open = Open
rounds-tag-closed = Closed

## How long a round has left, under its name.
# $datetime is a date and time, like "10 January 2027 at 9:00am".
rounds-opens-on = Opens on { $datetime }
# $date is a date, like "14 March 2027".
rounds-closed-on = Closed on { $date }
# $time is a time of day, like "5:00pm" or "midday".
rounds-closes-today = Closes today at { $time }
rounds-closes-tomorrow = Closes tomorrow at { $time }
# $days is 2 or more calendar days; $datetime the closing date and time.
rounds-closes-in-days = { $days ->
    [one] Closes in { $days } day, on { $datetime }
   *[other] Closes in { $days } days, on { $datetime }
}

## How many of a round's bids are at each stage (the public tracker's "Bids so far").
rounds-stage-sent = Sent
rounds-stage-with-panel = With the panel
rounds-stage-funded = Funded
rounds-stage-not-funded = Not funded

## The scoring criteria every new round starts with. They are written into the round in the
## language of the lead who sets it up, who can change them; groups, the panel and the public
## read them. Each attribute score-1 … score-5 says what that score means.
rounds-criterion-need = Need
    .description = How strong the evidence is that the people this group serves need this support, and that it is not already available to them.
    .score-1 = Little or no evidence of need.
    .score-2 = Some need, but it is unclear who needs it or why.
    .score-3 = A clear need, shown by the group's own knowledge of the people it serves.
    .score-4 = A clear and pressing need, with examples of people who are missing out now.
    .score-5 = An urgent need among people other services do not reach, shown with real examples.
rounds-criterion-reach = Reach
    .description = How well the group reaches people in its community who are not reached by other services, and how many it will reach.
    .score-1 = Unclear who the group will reach.
    .score-2 = Reaches people who can already get similar support elsewhere.
    .score-3 = Reaches people in its community, some of whom miss out on other services.
    .score-4 = Trusted by people other services struggle to reach, with a clear way to reach them.
    .score-5 = Deep roots in a community that services rarely reach, and many people will benefit.

## An award.
# How an award is paid when the lead writes nothing else: saved with the award in the lead's
# language, and read by the group in its offer.
rounds-award-default-payment-plan = One payment, made once you have accepted the offer.
