## A community group's pages: its profile, members, invitations and equality answers.

## Kinds of group (the choice on the group form, and the group's page).
groups-kind-unregistered = Grupa nieformalna (niezarejestrowana)
groups-kind-faith = Grupa religijna
groups-kind-charity = Zarejestrowana organizacja charytatywna (charity)
groups-kind-cio = Organizacja charytatywna z osobowością prawną (CIO)
groups-kind-cic = Spółka działająca na rzecz społeczności (CIC)
groups-kind-community-benefit-society = Stowarzyszenie na rzecz społeczności (community benefit society)
groups-kind-social-enterprise = Przedsiębiorstwo społeczne
groups-kind-other = Inna forma

## The group form (/groups/new and /groups/{id}/edit).
groups-new-title = Opisz swoją grupę
groups-edit-title = Zmień dane grupy
groups-form-intro = Robisz to tylko raz. Każdy wniosek Twojej grupy korzysta z tych danych.
groups-first-title = Witaj! Teraz opisz swoją grupę
groups-first-intro = Dziękujemy za otwarcie linku z e-maila. Gdy zapiszesz dane grupy, Twoje konto będzie gotowe i zaczniesz wniosek. Robisz to tylko raz.
groups-name = Nazwa grupy
groups-kind = Czym jest Twoja grupa?
    .hint = Małe i niezarejestrowane grupy są mile widziane: Twoja grupa nie musi być organizacją charytatywną.
groups-registration = Numery rejestracyjne (tylko jeśli grupa jest zarejestrowana)
    .hint = Pomińcie to, jeśli grupa nie jest zarejestrowana: większość małych grup nie jest.
groups-charity-number = Numer organizacji charytatywnej (nieobowiązkowo)
    .hint = Anglia i Walia: 7 cyfr. Szkocja: zaczyna się od SC. Irlandia Północna: zaczyna się od NIC.
groups-company-number = Numer spółki (nieobowiązkowo)
    .hint = 8 znaków, z rejestru Companies House.
# Also the label of the group's area on its page.
groups-area = Obszar działania
    .hint = Na przykład Sparkbrook i Balsall Heath albo całe Riverside.
groups-postcode = Kod pocztowy (nieobowiązkowe)
groups-website = Strona internetowa lub profil w mediach społecznościowych (nieobowiązkowe)
# Also the label of the contact's details on the group's page.
groups-contact = Główna osoba do kontaktu
    .hint = Osoba, z którą zespół programu ma rozmawiać o wnioskach grupy.
groups-contact-name = Imię i nazwisko
groups-contact-email = Adres e-mail
groups-contact-phone = Numer telefonu (nieobowiązkowe)
groups-as-connector = Zakładam tę grupę razem z jej członkami, jako animator społeczności
    .hint = Zaprosimy do grupy jej główną osobę do kontaktu, a przy wnioskach, w których pomagasz, będzie to zaznaczone.
groups-save = Zapisz grupę

## Problems with the group form. The `what-…` messages are the field's name inside a sentence
## ("Enter your group's name", "The area must be 150 characters or fewer").
what-group-name = nazwę grupy
what-group-area = obszar działania
what-group-contact-name = imię i nazwisko osoby do kontaktu
what-group-phone = numer telefonu
groups-error-kind = Wybierz, czym jest Twoja grupa
groups-error-charity-number = Wpisz numer organizacji charytatywnej, np. 1234567, SC012345 lub NIC100123, albo zostaw to pole puste
groups-error-company-number = Wpisz numer spółki, np. 01234567 lub SC123456, albo zostaw to pole puste
groups-error-postcode = Wpisz pełny brytyjski kod pocztowy, np. B11 1AA, albo zostaw to pole puste
groups-error-website = Wpisz adres strony internetowej, np. www.ourgroup.org.uk
groups-error-phone = Wpisz numer telefonu, używając tylko cyfr, spacji i znaku +

## A group's page (/groups/{id}).
# Above the group's name.
groups-caption = Grupa
groups-summary-kind = Forma
groups-summary-charity-number = Numer organizacji charytatywnej
groups-summary-company-number = Numer spółki
groups-summary-website = Strona internetowa
# A detail the group has not given.
groups-none = Brak
groups-change-details = Zmień dane grupy
# $link is the link below.
groups-download-data = { $link } (plik JSON)
groups-download-data-link = Pobierz wszystkie dane, które mamy o Twojej grupie
groups-bids = Wnioski
# $link is the link below.
groups-no-bids = Nie ma jeszcze wniosków. { $link }.
groups-no-bids-link = Zobacz nabory, w których można teraz składać wnioski
# One of the group's bids: $bid is the bid's title (a link), $round the round's name.
groups-bid-for-round = { $bid } – nabór { $round }
groups-members = Członkowie
# After a member's name.
groups-member-connector = (animator społeczności)
# After the reader's own name in the list of members.
groups-member-you = (Ty)
# A button; $name is the member's name.
groups-remove-member = Usuń z grupy: { $name }
# $emails is a list of email addresses.
groups-invited = Wysłane zaproszenia, na razie bez odpowiedzi: { $emails }
groups-invite-email = Zaproś kogoś do grupy
    .hint = Wyślemy tej osobie e-mailem link do dołączenia. Potem będzie mogła razem z Tobą pracować nad wnioskami grupy.
groups-send-invitation = Wyślij zaproszenie
groups-leave = Opuść tę grupę
groups-equality-heading = Kto kieruje Twoją grupą i dla kogo ona działa (nieobowiązkowe)
groups-equality-why = Programy chcą wiedzieć, czy ich pieniądze trafiają do grup, które wcześniej były pomijane. Te pytania są dobrowolne. Komisja, która ocenia Twoje wnioski, nigdy nie widzi odpowiedzi, a w raportach pojawiają się one tylko jako sumy — chyba że Twoja grupa dostanie grant i przy jego przyjmowaniu zdecyduje się opublikować je razem z informacją o grancie.
# $link is the link "Change your answers".
groups-equality-answered = Odpowiedzi na te pytania są już zapisane. { $link }
groups-equality-change = Zmień odpowiedzi
# $link is the link "Answer the questions".
groups-equality-not-answered = { $link } (możesz wybrać „Wolę nie odpowiadać”)
groups-equality-answer = Odpowiedz na pytania

## What happens after a change to a group (shown at the top of the next page).
# $name is the group's name.
groups-flash-added = Dodano grupę { $name }.
groups-flash-welcome = Witaj, { $name }! Twoje konto jest gotowe. Dodano grupę { $group }.
groups-flash-saved = Dane grupy zostały zapisane.
groups-flash-invited = Wysłaliśmy zaproszenie na adres { $email }.
groups-flash-member-removed = Ta osoba nie należy już do grupy.
# $name is the group's name.
groups-flash-left = Nie należysz już do grupy { $name }.
groups-flash-equality-saved = Dziękujemy. Odpowiedzi zostały zapisane.
groups-flash-equality-removed = Odpowiedzi zostały usunięte.
# $name is the group's name.
groups-flash-joined = Należysz teraz do grupy { $name }.

## Changes to a group that are refused.
groups-error-last-member = Grupa zawsze musi mieć co najmniej jednego członka, więc ostatni członek nie może jej opuścić ani zostać z niej usunięty
groups-error-already-member = Ta osoba już należy do grupy
groups-error-not-member = Ta osoba nie należy do tej grupy
groups-error-invitation-invalid = Ten link z zaproszeniem jest nieprawidłowy albo wygasł. Poproś grupę o nowe zaproszenie
groups-error-invitation-someone-else = To zaproszenie zostało wysłane na inny adres e-mail

## The equality questions (/groups/{id}/equality).
groups-equality-title = Kto kieruje Twoją grupą i dla kogo ona działa
groups-equality-intro = Te pytania są nieobowiązkowe. Odpowiedzi przechowujemy osobno od wniosków i nigdy nie pokazujemy ich komisji. Raporty pokazują je tylko jako sumy, a małe liczby widzi tylko zespół programu. Jeśli Twoja grupa dostanie grant, przy jego przyjmowaniu możesz zdecydować, czy opublikować zaznaczone opisy (nigdy notatki) razem z informacją o grancie w otwartych danych programu.
groups-leadership = Kto kieruje Twoją grupą?
    .hint = Zaznacz opisy, które pasują do większości osób kierujących grupą lub ją prowadzących.
groups-beneficiaries = Dla kogo przede wszystkim działa Twoja grupa?
    .hint = Zaznacz opisy, które pasują do ludzi, dla których przede wszystkim jest Twoja grupa.
groups-equality-your-answer = Twoja odpowiedź
groups-equality-option-answered = Opiszę to
groups-equality-option-general = Nie dla konkretnej grupy: dla wszystkich z naszej okolicy
groups-equality-option-prefer-not-to-say = Wolę nie odpowiadać
groups-equality-note = Własnymi słowami (nieobowiązkowe)
    .hint = Na przykład: osoby, które same przeszły kryzys psychiczny, albo mieszkańcy konkretnej dzielnicy.
groups-equality-save = Zapisz odpowiedzi
groups-equality-clear = Usuń wszystkie moje odpowiedzi
what-group-equality-note = opis
groups-error-equality-answer = Wybierz odpowiedź albo „Wolę nie odpowiadać”
groups-error-equality-nothing-ticked = Zaznacz co najmniej jeden opis, opisz to własnymi słowami albo wybierz inną odpowiedź

## An invitation to join a group (/invitations/{token}).
# $group is the group's name.
groups-invitation-title = Dołącz do grupy { $group }
groups-invitation-intro = Masz zaproszenie do tej grupy: po dołączeniu zobaczysz jej wnioski i będzie można razem nad nimi pracować.
groups-invitation-join = Dołącz do grupy
# $sign_in and $register are the two links below.
groups-invitation-sign-in-first = Najpierw { $sign_in } albo { $register }.
groups-invitation-sign-in = zaloguj się
groups-invitation-register = załóż konto
groups-invitation-dead-title = Nie można użyć tego zaproszenia
groups-invitation-dead = Link jest nieprawidłowy, został już użyty albo wygasł. Poproś grupę o ponowne zaproszenie.
groups-invitation-someone-else-title = To zaproszenie jest dla kogoś innego
groups-invitation-someone-else = Zostało wysłane na inny adres e-mail niż ten, którym się logujesz. Wyloguj się i zaloguj adresem, na który przyszło zaproszenie, albo poproś grupę o zaproszenie Twojego obecnego adresu.
groups-invitation-to-dashboard = Przejdź do swoich grup i wniosków

## The 360Giving standard's descriptions of groups of people (the equality questions' boxes,
## and the equity report). Codes DEI…: a population group (…0000), the categories within it
## and their subcategories. Translate the meaning; the codes are what open data publishes.
groups-dei-010000 = Społeczności doświadczające nierówności rasowych
groups-dei-010100 = Osoby czarnoskóre, pochodzenia afrykańskiego lub karaibskiego, czarnoskórzy Brytyjczycy
groups-dei-010110 = Pochodzenie afrykańskie
groups-dei-010120 = Pochodzenie karaibskie
groups-dei-010199 = Inne pochodzenie czarnoskóre, afrykańskie lub karaibskie
groups-dei-010200 = Pochodzenie mieszane
groups-dei-010210 = Pochodzenie białe i czarnoskóre
groups-dei-010220 = Pochodzenie białe i azjatyckie
groups-dei-010299 = Inne pochodzenie mieszane lub wieloetniczne
groups-dei-010300 = Osoby pochodzenia azjatyckiego, Brytyjczycy pochodzenia azjatyckiego
groups-dei-010310 = Pochodzenie indyjskie
groups-dei-010320 = Pochodzenie pakistańskie
groups-dei-010330 = Pochodzenie bangladeskie
groups-dei-010340 = Pochodzenie chińskie
groups-dei-010399 = Inne pochodzenie azjatyckie
groups-dei-019900 = Inna grupa doświadczająca nierówności etnicznych lub rasowych
groups-dei-019910 = Pochodzenie arabskie
groups-dei-019920 = Pochodzenie żydowskie
groups-dei-019930 = Społeczności romskie, cygańskie (Gypsy) i wędrowne (Travellers)
groups-dei-019999 = Inna grupa etniczna
groups-dei-020000 = Osoby z niepełnosprawnościami
groups-dei-020100 = Niepełnosprawność fizyczna
groups-dei-020110 = Ograniczona sprawność ruchowa
groups-dei-020120 = Niepełnosprawność wzroku, słabowzroczność, utrata wzroku
groups-dei-020130 = Niedosłuch, głuchota, utrata słuchu
groups-dei-020140 = Zaburzenia mowy
groups-dei-020200 = Zdrowie psychiczne
groups-dei-020300 = Różnice poznawcze
groups-dei-020310 = Niepełnosprawność intelektualna
groups-dei-020320 = Specyficzne trudności w uczeniu się
groups-dei-020330 = Neuroróżnorodność
groups-dei-020400 = Zdrowie fizyczne
groups-dei-029900 = Inne
groups-dei-030000 = Wyznanie
groups-dei-030100 = Katolicy
groups-dei-030200 = Protestanci
groups-dei-030300 = Inne wyznania chrześcijańskie
groups-dei-030400 = Buddyści
groups-dei-030500 = Hinduiści
groups-dei-030600 = Wyznawcy judaizmu
groups-dei-030700 = Muzułmanie
groups-dei-030800 = Sikhowie
groups-dei-030900 = Ateiści
groups-dei-031000 = Agnostycy
groups-dei-039900 = Inne
groups-dei-040000 = Osoby LGBT+
groups-dei-040100 = Osoby biseksualne
groups-dei-040110 = Biseksualni mężczyźni
groups-dei-040120 = Biseksualne kobiety
groups-dei-040200 = Geje
groups-dei-040300 = Lesbijki, homoseksualne kobiety
groups-dei-040400 = Osoby transpłciowe
groups-dei-040410 = Transpłciowi mężczyźni
groups-dei-040420 = Transpłciowe kobiety
groups-dei-040500 = Osoby niebinarne
groups-dei-049900 = Inne
groups-dei-050000 = Migranci
groups-dei-050100 = Osoby ubiegające się o azyl
groups-dei-050200 = Uchodźcy
groups-dei-050300 = Osoby bez uregulowanego statusu pobytowego
groups-dei-059900 = Inni migranci
groups-dei-060000 = Osoby starsze
groups-dei-070000 = Dzieci i młodzież
groups-dei-070100 = Młodzi dorośli
groups-dei-070200 = Młodzież
groups-dei-070300 = Dzieci
groups-dei-070400 = Niemowlęta
groups-dei-080000 = Osoby w trudnej sytuacji edukacyjnej lub ekonomicznej
groups-dei-090000 = Kobiety i dziewczęta
groups-dei-700000 = Osoby posługujące się językiem walijskim
groups-dei-800010 = Społeczność protestancka
groups-dei-800020 = Społeczność katolicka
groups-dei-800030 = Żadna z nich
