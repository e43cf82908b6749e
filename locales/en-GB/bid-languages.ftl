## The languages a bid can be written or recorded in (bids::language), and the translation
## shown beside a bid in another language.

bid-language-en = English
bid-language-bfi = British Sign Language
bid-language-ur = Urdu
bid-language-pl = Polish
bid-language-pa = Punjabi
bid-language-bn = Bengali
bid-language-gu = Gujarati
bid-language-ar = Arabic
bid-language-so = Somali
bid-language-ro = Romanian
bid-language-pt = Portuguese
bid-language-es = Spanish
bid-language-ta = Tamil
bid-language-tr = Turkish
bid-language-zh = Chinese
bid-language-ku = Kurdish
bid-language-fa = Persian (Farsi)
bid-language-ps = Pashto
bid-language-ti = Tigrinya
bid-language-cy = Welsh
bid-language-other = Another language
bid-language-error-choose = Choose the language your bid is in
what-bid-language-other = the name of the language
what-bid-translation = the English translation

## A bid's language and its English translation, on the bid's pages.
bid-language-label = Language of the bid:
bid-translation-none = There is no English translation yet.
bid-translation-add-link = Add an English translation
bid-translation-correct-link = Correct the English translation
# Above a translation: $name is who translated it, $date when.
bid-translation-by = English translation by { $name }, { $date }
bid-translation-saved = The English translation has been saved.

## The page to add or correct the translation. $group is the group's name.
bid-translation-heading = English translation of { $group }'s bid
bid-translation-group-words = The group's own words
bid-words-title = Title
bid-words-summary = Summary
bid-words-purpose = What the money pays for
bid-words-need = Need
bid-words-reach = Reach
bid-words-impact = Difference it will make
bid-words-video = Video or recording link
bid-translation-form-label = English translation
bid-translation-form-hint = Translate what the group wrote or said, as closely as you can. Their own words stay as they are; your translation is shown beside them, with your name.
bid-translation-form-limit = Up to { $max } characters.
bid-translation-save = Save the translation
bid-translation-back = Back to the bid

## The question on the bid's "need, reach and impact" page.
bid-language-heading = Language
bid-language-question = Which language is your bid in?
bid-language-question-hint = You can write or record your bid in any language, including British Sign Language. If it is not in English, the programme team adds an English translation for the panel, beside your own words.
bid-language-other-label = If it is another language, which one?
bid-translation-section = English translation
