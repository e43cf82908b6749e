## A community group's pages: its profile, members, invitations and equality answers.

## Kinds of group (the choice on the group form, and the group's page).
groups-kind-unregistered = Community group (not registered)
groups-kind-faith = Faith group
groups-kind-charity = Registered charity
groups-kind-cio = Charitable incorporated organisation (CIO)
groups-kind-cic = Community interest company (CIC)
groups-kind-community-benefit-society = Community benefit society
groups-kind-social-enterprise = Social enterprise
groups-kind-other = Other

## The group form (/groups/new and /groups/{id}/edit).
groups-new-title = Tell us about your group
groups-edit-title = Change your group's details
groups-form-intro = You only need to do this once. Every bid your group makes uses these details.
groups-first-title = Welcome. Now tell us about your group
groups-first-intro = Thank you for following the link in your email. When you save your group, your account is ready and your bid begins. You only do this once.
groups-name = Group name
groups-kind = What kind of group are you?
    .hint = Small and unregistered groups are welcome: you do not need to be a charity.
groups-registration = Registration numbers (only if your group is registered)
    .hint = Skip this if your group is not registered: most small groups are not.
groups-charity-number = Charity number (optional)
    .hint = England and Wales: 7 numbers. Scotland: starts SC. Northern Ireland: starts NIC.
groups-company-number = Company number (optional)
    .hint = 8 characters, from Companies House.
# Also the label of the group's area on its page.
groups-area = Where you work
    .hint = For example, Sparkbrook and Balsall Heath, or the whole of Riverside.
groups-postcode = Postcode (optional)
groups-website = Website or social media page (optional)
# Also the label of the contact's details on the group's page.
groups-contact = Main contact
    .hint = Who the programme team should talk to about your bids.
groups-contact-name = Name
groups-contact-email = Email address
groups-contact-phone = Phone number (optional)
groups-as-connector = I am a community connector setting this group up with them
    .hint = The group's main contact will be invited to join, and bids you help with will say so.
groups-save = Save group

## Problems with the group form. The `what-…` messages are the field's name inside a sentence
## ("Enter your group's name", "The area must be 150 characters or fewer").
what-group-name = your group's name
what-group-area = the area
what-group-contact-name = the contact's name
what-group-phone = the phone number
groups-error-kind = Choose what kind of group you are
groups-error-charity-number = Enter a charity number like 1234567, SC012345 or NIC100123, or leave it empty
groups-error-company-number = Enter a company number like 01234567 or SC123456, or leave it empty
groups-error-postcode = Enter a full UK postcode like B11 1AA, or leave it empty
groups-error-website = Enter a website address like www.ourgroup.org.uk
groups-error-phone = Enter a phone number using numbers, spaces and + only

## A group's page (/groups/{id}).
# Above the group's name.
groups-caption = Group
groups-summary-kind = Kind
groups-summary-charity-number = Charity number
groups-summary-company-number = Company number
groups-summary-website = Website
# A detail the group has not given.
groups-none = None
groups-change-details = Change your group's details
# $link is the link below.
groups-download-data = { $link } (a JSON file)
groups-download-data-link = Download everything we hold about your group
groups-bids = Bids
# $link is the link below.
groups-no-bids = No bids yet. { $link }.
groups-no-bids-link = See the rounds open for bids
# One of the group's bids: $bid is the bid's title (a link), $round the round's name.
groups-bid-for-round = { $bid } for { $round }
groups-members = Members
# After a member's name.
groups-member-connector = (community connector)
# After the reader's own name in the list of members.
groups-member-you = (you)
# A button; $name is the member's name.
groups-remove-member = Remove { $name }
# $emails is a list of email addresses.
groups-invited = Invited, not joined yet: { $emails }
groups-invite-email = Invite someone to the group
    .hint = We will email them a link to join. They can then work on the group's bids with you.
groups-send-invitation = Send invitation
groups-leave = Leave this group
groups-equality-heading = About who leads your group and whom it serves (optional)
groups-equality-why = Programmes want to know whether their money reaches the groups that have missed out before. These questions are voluntary, are never shown to the panel that scores your bids, and appear in reports only as totals — unless your group is funded and chooses, when it accepts, to publish them with its award.
# $link is the link "Change your answers".
groups-equality-answered = You have answered these questions. { $link }
groups-equality-change = Change your answers
# $link is the link "Answer the questions".
groups-equality-not-answered = { $link } (you can choose "prefer not to say")
groups-equality-answer = Answer the questions

## What happens after a change to a group (shown at the top of the next page).
# $name is the group's name.
groups-flash-added = { $name } has been added.
groups-flash-welcome = Welcome, { $name }. Your account is ready and { $group } has been added.
groups-flash-saved = Your group's details have been saved.
groups-flash-invited = We have emailed an invitation to { $email }.
groups-flash-member-removed = They are no longer a member of the group.
# $name is the group's name.
groups-flash-left = You have left { $name }.
groups-flash-equality-saved = Thank you. Your answers have been saved.
groups-flash-equality-removed = Your answers have been removed.
# $name is the group's name.
groups-flash-joined = You are now a member of { $name }.

## Changes to a group that are refused.
groups-error-last-member = A group always needs at least one member, so the last member cannot leave or be removed
groups-error-already-member = This person is already a member of the group
groups-error-not-member = They are not a member of this group
groups-error-invitation-invalid = This invitation link is not valid or has expired. Ask the group for a new one
groups-error-invitation-someone-else = This invitation was sent to a different email address

## The equality questions (/groups/{id}/equality).
groups-equality-title = Who leads your group and whom it serves
groups-equality-intro = These questions are optional. Your answers are kept apart from your bids and are never shown to the panel. Reports show them only as totals, and small numbers are hidden outside the programme team. If your group is funded, you can choose when accepting to publish the descriptions you tick (never your notes) with the award in the programme's open data.
groups-leadership = Who leads your group?
    .hint = Tick the descriptions that fit most of the people who lead or run your group.
groups-beneficiaries = Whom does your group mainly serve?
    .hint = Tick the descriptions that fit the people your group is mainly for.
groups-equality-your-answer = Your answer
groups-equality-option-answered = I will describe it
groups-equality-option-general = No particular group: everyone in our area
groups-equality-option-prefer-not-to-say = Prefer not to say
groups-equality-note = In your own words (optional)
    .hint = For example, lived experience of mental ill health, or a particular neighbourhood.
groups-equality-save = Save answers
groups-equality-clear = Remove all my answers
what-group-equality-note = the description
groups-error-equality-answer = Choose an answer, or "Prefer not to say"
groups-error-equality-nothing-ticked = Tick at least one description, describe it in your own words, or choose another answer

## An invitation to join a group (/invitations/{token}).
# $group is the group's name.
groups-invitation-title = Join { $group }
groups-invitation-intro = You have been invited to join this group, so you can see and work on its bids.
groups-invitation-join = Join the group
# $sign_in and $register are the two links below.
groups-invitation-sign-in-first = First, { $sign_in } or { $register }.
groups-invitation-sign-in = sign in
groups-invitation-register = create an account
groups-invitation-dead-title = This invitation cannot be used
groups-invitation-dead = The link is not valid, has been used already, or has expired. Ask the group to invite you again.
groups-invitation-someone-else-title = This invitation is for someone else
groups-invitation-someone-else = It was sent to a different email address from the one you are signed in with. Sign out and sign in with the address the invitation was sent to, or ask the group to invite this address.
groups-invitation-to-dashboard = Go to your groups and bids

## The 360Giving standard's descriptions of groups of people (the equality questions' boxes,
## and the equity report). Codes DEI…: a population group (…0000), the categories within it
## and their subcategories. Translate the meaning; the codes are what open data publishes.
groups-dei-010000 = Communities experiencing racial inequity
groups-dei-010100 = Black / African / Caribbean / Black British
groups-dei-010110 = African
groups-dei-010120 = Caribbean
groups-dei-010199 = Any other Black/ African/ Caribbean background
groups-dei-010200 = Mixed
groups-dei-010210 = White and Black
groups-dei-010220 = White and Asian
groups-dei-010299 = Any other Mixed / Multiple ethnic background
groups-dei-010300 = Asian / Asian British
groups-dei-010310 = Indian
groups-dei-010320 = Pakistani
groups-dei-010330 = Bangladeshi
groups-dei-010340 = Chinese
groups-dei-010399 = Any other Asian background
groups-dei-019900 = Other Group experiencing ethnic or racial inequity
groups-dei-019910 = Arab
groups-dei-019920 = Jewish
groups-dei-019930 = Gypsy, Roma and Traveller Communities
groups-dei-019999 = Any other Ethnic group
groups-dei-020000 = Disabled people
groups-dei-020100 = Physical Impairment
groups-dei-020110 = Mobility
groups-dei-020120 = Visual impairment/ partial sight/sight loss
groups-dei-020130 = Hard of hearing/ deaf/ hearing loss
groups-dei-020140 = Speech impairment
groups-dei-020200 = Mental Health
groups-dei-020300 = Cognitive differences
groups-dei-020310 = Learning disability
groups-dei-020320 = Learning difficulty
groups-dei-020330 = Neurodivergent
groups-dei-020400 = Health
groups-dei-029900 = Other
groups-dei-030000 = Faith
groups-dei-030100 = Catholic
groups-dei-030200 = Protestant
groups-dei-030300 = Other Christian denominations
groups-dei-030400 = Buddhist
groups-dei-030500 = Hindu
groups-dei-030600 = Jewish
groups-dei-030700 = Muslim
groups-dei-030800 = Sikh
groups-dei-030900 = Atheist
groups-dei-031000 = Agnostic
groups-dei-039900 = Other
groups-dei-040000 = LGBT+ People
groups-dei-040100 = Bisexual people
groups-dei-040110 = Bisexual men
groups-dei-040120 = Bisexual women
groups-dei-040200 = Gay men
groups-dei-040300 = Lesbian/gay women
groups-dei-040400 = Transgender people
groups-dei-040410 = Trans men
groups-dei-040420 = Trans women
groups-dei-040500 = Non-binary people
groups-dei-049900 = Other
groups-dei-050000 = Migrants
groups-dei-050100 = Asylum seekers
groups-dei-050200 = Refugees
groups-dei-050300 = Undocumented People
groups-dei-059900 = Other Migrants
groups-dei-060000 = Older People
groups-dei-070000 = Children and Young People
groups-dei-070100 = Young adults
groups-dei-070200 = Young people
groups-dei-070300 = Children
groups-dei-070400 = Infants
groups-dei-080000 = People who are educationally or economically disadvantaged
groups-dei-090000 = Women and girls
groups-dei-700000 = Welsh Language Speaking
groups-dei-800010 = The Protestant community
groups-dei-800020 = The Catholic community
groups-dei-800030 = Neither
