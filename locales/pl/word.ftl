## The group's own word where a community connector helps it: only the group can send its bid
## or accept an offer. The connector asks the group's contact by an emailed link, or records
## that the contact said yes on the phone. $contact is the contact's name.

word-send-heading = Grupa sama wysyła wniosek
word-send-intro = Tylko grupa może wysłać swój wniosek. Poproś osobę do kontaktu ({ $contact }), żeby go przeczytała i się zgodziła.
word-send-email-button = Prześlij e-mailem link do wysłania wniosku
word-send-phone-button = Wyślij wniosek: zgoda przez telefon
word-accept-heading = Grupa sama przyjmuje propozycję grantu
word-accept-intro = Tylko grupa może przyjąć propozycję grantu. Poproś osobę do kontaktu ({ $contact }), żeby ją przeczytała i się zgodziła.
word-accept-email-button = Prześlij e-mailem link do przyjęcia propozycji
word-accept-phone-button = Przyjmij propozycję: zgoda przez telefon
word-waiting = Wysłaliśmy link na adres { $email } ({ $date }). Nic więcej się nie stanie, dopóki ta osoba go nie użyje. Możesz wysłać go jeszcze raz albo zamiast tego zapisać rozmowę telefoniczną.
word-by-email-heading = E-mailem
word-by-email = Wyślemy na adres { $email } link do wniosku. Osoba do kontaktu przeczyta wniosek i sama naciśnie przycisk.
word-by-phone-heading = Przez telefon
word-by-phone = Jeśli przed chwilą była rozmowa telefoniczna i padła zgoda, zapisz to tutaj. Zapamiętamy, z kim i kiedy była rozmowa.
word-spoke-with = Kto się zgodził?
    .hint = Imię i nazwisko osoby, z którą była rozmowa
what-word-spoke-with = imię i nazwisko osoby, która się zgodziła

word-flash-asked = Wysłaliśmy link na adres { $email }. Gdy zostanie użyty, zmieni się status wniosku.
word-flash-accepted-on-phone = Propozycja grantu została przyjęta. Zapisaliśmy, kto się zgodził i kiedy.

## The pages the group's contact opens from the email. $connector is the connector's name.
word-send-page-title = Przeczytaj wniosek i wyślij go
word-send-done-title = Wniosek został wysłany
word-send-page-intro = Ten wniosek przygotowano razem z Twoją grupą, z pomocą animatora społeczności ({ $connector }). Przeczytaj go, proszę. Jeśli mówi to, co Twoja grupa chce przekazać, wyślij go.
word-send-page-button = Wyślij nasz wniosek
word-send-done = Wniosek został wysłany. Jego numer to { $reference }. Zespół programu się odezwie.
word-if-wrong = Jeśli coś trzeba zmienić, nie wysyłaj wniosku: powiedz o tym animatorowi ({ $connector }) albo skontaktuj się z zespołem programu (dane poniżej).
word-accept-page-title = Propozycja grantu dla Twojej grupy
word-accept-done-title = Propozycja przyjęta
word-accept-done = Dziękujemy. Twoja grupa przyjęła propozycję grantu. Zespół programu odezwie się w sprawie wypłaty.
word-accept-questions = Jeśli masz pytanie o propozycję, przed jej przyjęciem skontaktuj się z zespołem programu (dane poniżej).
word-gone = Ten link nie jest już potrzebny: wniosek przeszedł do kolejnego etapu. Jeśli nie wiesz, co się stało, skontaktuj się z zespołem programu (dane poniżej).
