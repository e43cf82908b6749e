## Two-step sign-in: the code from an authenticator app after the password, setting up the
## app, recovery codes, and the account's two-step settings. "smallgrants" is the portal's
## name, as the app lists it.

## The second step of signing in.
two-factor-code = Enter the code from your authenticator app
    .hint = Open the app on your phone and type the 6 digits it shows for smallgrants. The code changes every 30 seconds.
two-factor-continue = Continue
two-factor-cannot-use-app = I cannot use my app
two-factor-use-recovery-code = Type one of the recovery codes you saved when you set up the app, in the same box. Each works once.
two-factor-lost-everything = If you have lost your phone and your recovery codes, ask a site admin for your programme to reset two-step sign-in for you.
two-factor-cancel-sign-out = Cancel and sign out
# $left is how many recovery codes they have left.
two-factor-recovery-code-used = You used a recovery code. You have { $left } left: make new ones from your account page if you are running low.

## A code that was not accepted.
two-factor-error-empty = Enter the 6-digit code from your authenticator app
two-factor-error-shape = Enter the 6 digits your app shows, or a recovery code such as abcde-fghjk
two-factor-error-wrong = That code is not right. Enter the code your app shows now: it changes every 30 seconds
two-factor-error-throttled = { $minutes ->
    [one] Too many wrong codes. Wait { $minutes } minute and try again
   *[other] Too many wrong codes. Wait { $minutes } minutes and try again
}
two-factor-error-no-match = That code does not match. Check you added the key shown on this page, and enter the code your app shows now
two-factor-error-set-up-expired = Your set-up page had expired. Add smallgrants to your app again with this new QR code, then enter its code

## Setting up an authenticator app.
two-factor-set-up-title = Set up two-step sign-in
two-factor-set-up-required = You lead a programme or look after this site, so you decide where public money goes. To protect that, you need a code from your phone as well as your password when you sign in. Until you set it up, you can use the portal but not those tools.
two-factor-set-up-why = With two-step sign-in, someone who finds out your password still cannot sign in without your phone.
two-factor-step-get-app = 1. Get an authenticator app
two-factor-step-get-app-body = Use any authenticator app on your phone. Many phones have one already, in their password settings; others are free from the app store.
two-factor-step-add = 2. Add smallgrants to the app
two-factor-step-add-body = In the app, choose to add an account, then scan this QR code with your phone's camera.
# For screen readers: what the QR code is.
two-factor-qr-code = QR code to add smallgrants to your authenticator app
# $link is a link saying two-factor-on-this-phone-link.
two-factor-on-this-phone = Reading this on the phone with the app? { $link }.
two-factor-on-this-phone-link = Add smallgrants to the authenticator app on this phone
two-factor-type-key = If you cannot scan it, choose to enter a key instead and type this one (spaces do not matter):
two-factor-step-enter-code = 3. Enter the code the app shows
two-factor-code-from-app = Code from the app
    .hint = 6 digits. It changes every 30 seconds.
two-factor-turn-on = Turn on two-step sign-in

## Recovery codes, shown once.
two-factor-is-on = Two-step sign-in is on
two-factor-new-codes = Your new recovery codes
two-factor-save-codes = Save your recovery codes
two-factor-save-codes-body = If you lose your phone, each of these codes lets you sign in once instead of a code from the app. Write them down or print this page, and keep them somewhere safe. We will not show them again.
two-factor-old-codes-gone = Your old recovery codes no longer work.
two-factor-codes-saved = I have saved my codes, continue

## The account's two-step settings.
two-factor-settings-title = Two-step sign-in
two-factor-status = Status
# $on is the word two-factor-on in a green tag; $datetime is when it was turned on.
two-factor-on-since = { $on } since { $datetime }
two-factor-on = On
two-factor-codes-left = Recovery codes left
# $left of $total recovery codes are unused.
two-factor-codes-left-count = { $left } of { $total }
two-factor-codes-heading = Recovery codes
two-factor-codes-renew-why = Make new codes if you have used some, or think someone else has seen them. The old ones stop working.
two-factor-codes-renew = Make new recovery codes
two-factor-turn-off = Turn off two-step sign-in
two-factor-stays-on = You lead a programme or look after this site, so two-step sign-in stays on. If you change phone, a site admin can reset it and you set it up again.
two-factor-code-to-turn-off = Code from your authenticator app
    .hint = To show it is you: the 6 digits the app shows now, or a recovery code.
two-factor-turned-off = Two-step sign-in is off. You sign in with your password or an emailed link.
two-factor-back-to-account = Back to your account
