## The front door (/dashboard) for a programme's lead and for a panel member: what is waiting.

dashboard-staff-title = What is waiting for you
dashboard-lead-to-screen =
    { $count ->
        [one] 1 bid to screen
       *[other] { $count } bids to screen
    }
dashboard-lead-short-of-reviews =
    { $count ->
        [one] 1 bid with the panel still short of reviews
       *[other] { $count } bids with the panel still short of reviews
    }
dashboard-lead-to-decide =
    { $count ->
        [one] 1 bid to decide (the panel's scoring has closed)
       *[other] { $count } bids to decide (the panel's scoring has closed)
    }
dashboard-lead-offers-waiting =
    { $count ->
        [one] 1 offer not yet accepted
       *[other] { $count } offers not yet accepted
    }
dashboard-lead-views-to-answer =
    { $count ->
        [one] 1 view on the tracker to answer
       *[other] { $count } views on the tracker to answer
    }
dashboard-lead-reports-late =
    { $count ->
        [one] 1 end-of-grant report late
       *[other] { $count } end-of-grant reports late
    }
dashboard-lead-reports-due =
    { $count ->
        [one] 1 end-of-grant report due within 30 days
       *[other] { $count } end-of-grant reports due within 30 days
    }
dashboard-lead-nothing-waiting = Nothing is waiting for you here.
# $round is the round's name, as a link.
dashboard-lead-next-closing = Closing next: { $round }, on { $closes }.
dashboard-lead-open-programme = Open the programme
dashboard-lead-never-applied =
    { $count ->
        [one] 1 group on the portal has never applied: see who, and invite them
       *[other] { $count } groups on the portal have never applied: see who, and invite them
    }
dashboard-panel-heading = Scoring bids
dashboard-panel-to-score =
    { $count ->
        [one] 1 bid to score
       *[other] { $count } bids to score
    }
dashboard-panel-nothing = You have no bids to score at the moment. Thank you.
dashboard-lead-instalments-due = { $count ->
    [one] 1 instalment due to pay
   *[other] { $count } instalments due to pay
}
