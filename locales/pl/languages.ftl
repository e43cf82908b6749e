## Strona „Nasze języki” (/languages).

languages-title = Nasze języki
languages-intro = Z tego portalu możesz korzystać w poniższych językach. Wybierz język na górze dowolnej strony; zapamiętamy go i będziemy do Ciebie pisać w tym języku.
languages-table-caption = Języki i to, na ile sprawdzono ich tłumaczenie
languages-column-language = Język
languages-column-status = Czy sprawdziła je osoba biegle znająca język?
languages-status-draft = Jeszcze nie: to wstępne tłumaczenie naszego zespołu. Niektóre zdania mogą brzmieć dziwnie.
languages-status-reviewed = Tak: sprawdził(a) { $by }, { $on }.
languages-tell-us-heading = Napisz nam, co brzmi źle
languages-tell-us = Jeśli jakieś zdanie jest trudne do zrozumienia albo brzmi źle w Twoim języku, daj nam znać. Prześlij adres strony, te słowa i propozycję lepszego brzmienia.
languages-write-to = Napisz na adres
languages-your-bid-heading = Wniosek możesz złożyć w dowolnym języku
languages-your-bid = Możesz napisać lub nagrać wniosek w języku, w którym czujesz się najswobodniej, także w brytyjskim języku migowym. Napisz nam, w jakim języku jest wniosek; zadbamy o tłumaczenie dla komisji.
languages-add-heading = Pomóż nam dodać język
languages-add = Wszystkie słowa tego portalu są w zwykłych plikach tekstowych, które osoba znająca język może przeczytać i poprawić bez umiejętności programowania. Jeśli Twoja społeczność chciałaby innego języka, skontaktuj się z nami: prześlemy teksty do przetłumaczenia, a po publikacji podziękujemy Ci z imienia.
