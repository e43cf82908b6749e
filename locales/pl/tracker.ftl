## Lista spraw programu (/programmes/{slug}/tracker): co program postanawia, na co ludzie mogą
## jeszcze wpłynąć i co się zmieniło dzięki ich opiniom.
tracker-title = Co postanawiamy i jak możesz zabrać głos
# In the browser tab; $programme is the programme's name.
tracker-page-title = Co postanawia program { $programme }
# For search engines and link previews.
tracker-description = Nad czym pracuje { $team } w programie { $programme }, na które decyzje możesz jeszcze wpłynąć i co się zmieniło dzięki opiniom ludzi.
# $team is who runs the programme.
tracker-intro = { $team } pokazuje tutaj, nad czym pracujemy, co jeszcze możesz zmienić i co postanowiliśmy. Gdy czekamy na opinie, napisz nam, co myślisz. Czytamy każdą opinię i odpowiadamy każdej osobie.
tracker-manage-link = Aktualizuj tę listę spraw
tracker-no-items = Na razie nic tu nie ma. Nabory i ich terminy są poniżej.
tracker-heading-open = Czekamy na Twoją opinię
tracker-heading-in-progress = W trakcie
tracker-heading-planned = Zaplanowane
tracker-heading-decided = Postanowione: co nam powiedzieliście i co zrobiliśmy
tracker-status-open = Czekamy na opinie
tracker-status-in-progress = W trakcie
tracker-status-planned = Zaplanowane
tracker-status-decided = Postanowione
tracker-aim = Po co to jest
tracker-can-influence = Na co możesz wpłynąć
tracker-cannot-influence = Co jest już ustalone
tracker-starts-on = Początek
tracker-decide-by = Decyzja do
tracker-how-to-take-part = Jak wziąć udział
tracker-decision = Co postanowiliśmy
tracker-you-said-we-did = Co się zmieniło dzięki Waszym opiniom
tracker-what-we-heard = Co usłyszeliśmy
tracker-decided-on = Data decyzji
# A link on an item open for views; $item is its title.
tracker-give-view-link = Podziel się opinią: { $item }
tracker-rounds-heading = Nabory i ich terminy
tracker-no-rounds = Nie ma jeszcze naborów.

## Strona jednej sprawy.
tracker-back = Wróć do listy spraw
tracker-manage-item-link = Odpowiedz na opinie i zaktualizuj tę sprawę
tracker-what-it-was = Czego to dotyczyło
# $round is the round's name.
tracker-draft-criteria = Projekt kryteriów oceny w naborze { $round }
tracker-draft-criteria-intro = Według tych kryteriów komisja oceni każdy wniosek. Przy każdej ocenie piszemy, co ona oznacza. To może się jeszcze zmienić: napisz nam, co myślisz.
tracker-your-views = Twoje opinie
# $when is a date and time.
tracker-you-wrote-on = Napisano { $when }:
tracker-no-answer-yet = Jeszcze nie odpowiedzieliśmy. Gdy odpowiemy, wyślemy Ci e-mail.
tracker-our-answer = Nasza odpowiedź
tracker-give-view = Podziel się opinią
tracker-your-view = Twoja opinia
    .hint = Czyta ją tylko zespół programu. Odpowie Ci tutaj. Nie musisz podawać swojego imienia i nazwiska ani prywatnych danych innych osób.
tracker-send-view = Wyślij opinię
tracker-sign-in-to-give = Zaloguj się, żeby podzielić się opinią
tracker-or = albo
tracker-register-to-give = załóż konto
tracker-not-open = Teraz nie zbieramy opinii w tej sprawie. Na liście spraw piszemy, kiedy zaczniemy.
tracker-view-sent = Dziękujemy. Twoja opinia trafiła do zespołu programu. Zespół odpowie Ci tutaj, a my wyślemy Ci wtedy e-mail.
what-your-view = swoją opinię
tracker-error-not-open = W tej sprawie nie zbieramy już opinii. Twoja opinia nie została wysłana.
# $max is how many views an hour; $time is when the person can send another (UK time).
tracker-error-too-many-views = { $max ->
        [one] W ciągu ostatniej godziny wysłano z Twojego konta { $max } opinię. Następną możesz wysłać po { $time }. Twój tekst jest zachowany poniżej.
        [few] W ciągu ostatniej godziny wysłano z Twojego konta { $max } opinie. Następną możesz wysłać po { $time }. Twój tekst jest zachowany poniżej.
        [many] W ciągu ostatniej godziny wysłano z Twojego konta { $max } opinii. Następną możesz wysłać po { $time }. Twój tekst jest zachowany poniżej.
       *[other] W ciągu ostatniej godziny wysłano z Twojego konta { $max } opinii. Następną możesz wysłać po { $time }. Twój tekst jest zachowany poniżej.
    }

## Historia kryteriów naboru, na stronie naboru.
# $count is how many changes.
tracker-criteria-history = { $count ->
        [one] Jak zmieniały się kryteria (1 zmiana)
        [few] Jak zmieniały się kryteria ({ $count } zmiany)
        [many] Jak zmieniały się kryteria ({ $count } zmian)
       *[other] Jak zmieniały się kryteria ({ $count } zmian)
    }
# Shown in brackets after a change, in place of a person's name, so it starts with a small letter.
tracker-criteria-someone = zespół programu
# $when, $who, $title: when, who, and the criterion's name.
tracker-criteria-added = { $when }: dodano kryterium „{ $title }” ({ $who })
tracker-criteria-removed = { $when }: usunięto kryterium „{ $title }” ({ $who })
# $parts lists what changed.
tracker-criteria-changed = { $when }: zmieniono kryterium „{ $title }” ({ $who }): { $parts }
# $score is a number from 1 to 5.
tracker-criteria-part-score = opis oceny { $score }
# $from and $to are the weights before and after.
tracker-criteria-part-weight = waga z { $from } na { $to }
# $new is the new name.
tracker-criteria-part-title = nowa nazwa „{ $new }”
tracker-criteria-part-description = opis
tracker-criteria-part-unknown = treść
