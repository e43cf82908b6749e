## After an award, as the group sees it on its bid's page: the offer, accepting it or turning
## it down, what has been paid, and the short end-of-grant report.

## Words used in several places.
grants-yes = Tak
grants-no = Nie
# A detail the award does not have (no conditions).
grants-none = Brak

## The offer (on the bid's page once it is awarded).
# $amount is the amount offered.
grants-offered = Twoja grupa otrzymała propozycję grantu: { $amount }
grants-award = Kwota grantu
# $award is the amount awarded (in bold), $asked the amount the group asked for.
grants-award-and-asked = { $award } (wnioskowana kwota: { $asked })
grants-conditions = Warunki
grants-payment-plan = Jak wypłacimy pieniądze
grants-report-due = Termin krótkiego sprawozdania
grants-no-report-needed = Sprawozdanie nie jest potrzebne
grants-accept-heading = Przyjmij propozycję grantu
grants-accepted-name = Twoje imię i nazwisko
    .hint = Przyjmujesz grant w imieniu grupy, więc musisz być osobą, która może się w jej imieniu zgodzić.
grants-agree = Nasza grupa zgadza się na warunki i wykorzysta pieniądze tak, jak opisaliśmy we wniosku
grants-public = Czy możemy podać nazwę Twojej grupy na publicznej liście grantów?
    .hint = Fundatorzy publikują informacje o tym, kogo finansują. Jeśli się nie zgodzisz, grant i tak wliczymy do sum, ale nie podamy nazwy Twojej grupy.
grants-public-yes = Tak, podajcie nazwę naszej grupy i kwotę grantu
grants-public-no = Nie, nie podawajcie nazwy naszej grupy
grants-share-equality = Opublikujcie razem z grantem także nasze odpowiedzi na pytania o to, kto kieruje grupą i dla kogo działa (nieobowiązkowe)
    .hint = Tylko jeśli nazwa grupy będzie podana. Otwarte dane pokażą, kto według Twoich odpowiedzi kieruje grupą i dla kogo ona działa, w postaci kodów ze standardu 360Giving. Twoich notatek nigdy nie publikujemy.
# The button.
grants-accept = Przyjmij propozycję grantu
# Opens the form to turn the offer down.
grants-decline-heading = Zrezygnuj z grantu
grants-decline-reason = Napisz nam, dlaczego (nieobowiązkowe)
# The button.
grants-decline = Zrezygnuj z grantu
# Above the form to accept. $date is the date the group is asked to answer by (in bold).
grants-accept-by = Prosimy przyjąć propozycję albo z niej zrezygnować do { $date }.

## Problems with accepting or turning down the offer.
what-grant-accepted-name = swoje imię i nazwisko
what-grant-decline-reason = powód
grants-error-agree = Potwierdź, że grupa zgadza się na warunki grantu
grants-error-public = Wybierz, czy możemy podać nazwę Twojej grupy na publicznej liście grantów
grants-flash-accepted = Propozycja grantu została przyjęta. Zespół programu już o tym wie i zajmie się wypłatą.
grants-flash-declined = Rezygnacja z grantu została zapisana. Dziękujemy, że dajesz nam znać.

## A running grant: what has been paid and the report (the group's heading is "Your grant",
## the programme team's "The grant so far").
grants-your-grant = Twój grant
grants-grant-so-far = Przebieg grantu
grants-accepted = Przyjęcie propozycji
# $date is the day the offer was accepted, $name the person who accepted it.
grants-accepted-on-by = { $date }, { $name }
grants-not-yet = Jeszcze nie
grants-named-publicly = Nazwa grupy podana publicznie
grants-paid-so-far = Wypłacono do tej pory
# $paid is the amount paid so far (in bold), $award the amount awarded.
grants-paid-of = { $paid } z { $award }
grants-payments = Wypłaty
grants-payment-date = Data
grants-payment-amount = Kwota
grants-payment-reference = Numer referencyjny
grants-report-heading = Sprawozdanie końcowe
grants-report-to-come = Gdy projekt się skończy: kilka liczb i krótka relacja.
# $date is the day the report is due (in bold).
grants-report-to-come-by = Gdy projekt się skończy: kilka liczb i krótka relacja, do { $date }.
grants-change-report = Zmień sprawozdanie
grants-send-report = Wyślij krótkie sprawozdanie

## The report as sent.
grants-report-story = Relacja
# The name of the report's video, for screen readers.
grants-report-video-title = Film do sprawozdania końcowego
grants-report-download-recording = Pobierz nagranie
grants-report-spent = Wydane zgodnie z planem

## The report form (/bids/{id}/report).
grants-report-title = Twoje krótkie sprawozdanie końcowe
grants-report-intro = Kilka liczb i krótka relacja. Zajmie to około dziesięciu minut. Nie ma znaczenia, jak dobrze jest napisane.
grants-report-how-did-it-go = Jak poszło?
    .hint = Kilka zdań: co się wydarzyło i co się dzięki temu zmieniło. Możesz też zamiast tego podać link do filmu albo dodać nagranie.
grants-report-video = Link do filmu (nieobowiązkowe)
grants-report-recording = Albo nagranie (nieobowiązkowe)
# $mb is the largest file size in megabytes.
grants-report-recording-hint = Film lub nagranie głosowe, do { $mb } MB.
grants-report-spent-as-planned = Czy pieniądze zostały wydane zgodnie z planem?
grants-report-explanation = Czy chcesz coś wyjaśnić? (nieobowiązkowe)
    .hint = Na przykład co się zmieniło i dlaczego.
grants-report-send = Wyślij sprawozdanie
grants-flash-report-sent = Dziękujemy. Sprawozdanie trafiło do zespołu programu.

# The programme's own questions (its measures) are in its community's words; these help answer them.
grants-report-number-hint = Liczba całkowita, np. 12. Wpisz 0, jeśli nic.
# $most is the most letters a short answer may have.
grants-report-words-hint = Kilka słów, najwyżej { $most } znaków.
grants-report-not-answered = Bez odpowiedzi
# $question is the programme's question, in its own words.
measures-error-number-empty = Wpisz liczbę w pytaniu „{ $question }” (0, jeśli nic)
measures-error-number = W pytaniu „{ $question }” wpisz liczbę całkowitą, np. 12
measures-error-number-negative = W pytaniu „{ $question }” liczba nie może być mniejsza niż 0
measures-error-number-too-large = W pytaniu „{ $question }” liczba może wynosić najwyżej 1 000 000
measures-error-yes-no = Wybierz „tak” lub „nie” w pytaniu „{ $question }”
what-measure-answer = twoja odpowiedź
grants-error-measures-changed = Zespół programu zmienił pytania w sprawozdaniu, kiedy je wypełnialiście. Otwórzcie sprawozdanie jeszcze raz, aby zobaczyć nowe pytania.

## Problems with the report.
what-grant-story = relację
what-grant-explanation = wyjaśnienie
grants-error-story = Opowiedz krótko, jak poszło: w kilku słowach, linkiem do filmu albo nagraniem
grants-error-spent-as-planned = Zaznacz, czy pieniądze zostały wydane zgodnie z planem
grants-error-recording-again = Wybierz nagranie jeszcze raz (gdy w formularzu jest błąd, pliki nie są zachowywane)
grants-error-field-too-long = Jedno z pól formularza było za długie.
# $state is the bid's state as a sentence says it ("withdrawn", "completed").
grants-no-report-to-send = Ten wniosek jest { $state }, więc nie trzeba wysyłać sprawozdania końcowego.
# $state is the grant's state as a sentence says it ("completed").
grants-error-report-state = Ten grant jest { $state }, więc sprawozdanie nie jest teraz potrzebne

## Reasons written in a pot's ledger when an award's unpaid money goes back (in the language
## of the person acting).
grants-ledger-turned-down = Grupa zrezygnowała z grantu
grants-ledger-cancelled = Grant anulowany
grants-ledger-underspend = Niewykorzystane środki po zakończeniu grantu
# In the bid's history, when a recording is deleted after the bid is over (written in the
# source language: no one acts).
grants-recording-forgotten = Minął okres przechowywania nagrania po decyzji

## When a running grant is paid, instalment by instalment.
grants-instalments = Kiedy wypłacimy grant
grants-instalment-due = Termin
grants-instalment-amount = Kwota
grants-instalment-state = Wypłacone?
grants-instalment-paid = Wypłacone
grants-instalment-part = Dotąd wypłacono { $paid }
grants-instalment-to-pay = Jeszcze nie
host-paid-through = Wypłacany przez
