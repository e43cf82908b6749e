## The programme lead's part of an award (on /manage/bids/{id}): payments, completing the
## grant, cancelling the award.

grants-lead-award = The award
grants-lead-waiting = Waiting for the group to accept the offer.
grants-lead-phone-heading = The group accepted on the phone
grants-lead-phone-intro = If the group has no one who can accept on the portal, and has just said yes to you on the phone, record it here with their answers. We keep who you spoke to and when, as the group's word.
grants-lead-phone-button = Record the acceptance
grants-lead-accepted-by-phone = The offer is accepted, on the group's word by phone. We have recorded who said yes and when.
# In the award's details until the group answers: the date the group was asked to answer by.
grants-lead-accept-by = Asked to accept by
grants-lead-record-payment = Record a payment
# $left is the amount still to pay.
grants-lead-left-to-pay = { $left } is left to pay.
grants-lead-amount-paid = Amount paid
grants-lead-date-paid = Date paid
grants-lead-payment-reference = Payment reference (optional)
# The button.
grants-lead-record-payment-button = Record payment
grants-lead-complete-heading = Complete the grant
# $left is the amount not paid (in bold).
grants-lead-report-in = The report is in. Completing the grant gives the { $left } not paid back to the pot as underspend.
# The button.
grants-lead-complete = Complete the grant
grants-lead-report-not-in = You can complete the grant once the group's end-of-grant report is in.
# Opens the form to cancel.
grants-lead-cancel-heading = Cancel the award
grants-lead-cancel-reason = Why
    .hint = Sent to the group. What has not been paid goes back to the pot.
# The button.
grants-lead-cancel = Cancel the award

## Problems with a payment, completing or cancelling.
grants-error-amount-zero = Enter an amount more than £0
grants-error-amount-empty = Enter the amount paid
grants-error-paid-on-future = The payment date cannot be in the future
grants-error-paid-on-empty = Enter the date it was paid
grants-error-paid-on-not-a-date = Enter a real date, like 2027-03-31
what-grant-payment-reference = the payment reference
grants-error-cancel-reason = Give the reason for cancelling; it is sent to the group
grants-error-payment-not-accepted = The group has not accepted the offer yet; payments follow acceptance
# $state is the award's state as a sentence says it ("cancelled").
grants-error-payment-state = This award is { $state }: no payments can be made on it
# $left and $award are amounts.
grants-error-payment-too-much = Only { $left } is left to pay on this award of { $award }
grants-error-no-report-yet = The group's end-of-grant report has not arrived yet

## A running grant's instalments, set by the lead.
grants-lead-instalments-heading = Change when the grant is paid
grants-lead-instalments-hint = Split the award into up to 4 instalments, each with an amount and the date it is due. Together they must add up to the award of { $award }. Leave a row empty to drop it.
grants-lead-instalment = Instalment { $n }
grants-lead-instalment-amount = Amount
grants-lead-instalment-due = Due on
grants-lead-instalments-save = Save the instalments
decisions-instalments-saved = Instalments saved. The group sees when each is due.
grants-error-instalment-zero = An instalment must be more than £0
grants-error-instalment-amount-empty = Enter the amount of this instalment, or empty the row
grants-error-instalment-due = Enter the date this instalment is due, like 2027-03-01
grants-error-instalments-none = Enter at least one instalment
grants-error-instalments-total = The instalments add up to { $total }; they must add up to the award of { $award }
grants-error-instalments-not-running = Instalments can be changed only while the grant is running
