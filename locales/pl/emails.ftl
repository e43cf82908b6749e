## Every email the portal sends. Each email is a greeting, a body and the signature, each a
## paragraph of its own. Emails are plain text: keep the blank lines between paragraphs, and
## keep each { $link } on a line of its own where it stands alone, so mail programs can open it.
## Names, group names, bid titles and references ($name, $group, $title, $reference) are
## people's own words and are not translated.

## Parts of every email.
# The first line of an email to a person whose name we know.
emails-hello = Dzień dobry, { $name },
# The first line of an email to an address whose owner's name we do not know.
emails-hello-no-name = Dzień dobry,
# Below the line that starts the signature ("-- ").
emails-signature = Tę wiadomość wysłał portal małych grantów. Jeśli się jej nie spodziewasz, możesz ją zignorować.
## The signature of emails about a programme's bids and grants: the team's name (their own
## words, not translated), then each of these lines that the team has given. Replies to these
## emails go to the team's email address.
# $funder is the funder's name ("NHS Riverside Integrated Care Board"), when the team goes by
# another name.
emails-signature-for-funder = Fundator: { $funder }
emails-signature-email = E-mail: { $email }
emails-signature-phone = Telefon: { $phone }
# $hours is the team's own words, such as "Monday to Friday, 9am to 5pm".
emails-signature-hours = Kiedy odpowiadamy: { $hours }

## Confirming an email address (a link that works for 7 days).
emails-verify-email-subject = Potwierdź swój adres e-mail
emails-verify-email-body =
    Prosimy o potwierdzenie, że to Twój adres e-mail. Wystarczy otworzyć ten link:

    { $link }

    Wniosek możesz zacząć od razu, ale zanim go wyślesz, musisz potwierdzić adres.
    Link działa przez 7 dni.

## Finishing a registration: the link creates the account (it works once, for 24 hours).
emails-finish-registration-subject = Dokończ zakładanie konta
emails-finish-registration-body =
    Aby dokończyć zakładanie konta w portalu małych grantów, otwórz ten link:

    { $link }

    Link potwierdzi Twój adres e-mail i Cię zaloguje. Działa jeden raz, przez 24 godziny.
    Jeśli nie zakładasz konta, zignoruj tę wiadomość: żadne konto nie zostało utworzone.

## Someone registered with an address that already has an account: a link to sign in instead.
emails-already-registered-subject = Masz już konto
emails-already-registered-body =
    Ktoś (zapewne Ty) chciał założyć konto z tym adresem e-mail, ale masz już konto. Aby się zalogować, otwórz ten link w ciągu 15 minut:

    { $link }

    Link działa jeden raz. Jeśli nie pamiętasz hasła, zawsze możesz zalogować się takim linkiem ze strony logowania.

## "Email me a link to sign in".
emails-sign-in-link-subject = Twój link do logowania
emails-sign-in-link-body =
    Aby zalogować się do portalu małych grantów, otwórz ten link w ciągu 15 minut:

    { $link }

    Link działa jeden raz. Jeśli nie prosisz o taki link, zignoruj tę wiadomość: nikt nie może go użyć bez dostępu do Twojej skrzynki.

## A link to choose a new password.
emails-reset-password-subject = Ustaw nowe hasło
emails-reset-password-body =
    Ktoś poprosił o zmianę hasła do Twojego konta. Aby ustawić nowe hasło, otwórz ten link w ciągu 1 godziny:

    { $link }

    Link działa jeden raz. Gdy go użyjesz, wylogujemy Cię na wszystkich innych urządzeniach.
    Jeśli to nie Ty prosisz o zmianę, zignoruj tę wiadomość: Twoje hasło się nie zmieniło.

## The password was changed. $link is the page to ask for a reset.
emails-password-changed-subject = Twoje hasło zostało zmienione
emails-password-changed-body =
    Hasło do Twojego konta zostało przed chwilą zmienione. Wylogowaliśmy Cię na wszystkich innych urządzeniach.

    Jeśli to nie Ty, od razu ustaw nowe hasło: { $link }

## Two-step sign-in changed: one of the four sentences below, then what to do if it was not
## the person. $link is their account page.
emails-two-factor-on-subject = Logowanie dwuetapowe jest włączone
emails-two-factor-on = Na Twoim koncie włączono logowanie dwuetapowe. Od teraz przy logowaniu poprosimy Cię o kod z aplikacji uwierzytelniającej.
emails-two-factor-off-subject = Logowanie dwuetapowe jest wyłączone
emails-two-factor-off = Na Twoim koncie wyłączono logowanie dwuetapowe.
emails-two-factor-new-codes-subject = Nowe kody zapasowe do Twojego konta
emails-two-factor-new-codes = Dla Twojego konta utworzono nowe kody zapasowe. Stare kody już nie działają.
emails-two-factor-reset-subject = Twoje logowanie dwuetapowe zostało zresetowane
emails-two-factor-reset = Administrator portalu usunął aplikację uwierzytelniającą z Twojego konta – tak się robi na przykład po zgubieniu telefonu. Wylogowaliśmy Cię. Przy następnym logowaniu poprosimy Cię o ponowne ustawienie aplikacji.
# $change is one of the four sentences above.
emails-two-factor-body =
    { $change }

    Jeśli to nie Ty, zaloguj się, od razu zmień hasło i powiadom zespół programu: { $link }

## An invitation to join a group. $inviter is the name of the member who invited them; the
## link works for 14 days.
emails-group-invitation-subject = Dołącz do grupy { $group } w portalu małych grantów
emails-group-invitation-body =
    { $inviter } zaprasza Cię do grupy { $group } w portalu małych grantów, aby razem przeglądać wnioski grupy i nad nimi pracować.

    Aby dołączyć, otwórz ten link (działa przez 14 dni):

    { $link }

    Jeśli nie masz jeszcze konta, założysz je po drodze.

## The receipt for a bid sent. $round is the funding round's name, $date the date decisions
## will be made by.
emails-bid-received-subject = Otrzymaliśmy Twój wniosek { $reference }
emails-bid-received-body =
    Dziękujemy. Otrzymaliśmy wniosek grupy { $group } „{ $title }” w naborze { $round }.

    Numer wniosku: { $reference }.

    Co dalej: zespół programu sprawdza każdy wniosek, a potem ocenia go komisja, w której zasiadają także osoby, które same doświadczyły podobnych trudności. Liczą się potrzeba i zasięg. Decyzje zapadną do { $date }. Po każdym etapie napiszemy do Ciebie.

    Swój wniosek możesz zobaczyć w każdej chwili: { $link }

## A community connector sent a bid with a group: the group's contact checks and confirms it.
## $connector is the connector's name.
emails-confirm-assisted-bid-subject = Sprawdź wniosek wysłany w imieniu grupy { $group }
emails-confirm-assisted-bid-body =
    Z pomocą animatora społeczności ({ $connector }) wysłano wniosek grupy { $group }: „{ $title }” (numer { $reference }).

    Sprawdź, proszę, czy wniosek mówi to, co chcesz przekazać, i potwierdź go:

    { $link }

    Jeśli coś się nie zgadza, napisz do animatora ({ $connector }) albo skontaktuj się z zespołem programu.

## A connector asks the group's contact to send the bid they prepared together, or to accept
## its offer, through a link. $connector is the connector's name, $title the bid's title.
emails-word-send-subject = { $group }: wniosek jest gotowy do wysłania
emails-word-send-body =
    Z pomocą animatora społeczności ({ $connector }) przygotowano wniosek grupy { $group }: „{ $title }”.

    Tylko Twoja grupa może go wysłać. Przeczytaj go, proszę, i jeśli mówi to, co chcesz przekazać, naciśnij „Wyślij nasz wniosek”:

    { $link }

    Jeśli coś trzeba zmienić, powiedz o tym animatorowi ({ $connector }) albo odpowiedz na ten e-mail.
emails-word-accept-subject = { $group }: prosimy przyjąć propozycję grantu
emails-word-accept-body =
    Grupa { $group } otrzymała propozycję grantu na „{ $title }”. Pomaga w tym animator społeczności ({ $connector }).

    Tylko Twoja grupa może przyjąć propozycję. Przeczytaj ją, proszę, i jeśli zgadzasz się na jej warunki, przyjmij ją tutaj:

    { $link }

    Jeśli masz pytanie, odpowiedz na ten e-mail.

## Bids given to a panel member to score. $count is how many bids, $round the round's name.
emails-panel-assigned-subject =
    { $count ->
        [one] { $count } wniosek do oceny – { $round }
        [few] { $count } wnioski do oceny – { $round }
       *[many] { $count } wniosków do oceny – { $round }
    }
emails-panel-assigned-body =
    Masz do oceny { $count ->
        [one] { $count } wniosek
        [few] { $count } wnioski
       *[many] { $count } wniosków
    } w naborze { $round }. Obejrzyj, odsłuchaj lub przeczytaj każdy z nich i oceń go pod kątem potrzeby i zasięgu. Ortografia, gramatyka i styl nie podlegają ocenie.

    Jeśli dobrze znasz którąś grupę albo masz inny konflikt interesów, zgłoś to na stronie wniosku, a przekażemy go komuś innemu.

    Twoje wnioski: { $link }


## A reminder to a panel member 3 days before the round's reviews are due. $count is how many
## reviews they still have to send, $round the round's name, $date the date they are due by.
emails-panel-due-subject = Przypomnienie: oceny w naborze { $round } prosimy przesłać do { $date }
emails-panel-due-body =
    Masz jeszcze do przesłania { $count ->
        [one] { $count } ocenę
        [few] { $count } oceny
       *[many] { $count } ocen
    } w naborze { $round }. Prosimy o ich przesłanie do { $date }.

    Dziękujemy za Twój czas. Jeśli nie zdążysz do tego dnia, odpowiedz na tę wiadomość i daj nam znać.

    Twoje wnioski: { $link }

## A panel member declared a conflict of interest: the programme lead gives the bid to someone
## else. $declarer is the panel member's name.
emails-conflict-declared-subject = Konflikt interesów przy { $reference }: przekaż wniosek komuś innemu
emails-conflict-declared-body =
    { $declarer } zgłasza konflikt interesów przy wniosku { $reference } („{ $title }”) w naborze { $round }, więc nie będzie go oceniać. Przekaż, proszę, ten wniosek innemu członkowi komisji:

    { $link }

## Decisions on a bid, to each member of the group.
# The programme team sent the bid back with a question ($note, their words) to answer by $deadline.
emails-bid-returned-subject = Pytanie dotyczące Twojego wniosku { $reference }
emails-bid-returned-body =
    Zespół programu ma pytanie dotyczące wniosku grupy { $group } „{ $title }”:

    { $note }

    Co dalej: zmień odpowiedzi i wyślij wniosek jeszcze raz do { $deadline }. Do tego czasu wniosek nie trafi do komisji.

    { $link }
# $reason is the programme team's own words.
emails-bid-ineligible-subject = Twój wniosek { $reference } nie może przejść dalej
emails-bid-ineligible-body =
    Przykro nam, ale wniosek grupy { $group } „{ $title }” nie spełnia warunków naboru { $round }.

    Wyjaśnienie zespołu programu:

    { $reason }

    Co dalej: w sprawie tego wniosku nie musisz już nic robić. Zapraszamy do udziału w kolejnych naborach.

    { $link }
# An offer of $amount; $message is the programme team's own words.
emails-bid-awarded-subject = Dobra wiadomość: { $amount } na „{ $title }”
emails-bid-awarded-body =
    Z radością proponujemy grupie { $group } grant w wysokości { $amount } na „{ $title }” ({ $reference }).

    { $message }

    Co dalej: przeczytaj propozycję i przyjmij ją w portalu do { $accept_by }. Jeśli nie możecie z niej skorzystać, możesz ją tam odrzucić. Pieniądze wypłacimy, gdy tylko ją przyjmiesz.

    Krótkie sprawozdanie na koniec grantu trzeba będzie wysłać do { $report_due }. Przypomnimy Ci o tym wcześniej.

    { $link }
# The same, when the offer has conditions ($conditions, the programme team's own words).
emails-bid-awarded-body-with-conditions =
    Z radością proponujemy grupie { $group } grant w wysokości { $amount } na „{ $title }” ({ $reference }).

    { $message }

    Warunki grantu:
    { $conditions }

    Co dalej: przeczytaj propozycję i przyjmij ją w portalu do { $accept_by }. Jeśli nie możecie z niej skorzystać, możesz ją tam odrzucić. Pieniądze wypłacimy, gdy tylko ją przyjmiesz.

    Krótkie sprawozdanie na koniec grantu trzeba będzie wysłać do { $report_due }. Przypomnimy Ci o tym wcześniej.

    { $link }
# $feedback is the panel's and programme team's own words.
emails-bid-declined-subject = Decyzja w sprawie wniosku { $reference }
emails-bid-declined-body =
    Dziękujemy za wniosek grupy { $group } „{ $title }”. Przykro nam, ale tym razem nie otrzymał on dofinansowania.

    Informacja zwrotna od komisji i zespołu programu:

    { $feedback }

    Co dalej: nie musisz już nic robić. Mamy nadzieję, że złożysz wniosek ponownie; może Ci w tym pomóc animator społeczności.

    { $link }
emails-bid-waitlisted-subject = Twój wniosek { $reference } jest na liście rezerwowej
emails-bid-waitlisted-body =
    Wniosek grupy { $group } „{ $title }” dostał dobrą ocenę, ale pieniądze w naborze { $round } na razie się skończyły, więc wniosek trafił na listę rezerwową.

    Co dalej: jeśli pojawią się pieniądze (na przykład gdy inna grupa nie przyjmie swojego grantu), zaproponujemy je wnioskom z najwyższą oceną z listy i napiszemy do Ciebie. Nie musisz nic robić.

    { $link }

## To the programme leads: the group answered an offer of $amount.
emails-offer-accepted-subject = { $reference }: propozycja przyjęta
emails-offer-accepted-body =
    Grupa przyjęła propozycję grantu w wysokości { $amount }. Możesz już rejestrować wypłaty.

    { $link }
emails-offer-declined-subject = { $reference }: rezygnacja z grantu
emails-offer-declined-body =
    Grupa zrezygnowała z grantu; { $amount } wraca do budżetu naboru.

    { $link }

## An award was cancelled; $reason is the programme team's own words.
emails-award-cancelled-subject = Grant na „{ $title }” został anulowany
emails-award-cancelled-body =
    Zespół programu anulował grant na „{ $title }” ({ $reference }).

    Powód:

    { $reason }

    Co dalej: nie będzie już kolejnych wypłat. Jeśli masz pytania, odpowiedz na tę wiadomość: odpowiedź trafi do zespołu programu.

    { $link }

## A payment of $amount was made on $date.
emails-payment-made-subject = Wypłaciliśmy { $amount } na „{ $title }”
emails-payment-made-body =
    W dniu { $date } wypłaciliśmy { $amount } na „{ $title }”. Pieniądze mogą dotrzeć na konto dopiero po kilku dniach.

    Wszystkie wypłaty widać na stronie wniosku: { $link }

## To the programme leads: a group sent its end-of-grant report.
emails-report-received-subject = { $reference }: otrzymano sprawozdanie końcowe
emails-report-received-body = Grupa wysłała sprawozdanie końcowe. Przeczytaj je i zakończ grant: { $link }

## The grant is complete.
emails-grant-completed-subject = Dziękujemy: grant na „{ $title }” jest zakończony
emails-grant-completed-body =
    Dziękujemy za sprawozdanie. Grant na „{ $title }” jest już zakończony i nie musisz nic więcej robić.

    Mamy nadzieję, że spotkamy się w kolejnych naborach.

    { $link }

## A reminder of the end-of-grant report, due on $date (soon, or already past).
emails-report-due-subject = Krótkie sprawozdanie z „{ $title }” – termin: { $date }
emails-report-due-body =
    Termin wysłania krótkiego sprawozdania końcowego mija { $date }. Zajmie Ci to tylko kilka minut: ile osób wzięło udział, ile odbyło się spotkań i krótka relacja – na piśmie, jako link do filmu albo nagranie.

    { $link }
emails-report-overdue-subject = Minął termin krótkiego sprawozdania z „{ $title }”
emails-report-overdue-body =
    Termin wysłania krótkiego sprawozdania końcowego minął { $date }. Zajmie Ci to tylko kilka minut: ile osób wzięło udział, ile odbyło się spotkań i krótka relacja – na piśmie, jako link do filmu albo nagranie.

    { $link }

## Reminders to a group whose bid is started but not sent: 7 days and 1 day before the round
## closes. $round is the round's name, $closes its closing date and time (UK time), $title the
## bid's title, $todo one of the emails-draft-todo-… sentences below, $account the address of
## the account page.
emails-draft-reminder-week-subject = Wniosek w naborze { $round } nie jest jeszcze wysłany – nabór kończy się { $closes }
emails-draft-reminder-day-subject = Ostatnie przypomnienie: nabór { $round } kończy się { $closes }, a wniosek nie jest jeszcze wysłany
emails-draft-reminder-body =
    Twoja grupa zaczęła wniosek „{ $title }” w naborze { $round }, ale jeszcze go nie wysłała. Nabór kończy się { $closes } (czasu brytyjskiego). Możemy rozpatrzyć tylko wnioski wysłane do tego czasu.

    { $todo }

    Otwórz wniosek, żeby go dokończyć i wysłać:

    { $link }

    Takie przypomnienia wysyłamy 7 dni i 1 dzień przed zamknięciem naboru. Możesz je wyłączyć na stronie swojego konta: { $account }
emails-draft-todo-none = Wszystko jest wypełnione. Sprawdź odpowiedzi i naciśnij „Potwierdź i wyślij”.
emails-draft-todo-money = Zostało do zrobienia: część o pieniądzach.
emails-draft-todo-case = Zostało do zrobienia: potrzeba, zasięg i efekty (link do filmu, nagranie albo kilka słów na piśmie).
emails-draft-todo-both = Zostało do zrobienia: część o pieniądzach oraz potrzeba, zasięg i efekty (link do filmu, nagranie albo kilka słów na piśmie).

## When the round has closed and a group's bid was not sent: everything typed in it, so that
## nothing is lost. $answers is the list of answers, each one an emails-draft-answer.
emails-draft-closed-subject = Nabór { $round } się zakończył – wniosek nie został wysłany
emails-draft-closed-body =
    Nabór { $round } zakończył się { $closes } (czasu brytyjskiego). Wniosek Twojej grupy „{ $title }” nie został wysłany, więc nie możemy go rozpatrzyć w tym naborze.

    Żeby nic z tego, co wpisaliście, nie przepadło, oto cała jego treść:

    { $answers }

    Wniosek zostaje w portalu i nadal możesz go przeczytać na jego stronie:

    { $link }

    Jeśli masz pytanie albo chcesz dowiedzieć się o kolejnych naborach, odpowiedz na tego e-maila lub skontaktuj się z nami (dane poniżej).
# One answer: $label is its name (such as "Project"), $answer what the group typed.
emails-draft-answer = { $label }: { $answer }
emails-draft-closed-recording = Wgraliście też nagranie. Zostaje ono przy wniosku.
# A bid with nothing typed in it, when the round has closed.
emails-draft-closed-empty-body =
    Nabór { $round } zakończył się { $closes } (czasu brytyjskiego). Twoja grupa zaczęła wniosek „{ $title }”, ale nic w nim nie wpisała i go nie wysłała, więc nie możemy go rozpatrzyć w tym naborze.

    Wniosek zostaje w portalu, na swojej stronie:

    { $link }

    Jeśli masz pytanie albo chcesz dowiedzieć się o kolejnych naborach, odpowiedz na tego e-maila lub skontaktuj się z nami (dane poniżej).

## A programme's lead invites a group that has never applied to an open round. $group is the
## group's name, $team who runs the programme, $programme the programme's name, $round the
## round's name, $summary what the round is for (in the lead's words), $closes its closing date
## and time (UK time), $link the round's page. The team's signature below says how to reach a
## person.
emails-round-invitation-subject = Zapraszamy do złożenia wniosku w naborze { $round }
emails-round-invitation-body =
    { $team } prowadzi program { $programme }, który przyznaje małe granty grupom społecznym i organizacjom wolontariackim na rzecz zdrowia psychicznego. Chcemy, aby grupa { $group } wiedziała o naszym otwartym naborze { $round }. Z radością przyjmiemy Wasz wniosek. Jeśli komisja go wybierze, dostaniecie propozycję grantu.

    Na co jest ten nabór: { $summary }

    Nabór kończy się { $closes } (czasu brytyjskiego). Zamiast pisać, możecie wysłać krótki film albo nagranie. Przy wniosku może Wam pomóc animator społeczności.

    Tutaj przeczytacie o naborze i zaczniecie wniosek:

    { $link }

    Jeśli macie pytanie albo chcecie porozmawiać, odpowiedzcie na tę wiadomość lub napiszcie do osoby do kontaktu – dane są poniżej. Jeśli ten nabór nie jest dla Was, nie musicie odpowiadać.

## Wpis w katalogu lokalnych grup, którego nikt nie sprawdzał od 6 miesięcy.
emails-listing-check-subject = Czy wpis „{ $listing }” jest nadal aktualny?
emails-listing-check-body =
    Wpis Twojej grupy „{ $listing }” w katalogu lokalnych grup i zajęć nie był sprawdzany od 6 miesięcy.

    Otwórz go, popraw to, co się zmieniło, i kliknij „Wszystko jest nadal aktualne”. Jeśli przez kolejne 6 miesięcy nikt go nie sprawdzi, wpis przestanie być widoczny w katalogu, dopóki ktoś tego nie zrobi.

    Twój wpis: { $link }

## Lista spraw programu
emails-tracker-answered-subject = Odpowiedzieliśmy na Twoją opinię o „{ $item }”
emails-tracker-answered-body =
    Dziękujemy za Twoją opinię o „{ $item }”. { $team } przesyła Ci odpowiedź.

    Tylko Ty możesz ją przeczytać. Jest na tej stronie (jeśli portal o to poprosi, najpierw się zaloguj):
    { $link }

## Bank details: a member is asked to check them; a change is told to every member and the leads.
emails-bank-check-subject = Sprawdź, proszę, dane bankowe grupy { $group }
emails-bank-check-body =
    Członek grupy { $group } ({ $name }) podał konto bankowe, na które mamy wypłacić grant grupy. Numer konta kończy się na { $ending }.

    Zanim wypłacimy pieniądze, inny członek grupy musi sprawdzić te dane. Zaloguj się i wpisz numer konta grupy z karty bankowej albo wyciągu (nie z tego e-maila): { $link }

    Jeśli Twoja grupa nie podawała tych danych, powiedz nam o tym na tej samej stronie, a nie wypłacimy pieniędzy na to konto.
emails-bank-changed-subject = Dane bankowe grupy { $group } zostały zmienione
emails-bank-changed-body =
    Konto bankowe, na które wypłacamy grant grupy { $group }, zostało przez Ciebie zmienione. Numer nowego konta kończy się na { $ending }.

    Wstrzymujemy wypłaty, dopóki inny członek grupy nie sprawdzi nowych danych.

    Jeśli to nie Ty, od razu daj nam znać – wystarczy odpowiedzieć na ten e-mail. Strona Twojej grupy: { $link }
emails-bank-changed-lead-subject = Grupa { $group } zmieniła dane bankowe: wypłaty wstrzymane
emails-bank-changed-lead-body =
    Grupa { $group } zmieniła konto bankowe, na które ma trafić jej grant. Numer nowego konta kończy się na { $ending }.

    Wypłaty są wstrzymane, dopóki inny członek grupy nie sprawdzi nowych danych albo dopóki Ty ich nie potwierdzisz po telefonie do grupy na numer z Twoich własnych zapisów (nigdy na numer z e-maila): { $link }
emails-bank-disputed-subject = { $group }: członek grupy zgłasza, że dane bankowe są nieprawidłowe
emails-bank-disputed-body =
    { $name } zgłasza, że dane bankowe podane dla grupy { $group } nie są danymi tej grupy. Wypłaty dla grupy są wstrzymane.

    Skontaktuj się, proszę, z grupą, dzwoniąc na numer z Twoich własnych zapisów, nigdy na numer z e-maila: { $link }
emails-bank-same-account-subject = Grupa { $group } podała konto, które podała też inna grupa
emails-bank-same-account-body =
    Grupa { $group } podała konto bankowe, które podały też: { $groups }.

    To może być w porządku (dwie grupy mają wspólnego skarbnika albo organizację, która przechowuje pieniądze obu), ale przed wypłatą sprawdź to z grupą: { $link }
emails-host-subject = Czy Twoja organizacja przechowuje pieniądze grupy { $group }?
emails-host-body =
    { $name } z grupy { $group } przekazuje nam, że organizacja { $host } przechowuje pieniądze tej grupy, bo grupa nie ma własnego konta bankowego. Nasz program zaproponował tej grupie mały grant.

    Jeśli to prawda, potwierdź to, proszę, i podaj konto bankowe, na które mamy wypłacić grant grupy. Potem przekażesz te pieniądze grupie. Skorzystaj z tego linku w ciągu { $days } dni: { $link }

    Jeśli organizacja { $host } nie przechowuje pieniędzy grupy { $group }, powiedz nam o tym, proszę, na tej samej stronie. Wtedy nie wypłacimy Twojej organizacji żadnych pieniędzy.

    Zanim cokolwiek wypłacimy, zadzwonimy do Ciebie, aby sprawdzić dane bankowe.
emails-host-confirmed-subject = Organizacja { $host } potwierdziła, że przechowuje pieniądze Twojej grupy
emails-host-confirmed-body =
    Organizacja { $host } potwierdziła, że przechowuje pieniądze grupy { $group }, i podała swoje dane bankowe. Zespół programu zadzwoni do organizacji { $host }, aby je sprawdzić. Potem wypłacimy Twój grant organizacji { $host }, a ona przekaże go Twojej grupie.

    Zobacz, gdzie wypłacimy Twój grant: { $link }
emails-host-declined-subject = Organizacja { $host } poinformowała, że nie przechowuje pieniędzy Twojej grupy
emails-host-declined-body =
    Organizacja { $host } poinformowała nas, że nie przechowuje pieniędzy grupy { $group }, więc nie możemy wypłacić Twojego grantu przez tę organizację.

    Możesz podać inną organizację albo dane bankowe swojej grupy: { $link }
emails-host-lead-subject = Organizacja { $host } będzie przechowywać grant grupy { $group }: zadzwoń, proszę, aby sprawdzić jej dane bankowe
emails-host-lead-body =
    Organizacja { $host } potwierdziła, że przechowuje pieniądze grupy { $group }, i podała konto bankowe, na które należy wypłacić grant.

    Wypłaty dla grupy { $group } są wstrzymane, dopóki nie zadzwonisz do tej organizacji na numer z jej własnych danych (nie z e-maila) i nie potwierdzisz tych danych. Osoba kontaktowa podana przez grupę: { $contact } ({ $email }).

    Potwierdź dane po rozmowie: { $link }
emails-payment-made-host-body =
    W dniu { $date } wypłaciliśmy { $amount } na „{ $title }” organizacji { $host }, która przechowuje pieniądze Twojej grupy. Pieniądze mogą dotrzeć na jej konto dopiero po kilku dniach. Potem organizacja { $host } przekaże je Twojej grupie.

    Wszystkie wypłaty widać na stronie wniosku: { $link }
