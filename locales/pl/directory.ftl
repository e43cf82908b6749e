## Katalog lokalnych grup: to, co prowadzą grupy, do znalezienia dla każdego (/directory), oraz
## formularz, którym grupa dodaje wpis. Słowa dla zespołu katalogu są w staff/directory.ftl.

directory-title = Katalog lokalnych grup i zajęć
directory-intro = Znajdź w swojej okolicy grupy i zajęcia, dzięki którym ludzie czują się mniej samotni i dbają o swoje samopoczucie: wsparcie rówieśnicze, wspólne spacery, spotkania przy kawie, grupy dla opiekunów bliskich i wiele więcej. Z tej listy może korzystać każdy.

## Wyszukiwanie.
directory-search-label = Szukaj
    .hint = Na przykład: zdrowie psychiczne, wsparcie rówieśnicze, spacery, polski
directory-category-label = Rodzaj zajęć
directory-any-category = Dowolny rodzaj
directory-day-label = Dzień
directory-any-day = Dowolny dzień
directory-area-label = Rejon kodu pocztowego
    .hint = Pierwsza część kodu pocztowego, na przykład B19
directory-language-label = Język, którym się mówi
    .hint = Na przykład: polski albo Polish
directory-free-label = Tylko bezpłatne
directory-online-label = Tylko online
directory-search-button = Szukaj
directory-results = { $count ->
    [one] Znaleziono 1 wynik
    [few] Znaleziono { $count } wyniki
    [many] Znaleziono { $count } wyników
   *[other] Znaleziono { $count } wyników
}
directory-no-results = Żadne zajęcia nie pasują do wyszukiwania
directory-no-results-hint = Wpisz mniej słów albo usuń jeden z filtrów.
directory-pages = Strony wyników
directory-ignored-category = Nie znamy rodzaju zajęć „{ $value }”, więc szukaliśmy we wszystkich rodzajach.
directory-ignored-area = „{ $value }” to nie jest pierwsza część kodu pocztowego (np. B19), więc szukaliśmy we wszystkich rejonach.
directory-ignored-day = Nie znamy dnia „{ $value }”, więc szukaliśmy we wszystkie dni.
directory-add-heading = Twoja grupa coś prowadzi?
directory-add-text = Dodaj to do katalogu – to nic nie kosztuje. Ktoś z zespołu katalogu sprawdzi wpis, zanim się pojawi.
directory-add-link = Przejdź do swoich grup
directory-add-sign-in = Zaloguj się albo załóż konto, żeby to dodać

## Dni tygodnia.
directory-day-1 = Poniedziałek
directory-day-2 = Wtorek
directory-day-3 = Środa
directory-day-4 = Czwartek
directory-day-5 = Piątek
directory-day-6 = Sobota
directory-day-7 = Niedziela

## Jeden wpis.
directory-back = Wróć do katalogu
# $day is a day's name above (nominative, e.g. "Środa"), so the day comes first: "Środa, co tydzień, od 10:30 do 12:00".
directory-when-weekly = { $day }, co tydzień, od { $start } do { $end }
directory-when-weekly-from = { $day }, co tydzień, od { $start }
directory-when-monthly = Raz w miesiącu: { $note }
directory-online = Online
directory-by-phone = Przez telefon
directory-free = Bezpłatne
directory-funded-by = Finansowanie: { $programmes }
directory-fact-when = Kiedy
directory-fact-where = Gdzie
directory-fact-ages = Wiek
directory-fact-communities = Dla kogo
directory-fact-languages = Języki, którymi się mówi
directory-fact-cost = Koszt
directory-fact-join = Jak dołączyć
directory-fact-access = Dostępność
directory-fact-contact = Kontakt
directory-fact-categories = Rodzaj zajęć
directory-join-drop-in = Wystarczy przyjść
directory-join-book = Trzeba się wcześniej zapisać
directory-join-referral = Ze skierowania, np. od lekarza rodzinnego (GP) albo social prescribera
directory-status-pending = Ten wpis czeka, aż sprawdzi go ktoś z zespołu katalogu. Do tego czasu widzą go tylko Twoja grupa i zespół katalogu.
directory-status-hidden = Zespół katalogu wycofał ten wpis z katalogu. Widzą go tylko Twoja grupa i zespół katalogu. Jeśli uważasz, że to pomyłka, napisz do zespołu katalogu.
directory-status-out-of-date = Grupa nie sprawdzała tego wpisu od ponad 6 miesięcy. Zanim pójdziesz, skontaktuj się z grupą.
directory-status-lapsed = Grupa nie sprawdzała tego wpisu od ponad roku, więc nie ma go w katalogu. Potwierdź, że wszystko jest nadal aktualne, a wpis znów się pojawi.
directory-keep-current = Zadbaj, żeby wpis był aktualny
directory-change = Zmień ten wpis
directory-confirm = Wszystko jest nadal aktualne
directory-added = Dziękujemy. Wpis jest zapisany. Ktoś z zespołu katalogu go sprawdzi, zwykle w ciągu tygodnia.
directory-changed = Zmiany są zapisane.
directory-confirmed = Dziękujemy za sprawdzenie. Wpis jest oznaczony jako aktualny.

## Dostępność.
directory-access-step_free = Dostęp bez schodów
directory-access-accessible_toilet = Toaleta dla osób z niepełnosprawnościami
directory-access-hearing_loop = Pętla indukcyjna
directory-access-bsl = Brytyjski język migowy (BSL)
directory-access-large_print = Duży druk
directory-access-quiet_space = Ciche miejsce

## Jak często.
directory-schedule-weekly = Co tydzień
directory-schedule-monthly = Raz w miesiącu
directory-schedule-dates = W wybrane dni

## Rodzaje zajęć ustawione na początku (administrator portalu może dodać kolejne, pokazane tak, jak je wpisał).
directory-category-peer-support = Wsparcie rówieśnicze
directory-category-social-isolation = Samotność i izolacja społeczna
directory-category-faith-based-support = Wsparcie we wspólnotach religijnych
directory-category-physical-activity = Aktywność fizyczna
directory-category-arts-and-creativity = Sztuka i twórczość
directory-category-food = Jedzenie
directory-category-carers = Opiekunowie bliskich
directory-category-young-people = Młodzież
directory-category-older-people = Seniorzy
directory-category-bereavement = Żałoba
directory-category-money-and-housing-advice = Porady w sprawie pieniędzy i mieszkania
directory-category-mental-health = Zdrowie psychiczne i samopoczucie
directory-category-language-and-culture = Język i kultura
directory-category-nature-and-gardening = Przyroda i ogrodnictwo

## Wpisy grupy, na jej stronie.
directory-group-heading = W katalogu lokalnych grup
directory-group-intro = Napisz, co prowadzi Twoja grupa, żeby ludzie mogli to znaleźć. To nic nie kosztuje.
directory-group-add = Dodaj zajęcia do katalogu
directory-tag-pending = Czeka na sprawdzenie
directory-tag-public = W katalogu
directory-tag-hidden = Ukryty

## Formularz wpisu.
directory-form-new-title = Dodaj zajęcia do katalogu
directory-form-intro = Napisz, co się dzieje, kiedy i gdzie oraz jak można dołączyć. Ktoś z zespołu katalogu sprawdzi wpis, zanim się pojawi.
directory-form-what = Co to za zajęcia
directory-form-name = Nazwa zajęć
    .hint = Na przykład: Wtorkowe spotkania przy herbacie
directory-form-description = Co się tam dzieje
    .hint = Kilka zdań prostymi słowami, tak jak opowiadasz o tym znajomym.
directory-form-categories = Jaki to rodzaj zajęć?
directory-form-categories-hint = Wybierz najwyżej 4.
directory-form-when = Kiedy
directory-form-schedule = Jak często się odbywają?
directory-form-weekday = Dzień
    .hint = Jeśli zajęcia są co tydzień.
directory-form-choose-day = Wybierz dzień
directory-form-starts = Godzina rozpoczęcia
    .hint = Na przykład: 10:30
directory-form-ends = Godzina zakończenia (nieobowiązkowe)
directory-form-schedule-note = Kiedy – Twoimi słowami
    .hint = Na przykład: w pierwszą sobotę miesiąca albo 3, 10 i 17 marca.
directory-form-where = Gdzie
directory-form-venue = Nazwa miejsca
    .hint = Na przykład: sala przy kościele St Mark's
directory-form-address = Adres (nieobowiązkowe)
directory-form-postcode = Kod pocztowy
directory-form-online = Zajęcia odbywają się online
directory-form-by-phone = Zajęcia odbywają się przez telefon
directory-form-who = Dla kogo
directory-form-ages = Wiek (nieobowiązkowe)
    .hint = Na przykład: od 18 lat albo dla wszystkich
directory-form-communities = Dla kogo są zajęcia? (nieobowiązkowe)
    .hint = Na przykład: kobiety, opiekunowie bliskich, osoby mówiące po polsku, wszyscy mile widziani
directory-form-languages = Języki, którymi się mówi (nieobowiązkowe)
    .hint = Na przykład: angielski, urdu, pendżabski
directory-form-joining = Udział
directory-form-cost = Czy zajęcia coś kosztują?
directory-form-paid = Płatne
directory-form-cost-note = Ile to kosztuje
    .hint = Tylko jeśli zajęcia są płatne. Na przykład: £2 za spotkanie, z herbatą
directory-form-join = Jak można dołączyć?
directory-form-access = Dostępność (zaznacz wszystko, co pasuje)
directory-form-contact = Jak się z Wami skontaktować
directory-form-contact-intro = Te dane zobaczy każdy. Podaj co najmniej jeden sposób kontaktu. Użyj adresu lub numeru, który Twoja grupa chce udostępnić – nie prywatnego, chyba że tego chcesz.
directory-form-contact-name = O kogo pytać (nieobowiązkowe)
directory-form-contact-email = Adres e-mail
directory-form-contact-phone = Numer telefonu
directory-form-website = Strona internetowa (nieobowiązkowe)
directory-form-save = Zapisz
directory-error-category = Wybierz rodzaj zajęć
directory-error-categories = Wybierz najwyżej { $max } { $max ->
    [one] rodzaj zajęć
    [few] rodzaje zajęć
    [many] rodzajów zajęć
   *[other] rodzaju zajęć
}
directory-error-schedule = Wybierz, jak często odbywają się zajęcia
directory-error-weekday = Wybierz dzień, w którym odbywają się zajęcia
directory-error-start = Wpisz godzinę rozpoczęcia, np. 10:30
directory-error-time = Wpisz godzinę, np. 10:30 albo 18:00
directory-error-end = Godzina zakończenia musi być późniejsza niż godzina rozpoczęcia
directory-error-when = Napisz, kiedy odbywają się zajęcia, np. w pierwszą sobotę miesiąca
directory-error-postcode = Wpisz poprawny kod pocztowy, np. B11 4AA, albo zostaw to pole puste
directory-error-where = Napisz, gdzie odbywają się zajęcia: podaj nazwę miejsca lub kod pocztowy albo zaznacz, że są online lub przez telefon
directory-error-cost = Napisz, ile to kosztuje, albo wybierz „Bezpłatne”
directory-error-how-to-join = Wybierz, jak można dołączyć
directory-error-contact = Podaj co najmniej jeden sposób kontaktu: adres e-mail, numer telefonu albo stronę internetową
what-listing-name = nazwę zajęć
what-listing-description = opis tego, co się tam dzieje
what-listing-when = termin zajęć
what-listing-venue = nazwę miejsca
what-listing-address = adres
what-listing-ages = wiek
what-listing-communities = informację, dla kogo są zajęcia
what-listing-languages = języki, którymi się mówi
what-listing-cost = koszt
what-listing-contact-name = imię osoby, o którą można pytać
what-listing-phone = numer telefonu
directory-filters = Zawęź wyniki
directory-form-language = Język tego wpisu
    .hint = Język, w którym piszesz wpis. Możesz pisać w języku swojej społeczności.
