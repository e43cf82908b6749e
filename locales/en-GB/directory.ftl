## The community directory: what groups run, for anyone to find (/directory), and the group's
## form for a listing. The editors' words are in staff/directory.ftl.

directory-title = Community directory
directory-intro = Find groups and activities near you that help people feel less alone and look after their wellbeing: peer support, walking groups, coffee mornings, carers' circles and more. Anyone can use this list.

## Search.
directory-search-label = Search
    .hint = For example: mental health, peer support, walking, Urdu
directory-category-label = Kind of activity
directory-any-category = Any kind
directory-day-label = Day
directory-any-day = Any day
directory-area-label = Postcode area
    .hint = The first part of a postcode, for example B19
directory-language-label = Language spoken
    .hint = For example: Urdu
directory-free-label = Free of charge only
directory-online-label = Online only
directory-search-button = Search
directory-results = { $count ->
    [one] 1 activity found
   *[other] { $count } activities found
}
directory-no-results = No activities match your search
directory-no-results-hint = Try fewer words, or take away a filter.
directory-pages = Pages of results
directory-ignored-category = We do not know the kind of activity "{ $value }", so we searched all kinds.
directory-ignored-area = "{ $value }" is not the first part of a postcode (like B19), so we searched every area.
directory-ignored-day = We do not know the day "{ $value }", so we searched every day.
directory-add-heading = Does your group run something?
directory-add-text = Add it to the directory, free. A directory editor checks it before it is shown.
directory-add-link = Go to your groups
directory-add-sign-in = Sign in or create an account to add it

## Days of the week.
directory-day-1 = Monday
directory-day-2 = Tuesday
directory-day-3 = Wednesday
directory-day-4 = Thursday
directory-day-5 = Friday
directory-day-6 = Saturday
directory-day-7 = Sunday

## One listing.
directory-back = Back to the directory
directory-when-weekly = Every { $day }, { $start } to { $end }
directory-when-weekly-from = Every { $day } from { $start }
directory-when-monthly = Once a month: { $note }
directory-online = Online
directory-by-phone = By phone
directory-free = Free
directory-funded-by = Funded by { $programmes }
directory-fact-when = When
directory-fact-where = Where
directory-fact-ages = Ages
directory-fact-communities = Who it is for
directory-fact-languages = Languages spoken
directory-fact-cost = Cost
directory-fact-join = How to join
directory-fact-access = Access
directory-fact-contact = Contact
directory-fact-categories = Kind of activity
directory-join-drop-in = Just turn up
directory-join-book = Book a place first
directory-join-referral = By referral (for example from a GP or social prescriber)
directory-status-pending = This listing is waiting for a directory editor to check it. Until then only your group and the editors can see it.
directory-status-hidden = A directory editor has taken this listing out of the directory. Only your group and the editors can see it. Write to the directory's editors if you think this is wrong.
directory-status-out-of-date = This listing has not been checked by its group for more than 6 months. Contact the group before you go.
directory-status-lapsed = This listing has not been checked by its group for more than a year, so it is not shown in the directory. Say it is still right, and it will be shown again.
directory-keep-current = Keep this listing right
directory-change = Change this listing
directory-confirm = It is still right
directory-added = Thank you. Your listing is saved. A directory editor will check it, usually within a week.
directory-changed = Your changes are saved.
directory-confirmed = Thank you for checking. The listing is marked as up to date.

## Access.
directory-access-step_free = Step-free access
directory-access-accessible_toilet = Accessible toilet
directory-access-hearing_loop = Hearing loop
directory-access-bsl = British Sign Language
directory-access-large_print = Large print
directory-access-quiet_space = A quiet space

## How often.
directory-schedule-weekly = Every week
directory-schedule-monthly = Once a month
directory-schedule-dates = On set dates

## The categories as first set up (a site admin may add more, shown as they wrote them).
directory-category-peer-support = Peer support
directory-category-social-isolation = Loneliness and social isolation
directory-category-faith-based-support = Faith-based support
directory-category-physical-activity = Physical activity
directory-category-arts-and-creativity = Arts and creativity
directory-category-food = Food
directory-category-carers = Carers
directory-category-young-people = Young people
directory-category-older-people = Older people
directory-category-bereavement = Bereavement
directory-category-money-and-housing-advice = Money and housing advice
directory-category-mental-health = Mental health and wellbeing
directory-category-language-and-culture = Language and culture
directory-category-nature-and-gardening = Nature and gardening

## A group's listings, on its page.
directory-group-heading = In the community directory
directory-group-intro = Tell people what your group runs, so they can find it. It is free.
directory-group-add = Add an activity to the directory
directory-tag-pending = Waiting to be checked
directory-tag-public = In the directory
directory-tag-hidden = Not shown

## The listing form.
directory-form-new-title = Add an activity to the directory
directory-form-intro = Tell people what happens, when and where, and how to join. A directory editor checks it before it is shown.
directory-form-what = What it is
directory-form-name = Name of the activity
    .hint = For example: Tuesday tea and talk
directory-form-description = What happens there
    .hint = A few sentences, in plain words, as you would tell a friend.
directory-form-categories = What kind of activity is it?
directory-form-categories-hint = Choose up to 4.
directory-form-when = When
directory-form-schedule = How often does it happen?
directory-form-weekday = Day
    .hint = For an activity every week.
directory-form-choose-day = Choose a day
directory-form-starts = Starts at
    .hint = For example: 10:30
directory-form-ends = Ends at (optional)
directory-form-schedule-note = When, in your own words
    .hint = For example: the first Saturday of the month, or 3, 10 and 17 March.
directory-form-where = Where
directory-form-venue = Name of the place
    .hint = For example: St Mark's church hall
directory-form-address = Address (optional)
directory-form-postcode = Postcode
directory-form-online = It happens online
directory-form-by-phone = It happens by phone
directory-form-who = Who it is for
directory-form-ages = Ages (optional)
    .hint = For example: 18 and over, or everyone
directory-form-communities = Who is it for? (optional)
    .hint = For example: women, carers, Polish speakers, everyone welcome
directory-form-languages = Languages spoken (optional)
    .hint = For example: English, Urdu, Punjabi
directory-form-joining = Joining
directory-form-cost = Does it cost anything?
directory-form-paid = There is a cost
directory-form-cost-note = What it costs
    .hint = Only if there is a cost. For example: £2 a session, with tea
directory-form-join = How do people join?
directory-form-access = Access (tick all that apply)
directory-form-contact = How people can reach you
directory-form-contact-intro = These details are shown to everyone. Give at least one way to reach you. Use an address or number your group is happy to share, not a personal one unless you want to.
directory-form-contact-name = Name to ask for (optional)
directory-form-contact-email = Email address
directory-form-contact-phone = Phone number
directory-form-website = Website (optional)
directory-form-save = Save
directory-error-category = Choose what kind of activity it is
directory-error-categories = Choose no more than { $max } kinds of activity
directory-error-schedule = Choose how often it happens
directory-error-weekday = Choose the day it happens
directory-error-start = Enter the time it starts, for example 10:30
directory-error-time = Enter a time like 10:30 or 18:00
directory-error-end = The end time must be after the start time
directory-error-when = Say when it happens, for example the first Saturday of the month
directory-error-postcode = Enter a real postcode, like B11 4AA, or leave it empty
directory-error-where = Say where it happens: the name of the place, a postcode, online or by phone
directory-error-cost = Say what it costs, or choose "Free"
directory-error-how-to-join = Choose how people join
directory-error-contact = Give at least one way to reach you: an email address, a phone number or a website
what-listing-name = the name of the activity
what-listing-description = what happens there
what-listing-when = when it happens
what-listing-venue = the name of the place
what-listing-address = the address
what-listing-ages = the ages
what-listing-communities = who it is for
what-listing-languages = the languages spoken
what-listing-cost = what it costs
what-listing-contact-name = the name to ask for
what-listing-phone = the phone number
directory-filters = Filter the results
directory-form-language = Language of this listing
    .hint = The language you write it in. You can write it in your community's language.
