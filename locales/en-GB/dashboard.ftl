## The signed-in person's home (/dashboard): their bids, open rounds and their groups.

dashboard-title = Your groups and bids
dashboard-your-bids = Your bids
dashboard-no-bids = You have no bids yet.
# Column headings of the list of bids.
dashboard-bid = Bid
dashboard-status = Status
dashboard-next = What to do next
dashboard-open-rounds = Rounds open now
# $round is the round's name (a link), $closes the date and time it closes.
dashboard-open-round = { $round } — closes { $closes }
dashboard-your-groups = Your groups
dashboard-no-groups = Tell us about your group once, and use it for every bid.
# After the name of a group the person helps.
dashboard-connector = (you help as a community connector)
# The button, for a community connector.
dashboard-add-helped-group = Set up a group you are helping
dashboard-add-group = Add a group

## What to do next with a bid, in a few words.
# $closes is the date and time the round closes.
dashboard-next-finish = Finish and send by { $closes }
dashboard-next-closed = The round has closed; this draft can no longer be sent
dashboard-next-answer = Answer the programme team's question and send it again
# $date is the day decisions are due.
dashboard-next-wait = Nothing to do: decisions by { $date }
dashboard-next-waitlisted = Nothing to do: we will tell you if money becomes available
dashboard-next-accept = Read your offer and accept it
dashboard-next-report = Send a short report when your project ends
