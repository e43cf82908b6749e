## The "Our languages" page (/languages).

languages-title = Our languages
languages-intro = You can use this portal in the languages below. Choose one at the top of any page; we remember it, and we write to you in it.
languages-table-caption = Languages and how far their words have been checked
languages-column-language = Language
languages-column-status = Checked by a fluent speaker?
languages-status-draft = Not yet: this is a draft translation by our team. Some words may read strangely.
# $by is a person or group's name, $on a date as written in the file (YYYY-MM-DD).
languages-status-reviewed = Yes: checked by { $by } on { $on }.
languages-tell-us-heading = Tell us what reads wrong
languages-tell-us = If a sentence is hard to understand, or sounds wrong in your language, please tell us. Send us the page's address and the words, and what would read better.
languages-write-to = Write to
languages-your-bid-heading = Your bid can be in any language
languages-your-bid = You can write or record your bid in the language you are most comfortable with, including British Sign Language. Tell us which language it is in; we arrange a translation for the panel.
languages-add-heading = Help us add a language
languages-add = Every word of this portal is in plain text files that a fluent speaker can read and correct without knowing how to program. If your community would like another language, get in touch: we will send you the words to translate and credit you when they go live.
