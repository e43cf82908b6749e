## Words on every page, and how this language writes amounts and dates.

## Formats. Numbers: the separator between pounds and pence, the one between thousands, and
## from how many digits a number is grouped (1: "1,250"; 2: "1250" but "12 500").
format-decimal-separator = .
format-group-separator = ,
format-group-minimum-digits = 1
format-money = £{ $amount }
# $day is a number, $month the name below, $year the year.
format-date = { $day } { $month } { $year }
format-month-1 = January
format-month-2 = February
format-month-3 = March
format-month-4 = April
format-month-5 = May
format-month-6 = June
format-month-7 = July
format-month-8 = August
format-month-9 = September
format-month-10 = October
format-month-11 = November
format-month-12 = December
# $hour24 (0–23), $hour12 (1–12), $minute ("05") and $period ("am" or "pm").
format-time = { $hour12 }:{ $minute }{ $period }
format-time-midday = midday
format-time-midnight = midnight
format-date-time = { $date } at { $time }

## A field's problems. $what is the field's name inside a sentence ("your name"), $What the
## same with a capital ("Your name"); each `what-…` message below is one such name.
error-enter = Enter { $what }
error-control-character = { $What } has a hidden control character in it: delete it and type that part again
error-one-line = { $What } must be on one line, without tabs or hidden control characters
error-too-long = { $What } must be { $max } characters or fewer

## The page frame.
layout-skip-link = Skip to main content
layout-nav-label = Main
layout-signed-in-as = Signed in as
layout-sign-out = Sign out
layout-two-factor-prompt = Set up two-step sign-in to use your programme lead or site admin tools.
layout-two-factor-prompt-time = It takes two minutes with an authenticator app on your phone.
layout-two-factor-prompt-link = Set up two-step sign-in
layout-languages-label = Languages
layout-draft-translation = This is a draft translation.
layout-draft-translation-tell-us = Tell us what reads wrong.
layout-draft-translation-tell-us-at = Tell us what reads wrong:
layout-draft-translation-more = About our translations
layout-footer-heading = Support links
layout-footer-accessibility = Accessibility statement
layout-footer-privacy = Privacy
layout-footer-languages = Languages
layout-footer-awards = Awards made
layout-footer-directory = Community directory
layout-footer-about = smallgrants is free software for community grant programmes.

nav-funding-rounds = Funding rounds
nav-sign-in = Sign in
nav-register = Create an account
nav-dashboard = Your groups and bids
nav-dashboard-work = Your work
nav-panel = Panel
nav-directory-review = Directory
nav-programmes = Programmes
nav-people = People
nav-account = Your account

## Forms and lists.
error-summary-title = There is a problem
error-prefix = Error:
# The browser tab's title on a page whose form has problems.
error-title = Error: { $title }
pagination-previous = Previous page
pagination-next = Next page
pagination-page-of = Page { $page } of { $last_page }

## Amounts people type.
money-error-empty = Enter an amount
money-error-not-money = Enter an amount in pounds, like 2500 or £2,500.50
money-error-too-precise = Enter an amount with no more than 2 numbers after the decimal point
money-error-negative = Enter an amount that is not negative
money-error-too-large = Enter an amount of £1,000,000,000 or less
# Who runs the portal, in the footer of pages that belong to no one programme. $operator is the
# organisation's name.
layout-footer-run-by = This portal is run by { $operator }.
layout-footer-write-to = Questions? Email
# A page's description for search engines and link previews. $title is the page's title.
layout-description = { $title }: small grants for community groups, applied for with a video, a recording or a few words.
layout-description-operator = { $title }: small grants for community groups, run by { $operator }.
layout-description-programme = { $title }: { $programme }, small grants for community groups run by { $team }.

## Who runs a programme and how to reach a person there. $team is the team's name, $funder the
## organisation that funds the programme (often the same).
team-run-by = Run by { $team } for { $funder }
team-run-by-funder = Run by { $funder }
team-panel-heading = Questions? Talk to a person
team-email = Email:
team-phone = Phone:
team-privacy-link = How this programme uses your information
