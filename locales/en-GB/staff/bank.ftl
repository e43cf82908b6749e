## The group's bank details on a lead's view of a bid.

bank-lead-heading = Bank details
bank-lead-none = The group has not given bank details yet. It is asked for them when it accepts the offer.
bank-lead-given = Given
bank-lead-given-by = By { $name } on { $date }
bank-lead-standing = Checked
bank-lead-confirmed-member = Yes, by { $name }, another member of the group
bank-lead-confirmed-call-back = Yes, by { $name } after calling { $called }
bank-lead-waiting = Not yet: waiting for another member of the group, or for your call back
bank-lead-disputed = No: a member of the group said these are not the group's details
bank-lead-held = Payments to this group are held until its bank details are checked.
bank-lead-call-back-heading = Confirm after calling the group back
bank-lead-call-back-how = Call the group on a phone number from your own records, not one given with these details or in an email. Ask them to read you the sort code and account number, and compare them with the full details.
bank-lead-called-name = Who you spoke to
bank-lead-called-number = The number you called
    .hint = From your own records, such as the group's registration or an earlier bid.
bank-lead-read-back = They read the details to me and they match
bank-lead-call-back-button = Confirm the bank details
bank-lead-flash-confirmed = Bank details confirmed. Payments to the group can go ahead.
bank-lead-reveal = Show the full bank details
bank-lead-reveal-hint = Each look at the full details is recorded with your name.
bank-revealed-title = Bank details of { $group }
bank-revealed-recorded = This look at the full details has been recorded with your name and the time.
bank-revealed-back = Back to the bid
bank-held-waiting = Payments are held: the group's bank details given on { $date } have not been checked yet
bank-held-disputed = Payments are held: a member of the group said its bank details are not the group's
what-bank-called-name = who you spoke to
what-bank-called-number = the number you called
bank-error-called-number-shape = Enter the phone number you called, with at least 6 digits
bank-error-read-back = Confirm that the group read the details to you and they match
dashboard-lead-bank-to-check = { $group }: bank details given on { $date } wait for a check; payments held
dashboard-lead-bank-disputed = { $group }: a member says the bank details are wrong; payments held
bank-lead-same-account = The same bank account is given by: { $groups }. Check before paying.

## Groups that look like another, shown while a bid is screened.
lookalike-heading = This group looks like another
lookalike-line = { $group }: { $why }
lookalike-hint = Nothing has been blocked. Two groups can share a treasurer, or a host organisation that holds their money; check with the group before you decide.
lookalike-same-bank-account = the same bank account
lookalike-same-charity-number = the same charity number
lookalike-same-email = the same contact email
lookalike-same-phone = the same phone number
lookalike-similar-name = a very similar name at the same postcode
bank-lead-host = Paid through a host organisation: { $host }. Confirmed by { $confirmed }. Contact named by the group: { $contact } ({ $email }). Call the host back on a number from its own records, not from an email.
