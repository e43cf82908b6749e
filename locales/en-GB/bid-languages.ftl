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
