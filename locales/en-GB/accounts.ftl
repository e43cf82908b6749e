## Creating an account, signing in and out, recovering and changing a password, and the
## account page.
##
## A message with a { $link } in it is one sentence with a link inside: the link's words are
## the message's .link attribute. { $email } is shown in bold.

## Fields used on several pages.
accounts-email-label = Email address
accounts-password-label = Password
accounts-new-password-label = New password
accounts-sign-in-button = Sign in
accounts-go-to-dashboard = Go to your groups and bids
accounts-go-to-account = Go to your account

## Create an account page.
accounts-register-title = Create an account
accounts-register-intro = You need an account to apply for funding for your group, or to help a group apply.
accounts-register-name-label = Your full name
accounts-register-email-hint = We will email you a link to finish creating your account.
accounts-register-password-label = Create a password (optional)
accounts-register-password-hint = At least 10 characters; three or four random words make a strong one. Or leave it empty and sign in each time with a link we email you.
accounts-register-button = Create account
accounts-register-have-account = Already have an account? { $link }.
    .link = Sign in
# The name field's name inside a sentence ("Enter your name").
accounts-what-your-name = your name

## "Check your email" after asking for an emailed link (the same page whether or not the
## address has an account).
accounts-check-email-title = Check your email
accounts-check-email-registration = We have sent an email to { $email } with a link to finish creating your account. If you already have an account, the email has a link to sign in instead.
accounts-check-email-sign-in = If { $email } has an account, we have sent it a link to sign in. The link works for 15 minutes.
accounts-check-email-next = Open the link on this phone or computer to carry on where you were. If nothing arrives within a few minutes, check your spam folder, or { $link }.
    .link = ask for another link

## The page an emailed sign-in link opens: one button to finish signing in.
accounts-follow-link-title = Sign in
accounts-follow-link-signing-in-as = You are signing in as { $email }.
accounts-follow-link-button = Continue

## Sign in page.
accounts-login-title = Sign in
accounts-login-code-label = Code from your authenticator app (if you use one)
accounts-login-code-hint = The 6 digits the app shows now, or one of your recovery codes.
accounts-login-link-intro = No password, or forgotten it? We can email you a link that signs you in.
accounts-login-link-button = Email me a link to sign in
accounts-login-forgotten-link = I have forgotten my password
accounts-login-no-account = No account yet? { $link }.
    .link = Create an account

## Problems signing in. The same words whether the email address or the password was wrong, so
## nobody learns whether an account exists.
accounts-enter-email = Enter your email address
accounts-enter-password = Enter your password
accounts-wrong-details = Enter a correct email address and password
accounts-wrong-details-with-code = Enter a correct email address, password and code
# After too many wrong passwords; $minutes is how long to wait.
accounts-too-many-sign-ins = Too many attempts to sign in. Wait { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } and try again, or sign in with a link we email you. If you use an authenticator app, you can sign in now with your password and a code from it
# After too many emails to one address; $minutes is how long to wait.
accounts-too-many-emails = We have sent several emails to this address in the last hour. Wait { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } and try again, and check your spam folder

## Problems with an email address.
accounts-email-too-long = Email address must be { $max } characters or fewer
accounts-email-format = Enter an email address in the correct format, like name@example.com

## Problems with a new password.
accounts-enter-new-password = Enter a password
accounts-password-too-short = Password must be { $min } characters or more
accounts-password-too-long = Password must be { $max } characters or fewer
accounts-password-too-common = This password is too common. Try three or four random words together
accounts-password-is-email = Your password must not be your email address
accounts-password-is-name = Your password must not be your name

## Messages at the top of the next page.
# After following an emailed link that created the account.
accounts-welcome = Welcome, { $name }. Your account is ready and your email address is confirmed.
# After following an emailed link to sign in.
accounts-signed-in-as = You are signed in as { $email }.
accounts-signed-out = You have signed out.
accounts-password-changed = Your password has been changed. You have been signed out everywhere else.
accounts-new-link-sent = We have sent a new link to { $email }.
accounts-signed-out-everywhere = You have been signed out on every device and browser.

## Forgotten password page.
accounts-forgot-title = Reset your password
accounts-forgot-intro = Enter the email address you use for your account. We will send you a link to choose a new password.
accounts-forgot-button = Send me a link
accounts-reset-sent = If { $email } has an account, we have sent it a link to reset the password.
accounts-reset-sent-next = The link works for 1 hour. If nothing arrives within a few minutes, check your spam folder, or { $link }.
    .link = ask for another link

## Choose a new password page (from a reset link).
accounts-reset-title = Choose a new password
accounts-reset-password-hint = At least 10 characters.
accounts-reset-button = Save new password

## An emailed link that cannot be used.
accounts-link-used = This link has already been used
accounts-link-expired = This link has expired
accounts-link-invalid = This link is not valid
accounts-dead-link-title = This link cannot be used
accounts-dead-link-not-valid = This link is not valid. Check you copied the whole link from the email.
accounts-dead-sign-in-link-used = This link has already been used. Each link works once.
accounts-dead-sign-in-link-expired = This link has expired. Links to sign in work for 15 minutes, and links to finish creating an account for 24 hours.
accounts-dead-sign-in-link-new = Ask for a new link on the sign-in page
accounts-dead-reset-link-used = This link has already been used to reset the password. Each link works once.
accounts-dead-reset-link-expired = This link has expired. Links to reset a password work for 1 hour.
accounts-dead-reset-link-new = Ask for a new link
# A link to confirm an email address that was already used.
accounts-verify-link-used = Your email address is already confirmed.
accounts-verify-link-expired = Sign in and ask for a new link from your account page.
accounts-verify-link-invalid = Check you copied the whole link from the email.

## Email address confirmed page.
accounts-verified-title = Email address confirmed
accounts-verified = Thank you. You can now send bids for your groups.

## The reminder to confirm an email address.
accounts-verify-reminder-title = Confirm your email address.
accounts-verify-reminder = We sent you a link when you created your account. You can start bids now; you need to confirm your address before you send one.
accounts-verify-reminder-button = Send the link again

## Your account page.
accounts-account-title = Your account
accounts-account-name = Name
accounts-account-confirmed = Confirmed
accounts-account-not-confirmed = Not confirmed yet
accounts-account-created = Account created
accounts-account-change-password = Change your password
accounts-account-no-password = None: you sign in with emailed links.
accounts-account-choose-password = Choose a password
accounts-roles-heading = Your roles
accounts-role-site-admin = Site admin
# A role in one programme: $role is one of the role names below, $programme the programme's name.
accounts-role-in-programme = { $role }, { $programme }
# The same for a panel member who sits on the panel for their lived experience.
accounts-role-in-programme-lived-experience = { $role }, { $programme } (lived experience)
accounts-no-roles = You apply for your groups. Programme teams can give you other roles, such as panel member.
accounts-payments-for-time = What you have been paid for your time, and how you want to be paid
accounts-sessions-heading = Where you are signed in
# $count is how many devices or browsers the person is signed in on.
accounts-sessions = You are signed in on { $count ->
        [one] { $count } device or browser
       *[other] { $count } devices or browsers
    }. If you have lost a device or think someone else used your account, sign out everywhere and change your password.
accounts-sign-out-everywhere-button = Sign out everywhere
accounts-data-heading = Your data
accounts-data-intro = Download everything this portal holds about you, as a JSON file.
accounts-data-link = Download my data
# Reminders before a round closes, about a group's bid that is started but not sent.
accounts-reminders-heading = Reminders before a round closes
accounts-reminders-intro = When a group you belong to has started a bid but not sent it, we email you 7 days and 1 day before the round closes.
accounts-reminders-always = When a round closes, we always email your group what it typed in a bid that was not sent, so that nothing is lost. This happens even if reminders are off.
accounts-reminders-on = Reminders are on.
accounts-reminders-off = Reminders are off.
accounts-reminders-turn-off = Turn reminders off
accounts-reminders-turn-on = Turn reminders on
# At the top of the account page after the change.
accounts-reminders-turned-off = Reminders are off. We will not email you before a round closes.
accounts-reminders-turned-on = Reminders are on. We will email you 7 days and 1 day before a round closes if your group's bid is not sent.
# The form came back with neither choice.
accounts-reminders-choose = Choose whether reminders are on or off.

## Change or choose a password page.
accounts-change-password-title = Change your password
accounts-choose-password-title = Choose a password
accounts-choose-password-intro = You sign in with links we email you. A password lets you sign in without waiting for an email; you can still use links too.
accounts-current-password-label = Current password
accounts-change-password-hint = At least 10 characters. You will stay signed in here and be signed out everywhere else.
accounts-change-password-button = Change password
accounts-choose-password-button = Save password
accounts-enter-current-password = Enter your current password
accounts-current-password-wrong = Your current password is not right

## The roles a person can have in a programme.
accounts-role-lead = Programme lead
accounts-role-panel = Panel member
accounts-role-connector = Community connector

## Changes to accounts that cannot be made.
accounts-already-has-role = They already have this role in this programme
accounts-role-not-found = That role was not found
accounts-cannot-remove-own-admin = You cannot remove your own site admin role
accounts-cannot-disable-self = You cannot disable your own account
accounts-no-such-person = No such person
accounts-two-factor-already-on = Two-step sign-in is already on for your account
accounts-two-factor-not-on = Two-step sign-in is not on for your account
accounts-two-factor-must-keep = Leads and site admins must keep two-step sign-in on. A site admin can reset it if you lose your phone.
accounts-two-factor-cannot-reset-own = You cannot reset your own two-step sign-in. Use a recovery code, or ask another site admin.
accounts-two-factor-not-set-up = They have not set up two-step sign-in

## "New here?" on the sign-in page: begin with a name and an email address.
accounts-login-new-heading = New here?
accounts-login-new-intro = Tell us your name and email address. We will email you a link that creates your account and takes you on to your bid. You do not need a password.
accounts-login-new-email = Email
