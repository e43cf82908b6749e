## Języki, w których można napisać lub nagrać wniosek, oraz tłumaczenie pokazywane obok wniosku.

bid-language-en = angielski
bid-language-bfi = brytyjski język migowy (BSL)
bid-language-ur = urdu
bid-language-pl = polski
bid-language-pa = pendżabski
bid-language-bn = bengalski
bid-language-gu = gudżarati
bid-language-ar = arabski
bid-language-so = somalijski
bid-language-ro = rumuński
bid-language-pt = portugalski
bid-language-es = hiszpański
bid-language-ta = tamilski
bid-language-tr = turecki
bid-language-zh = chiński
bid-language-ku = kurdyjski
bid-language-fa = perski (farsi)
bid-language-ps = paszto
bid-language-ti = tigrinia
bid-language-cy = walijski
bid-language-other = inny język
bid-language-error-choose = Wybierz język, w którym jest wniosek
what-bid-language-other = nazwę języka
what-bid-translation = tłumaczenie na angielski

## Język wniosku i jego tłumaczenie na angielski, na stronach wniosku.
bid-language-label = Język wniosku:
bid-translation-none = Nie ma jeszcze tłumaczenia na angielski.
bid-translation-add-link = Dodaj tłumaczenie na angielski
bid-translation-correct-link = Popraw tłumaczenie na angielski
# Above a translation: $name is who translated it, $date when.
bid-translation-by = Tłumaczenie na angielski: { $name }, { $date }
bid-translation-saved = Tłumaczenie na angielski zostało zapisane.

## Strona dodawania lub poprawiania tłumaczenia. $group to nazwa grupy.
bid-translation-heading = Tłumaczenie wniosku grupy { $group } na angielski
bid-translation-group-words = Słowa grupy
bid-words-title = Tytuł
bid-words-summary = Streszczenie
bid-words-purpose = Na co pójdą pieniądze
bid-words-need = Potrzeba
bid-words-reach = Zasięg
bid-words-impact = Co się zmieni dzięki projektowi
bid-words-video = Link do filmu lub nagrania
bid-translation-form-label = Tłumaczenie na angielski
bid-translation-form-hint = Przetłumacz jak najwierniej to, co grupa napisała lub powiedziała. Jej własne słowa pozostają bez zmian; Twoje tłumaczenie pojawi się obok nich, z Twoim imieniem i nazwiskiem.
bid-translation-form-limit = Do { $max } znaków.
bid-translation-save = Zapisz tłumaczenie
bid-translation-back = Wróć do wniosku

## Pytanie na stronie „potrzeba, zasięg i efekty”.
bid-language-heading = Język
bid-language-question = W jakim języku jest Twój wniosek?
bid-language-question-hint = Wniosek możesz napisać lub nagrać w dowolnym języku, także w brytyjskim języku migowym. Jeśli nie jest po angielsku, zespół programu doda dla komisji tłumaczenie na angielski, obok Twoich własnych słów.
bid-language-other-label = Jeśli to inny język – jaki?
bid-translation-section = Tłumaczenie na angielski
