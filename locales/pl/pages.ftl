## Pages with fixed content: the accessibility statement and the privacy notices. Names of
## laws, articles and regulators (UK GDPR, Article 6(1)(e), ICO, EHRC) stay as they are; a short
## Polish explanation in brackets may follow the first mention ("UK GDPR – brytyjskie RODO").

## Accessibility statement.
pages-accessibility-title = Deklaracja dostępności
# $site is the portal's address; $operator the organisation that runs it.
pages-accessibility-applies = Ta deklaracja dotyczy portalu małych grantów pod adresem { $site }, który prowadzi { $operator }.
pages-accessibility-intro = Chcemy, żeby z tego portalu mogło korzystać jak najwięcej osób: na telefonie lub komputerze, za pomocą klawiatury, czytnika ekranu lub rozpoznawania mowy, także z tekstem powiększonym do 400%.
pages-accessibility-ways-to-apply = O grant możesz się ubiegać, wysyłając film, nagranie głosowe albo kilka słów na piśmie: nigdy nie oceniamy tego, jak dobrze wniosek jest napisany.
pages-accessibility-status-heading = Na ile portal jest dostępny
# One of the three, as a site admin sets it. WCAG is the name of the standard; keep its name and version.
pages-accessibility-status-full = Ten portal jest w pełni zgodny z wytycznymi WCAG 2.2 (Web Content Accessibility Guidelines – międzynarodowe zasady dostępności stron internetowych) na poziomie AA.
pages-accessibility-status-partial = Ten portal jest częściowo zgodny z wytycznymi WCAG 2.2 (Web Content Accessibility Guidelines – międzynarodowe zasady dostępności stron internetowych) na poziomie AA, ponieważ części wymienione poniżej nie są jeszcze dostępne.
pages-accessibility-status-not = Ten portal nie jest zgodny z wytycznymi WCAG 2.2 (Web Content Accessibility Guidelines – międzynarodowe zasady dostępności stron internetowych) na poziomie AA. Części, które nie są dostępne, wymieniamy poniżej.
pages-accessibility-gaps-heading = Co nie jest dostępne
# What is known not to be accessible, shown until a site admin writes their own list.
pages-accessibility-gap-recordings = Filmy i nagrania głosowe, które grupy wysyłają z wnioskami, nie mają napisów ani wersji tekstowej, chyba że grupa ją doda. Komisja może poprosić zespół programu o wersję tekstową.
pages-accessibility-gap-video-links = Linki do filmów otwierają się na innych stronach (np. YouTube lub Google Drive), na które nie mamy wpływu i które mogą nie być dostępne.
pages-accessibility-gap-translations = Wersje portalu po polsku i w języku urdu to wstępne tłumaczenia. Nie sprawdziła ich jeszcze osoba biegle znająca te języki.
pages-accessibility-other-format-heading = Informacje w innej formie
pages-accessibility-other-format = Jeśli potrzebujesz informacji z tego portalu w innej formie, np. dużym drukiem, w wersji łatwej do czytania, jako nagranie audio lub alfabetem Braille'a, albo chcesz złożyć wniosek przez telefon, skontaktuj się z nami:
pages-accessibility-reply = Odpowiemy w ciągu 5 dni roboczych.
pages-accessibility-problem-heading = Zgłaszanie problemów
pages-accessibility-problem = Jeśli coś w tym portalu nie działa tak, jak potrzebujesz, albo zauważysz problem, którego nie wymieniamy na tej stronie, napisz do nas:
pages-accessibility-enforcement-heading = Jeśli nasza odpowiedź Cię nie zadowala
# Followed by a link to pages-accessibility-eass: "skontaktuj się z" takes the service's name.
pages-accessibility-enforcement = Nad przestrzeganiem przepisów o dostępności, Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018, czuwa Equality and Human Rights Commission (EHRC – brytyjska Komisja ds. Równości i Praw Człowieka). Jeśli nie zgadzasz się z tym, jak odpowiedzieliśmy na Twoją skargę, skontaktuj się z
pages-accessibility-eass = Equality Advisory and Support Service (EASS – bezpłatna poradnia w sprawach równego traktowania)
pages-accessibility-testing-heading = Jak sprawdzaliśmy ten portal
pages-accessibility-how = Staramy się spełniać wytyczne WCAG 2.2 na poziomie AA. Każda strona działa bez JavaScriptu.
pages-accessibility-testing = Przed każdym wydaniem nowej wersji automatyczne testy otwierają każdą stronę na ekranie wielkości telefonu i na ekranie komputera, w każdym języku portalu, i sprawdzają ją narzędziem do badania dostępności axe. Przechodzą też najważniejsze ścieżki w portalu, używając tylko klawiatury.
pages-accessibility-prepared-heading = Kiedy przygotowano tę deklarację
# $prepared and $reviewed are dates ("2 grudnia 2026").
pages-accessibility-prepared = Deklarację przygotowano { $prepared }. Ostatnio sprawdziliśmy ją { $reviewed }.

## Privacy notices: the installation's (accounts) and each programme's (bids and grants).
pages-privacy-title = Informacja o prywatności
pages-privacy-intro = Wyjaśniamy tu, co ten portal przechowuje o Tobie, dlaczego, kto to widzi, jak długo to przechowujemy i jakie masz prawa.
pages-privacy-who-heading = Kto odpowiada za Twoje dane
pages-privacy-who-installation = Za Twoje konto odpowiada organizacja, która prowadzi ten portal. W przepisach o ochronie danych nazywa się ją „administratorem danych” (data controller).
pages-privacy-who-programmes = Każdy program grantowy odpowiada za wnioski i granty, które do niego trafiają. Każdy ma własną informację o prywatności:
pages-privacy-controller = Administrator danych
pages-privacy-operator-unnamed = Organizacja, która prowadzi ten portal
pages-privacy-contact = Kontakt
pages-privacy-dpo = Inspektor ochrony danych
pages-privacy-dpo-ask = Napisz na adres kontaktowy podany wyżej i poproś o kontakt z inspektorem ochrony danych.
pages-privacy-kept-heading = Co przechowujemy, dlaczego i na jakiej podstawie prawnej
pages-privacy-kept-caption-account = Twoje konto
pages-privacy-kept-caption-bids = Twoja grupa, jej wnioski i granty
pages-privacy-col-why = Dlaczego
pages-privacy-col-basis = Podstawa prawna
pages-privacy-col-how-long = Jak długo przechowujemy
pages-privacy-kept-account = Twoje imię i nazwisko, adres e-mail, hasło (zaszyfrowane tak, że nikt nie może go odczytać) i język, w którym czytasz portal
pages-privacy-why-account = Aby umożliwić Ci logowanie i pisać do Ciebie w sprawie Twoich wniosków
pages-privacy-kept-security = Kiedy logowano się na Twoje konto, nieudane próby logowania oraz aplikacja, której używasz do logowania dwuetapowego
pages-privacy-why-security = Aby chronić Twoje konto i pieniądze z grantów
pages-privacy-basis-public-task = Zadanie publiczne (UK GDPR – brytyjskie RODO, Article 6(1)(e)): przekazywanie publicznych pieniędzy na zdrowie lokalnych społeczności
pages-privacy-long-account = Dopóki Twoje konto jest otwarte. W każdej chwili możesz poprosić nas o jego zamknięcie.
pages-privacy-emails = Kopię każdego wysłanego przez nas e-maila przechowujemy razem z dokumentami, których dotyczy. Linki do logowania i do ustawienia nowego hasła usuwamy z naszej kopii zaraz po wysłaniu e-maila.
pages-privacy-kept-group = Dane Twojej grupy: nazwa, rodzaj, obszar działania, numery rejestracyjne i osoby do kontaktu
pages-privacy-why-group = Aby wiedzieć, kto składa wniosek, i móc się z Tobą skontaktować
pages-privacy-kept-bid = Twoje wnioski: to, co piszesz, linki do filmów i pliki, które dodajesz
pages-privacy-why-bid = Aby uczciwie zdecydować, kto dostanie pieniądze, i rozliczyć się z pieniędzy publicznych
pages-privacy-kept-recording = Filmy i nagrania głosowe, które przesyłasz
# $months is a number.
pages-privacy-long-recording = { $months ->
        [one] { $months } miesiąc
        [few] { $months } miesiące
       *[many] { $months } miesięcy
    } po ostatniej decyzji w sprawie wniosku, potem usuwamy je automatycznie. Samą decyzję przechowujemy dalej.
pages-privacy-kept-scores = Oceny i uwagi komisji dotyczące Twojego wniosku
pages-privacy-why-scores = Aby podejmować uczciwe decyzje i móc pokazać, jak zapadły
pages-privacy-kept-equality = Twoje odpowiedzi na nieobowiązkowe pytania o to, kto kieruje Twoją grupą i dla kogo ona działa
pages-privacy-why-equality = Aby sprawdzić, czy pieniądze docierają do każdej społeczności, i zobaczyć, kogo brakuje
pages-privacy-basis-equality = Zadanie publiczne (UK GDPR Article 6(1)(e)), a dla tych danych szczególnej kategorii także ważny interes publiczny, czyli równe szanse dla wszystkich (Article 9(2)(g) oraz Data Protection Act 2018, Schedule 1, paragraph 8). Publikujemy je razem z grantem tylko za wyraźną zgodą Twojej grupy (Article 9(2)(a)).
pages-privacy-kept-grant = Granty, wypłaty i sprawozdania końcowe
pages-privacy-why-grant = Aby wypłacać granty i pokazać, co dzięki nim osiągnięto
pages-privacy-basis-grant = Zadanie publiczne (UK GDPR Article 6(1)(e)) oraz przepisy o przechowywaniu dokumentów finansowych (Article 6(1)(c))
pages-privacy-long-records-default = 6 lat od końca roku finansowego, w którym kończy się grant albo w którym zapadła decyzja w sprawie wniosku
pages-privacy-equality-heading = Pytania o to, kto kieruje Twoją grupą
pages-privacy-equality-questions = Pytania o to, kto kieruje Twoją grupą i dla kogo ona działa, są nieobowiązkowe. Odpowiedzi przechowujemy osobno od wniosku i nigdy nie pokazujemy ich osobom, które go oceniają. Publikujemy je tylko wtedy, gdy Twoja grupa, przyjmując grant, sama zdecyduje się je opublikować razem z informacją o grancie (tylko zaznaczone opisy, nigdy notatki).
pages-privacy-equality-special = Odpowiedzi o pochodzeniu etnicznym, wyznaniu, niepełnosprawności, orientacji seksualnej lub zdrowiu to w przepisach o ochronie danych „dane szczególnej kategorii”, które są dodatkowo chronione. Używamy ich tylko jako liczb w raportach programu, a małe liczby ukrywamy, żeby nikogo nie dało się rozpoznać.
pages-privacy-who-sees-heading = Kto widzi Twoje dane
pages-privacy-sees-team = Zespół programu widzi dane Twojej grupy i jej wnioski, aby je sprawdzić, podjąć decyzję i wypłacić granty.
pages-privacy-sees-panel = Członkowie komisji, wśród nich osoby, które same doświadczyły podobnych trudności, widzą wnioski, które mają ocenić. Nigdy nie widzą Twoich odpowiedzi na pytania o to, kto kieruje Twoją grupą i dla kogo ona działa.
pages-privacy-sees-connector = Animator społeczności, który pomaga Twojej grupie złożyć wniosek, widzi wnioski Twojej grupy.
pages-privacy-sees-public = Gdy grant zostanie przyznany, a Twoja grupa zgodzi się na podanie nazwy, każdy może go zobaczyć na stronie przyznanych grantów i w pliku otwartych danych: nazwę grupy, kwotę, cel grantu i obszar działania.
pages-privacy-rights-heading = Twoje prawa
pages-privacy-rights = Masz prawo:
pages-privacy-right-access = zobaczyć dane, które o Tobie przechowujemy, i dostać ich kopię
pages-privacy-right-correct = poprosić o poprawienie wszystkiego, co jest błędne
pages-privacy-right-erase = poprosić nas o ich usunięcie (niektóre dokumenty dotyczące pieniędzy publicznych musimy przechowywać przez czas podany wyżej; powiemy Ci, które i dlaczego)
pages-privacy-right-restrict = poprosić nas o ograniczenie tego, jak z nich korzystamy
pages-privacy-right-object = sprzeciwić się temu, jak z nich korzystamy
pages-privacy-download = W każdej chwili możesz pobrać wszystko, co portal przechowuje o Tobie (na stronie swojego konta), oraz wszystko, co przechowuje o Twojej grupie (na stronie grupy). Aby skorzystać z innych praw, napisz na adres kontaktowy podany wyżej. Odpowiemy w ciągu miesiąca.
pages-privacy-complain-heading = Jak złożyć skargę
pages-privacy-complain = Jeśli nie podoba Ci się, jak korzystamy z Twoich danych, najpierw powiedz o tym nam (na adres kontaktowy podany wyżej). Możesz też złożyć skargę do Information Commissioner's Office (ICO), niezależnego brytyjskiego urzędu, który pilnuje ochrony danych osobowych.
# Followed by the ICO's complaint page and phone number.
pages-privacy-ico = Information Commissioner's Office:
pages-privacy-ico-phone = Infolinia:
pages-privacy-more-heading = Więcej informacji od zespołu

## A programme's privacy notice. $programme is its name.
pages-programme-privacy-title = Jak program { $programme } wykorzystuje Twoje dane
pages-programme-privacy-intro = Ta informacja dotyczy wniosków, które Twoja grupa wysyła do tego programu, i grantów, które od niego dostaje. Mówi, co przechowujemy, dlaczego, kto to widzi, jak długo to przechowujemy i jakie masz prawa.
pages-programme-privacy-who = Za wnioski i granty programu { $programme } odpowiada ta organizacja:
# Followed by the link pages-programme-privacy-accounts-link.
pages-programme-privacy-accounts = Samo Twoje konto (imię i nazwisko, adres e-mail i sposób logowania) opisuje
pages-programme-privacy-accounts-link = informacja o prywatności portalu
pages-accessibility-applies-unnamed = To oświadczenie dotyczy portalu małych grantów pod adresem { $site }.
pages-accessibility-ask-team = Zespół programu podany na dole strony każdego naboru.
