# The lead's end-of-grant measures (/manage/programmes/{id}/measures) and the measures report.

manage-programme-measures-link = End-of-grant measures: what the report asks
manage-programme-measures-report-link = Measures report: the answers added up
reports-measures-link = The measures report: what groups' end-of-grant reports add up to

# The two measures every new programme starts with, in the words of the lead who made it.
measures-default-people = People reached
measures-default-activities = Activities or sessions held

measures-kind-number = A number
measures-kind-yes-no = Yes or no
measures-kind-words = A few words
measures-national-none = Does not count toward a national measure
measures-national-nhs-cmh-access = NHS England: people accessing community mental health support
measures-national-two-contacts = People receiving two or more contacts
measures-national-new-to-support = People new to support
measures-national-other = Other national measure

measures-title = End-of-grant measures
measures-intro = The questions every group's end-of-grant report asks, besides its short story and whether the money was spent as planned. Choose them with the community, in their words. Reports already sent keep the questions they were asked, so changing or retiring a measure never changes an old report.
measures-report-link = See the answers added up in the measures report
# $count is how many measures are asked now; $most the most there may be.
measures-asked-heading = Asked now ({ $count } of { $most })
measures-none = The report asks no measures now: groups send only their story and whether the money was spent as planned.
measures-caption = The measures the end-of-grant report asks, in order
measures-place = Place
measures-wording = The question, in the community's words
    .hint = For example, How many people told you they feel less alone?
measures-kind = Kind of answer
measures-national = Counts toward
    .hint = Only a number can count toward a national measure.
measures-national-other-name = Name of the other national measure
    .hint = Only if you chose "Other national measure".
measures-actions = Change, move or retire
# $wording is the measure's question.
measures-change = Change “{ $wording }”
measures-move-up = Move “{ $wording }” up
measures-move-down = Move “{ $wording }” down
measures-retire = Retire “{ $wording }”
measures-add-heading = Add a measure
# $most is the most measures a report may ask.
measures-full = The report asks { $most } measures, the most it may. Retire one to add another.
measures-add = Add the measure
measures-added = The measure has been added. Reports sent from now on ask it.
measures-changed = The measure has been changed. Reports already sent keep the question they were asked.
measures-retired = “{ $wording }” is no longer asked. Reports that answered it still show and add up its answers.
measures-moved = The order has been changed.
measures-retired-heading = Retired measures
measures-retired-intro = No longer asked; old reports keep their answers to these.
measures-back = Back to the programme
measures-change-title = Change “{ $wording }”
measures-change-intro = Reports already sent keep the question as they were asked it; only reports sent from now on ask the changed one.
measures-save = Save the measure
measures-back-to-list = Back to the measures

what-measure-wording = the question
what-measure-national-other = the name of the national measure
measures-error-kind = Choose the kind of answer: a number, yes or no, or a few words
measures-error-national = Choose a national measure from the list
measures-error-national-number = Only a number can count toward a national measure: choose "A number", or "Does not count toward a national measure"
measures-error-too-many = The report already asks 6 measures, the most it may. Retire one before adding another.
measures-error-direction = Move a measure up or down.

# $programme is the programme's name.
measures-report-title = Measures report: { $programme }
measures-report-heading = Measures report
measures-report-intro = What groups' end-of-grant reports add up to: numbers added together, and yes answers counted. Each report counts under the question as it was asked, so a measure reworded later shows as its old and new wording. A report counts in the financial year it was sent.
measures-report-csv = Download the figures as a spreadsheet (CSV)
measures-report-change-link = Change the measures
measures-report-none = No end-of-grant reports with answers yet.
measures-report-national-heading = For national returns
measures-report-national-intro = The measures that count toward a national measure, by the financial year the reports were sent, ready to copy into a return.
measures-report-no-national = None of the measures answered so far counts toward a national measure.
measures-report-by-year = By financial year
measures-report-by-pot = By pot
measures-report-by-round = By round
# $group is the financial year ("2026/27"), the pot's or the round's name.
measures-report-year-caption = Financial year { $group }
measures-report-pot-caption = Pot: { $group }
measures-report-round-caption = Round: { $group }
measures-report-measure = Measure, as asked
measures-report-reports = Reports
measures-report-total = Total
# $yes is how many answered yes, of $answered reports that answered.
measures-report-yes-of = { $yes } yes of { $answered }
measures-report-words-heading = In a few words
measures-report-words-none = No few-words answers yet.
measures-report-words-caption = Few-words answers, by grant
measures-report-grant = Grant
measures-report-round = Round
measures-report-answer = Answer

## The measures spreadsheet's columns and groupings.
reports-csv-measures-grouping = Grouped by
reports-csv-measures-group = Round, pot or financial year
reports-csv-measures-question = Measure as asked
reports-csv-measures-kind = Kind of answer
reports-csv-measures-national = National measure
reports-csv-measures-reports = Reports answering
reports-csv-measures-total = Total
reports-csv-measures-yes = Yes answers
reports-csv-measures-no = No answers
reports-csv-measures-by-round = Round
reports-csv-measures-by-pot = Pot
reports-csv-measures-by-year = Financial year
