## Pages with fixed content.

## Accessibility statement.
pages-accessibility-title = Deklaracja dostępności
pages-accessibility-intro = Chcemy, żeby z tego portalu mogło korzystać jak najwięcej osób: na telefonie lub komputerze, za pomocą klawiatury, czytnika ekranu lub rozpoznawania mowy, także z tekstem powiększonym do 400%.
pages-accessibility-how-heading = Na ile portal jest dostępny
# WCAG is the name of the standard; keep its name and version.
pages-accessibility-how = Staramy się spełniać wytyczne WCAG 2.2 (Web Content Accessibility Guidelines) na poziomie AA. Każda strona działa bez JavaScriptu, a przed każdym wydaniem automatycznie sprawdzamy wszystkie strony pod kątem problemów z dostępnością.
pages-accessibility-ways-to-apply = O grant możesz się ubiegać, wysyłając film, nagranie głosowe albo kilka słów na piśmie: nigdy nie oceniamy tego, jak dobrze wniosek jest napisany.
pages-accessibility-problem-heading = Zgłaszanie problemów
pages-accessibility-problem = Jeśli coś w tym portalu nie działa dla Ciebie, powiedz o tym zespołowi programu, który Cię tu skierował, albo poproś animatora społeczności o pomoc przy wniosku. Odpowiemy w ciągu 5 dni roboczych.

## Privacy notice.
pages-privacy-title = Prywatność
pages-privacy-what-we-keep = Aby prowadzić nabory grantów, portal przechowuje to, co mu przekazujesz: Twoje imię i nazwisko, adres e-mail, grupy, do których należysz, oraz wnioski, nagrania i sprawozdania wysyłane przez Twoje grupy.
pages-privacy-equality-questions = Pytania o to, kto kieruje Twoją grupą i dla kogo ona działa, są nieobowiązkowe. Odpowiedzi przechowujemy osobno od wniosku i nigdy nie pokazujemy ich osobom, które go oceniają. Publikujemy je tylko wtedy, gdy Twoja grupa, przyjmując grant, sama zdecyduje się je opublikować razem z informacją o grancie (tylko zaznaczone opisy, nigdy notatki).
pages-privacy-download = W każdej chwili możesz pobrać wszystko, co portal przechowuje o Tobie (na stronie swojego konta), oraz wszystko, co przechowuje o Twojej grupie (na stronie grupy).
