## The group's own word where a community connector helps it: only the group can send its bid
## or accept an offer. The connector asks the group's contact by an emailed link, or records
## that the contact said yes on the phone. $contact is the contact's name.

word-send-heading = The group sends the bid
word-send-intro = Only the group can send its bid. Ask { $contact } to read it and say yes.
word-send-email-button = Email the link to send it
word-send-phone-button = Send the bid: they said yes on the phone
word-accept-heading = The group accepts the offer
word-accept-intro = Only the group can accept the offer. Ask { $contact } to read it and say yes.
word-accept-email-button = Email the link to accept it
word-accept-phone-button = Accept the offer: they said yes on the phone
word-waiting = A link was emailed to { $email } on { $date }. Nothing more happens until they use it. You can send it again, or record a phone call instead.
word-by-email-heading = By email
word-by-email = We email { $email } a link to the bid. They read it and press the button themselves.
word-by-phone-heading = On the phone
word-by-phone = If you have just spoken to them on the phone and they said yes, record it here. We keep who you spoke to and when.
word-spoke-with = Who said yes?
    .hint = The name of the person you spoke to
what-word-spoke-with = the name of the person who said yes

word-flash-asked = We have emailed { $email } a link. You will see the bid's status change when they use it.
word-flash-accepted-on-phone = The offer is accepted. We have recorded who said yes and when.

## The pages the group's contact opens from the email. $connector is the connector's name.
word-send-page-title = Read your bid and send it
word-send-done-title = Your bid is sent
word-send-page-intro = { $connector } got this bid ready with your group. Please read it. If it says what your group wants to say, send it.
word-send-page-button = Send our bid
word-send-done = Your bid is sent. Its reference is { $reference }. The programme team will be in touch.
word-if-wrong = If something needs changing, do not send it: tell { $connector }, or contact the programme team below.
word-accept-page-title = Your grant offer
word-accept-done-title = Offer accepted
word-accept-done = Thank you. Your group has accepted the offer. The programme team will be in touch about payment.
word-accept-questions = If you have a question about the offer, contact the programme team below before you accept.
word-gone = This link is no longer needed: the bid has moved on. If you are not sure what happened, contact the programme team below.
