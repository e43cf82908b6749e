## Error pages: a heading and what the person can do next, by what went wrong.

errors-400-title = Coś poszło nie tak
errors-400-advice = Wróć i spróbuj jeszcze raz.
errors-403-title = Nie możesz tego zrobić
errors-403-advice = Może trzeba się zalogować albo zalogować jako inna osoba.
errors-404-title = Nie znaleziono strony
errors-404-advice = Jeśli adres był wpisany ręcznie, sprawdź, czy jest poprawny. Jeśli był wklejony, sprawdź, czy jest skopiowany w całości.
# A request the page does not accept (a form sent to an address that only shows a page).
errors-405-title = Na tej stronie nie można tego zrobić
errors-405-advice = Wróć i użyj przycisków i linków na stronie.
errors-409-title = Nie można tego teraz zrobić
errors-409-advice = Strona mogła być nieaktualna. Wróć, odśwież ją i spróbuj jeszcze raz.
errors-413-title = Plik lub formularz jest za duży
errors-413-advice = Wróć i wybierz mniejszy plik. Nagranie wideo często można zamiast tego udostępnić jako link.
errors-422-title = Coś jest nie tak z wysłanymi danymi
errors-422-advice = Wróć i sprawdź swoje odpowiedzi.
errors-429-title = Zbyt wiele prób
errors-429-advice = Odczekaj kilka minut i spróbuj jeszcze raz.
errors-503-title = Przepraszamy, serwis jest niedostępny
errors-503-advice = Spróbuj jeszcze raz za kilka minut. Wszystko, co już zostało zapisane, jest bezpieczne.
# Any other fault of ours.
errors-other-title = Przepraszamy, wystąpił problem z serwisem
errors-other-advice = Spróbuj jeszcze raz później. Wszystko, co już zostało zapisane, jest bezpieczne.
errors-home-link = Przejdź na stronę główną

# A form sent without the right form token: it was open too long, or sent from another site.
errors-form-expired = Ten formularz wygasł albo został wysłany z innej strony. Wróć, odśwież stronę i spróbuj jeszcze raz.
