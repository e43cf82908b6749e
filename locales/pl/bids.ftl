## A group's bid: starting it, each part's form, uploads, checking and sending, the bid's own
## page and history, and the page where a group's contact confirms a bid sent with a connector.

# What a bid with no title yet is called on lists and pages.
bids-untitled = Wniosek bez tytułu

## A bid's status, as a coloured tag.
bids-state-draft = Wersja robocza
bids-state-submitted = Wysłany
bids-state-returned = Odesłany do Ciebie
bids-state-ineligible = Nie spełnia warunków
bids-state-in-review = W ocenie komisji
bids-state-awarded = Propozycja grantu
bids-state-declined = Bez dofinansowania
bids-state-waitlisted = Na liście rezerwowej
bids-state-active = Dofinansowany
bids-state-cancelled = Anulowany
bids-state-completed = Zakończony
bids-state-withdrawn = Wycofany
# The same status on the programme lead's pages ("Returned to you" speaks to the group).
bids-state-returned-lead = Odesłany do grupy

## A bid's status inside a sentence: "This bid is { $state }, so …" (here and on the award and
## end-of-grant pages).
## Polish: each phrase follows "Ten wniosek jest … / Ten grant jest …" (masculine), so nouns
## are in the instrumental and adjectives in the masculine.
bids-state-describe-draft = wersją roboczą
bids-state-describe-submitted = wysłany i czeka na sprawdzenie
bids-state-describe-returned = odesłany do grupy
bids-state-describe-ineligible = niezgodny z warunkami naboru
bids-state-describe-in-review = oceniany przez komisję
bids-state-describe-awarded = objęty propozycją grantu
bids-state-describe-declined = bez dofinansowania
bids-state-describe-waitlisted = na liście rezerwowej
bids-state-describe-active = dofinansowany
bids-state-describe-cancelled = anulowany
bids-state-describe-completed = zakończony
bids-state-describe-withdrawn = wycofany

## When a bid cannot be moved on. $state is one of the bids-state-describe-… phrases above,
## $done one of the bids-done-… phrases below ("sent", "awarded"), $who one of bids-who-….
## Polish: each bids-done-… phrase is an infinitive with the bid as "go" / "mu" / "z niego"
## ("go wysłać"), which reads right both after "nie można teraz" and after "może".
bids-transition-not-from-state = Ten wniosek jest { $state }, więc nie można teraz { $done }.
bids-transition-not-by-actor = Nie możesz tego zrobić: tylko { $who } może { $done }.
bids-done-sent = go wysłać
bids-done-withdrawn = go wycofać
bids-done-returned = go odesłać
bids-done-marked-ineligible = uznać go za niezgodny z warunkami
bids-done-passed-to-panel = przekazać go komisji
bids-done-awarded = zatwierdzić go do dofinansowania
bids-done-declined = go odrzucić
bids-done-waitlisted = umieścić go na liście rezerwowej
bids-done-accepted = go przyjąć
bids-done-turned-down = zrezygnować z niego
bids-done-cancelled = go anulować
bids-done-completed = go zakończyć
bids-who-group-or-connector = grupa lub jej animator społeczności
bids-who-group = grupa
bids-who-lead = prowadzący program

## Problems with a bid or an action on it.
bids-error-not-editable = Ten wniosek został już wysłany, więc nie można go zmienić. Jeśli coś się nie zgadza, skontaktuj się z zespołem programu
bids-error-version-conflict = Ktoś inny zmienił ten wniosek w trakcie Twojej edycji
bids-error-not-ready = Tego wniosku nie można jeszcze wysłać
bids-error-group-word-needed = Tylko grupa może wysłać swój wniosek. Wyślij osobie do kontaktu e-mail z linkiem do wysłania wniosku albo zapisz, że zgodziła się przez telefon.
# Shown beside the form's first field when two people edited the same part at once.
bids-error-part-conflict = Ktoś inny zapisał tę część wniosku w trakcie Twojej edycji. Twoje odpowiedzi są poniżej; zapisz je jeszcze raz, aby je zachować
bids-error-withdraw-group-only = Tylko sama grupa może wycofać swój wniosek
# $min and $max are the round's smallest and largest awards.
bids-error-amount-between = Wpisz kwotę od { $min } do { $max }
bids-error-amount-empty = Wpisz, o jaką kwotę prosisz

## Each answer's name inside the generic messages ("Enter { $what }", "{ $What } must be … or fewer").
what-bid-title = krótką nazwę projektu
what-bid-summary = opis projektu w jednym zdaniu
what-bid-purpose = opis wydatków
what-bid-need = odpowiedź o potrzebie
what-bid-reach = odpowiedź o zasięgu
what-bid-impact = odpowiedź o efektach

## Why a bid cannot be sent yet (on the check-your-answers page).
bids-problem-verify-email = Zanim wyślesz wniosek, potwierdź swój adres e-mail: użyj linku, który wysłaliśmy Ci e-mailem
bids-problem-return-window-passed = Minął czas na odpowiedź na pytanie zespołu programu
bids-problem-round-upcoming = Ten nabór jeszcze nie przyjmuje wniosków
# $closed is a date and time, "20 January 2027 at 5:00pm".
bids-problem-round-closed = Ten nabór zakończył się { $closed }. Twoja wersja robocza jest zachowana, ale nie można jej już wysłać
bids-problem-money-incomplete = Odpowiedz na wszystkie pytania o pieniądze
bids-problem-case-untold = Opowiedz nam o potrzebie, zasięgu i efektach: dodaj link do filmu lub nagranie albo odpowiedz na piśmie na wszystkie trzy pytania

## A video link.
bids-video-error-not-a-url = Wpisz adres internetowy filmu, np. https://youtu.be/…
bids-video-error-not-https = Adres musi zaczynać się od https://, żeby można go było bezpiecznie otworzyć
bids-video-error-unrecognised = To nie wygląda na link do filmu w YouTube ani w Vimeo. Sprawdź, czy adres jest skopiowany w całości
# Where a video is, when it is not a site we know by name ("Watch on another website").
bids-video-another-website = innej stronie internetowej
# The embedded player's title for screen readers; $title is the bid's title.
bids-video-frame-title = Film: { $title }
# $host is "YouTube", "Vimeo", "Google Drive" … or bids-video-another-website.
bids-video-watch-new-tab = Obejrzyj na { $host } (otwiera się w nowej karcie)
bids-video-watch = Obejrzyj na { $host }

## Uploads. $max_mb is the largest size allowed, in megabytes.
bids-upload-missing-recording = Wybierz film lub nagranie głosowe do przesłania
bids-upload-missing-file = Wybierz plik do dodania
bids-upload-too-large-recording = Nagranie musi być mniejsze niż { $max_mb } MB. Spróbuj krótszego nagrania albo udostępnij je jako link do filmu
bids-upload-too-large-file = Plik musi być mniejszy niż { $max_mb } MB
bids-upload-wrong-type-recording = Plik musi być nagraniem wideo lub audio, np. takim z telefonu
bids-upload-wrong-type-file = Plik musi być PDF-em, obrazem albo dokumentem biurowym, a jego zawartość musi pasować do rodzaju pliku (plik ze zmienioną nazwą zostanie odrzucony)
bids-upload-interrupted = Przesyłanie się nie zakończyło. Sprawdź połączenie z internetem i spróbuj jeszcze raz
# A file's size; $size is a number with one decimal place ("2.4").
bids-size-mb = { $size } MB
bids-size-kb = { $size } KB

## Starting a bid.
bids-start-title = Zacznij wniosek
bids-start-no-group = Najpierw opisz swoją grupę. Robisz to tylko raz.
bids-start-add-first-group = Opisz swoją grupę
bids-start-which-group = Dla której grupy jest ten wniosek?
bids-start-button = Zacznij wniosek
bids-start-add-another-group = Dodaj inną grupę
bids-start-error-no-group = Wybierz, dla której grupy jest ten wniosek
# $round is the round's name, $opens a date and time.
bids-round-opens-on = { $round }: nabór rusza { $opens }.
bids-round-closed-on = { $round }: nabór zakończył się { $closed }, więc nie można już zaczynać nowych wniosków.
bids-round-not-open-title = Ten nabór nie przyjmuje teraz wniosków
bids-round-not-open-link = Zobacz trwające nabory

## The bid's task list.
bids-task-list-title = Twój wniosek
bids-returned-heading = Zespół programu ma pytanie
# $date is the last day to send the bid again.
bids-returned-change-by = Zmień odpowiedzi poniżej, a potem sprawdź wniosek i wyślij go jeszcze raz do { $date }.
bids-returned-change = Zmień odpowiedzi poniżej, a potem sprawdź wniosek i wyślij go jeszcze raz.
# $closes is the round's closing date and time, shown in bold.
bids-task-list-send-by = Wyślij wniosek do { $closes }. Możesz go zapisać i wrócić w dowolnej chwili.
bids-task-money-hint = Nazwa projektu, kwota, o którą prosisz, i na co pójdą pieniądze.
bids-task-case-hint = Link do filmu, przesłane nagranie albo kilka słów na piśmie.
bids-task-files-hint = Coś, co chcesz dodać, np. zdjęcie lub plakat. Nie musisz niczego dodawać.
bids-task-check = Sprawdź odpowiedzi i wyślij
bids-task-check-hint = Możesz to zrobić, gdy części powyżej będą gotowe.
bids-task-ready = Można zacząć
bids-task-cannot-start = Jeszcze nie teraz
bids-progress-not-started = Nie rozpoczęto
bids-progress-in-progress = W trakcie
bids-progress-completed = Gotowe
bids-progress-optional = Nieobowiązkowe
bids-withdraw-button = Wycofaj ten wniosek
# $reference is the bid's reference (SG-2027-0042), shown in bold.
bids-facts-reference = Numer wniosku: { $reference }
# $name is the community connector's name.
bids-facts-assisted-by = Z pomocą: { $name } (animator społeczności)
bids-save-continue = Zapisz i przejdź dalej
bids-save-later = Zapisz i wróć później
bids-kept-answers = Sesja wygasła, zanim odpowiedzi zostały zapisane. Zachowaliśmy wpisany tekst: sprawdź go i zapisz.

## About the money.
bids-money-title = Pieniądze
bids-money-project-name = Krótka nazwa projektu
    .hint = Na przykład: Wtorkowe spacery i rozmowy.
bids-money-summary = Twój projekt w jednym zdaniu
bids-money-amount = O jaką kwotę prosisz?
# $min and $max are the round's smallest and largest awards.
bids-money-amount-hint = Od { $min } do { $max }.
bids-money-purpose = Na co przeznaczysz pieniądze?
    .hint = Wypisz najważniejsze rzeczy, z przybliżonymi kosztami, jeśli je znasz. Na przykład: wynajem sali – 40 £ tygodniowo przez 40 tygodni; osoba prowadząca wsparcie rówieśnicze, płatna za godziny.

## Need, reach and impact.
bids-case-title = Potrzeba, zasięg i efekty
bids-case-intro = Opowiedz nam o tym w sposób, który pasuje Twojej grupie. Komisja traktuje filmy, nagrania i odpowiedzi pisemne tak samo i nie ocenia ortografii, gramatyki ani tego, jak dobrze coś jest napisane.
# A bold term, then what it means.
bids-case-need-term = Potrzeba:
bids-case-need-meaning = kto potrzebuje tego wsparcia i dlaczego jeszcze go nie ma.
bids-case-reach-term = Zasięg:
bids-case-reach-meaning = do kogo dociera Twoja grupa, a inne formy pomocy nie – i do ilu osób.
bids-case-impact-term = Efekty:
bids-case-impact-meaning = co się zmieni i skąd będziesz wiedzieć, że to zadziałało.
bids-case-video-heading = Film
bids-case-video-link = Link do filmu (nieobowiązkowe)
    .hint = Link do YouTube (film może być niepubliczny) lub Vimeo albo link do filmu na Google Drive, Dropboxie lub w podobnym miejscu. Wystarczy kilkuminutowy film nagrany telefonem.
bids-case-recording-heading = Albo nagranie
# $filename is the uploaded file's name, $size its size ("2.4 MB"). A link follows.
bids-case-recording-uploaded = Przesłany plik: { $filename } ({ $size }).
bids-case-recording-replace = Odsłuchaj albo zamień
# $link is a link reading bids-case-recording-none-link.
bids-case-recording-none = { $link } (aparatem lub mikrofonem w telefonie).
bids-case-recording-none-link = Prześlij albo nagraj film lub nagranie głosowe
bids-case-written-heading = Albo kilka słów na piśmie
bids-case-written-optional = Jeśli dodajesz film lub nagranie, nie musisz nic pisać.
bids-need = Potrzeba
bids-reach = Zasięg
bids-impact = Efekty
# The hint under a written answer: $words is about how many words are enough.
bids-word-guide = Wystarczy około { $words } słów. Krótkie notatki też są w porządku.
# $count is how many words the person has written so far.
bids-word-guide-written = Wystarczy około { $words } słów. Liczba słów teraz: { $count }.

## Uploading a recording.
bids-recording-title = Prześlij nagranie
bids-recording-yours = Twoje nagranie
bids-recording-remove = Usuń to nagranie
bids-recording-replace = Zamień je
bids-recording-limit = Do { $max_mb } MB. Większość kilkuminutowych filmów z telefonu jest mniejsza. Wybierz jeden z dwóch sposobów poniżej.
bids-recording-record-now = Nagraj teraz
    .hint = Na telefonie otworzy się aparat lub mikrofon.
bids-recording-choose = Albo wybierz nagranie, które już masz
    .hint = Film lub nagranie głosowe zapisane w telefonie lub na komputerze.
bids-recording-upload-button = Prześlij nagranie
bids-recording-back = Wróć do części „Potrzeba, zasięg i efekty”
# Inside the player, for browsers that cannot play the recording.
bids-recording-download = Pobierz nagranie
bids-flash-recording-uploaded = Nagranie zostało przesłane.

## Supporting files.
bids-files-title = Dodatkowe pliki
bids-files-heading = Dodatkowe pliki (nieobowiązkowe)
bids-files-intro = Nie musisz niczego dodawać. Jeśli masz coś, co pomaga pokazać pracę Twojej grupy, np. zdjęcie, ulotkę albo krótki plan, dodaj to tutaj.
# After a file's name: its size ("2.4 MB").
bids-files-size = ({ $size })
# A button beside each file; $filename is the file's name.
bids-files-remove = Usuń { $filename }
bids-files-add = Dodaj plik
bids-files-add-hint = PDF, zdjęcie albo dokument biurowy, do { $max_mb } MB.
bids-files-add-button = Dodaj plik
bids-files-back = Wróć do wniosku
bids-files-continue = Dalej
# $filename is the file's name.
bids-flash-file-added = Dodano plik { $filename }.
bids-flash-file-removed = Plik został usunięty.

## Every answer, as the panel will see them.
bids-answer-project = Projekt
bids-answer-summary = W jednym zdaniu
bids-answer-amount = Kwota
bids-answer-purpose = Na co pójdą pieniądze
bids-answer-places = Obszary działania
bids-places-legend = Na jakich obszarach będzie działać Twój projekt?
bids-places-hint = Zaznacz każdy obszar, na którym mieszkają lub spotykają się osoby, którym pomagasz. Jeśli kod pocztowy Twojej grupy leży na jednym z nich, jest już zaznaczony: zmień to, jeśli się nie zgadza.
bids-places-or = lub
bids-places-elsewhere = Gdzie indziej
bids-places-none = Nic nie zaznaczono. Obszar grupy: { $area }
bids-answer-video = Film
bids-answer-recording = Nagranie
bids-not-answered = Brak odpowiedzi
bids-none = Brak
# A link to change a part; the part's name below follows it for screen readers only.
bids-change = Zmień
bids-change-money = informacje o pieniądzach
bids-change-case = odpowiedzi o potrzebie, zasięgu i efektach
bids-change-recording = nagranie
bids-change-files = dodatkowe pliki

## Checking and sending.
bids-check-title = Sprawdź odpowiedzi, zanim wyślesz wniosek
bids-check-cannot-send = Tego wniosku nie można jeszcze wysłać
bids-check-send-heading = Teraz wyślij wniosek
bids-check-declaration = Wysyłając ten wniosek, potwierdzasz, że według Twojej wiedzy wszystko, co nam przekazujesz, jest prawdą i że Twoja grupa zgadza się na wysłanie wniosku.
bids-check-send-button = Potwierdź i wyślij

## The bid is sent.
bids-sent-title = Wniosek wysłany
bids-sent-reference = Twój numer wniosku
# $email is the sender's email address, shown in bold.
bids-sent-receipt = Wysłaliśmy potwierdzenie na adres { $email }.
bids-sent-next-heading = Co dalej
bids-sent-next-check = Zespół programu sprawdzi Twój wniosek. Jeśli pojawi się pytanie, napiszemy do Ciebie e-mail i będzie można zmienić odpowiedzi.
bids-sent-next-panel = Potem wniosek oceni komisja, w której zasiadają także osoby, które same doświadczyły podobnych trudności. Liczą się potrzeba i zasięg.
# $date is the day the round's decisions are due.
bids-sent-next-decision = Decyzję poznasz do { $date }.
# Two links: $bid_link reads bids-sent-bid-link, $dashboard_link bids-sent-dashboard-link.
bids-sent-links = { $bid_link } albo { $dashboard_link }
bids-sent-bid-link = Zobacz swój wniosek
bids-sent-dashboard-link = przejdź do swoich grup i wniosków
bids-flash-withdrawn = Wniosek został wycofany.

## A sent bid's page.
# $date is the day the round's decisions are due.
bids-summary-waiting = Twój wniosek został wysłany i czeka, aż sprawdzi go zespół programu. Decyzję poznasz do { $date }.

## The bid's history: one line per step, after its date and time. $who is a person's name, or
## bids-history-programme-team.
## Polish: $who stands in brackets at the end, so no verb has to agree with a person's gender.
bids-history-heading = Historia
bids-history-programme-team = zespół programu
bids-history-started = Rozpoczęto wniosek ({ $who }).
bids-history-submitted = Wysłano wniosek ({ $who }).
bids-history-resubmitted = Wysłano wniosek jeszcze raz, ze zmianami ({ $who }).
bids-history-withdrawn = Wycofano wniosek ({ $who }).
# The programme team's words follow on the next line.
bids-history-returned = Zespół programu odesłał wniosek z pytaniem:
bids-history-marked-ineligible = Zespół programu uznał, że wniosek nie spełnia warunków tego naboru:
bids-history-review-started = Komisja zaczęła oceniać wniosek.
bids-history-awarded = Zaproponowano grant dla tego wniosku.
bids-history-declined = Wniosek nie otrzymał dofinansowania. Informacja zwrotna od zespołu programu:
bids-history-waitlisted = Wniosek trafił na listę rezerwową, na wypadek gdyby pojawiło się więcej pieniędzy.
bids-history-offer-accepted = Przyjęto propozycję grantu ({ $who }).
bids-history-offer-declined = Zrezygnowano z grantu ({ $who }).
bids-history-cancelled = Grant został anulowany:
# $amount is the amount paid.
bids-history-payment = Grupa otrzymała wpłatę: { $amount }.
bids-history-payment-unknown = Grupa otrzymała wpłatę.
bids-history-report-submitted = Wysłano sprawozdanie końcowe ({ $who }).
bids-history-report-updated = Zmieniono sprawozdanie końcowe ({ $who }).
bids-history-completed = Grant został zakończony.
bids-history-confirmed-by-group = Osoba do kontaktu z grupy potwierdziła wniosek.

## The group's contact confirms a bid a community connector sent with them.
bids-confirm-title = Sprawdź wniosek wysłany w imieniu Twojej grupy
# $name is the community connector's name.
bids-confirm-sent-by = Ten wniosek wysłano razem z Twoją grupą, z pomocą animatora społeczności: { $name }.
bids-confirm-done = Dziękujemy: wniosek jest potwierdzony.
bids-confirm-button = Wszystko się zgadza: potwierdzam wniosek
bids-confirm-if-wrong = Jeśli coś się nie zgadza, skontaktuj się z animatorem społeczności albo z zespołem programu.
bids-flash-confirmed = Dziękujemy za potwierdzenie wniosku.

## Pytanie przed wycofaniem wniosku. $title to tytuł wniosku.
bids-withdraw-confirm-title = Wycofać „{ $title }”?
bids-withdraw-confirm-final = Wycofania nie można cofnąć. Wniosek nie zostanie oceniony ani sfinansowany i nie można go wysłać ponownie.
bids-withdraw-confirm-kept = Wasze odpowiedzi zostaną na stronie wniosku, żebyście mogli je przeczytać.
# $closes to data i godzina zamknięcia naboru.
bids-withdraw-confirm-new-bid = Możecie rozpocząć nowy wniosek, dopóki nabór jest otwarty, czyli do { $closes }.
bids-withdraw-confirm-button = Tak, wycofaj wniosek
bids-withdraw-confirm-back = Nie, wróć do wniosku

## Komunikat na następnej stronie po zapisaniu części wniosku.
bids-saved = Zapisano.
bids-saved-nothing = Na tamtej stronie nic nie wpisano, więc nic nie zostało zapisane.
# $missing wymienia, czego jeszcze brakuje.
bids-saved-missing = Zapisano. Zanim wyślecie wniosek, dodajcie: { $missing }.
what-bid-amount = o jaką kwotę prosicie
what-bid-case = film, nagranie albo kilka słów o każdym z punktów: potrzeba, zasięg i efekty

## Na stronie „Wniosek wysłany”, jeden raz: nieobowiązkowe pytania o to, kto prowadzi grupę.
bids-sent-equality-heading = Jeszcze jedno, jeśli macie 2 minuty (nieobowiązkowe)
bids-sent-equality-why = Pytamy każdą grupę, kto ją prowadzi i komu pomaga, żeby sprawdzić, czy pieniądze docierają do każdej społeczności, i żeby zobaczyć, kogo brakuje. Komisja nigdy nie widzi Waszych odpowiedzi i nie wpływają one na ocenę wniosku. Możecie to pominąć.
bids-sent-equality-link = Powiedzcie nam, kto prowadzi Waszą grupę

## O których częściach mówi film lub nagranie.
bids-case-covers-legend = Jeśli wysyłacie film albo nagranie, o czym w nim mówicie?
bids-case-covers-hint = Odznaczcie to, o czym nie ma mowy, i napiszcie o tym kilka słów poniżej.
bids-case-covers-need = Mówimy w nim o potrzebie
bids-case-covers-reach = Mówimy w nim o zasięgu
bids-case-covers-impact = Mówimy w nim o efektach
bids-told-in-video = Opowiedziane w filmie
bids-told-in-recording = Opowiedziane w nagraniu

## Przed wysłaniem, gdy panel będzie musiał otworzyć film na innej stronie.
bids-check-video-elsewhere = Komisja obejrzy Wasz film na { $host }, a nie na tej stronie. Sprawdźcie, proszę, czy każdy, kto ma link, może go obejrzeć bez logowania.
bids-check-video-drive = Komisja obejrzy Wasz film tutaj, prosto z Google Drive. Sprawdźcie, proszę, czy jest udostępniony z ustawieniem „Każda osoba mająca link”. Inaczej komisja nie będzie mogła go odtworzyć.
bids-check-video-unknown-site = Nie rozpoznajemy tej strony jako serwisu z filmami, więc komisja będzie musiała otworzyć link tam. Sprawdźcie, proszę, czy otwiera się dla każdego bez logowania, albo użyjcie linku do YouTube lub Vimeo, albo prześlijcie film.
