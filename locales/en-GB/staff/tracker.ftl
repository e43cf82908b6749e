## The lead's pages for the programme's tracker.
manage-programme-tracker-link = Tracker: the decisions people can influence, and their views
tracker-manage-title = The programme's tracker
tracker-manage-intro = List the decisions and pieces of work people can influence: what each is for, what can still change and what cannot, and when it will be decided. Open an item for views when you want to hear from people; only the programme's leads read the views, and you answer each person. When you decide, say what changed because of what you heard. Rounds appear on the tracker by themselves, with their dates.
tracker-add-item = Add an item
tracker-see-public = See the tracker as the public does
tracker-see-public-item = See this item as the public does
tracker-manage-none = Nothing is on the tracker yet.
tracker-manage-caption = The tracker's items, with their views
tracker-item = Item
tracker-status = Status
tracker-views = Views
tracker-unanswered = Not yet answered
tracker-field-title = Title
    .hint = A decision or piece of work, such as "Set the criteria for the spring round".
tracker-field-aim = What it is for
    .hint = In a sentence or two, in plain words.
tracker-field-can = What people can influence
    .hint = Be specific: which choices are still open.
tracker-field-cannot = What is already fixed (optional)
    .hint = For example the total budget, or rules set by NHS England.
tracker-field-status = Only items open for views take views. To mark an item decided, publish the decision below.
tracker-field-starts-on = Starts (optional)
tracker-field-decide-by = To be decided by (optional)
tracker-field-how = How to take part (optional)
    .hint = For example a meeting, a phone number, or "give your view on this page".
tracker-save-item = Save
tracker-item-added = The item is on the tracker.
tracker-item-saved = The item has been saved.
# $round is the round's name.
tracker-new-for-criteria = This item asks for views on the draft criteria of { $round }. Its page shows the criteria as they are, so people see what they are commenting on.
tracker-criteria-item-title = The criteria for { $round }
tracker-criteria-item-aim = Scores that reward what matters to the communities the round is for.
tracker-criteria-item-can = What each criterion is called, what each score means, and how much each criterion counts.
tracker-criteria-item-cannot = The panel scores need and reach; the round's budget and dates are set.
tracker-ask-views-on-criteria = Ask people's views on these criteria before the round opens
# $item is the item's title.
tracker-criteria-item-link = On the tracker: { $item }
# $count is how many views.
tracker-views-heading = { $count ->
        [one] 1 view
       *[other] { $count } views
    }
tracker-views-private = Only the programme's leads see these views and who gave them. Answer each person: they are emailed a link to read your answer, which only they see.
tracker-no-safeguarding-contact = No safeguarding contact is named, so a view that raises a worry cannot be passed on from here.
tracker-name-safeguarding-contact = Name a safeguarding contact
tracker-lived-experience = Lived experience panel member
# $when is a date and time.
tracker-passed-to-safeguarding = Passed to the safeguarding contact on { $when }
tracker-pass-to-safeguarding = This raises a worry about someone's safety: pass it to the safeguarding contact
tracker-pay-for-views = Record a payment for this person's time
# What a payment for giving views was for; $item is the item's title.
tracker-paid-for-views = Views on "{ $item }"
tracker-your-answer = Your answer
tracker-answer = Answer this person
    .hint = Only this person reads your answer.
tracker-send-answer = Send answer
tracker-change-answer = Change answer
tracker-answer-sent = Your answer has been saved, and the person has been emailed a link to read it.
what-tracker-answer = your answer
tracker-decide-heading = Publish the decision
tracker-decide-intro = This makes the decision public on the tracker, with what changed because of people's views and a summary of what you heard. It cannot be taken back: a change of mind later is a new item.
tracker-field-decision = What was decided
tracker-field-we-did = What changed because of people's views
    .hint = "You said … so we …". If nothing changed, say why.
tracker-field-summary = A summary of what you heard
    .hint = Needed when anyone gave a view. Never quote anyone in a way that could identify them.
tracker-field-decided-on = Decided on (optional)
    .hint = Left empty: today.
tracker-publish-decision = Publish the decision
tracker-decision-published = The decision is on the tracker.
tracker-change-heading = Change the item
tracker-safeguarding-title = Pass this view to the safeguarding contact?
# $contact and $email name the programme's safeguarding contact.
tracker-safeguarding-will = This emails the view below, with the name and email address of the person who gave it, to { $contact } ({ $email }).
tracker-safeguarding-cannot-undo = An email cannot be taken back. It is recorded that you passed it on, and when.
tracker-safeguarding-confirm = Pass it on
tracker-safeguarding-back = Back to the views
tracker-passed = The view has been passed to the safeguarding contact.
tracker-already-passed = The view had already been passed to the safeguarding contact.
what-tracker-title = the title
what-tracker-aim = what it is for
what-tracker-can = what people can influence
what-tracker-cannot = what is already fixed
what-tracker-how = how to take part
what-tracker-decision = what was decided
what-tracker-we-did = what changed because of people's views
what-tracker-summary = a summary of what you heard
tracker-error-status = Choose planned, open for views or in progress
tracker-error-starts-on = Enter the start as a date, like 31/01/2027
tracker-error-decide-by = Enter the date it will be decided by, like 31/01/2027
tracker-error-decide-before-start = The date it will be decided by must be on or after the start
tracker-error-decided-on = Enter the date it was decided, like 31/01/2027
tracker-error-decided-future = The date it was decided cannot be in the future
tracker-error-already-decided = This item is already decided. To change what was decided, add a new item.
tracker-error-round-not-draft = That round's criteria can no longer change, so they cannot be opened for views.
tracker-error-no-safeguarding = Name the programme's safeguarding contact first, on the page of who runs the programme.

## The email to the safeguarding contact.
emails-safeguarding-subject = A safeguarding concern from { $programme }'s tracker
emails-safeguarding-body =
    { $lead } has passed you a view given on { $programme }'s tracker, because it raised a worry about someone's safety.

    It was given by { $person } ({ $email }) on { $when } (UK time), about "{ $item }". Their words:

    { $view }

    Please follow your safeguarding procedure. This email is the only copy sent: the portal does not keep its words in its email records.
