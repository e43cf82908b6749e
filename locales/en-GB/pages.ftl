## Pages with fixed content: the accessibility statement and the privacy notices. Names of
## laws, articles and regulators (UK GDPR, Article 6(1)(e), ICO, EHRC) stay as they are.

## Accessibility statement.
pages-accessibility-title = Accessibility statement
# $site is the portal's address; $operator the organisation that runs it.
pages-accessibility-applies = This statement applies to the small grants portal at { $site }, run by { $operator }.
pages-accessibility-intro = We want as many people as possible to be able to use this portal, on a phone or a computer, with a keyboard, a screen reader or speech recognition, and with text enlarged to 400%.
pages-accessibility-ways-to-apply = You can apply for funding with a video, an audio recording or a few written words: how well a bid is written is never scored.
pages-accessibility-status-heading = How accessible this portal is
# One of the three, as a site admin sets it. WCAG is the name of the standard; keep its name and version.
pages-accessibility-status-full = This portal is fully compliant with the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA.
pages-accessibility-status-partial = This portal is partially compliant with the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA, because of the parts listed below.
pages-accessibility-status-not = This portal is not compliant with the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. The parts that are not accessible are listed below.
pages-accessibility-gaps-heading = What is not accessible
# What is known not to be accessible, shown until a site admin writes their own list.
pages-accessibility-gap-recordings = Videos and voice recordings that groups send with their bids have no captions or written version, unless the group adds one. The panel can ask the programme team for a written version.
pages-accessibility-gap-video-links = Video links open on other websites (such as YouTube or Google Drive), which we do not control and which may not be accessible.
pages-accessibility-gap-translations = The Polish and Urdu versions of the portal are drafts and have not yet been checked by a fluent reviewer.
pages-accessibility-other-format-heading = Asking for another format
pages-accessibility-other-format = If you need information on this portal in another format, such as large print, easy read, an audio recording or braille, or you would like to apply by phone, contact:
pages-accessibility-reply = We will reply within 5 working days.
pages-accessibility-problem-heading = Reporting a problem
pages-accessibility-problem = If something on this portal does not work for you, or you find a problem not listed on this page, tell us at:
pages-accessibility-enforcement-heading = If you are not happy with our reply
pages-accessibility-enforcement = The Equality and Human Rights Commission (EHRC) enforces the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we answer your complaint, contact the
pages-accessibility-eass = Equality Advisory and Support Service (EASS)
pages-accessibility-testing-heading = How we tested this portal
pages-accessibility-how = We aim to meet WCAG 2.2 at level AA. Every page works without JavaScript.
pages-accessibility-testing = Before each release, automated tests open every page on a phone-sized and a computer-sized screen, in every language the portal offers, and check each one with the axe accessibility checker. They also use the main journeys with a keyboard alone.
pages-accessibility-prepared-heading = When this statement was prepared
pages-accessibility-prepared = This statement was prepared on { $prepared }. It was last reviewed on { $reviewed }.

## Privacy notices: the installation's (accounts) and each programme's (bids and grants).
pages-privacy-title = Privacy notice
pages-privacy-intro = This notice explains what this portal keeps about you, why, who sees it, how long it is kept and what your rights are.
pages-privacy-who-heading = Who is responsible for your information
pages-privacy-who-installation = The organisation that runs this portal is responsible for your account. In data protection law it is the "data controller".
pages-privacy-who-programmes = Each grant programme is responsible for the bids and grants sent to it. Each one has its own notice:
pages-privacy-controller = Data controller
pages-privacy-operator-unnamed = The organisation that runs this portal
pages-privacy-contact = Contact
pages-privacy-dpo = Data protection officer
pages-privacy-dpo-ask = Write to the contact above and ask for the data protection officer.
pages-privacy-kept-heading = What we keep, why, and the law that allows it
pages-privacy-kept-caption-account = Your account
pages-privacy-kept-caption-bids = Your group, its bids and its grants
pages-privacy-col-why = Why
pages-privacy-col-basis = Lawful basis
pages-privacy-col-how-long = How long we keep it
pages-privacy-kept-account = Your name, email address, password (scrambled so nobody can read it) and the language you read in
pages-privacy-why-account = So you can sign in, and so we can email you about your bids
pages-privacy-kept-security = When you signed in, failed attempts to sign in to your account, and the app you use for two-step sign-in
pages-privacy-why-security = To keep your account and the grant money safe
pages-privacy-basis-public-task = Public task (UK GDPR Article 6(1)(e)): giving out public money for community health
pages-privacy-long-account = While your account is open. Ask us to close it at any time.
pages-privacy-emails = A copy of each email we send is kept with the records it is about. Links to sign in or to reset a password are removed from our copy as soon as the email has gone.
pages-privacy-kept-group = Your group's details: its name, kind, area, registration numbers and contacts
pages-privacy-why-group = To know who is applying and to reach you
pages-privacy-kept-bid = Your bids: what you write, video links and the files you add
pages-privacy-why-bid = To decide fairly who is funded, and to account for public money
pages-privacy-kept-recording = Video and voice recordings you upload
pages-privacy-long-recording = { $months } months after the last decision on the bid, then deleted automatically. The decision itself is kept.
pages-privacy-kept-scores = The panel's scores and notes on your bid
pages-privacy-why-scores = To make fair decisions and show how they were made
pages-privacy-kept-equality = Your answers to the optional questions about who leads your group and whom it serves
pages-privacy-why-equality = To check the money reaches every community, and to find who is missing
pages-privacy-basis-equality = Public task (UK GDPR Article 6(1)(e)), and for this special category information, substantial public interest in equality of opportunity (Article 9(2)(g) and the Data Protection Act 2018, Schedule 1, paragraph 8). Publishing with an award only with your group's explicit consent (Article 9(2)(a)).
pages-privacy-kept-grant = Grants, payments and end-of-grant reports
pages-privacy-why-grant = To pay grants and show what they achieved
pages-privacy-basis-grant = Public task (UK GDPR Article 6(1)(e)), and the law on keeping financial records (Article 6(1)(c))
pages-privacy-long-records-default = 6 years after the end of the financial year in which the grant ends, or in which the bid was decided
pages-privacy-equality-heading = The questions about who leads your group
pages-privacy-equality-questions = Questions about who leads your group and whom it serves are optional. The answers are kept apart from your bid and are never shown to the people who score it. They are published only if your group, accepting a grant, chooses to publish them with its award (the descriptions ticked, never the notes).
pages-privacy-equality-special = Answers about ethnicity, faith, disability, sexual orientation or health are "special category" information in data protection law, which has extra protection. We use them only as counts in the programme's reports, with small numbers hidden so nobody can be picked out.
pages-privacy-who-sees-heading = Who sees your information
pages-privacy-sees-team = The programme's team sees your group's details and bids, to check and decide them and to pay grants.
pages-privacy-sees-panel = Panel members, including people with lived experience, see the bids they are asked to score. They never see your equality answers.
pages-privacy-sees-connector = A community connector who helps your group apply sees your group's bids.
pages-privacy-sees-public = Everyone can see a grant once it is awarded and your group has agreed to be named: the group's name, the amount, what it is for and the area, on the awards page and in the open data file.
pages-privacy-rights-heading = Your rights
pages-privacy-rights = You have the right to:
pages-privacy-right-access = see the information we hold about you and get a copy
pages-privacy-right-correct = have anything wrong corrected
pages-privacy-right-erase = ask us to delete it (some records of public money must be kept for the time shown above; we will tell you which and why)
pages-privacy-right-restrict = ask us to limit how we use it
pages-privacy-right-object = object to how we use it
pages-privacy-download = You can download everything the portal holds about you from your account page at any time, and everything held about your group from the group's page. To use any other right, write to the contact above. We will reply within one month.
pages-privacy-complain-heading = Making a complaint
pages-privacy-complain = If you are unhappy with how we use your information, please tell us first, at the contact above. You can also complain to the Information Commissioner's Office (ICO), the UK's independent regulator for information rights.
pages-privacy-ico = Information Commissioner's Office:
pages-privacy-ico-phone = Helpline:
pages-privacy-more-heading = More from the team

## A programme's privacy notice. $programme is its name.
pages-programme-privacy-title = How { $programme } uses your information
pages-programme-privacy-intro = This notice is about the bids your group sends to this programme, and the grants it receives. It says what is kept, why, who sees it, how long it is kept and what your rights are.
pages-programme-privacy-who = This organisation is responsible for the bids and grants of { $programme }:
pages-programme-privacy-accounts = Your account itself (your name, email address and how you sign in) is covered by
pages-programme-privacy-accounts-link = the portal's privacy notice
pages-accessibility-applies-unnamed = This statement applies to the small grants portal at { $site }.
pages-accessibility-ask-team = The programme team named at the foot of each round's page.
