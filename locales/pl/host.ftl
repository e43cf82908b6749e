# Organizacje, które przechowują pieniądze grupy (host organisations): organizacja charytatywna
# albo lokalna organizacja, która pomaga grupom wolontariuszy (CVS), i przechowuje pieniądze grupy
# bez własnego konta bankowego. Czyta to grupa, a także osoba kontaktowa z tej organizacji – przez
# link z e-maila.

host-section-heading = Twoja grupa nie ma własnego konta bankowego?
host-section-why = Pieniądze Twojej grupy może przechowywać zarejestrowana organizacja charytatywna albo lokalna organizacja, która pomaga grupom wolontariuszy (CVS). Wypłacimy pieniądze tej organizacji, a ona przekaże je Twojej grupie.
host-name-link = Podaj organizację, która przechowuje pieniądze Twojej grupy
host-change-link = Podaj inną organizację
host-standing-waiting = Wysłaliśmy e-mail do organizacji { $host }. Adresat: { $contact }. Poprosiliśmy o potwierdzenie, że ta organizacja przechowuje pieniądze Twojej grupy. Czekamy na odpowiedź.
host-standing-confirmed = Organizacja { $host } przechowuje pieniądze Twojej grupy. Wypłacimy Twój grant tej organizacji, a ona przekaże go Twojej grupie.
host-standing-declined = Organizacja { $host } poinformowała nas, że nie przechowuje pieniędzy Twojej grupy.
host-standing-ended = Organizacja { $host } nie przechowuje już pieniędzy Twojej grupy.

host-form-title = Organizacja, która przechowuje pieniądze Twojej grupy
host-form-why = Jeśli Twoja grupa nie ma konta bankowego, jej pieniądze może przechowywać zarejestrowana organizacja charytatywna albo lokalna organizacja, która pomaga grupom wolontariuszy (CVS). Najpierw zapytaj tę organizację o zgodę. Potem podaj nam jej nazwę i osobę, do której mamy wysłać e-mail.
host-name = Nazwa organizacji
    .hint = Na przykład Sparkbrook Community Association.
host-charity-number = Numer organizacji charytatywnej
    .hint = Z rejestru organizacji charytatywnych, na przykład 1123456 albo SC012345.
host-contact-name = Imię i nazwisko osoby, do której mamy wysłać e-mail
    .hint = Ktoś z tej organizacji, kto zajmuje się pieniędzmi, np. skarbnik albo specjalista do spraw finansów.
host-contact-email = Adres e-mail tej osoby
host-form-what-next = Wyślemy tej osobie e-mail z linkiem. Ta osoba potwierdzi, że organizacja przechowuje pieniądze Twojej grupy, i poda dane bankowe. Potem zespół programu zadzwoni do tej organizacji, aby sprawdzić te dane.
host-form-send = Wyślij e-mail
host-back = Wróć do danych bankowych Twojej grupy
host-flash-asked = Wysłaliśmy e-mail na adres { $email } z prośbą o potwierdzenie.
host-error-charity-number = Wpisz numer organizacji charytatywnej tak, jak jest zapisany w rejestrze, np. 1123456 albo SC012345
host-error-too-often = W ciągu ostatniej godziny 3 razy podano organizację. Poczekaj godzinę albo skontaktuj się z zespołem programu
what-host-name = nazwę organizacji
what-host-contact-name = imię i nazwisko osoby, do której mamy wysłać e-mail

host-answer-title = Czy Twoja organizacja przechowuje pieniądze grupy { $group }?
host-answer-why = Grupa { $group } poinformowała nas, że organizacja { $host } przechowuje pieniądze tej grupy, bo grupa nie ma własnego konta bankowego. Jeśli to prawda, potwierdź to poniżej i podaj konto bankowe, na które mamy wypłacić grant grupy. Potem przekażesz te pieniądze grupie.
host-answer-group = Grupa
host-your-name = Twoje imię i nazwisko oraz funkcja
    .hint = Na przykład: Sam Patel, specjalista do spraw finansów.
what-host-your-name = swoje imię i nazwisko oraz funkcję
host-holds-money = Organizacja { $host } przechowuje pieniądze grupy { $group } i przekaże tej grupie grant
host-error-holds-money = Potwierdź, że Twoja organizacja przechowuje pieniądze tej grupy
host-bank-heading = Dane bankowe organizacji { $host }
host-bank-why = Wypłacimy grant na to konto. Zanim cokolwiek wypłacimy, zadzwonimy do Ciebie, aby sprawdzić te dane.
host-confirm-button = Potwierdź i podaj dane bankowe
host-decline-heading = Twoja organizacja nie przechowuje pieniędzy grupy { $group }?
host-decline-button = Nie przechowujemy pieniędzy tej grupy
host-confirmed-title = Dziękujemy
host-confirmed-body = Mamy Twoje dane bankowe. Zanim cokolwiek wypłacimy, zespół programu zadzwoni do Ciebie, aby je sprawdzić. Poinformowaliśmy o tym grupę { $group }.
host-declined-title = Dziękujemy za informację
host-declined-body = Nie wypłacimy Twojej organizacji żadnych pieniędzy dla grupy { $group }. Poinformowaliśmy o tym grupę.
host-link-not-working = Ten link nie działa
host-link-not-working-body = Możliwe, że ktoś już go użył albo że ma więcej niż 14 dni. Jeśli chcesz odpowiedzieć jeszcze raz, skontaktuj się z zespołem programu (dane są poniżej) albo poproś grupę, aby wysłała nowy e-mail.
host-error-link-used = Ten link został już użyty
host-error-link-expired = Ten link ma więcej niż 14 dni

bank-check-host-details = Te dane podała organizacja, która przechowuje pieniądze Twojej grupy. Zespół programu zadzwoni do tej organizacji, aby je sprawdzić, więc Ty nie musisz tego robić.
bank-summary-waiting-host = Zespół programu zadzwoni do organizacji, która przechowuje pieniądze Twojej grupy, aby je sprawdzić. Wypłacimy grant, gdy to zrobi.
bank-summary-given-by-host = Te dane podała organizacja, która przechowuje pieniądze Twojej grupy: wypłacimy grant tej organizacji, a ona przekaże go Twojej grupie.
bank-error-host-details = Te dane podała organizacja, która przechowuje pieniądze Twojej grupy, więc zespół programu sprawdza je telefonicznie
