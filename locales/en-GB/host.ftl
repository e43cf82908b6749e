# Host organisations: a charity or council for voluntary service that holds money for a group
# with no bank account of its own. Read by the group, and by the host's contact through the
# emailed link.

host-section-heading = No bank account of your own?
host-section-why = A registered charity or your local council for voluntary service (CVS) can hold the money for your group. We pay them, and they pass it on to you.
host-name-link = Name the organisation that holds money for your group
host-change-link = Name a different organisation
host-standing-waiting = We emailed { $contact } at { $host } to ask them to confirm that they hold money for your group. We are waiting for their answer.
host-standing-confirmed = { $host } holds money for your group. We pay your grant to them, and they pass it on to you.
host-standing-declined = { $host } told us they do not hold money for your group.
host-standing-ended = { $host } no longer holds money for your group.

host-form-title = The organisation that holds money for your group
host-form-why = If your group has no bank account, a registered charity or your local council for voluntary service (CVS) can hold the money for you. Ask them first. Then tell us who they are and who to email there.
host-name = Name of the organisation
    .hint = For example, Sparkbrook Community Association.
host-charity-number = Charity number
    .hint = From the charity register, for example 1123456 or SC012345.
host-contact-name = Name of the person we should email
    .hint = Someone there who deals with money, like the treasurer or the finance officer.
host-contact-email = Their email address
host-form-what-next = We will email them a link. They confirm that they hold money for your group and give their bank details. Then the programme team phones them to check the details.
host-form-send = Send the email
host-back = Back to your group's bank details
host-flash-asked = We emailed { $email } to ask them to confirm.
host-error-charity-number = Enter the charity number as it is on the charity register, like 1123456 or SC012345
host-error-too-often = You have named an organisation 3 times in the last hour. Please wait an hour, or contact the programme team
what-host-name = the name of the organisation
what-host-contact-name = the name of the person we should email

host-answer-title = Do you hold money for { $group }?
host-answer-why = { $group } told us that { $host } holds money for the group, because the group has no bank account of its own. If that is right, confirm it below and give the bank account where we should pay the group's grant. You will then pass the money on to the group.
host-answer-group = Group
host-your-name = Your name and your role
    .hint = For example, Sam Patel, finance officer.
what-host-your-name = your name and your role
host-holds-money = { $host } holds money for { $group } and will pass the grant on to them
host-error-holds-money = Confirm that you hold money for this group
host-bank-heading = { $host }'s bank details
host-bank-why = We pay the grant into this account. We will phone you to check these details before we pay anything.
host-confirm-button = Confirm and give the bank details
host-decline-heading = You do not hold money for { $group }?
host-decline-button = We do not hold money for this group
host-confirmed-title = Thank you
host-confirmed-body = We have your bank details. The programme team will phone you to check them before we pay anything. We have told { $group }.
host-declined-title = Thank you for telling us
host-declined-body = We will not pay anything to you for { $group }. We have told the group.
host-link-not-working = This link does not work
host-link-not-working-body = It may have been used already, or it is more than 14 days old. If you need to answer again, contact the programme team below or ask the group to send a new email.
host-error-link-used = This link has been used already
host-error-link-expired = This link is more than 14 days old

bank-check-host-details = Your host organisation gave these details. The programme team will phone them to check the details, so you do not need to.
bank-summary-waiting-host = The programme team will phone your host organisation to check them. We will pay the grant once they have.
bank-summary-given-by-host = Your host organisation gave these details: we pay the grant to them, and they pass it on to you.
bank-error-host-details = Your host organisation gave these details, so the programme team checks them by phone
