## Pages with fixed content.

## Accessibility statement.
pages-accessibility-title = Accessibility statement
pages-accessibility-intro = We want as many people as possible to be able to use this portal, on a phone or a computer, with a keyboard, a screen reader or speech recognition, and with text enlarged to 400%.
pages-accessibility-how-heading = How accessible this portal is
# WCAG is the name of the standard; keep its name and version.
pages-accessibility-how = We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. Every page works without JavaScript, and we check every page automatically for accessibility problems before each release.
pages-accessibility-ways-to-apply = You can apply for funding with a video, an audio recording or a few written words: how well a bid is written is never scored.
pages-accessibility-problem-heading = Reporting a problem
pages-accessibility-problem = If something on this portal does not work for you, tell the programme team who sent you here, or ask a community connector to help you apply. We will reply within 5 working days.

## Privacy notice.
pages-privacy-title = Privacy
pages-privacy-what-we-keep = This portal keeps what you tell it to run grant rounds: your name and email address, the groups you belong to, and the bids, recordings and reports your groups send.
pages-privacy-equality-questions = Questions about who leads your group and whom it serves are optional. The answers are kept apart from your bid and are never shown to the people who score it. They are published only if your group, accepting a grant, chooses to publish them with its award (the descriptions ticked, never the notes).
pages-privacy-download = You can download everything the portal holds about you from your account page at any time, and everything held about your group from the group's page.
