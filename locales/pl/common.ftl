## Słowa na każdej stronie oraz zapis kwot i dat.

format-decimal-separator = ,
format-group-separator =  
format-group-minimum-digits = 2
format-money = { $amount } £
format-date = { $day } { $month } { $year }
format-month-1 = stycznia
format-month-2 = lutego
format-month-3 = marca
format-month-4 = kwietnia
format-month-5 = maja
format-month-6 = czerwca
format-month-7 = lipca
format-month-8 = sierpnia
format-month-9 = września
format-month-10 = października
format-month-11 = listopada
format-month-12 = grudnia
format-time = { $hour24 }:{ $minute }
format-time-midday = 12:00
format-time-midnight = 0:00
format-date-time = { $date }, godz. { $time }

error-enter = Wpisz { $what }
error-control-character = Wpisz { $what } jeszcze raz: jest tam ukryty znak sterujący
error-one-line = Wpisz { $what } w jednym wierszu, bez tabulatorów i ukrytych znaków
error-too-long = Wpisz { $what } – najwyżej { $max } { $max ->
    [one] znak
    [few] znaki
   *[many] znaków
}

layout-skip-link = Przejdź do treści strony
layout-nav-label = Menu główne
layout-signed-in-as = Zalogowano jako
layout-sign-out = Wyloguj się
layout-two-factor-prompt = Włącz logowanie dwuetapowe, aby korzystać z narzędzi prowadzącego program lub administratora.
layout-two-factor-prompt-time = Zajmie to dwie minuty z aplikacją uwierzytelniającą w telefonie.
layout-two-factor-prompt-link = Włącz logowanie dwuetapowe
layout-languages-label = Języki
layout-draft-translation = To jest wstępne tłumaczenie.
layout-draft-translation-tell-us = Napisz nam, co brzmi źle.
layout-draft-translation-tell-us-at = Napisz nam, co brzmi źle:
layout-draft-translation-more = O naszych tłumaczeniach
layout-footer-heading = Przydatne linki
layout-footer-accessibility = Deklaracja dostępności
layout-footer-privacy = Prywatność
layout-footer-languages = Języki
layout-footer-awards = Przyznane granty
layout-footer-directory = Katalog lokalnych grup
layout-footer-about = smallgrants to wolne oprogramowanie dla lokalnych programów grantowych.

nav-funding-rounds = Nabory wniosków
nav-sign-in = Zaloguj się
nav-register = Załóż konto
nav-dashboard = Twoje grupy i wnioski
nav-dashboard-work = Twoje zadania
nav-panel = Komisja
nav-directory-review = Katalog
nav-programmes = Programy
nav-people = Osoby
nav-account = Twoje konto

error-summary-title = Wystąpił problem
error-prefix = Błąd:
error-title = Błąd: { $title }
pagination-previous = Poprzednia strona
pagination-next = Następna strona
pagination-page-of = Strona { $page } z { $last_page }

money-error-empty = Wpisz kwotę
money-error-not-money = Wpisz kwotę w funtach, np. 2500 albo 2500,50
money-error-too-precise = Wpisz kwotę z najwyżej 2 cyframi po przecinku
money-error-negative = Wpisz kwotę, która nie jest ujemna
money-error-too-large = Wpisz kwotę nie większą niż 1 000 000 000 £
# Who runs the portal, in the footer of pages that belong to no one programme. $operator is the
# organisation's name.
layout-footer-run-by = Ten portal prowadzi { $operator }.
# Followed by the email address.
layout-footer-write-to = Masz pytania? Napisz na adres
# A page's description for search engines and link previews. $title is the page's title.
layout-description = { $title }: małe granty dla grup lokalnych – wniosek możesz złożyć jako film, nagranie albo kilka słów.
layout-description-operator = { $title }: małe granty dla grup lokalnych, które prowadzi { $operator }.
layout-description-programme = { $title }: { $programme } – małe granty dla grup lokalnych, które prowadzi { $team }.

## Who runs a programme and how to reach a person there. $team is the team's name, $funder the
## organisation that funds the programme (often the same).
team-run-by = Program prowadzi { $team } dla { $funder }
team-run-by-funder = Program prowadzi { $funder }
team-panel-heading = Masz pytania? Porozmawiaj z kimś z zespołu
team-email = E-mail:
team-phone = Telefon:
team-privacy-link = Jak ten program wykorzystuje Twoje dane
