## A programme's tracker (/programmes/{slug}/tracker): what the programme is deciding, what people
## can still influence, and what changed because of their views.
tracker-title = What we are deciding, and how you can have your say
# In the browser tab; $programme is the programme's name.
tracker-page-title = What { $programme } is deciding
# For search engines and link previews.
tracker-description = What { $team } is working on for { $programme }, which decisions you can still influence, and what changed because of people's views.
# $team is who runs the programme.
tracker-intro = { $team } shares here what we are working on, what you can still change, and what we decided. When something is open for your views, tell us what you think: we read every view and answer each person.
tracker-manage-link = Keep this tracker up to date
tracker-no-items = Nothing is listed yet. Rounds and their dates are below.
tracker-heading-open = Open for your views
tracker-heading-in-progress = In progress
tracker-heading-planned = Planned
tracker-heading-decided = Decided: you said, we did
tracker-status-open = Open for views
tracker-status-in-progress = In progress
tracker-status-planned = Planned
tracker-status-decided = Decided
tracker-aim = What it is for
tracker-can-influence = What you can influence
tracker-cannot-influence = What is already fixed
tracker-starts-on = Starts
tracker-decide-by = To be decided by
tracker-how-to-take-part = How to take part
tracker-decision = What we decided
tracker-you-said-we-did = What changed because of your views
tracker-what-we-heard = What we heard
tracker-decided-on = Decided on
# A link on an item open for views; $item is its title.
tracker-give-view-link = Give your view on { $item }
tracker-rounds-heading = Rounds and their dates
tracker-no-rounds = No rounds yet.

## One item's page.
tracker-back = Back to the tracker
tracker-manage-item-link = Answer views and update this item
tracker-what-it-was = What it was about
# $round is the round's name.
tracker-draft-criteria = The draft criteria for { $round }
tracker-draft-criteria-intro = These are the scores the panel will give each bid, and what each score means. They can still change: tell us what you think.
tracker-your-views = Your views
# $when is a date and time.
tracker-you-wrote-on = You wrote on { $when }:
tracker-no-answer-yet = We have not answered yet. We will email you when we do.
tracker-our-answer = Our answer
tracker-give-view = Give your view
tracker-your-view = Your view
    .hint = Only the programme's team reads it, and they will answer you here. You do not need to give your name or anyone else's private details.
tracker-send-view = Send your view
tracker-sign-in-to-give = Sign in to give your view
tracker-or = or
tracker-register-to-give = create an account
tracker-not-open = This is not open for views at the moment. The tracker says when it will be.
tracker-view-sent = Thank you. Your view has been sent to the programme's team. They will answer you here, and we will email you when they do.
what-your-view = your view
tracker-error-not-open = This is no longer open for views. Your view was not sent.
# $max is how many views an hour; $time is when the person can send another (UK time).
tracker-error-too-many-views = You have sent { $max } views in the last hour. You can send another after { $time }. Your words are kept below.

## The history of a round's criteria, on the round's page.
# $count is how many changes.
tracker-criteria-history = { $count ->
        [one] How the criteria changed (1 change)
       *[other] How the criteria changed ({ $count } changes)
    }
tracker-criteria-someone = The programme's team
# $when, $who, $title: when, who, and the criterion's name.
tracker-criteria-added = { $when }: { $who } added "{ $title }"
tracker-criteria-removed = { $when }: { $who } removed "{ $title }"
# $parts lists what changed.
tracker-criteria-changed = { $when }: { $who } changed "{ $title }": { $parts }
# $score is a number from 1 to 5.
tracker-criteria-part-score = what score { $score } means
# $from and $to are the weights before and after.
tracker-criteria-part-weight = its weight, from { $from } to { $to }
# $new is the new name.
tracker-criteria-part-title = its name, to "{ $new }"
tracker-criteria-part-description = its description
tracker-criteria-part-unknown = its wording
