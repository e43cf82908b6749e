## Site admins' pages for people: finding them, their roles in programmes, their accounts.

## An account's status.
admin-status-disabled = Disabled
admin-status-active = Active
admin-status-unconfirmed = Email not confirmed

## Finding people.
admin-people-title = People
admin-people-search = Find people by name or email
admin-people-search-button = Search
# How many people there are ($count).
admin-people-count = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
# How many people match the search ($count).
admin-people-found = { $count ->
    [one] { $count } person found
   *[other] { $count } people found
}
admin-people-name = Name
admin-people-email = Email
admin-people-status = Status
admin-people-joined = Joined
# After the name of someone who is a site admin.
admin-people-site-admin = (site admin)
admin-people-pages = Pages of people

## One person's page.
# Above the person's name.
admin-person-caption = Person
admin-person-email = Email address
admin-person-site-admin = Site admin
admin-person-directory-editor = Community directory editor
admin-yes = Yes
admin-no = No
admin-person-two-factor = Two-step sign-in
# $datetime is when they turned it on; $left how many recovery codes they have left.
admin-two-factor-on = On since { $datetime }, { $left ->
    [one] { $left } recovery code
   *[other] { $left } recovery codes
} left
admin-two-factor-off = Not set up
admin-two-factor-reset = Reset two-step sign-in
# For screen readers, after "Reset two-step sign-in" ; $name is the person's name.
admin-two-factor-reset-for = for { $name }

## One person's page: roles in programmes.
admin-roles-heading = Roles in programmes
admin-roles-none = No roles. They can apply for their groups.
admin-roles-caption = Roles
admin-roles-programme = Programme
admin-roles-role = Role
# For screen readers: the column of buttons.
admin-roles-action = Action
# $role is the role's name ("Panel member").
admin-role-lived-experience = { $role } (lived experience)
# A button; $role is the role's name in small letters ("panel member").
admin-role-remove = Remove { $role } role
admin-role-removed = Role removed.
admin-give-role-heading = Give a role
# $link is a link saying admin-no-programmes-link.
admin-no-programmes = There are no programmes yet. { $link } first.
admin-no-programmes-link = Create a programme
admin-choose-programme = Choose a programme
admin-lived-experience = Lived-experience panel member
    .hint = Only for panel members: they bring experience of the services this money funds.
admin-give-role-button = Give role
# $role is the role's name.
admin-role-given = Role given: { $role }.
admin-error-choose-role = Choose a role
admin-error-choose-programme = Choose a programme

## One person's page: their account.
admin-account-heading = Account
admin-account-enable = Enable account
admin-account-disable = Disable account and sign them out
admin-site-admin-revoke = Remove site admin
admin-site-admin-grant = Make site admin
admin-account-own = This is your own account: you cannot disable it or remove your own site admin role here.
admin-account-disabled = Account disabled. They have been signed out everywhere.
admin-account-enabled = Account enabled. They can sign in again.
admin-site-admin-granted = They are now a site admin.
admin-site-admin-revoked = They are no longer a site admin.
admin-directory-editor-grant = Make a directory editor
admin-directory-editor-revoke = Stop being a directory editor
admin-directory-editor-granted = They can now check, change and hide the community directory's listings.
admin-directory-editor-revoked = They are no longer a directory editor.
what-admin-disable-reason = the reason

## One person's page: what has happened to their account.
admin-history-heading = History
admin-history-none = Nothing recorded yet.
# One event: $datetime is when, $action what happened (admin-history-action).
admin-history-event = { $datetime }: { $action }
# What happened, by the audit trail's code ($action). $words is the code as words, for codes
# not listed here.
admin-history-action = { $action ->
    [account_disabled] account disabled
    [account_enabled] account enabled
    [email_verified] email verified
    [password_changed] password changed
    [password_reset] password reset
    [password_reset_requested] password reset requested
    [recovery_codes_renewed] recovery codes renewed
    [registered] registered
    [registration_for_existing_account] registration for existing account
    [role_granted] role granted
    [role_revoked] role revoked
    [second_factor_reset] second factor reset
    [second_factor_turned_off] second factor turned off
    [second_factor_turned_on] second factor turned on
    [second_step_passed] second step passed
    [sign_in_link_sent] sign in link sent
    [signed_in] signed in
    [signed_in_by_email_link] signed in by email link
    [signed_out] signed out
    [signed_out_everywhere] signed out everywhere
    [site_admin_created] site admin created
    [site_admin_granted] site admin granted
    [site_admin_revoked] site admin revoked
   *[other] { $words }
}

## Resetting someone's two-step sign-in.
# $name is the person's name.
admin-reset-title = Reset two-step sign-in for { $name }?
admin-reset-when = Do this when { $name } has lost the phone with their authenticator app and their recovery codes. Check it is really them asking, for example by calling them on a number you already have.
admin-reset-what-happens = Their app and recovery codes will stop working, they will be signed out everywhere and emailed, and they will set up an app again the next time they sign in. This cannot be undone.
admin-reset-cancel = Cancel
admin-two-factor-was-reset = Two-step sign-in was reset. They have been signed out and emailed, and will set it up again when they next sign in.

## The installation's notices: the privacy notice's part about accounts, and the accessibility
## statement.
notices-link = The privacy notice and accessibility statement
notices-title = The portal's privacy notice and accessibility statement
notices-intro = These are the parts that belong to the whole portal. Each programme's leads write their own programme's part of the privacy notice.
notices-see-privacy = See the privacy notice
notices-see-accessibility = See the accessibility statement
notices-privacy-heading = Privacy notice
notices-operator-name = The organisation that runs this portal
    .hint = Named as the data controller for people's accounts, and at the foot of pages.
notices-operator-contact = How to reach it about privacy
    .hint = An email or postal address.
notices-dpo = How to reach the data protection officer (optional)
    .hint = Usually an email address.
notices-privacy-notes = Anything more for the privacy notice (optional)
    .hint = Shown at the end of the notice. You can use markdown: **bold**, lists with -, and [links](https://example.org).
notices-accessibility-heading = Accessibility statement
notices-status = How far the portal meets WCAG 2.2 at level AA
notices-status-full = Fully compliant
notices-status-partial = Partially compliant
notices-status-not = Not compliant
notices-gaps = What is not accessible, and why
    .hint = One line for each thing, starting with -. Required unless the portal is fully compliant.
notices-accessibility-contact = Where people ask for another format or report a problem
    .hint = An email address or phone number that a person reads or answers.
notices-prepared-on = When the statement was first prepared
notices-reviewed-on = When it was last reviewed
    .hint = Today's date is filled in: saving records today's review.
notices-save = Save
notices-saved = The privacy notice and accessibility statement have been saved.
notices-error-date = Enter a real date that is not in the future, like 2027-01-31
notices-error-status = Choose how far the portal meets the standard
notices-error-gaps = Say what is not accessible, or choose "Fully compliant"
notices-error-reviewed-before-prepared = The review date cannot be before the date the statement was prepared
what-operator-name = the organisation's name
what-operator-contact = how to reach it
what-dpo-contact = the data protection officer's contact
what-site-privacy-notes = anything more for the privacy notice
what-accessibility-gaps = what is not accessible
what-accessibility-contact = where people ask for help
