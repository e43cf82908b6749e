# Payment runs: the lead's list of payments due, a run and its files, and the admin's layout.

payment-runs-title = Payments to make
payment-runs-intro = Choose the payments due today and make a payment run. You get a file to give your finance team or upload to your bank. Nothing is recorded as paid until you mark the run paid.
payment-runs-ready-heading = Ready to pay
payment-runs-none-ready = No payments are due that can be paid now.
payment-runs-choose = Payments to include
payment-runs-choice = { $group } ({ $reference }): { $amount }
payment-runs-ready-total = { $count ->
    [one] 1 payment ready, { $total } in all.
   *[other] { $count } payments ready, { $total } in all.
}
payment-runs-make = Make a payment run
payment-runs-held-heading = Due but held
payment-runs-held-intro = These groups are due a payment, but it cannot go into a run until their bank details are confirmed.
payment-run-held-no-details = the group has not given bank details yet
payment-run-held-changed = the group's bank details changed after this run was made
payment-runs-made-heading = Payment runs
payment-runs-none-made = No payment runs yet.
payment-run-column-run = Run
payment-run-column-made = Made on
payment-run-column-payments = Payments
payment-run-column-total = Total
payment-run-column-standing = Status
payment-run-column-group = Group
payment-run-column-reference = Bid reference
payment-run-column-account = Account
payment-run-column-amount = Amount
payment-run-name = Payment run { $number }
payment-run-open = Not yet paid
payment-run-paid = Paid
payment-run-cancelled = Cancelled
payment-run-made-by = Made by
payment-run-made-by-on = { $name } on { $date }
payment-run-items = Payments in this run
payment-run-paid-sentence = Marked paid by { $name }: the money went on { $date }.
payment-run-files-heading = Files for the bank or finance team
payment-run-files-intro = The files hold the groups' full bank details. Each download is recorded. Keep the file somewhere safe and delete it once it is used.
payment-run-download-bacs = Download the Bacs file (CSV)
payment-run-download-finance = Download the finance system file (CSV)
payment-run-no-finance-layout = A site admin can set up a second file that matches your finance system's import.
payment-run-paid-heading = When the money has gone
payment-run-paid-intro = Mark the run paid once the bank has sent the payments. Every payment is then recorded against its grant, and each group gets an email.
payment-run-mark-paid = Mark as paid
payment-run-cancel-heading = Cancel this run
payment-run-cancel-intro = If the bank did not send these payments, cancel the run. The payments go back to the list of payments due.
payment-run-cancel = Cancel this run
payment-run-cancelled-flash = The payment run was cancelled. Its payments are back in the list of payments due.
payment-run-confirm-heading = Mark payment run { $number } as paid?
payment-run-confirm-records = { $count ->
    [one] This records 1 payment, { $total } in all, and emails the group:
   *[other] This records { $count } payments, { $total } in all, and emails each group:
}
payment-run-confirm-final = You cannot undo this. Only mark the run paid once the bank has sent the money.
payment-run-paid-on = Day the money was sent
payment-run-confirm-button = Yes, mark as paid
payment-run-confirm-back = No, go back
payment-run-marked-paid = { $count ->
    [one] The payment run is marked paid. 1 payment was recorded.
   *[other] The payment run is marked paid. { $count } payments were recorded.
}
payment-run-error-none-chosen = Choose at least one payment to include.
payment-run-error-no-longer-due = One of the payments chosen is no longer due: it was paid or put into another run. Check the list and try again.
payment-run-error-held = { $count ->
    [one] No run was made: 1 payment chosen is held because the bank details are not confirmed.
   *[other] No run was made: { $count } payments chosen are held because the bank details are not confirmed.
}
payment-run-error-changed = { $count ->
    [one] The file was not made: 1 group's bank details changed after this run was made. Cancel the run and make a new one.
   *[other] The file was not made: { $count } groups' bank details changed after this run was made. Cancel the run and make a new one.
}
payment-run-error-cancelled = This payment run was cancelled.
payment-run-error-not-open = This payment run is already marked paid or was cancelled. Nothing was recorded.
payment-run-error-item-refused = Nothing was recorded, because one payment could not be recorded:
payment-run-error-paid-before-made = The day the money was sent cannot be before the run was made

payment-layout-title = Payment file for the finance system
payment-layout-intro = Set the columns of the second payment file so that it matches your finance system's supplier payment import. Give each column a heading and choose what goes in it. Leave a row empty to skip it.
payment-layout-not-set = No layout is set yet, so leads can only download the Bacs file.
payment-layout-column = Column { $number }
payment-layout-heading = Heading
payment-layout-field = What goes in it
payment-layout-no-column = (no column)
payment-layout-save = Save the layout
payment-layout-saved = The payment file layout is saved.
payment-layout-error-heading = Enter a heading for this column
payment-layout-error-heading-long = Keep the heading to 60 characters or fewer
payment-layout-error-field = Choose what goes in this column
payment-layout-error-needs = The file needs a sort code, an account number and an amount column

payment-field-sort-code = Sort code (30-94-57)
payment-field-account-number = Account number
payment-field-roll-number = Building society roll number
payment-field-payee-name = Payee name, Bacs style (18 capitals)
payment-field-account-name = Name on the account, as given
payment-field-group-name = Group name
payment-field-reference = Payment reference (the bid reference)
payment-field-amount = Amount in pounds (1200.00)
payment-field-amount-pence = Amount in pence (120000)
payment-field-run-date = Date the run was made (2027-03-01)
payment-field-run-date-uk = Date the run was made (01/03/2027)
payment-field-run-number = Payment run number
payment-layout-link = Payment file for the finance system
manage-programme-payment-runs-link = Payments to make and payment runs
