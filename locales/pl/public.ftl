## Pages anyone can read, signed in or not.

## Words used on several of these pages.
# Above the range of grant sizes, e.g. "£500 to £2,500".
public-grants-of = Wysokość grantu
# $min and $max are amounts.
public-grants-range = od { $min } do { $max }
public-total-available = Łączna pula
public-round-kept = { $share } z tej kwoty jest zarezerwowane dla grup, których liderzy określają siebie jako: { $community }. Grupa się liczy, jeśli poda to w odpowiedziach o równości, wysyłając wniosek.
public-closing-date = Termin składania wniosków
public-opens = Początek
public-closes = Koniec
public-decisions-by = Decyzje do

## The home page (/).
public-home-title = Granty dla grup lokalnych
public-home-intro = Małe granty dla grup lokalnych, religijnych i wolontariackich, które wspierają zdrowie psychiczne ludzi. Wniosek możesz złożyć jako krótki film, nagranie głosowe albo kilka słów na piśmie: nigdy nie oceniamy tego, jak dobrze wniosek jest napisany.
public-home-none-open = W tej chwili nie trwa żaden nabór.
public-how-to-apply = Jak złożyć wniosek
public-how-to-apply-account = Załóż konto i opisz swoją grupę. Robisz to tylko raz.
public-how-to-apply-start = Zacznij wniosek: napisz, na co są pieniądze, i opowiedz o potrzebie i o ludziach, do których docierasz – filmem, nagraniem albo w kilku słowach.
public-how-to-apply-send = Wyślij wniosek przed końcem naboru. Każdy wniosek ocenia komisja, w której zasiadają także osoby, które same doświadczyły podobnych trudności. Liczą się potrzeba i zasięg.
public-home-connector = Animator społeczności może pomóc Ci złożyć wniosek albo złożyć go razem z Tobą. Zapytaj zespół programu.
public-recent-rounds = Ostatnie nabory
# $round is the round's name (a link), $time_left when it closed, e.g. "Closed on 3 March 2027".
public-recent-round = { $round } — { $time_left }

## A round's page (/rounds/{slug}).
# The button.
public-start-bid = Zacznij wniosek
public-tracker-heading = Na jakim etapie jest ten nabór
public-uses-heading = Na co można przeznaczyć pieniądze
public-eligibility-heading = Kto może składać wnioski
public-scoring-heading = Jak oceniamy wnioski
public-scoring-panel = Każdy wniosek ocenia komisja, w której zasiadają także osoby, które same doświadczyły podobnych trudności.
public-scoring-fair = Wnioski w formie filmu, nagrania i tekstu traktujemy tak samo. Nie oceniamy ortografii, gramatyki ani tego, jak dobrze wniosek jest napisany.
# For screen readers; $criterion is the name of what is scored, e.g. "Need".
public-score-caption = Co oznacza każda ocena w kryterium: { $criterion }
public-score = Ocena
public-score-meaning = Co oznacza

## The round's stages, with their dates.
public-tracker-open = Przyjmowanie wniosków
public-tracker-panel = Komisja ocenia wnioski
public-tracker-panel-when = Po zakończeniu naboru
public-tracker-decisions = Decyzje
# $date is the day decisions are due.
public-tracker-decisions-by = Do { $date }
# For screen readers, after a stage that has passed.
public-tracker-done = (zakończone)
# For screen readers, after the stage the round is at.
public-tracker-now = (teraz)
public-bids-so-far = Wnioski do tej pory

## The awards made (/awards).
public-awards-title = Przyznane granty
public-awards-none = Nie przyznano jeszcze żadnych grantów. Gdy grupy przyjmą swoje granty, pojawią się tutaj.
# $money is the total awarded, $count the number of grants.
public-awards-total = Łącznie { $money } dla grup lokalnych: { $count ->
        [one] { $count } grant
        [few] { $count } granty
       *[many] { $count } grantów
    }.
# Follows public-awards-total when some groups chose not to be named; $count is how many.
public-awards-unnamed = { $count ->
        [one] { $count } z grup wolała nie podawać swojej nazwy, więc liczymy ją w sumie, ale nie pokazujemy na liście.
        [few] { $count } grupy wolały nie podawać swojej nazwy, więc liczymy je w sumie, ale nie pokazujemy na liście.
       *[many] { $count } grup wolało nie podawać swojej nazwy, więc liczymy je w sumie, ale nie pokazujemy na liście.
    }
public-awards-none-named = Żadna z dotąd dofinansowanych grup nie zgodziła się na podanie nazwy, więc lista jest na razie pusta.
# $standard, $json and $csv are the three links below.
public-awards-open-data = Granty z tej listy publikujemy też jako otwarte dane ({ $standard }): { $json } lub { $csv }.
public-awards-standard = 360Giving Data Standard
public-awards-json = plik JSON 360Giving
public-awards-csv = arkusz kalkulacyjny (CSV)
# For screen readers.
public-awards-caption = Granty dla grup, które zgodziły się na podanie nazwy, od najnowszych
public-awards-group = Grupa
public-awards-amount = Kwota
public-awards-for = Na co
public-awards-awarded = Data przyznania
public-awards-round = Nabór
# For screen readers: the links to other pages of the list.
public-awards-pages = Strony listy grantów

## The open data file (/open-data/360giving.json) before any award can be published.
public-open-data-no-awards = Nie opublikowaliśmy jeszcze żadnych grantów. Plik 360Giving musi zawierać co najmniej jeden grant, więc pojawi się, gdy pierwsza grupa, która zgodziła się na podanie nazwy, przyjmie swój grant.

## Descriptions of public pages for search engines and link previews.
# $funders lists the organisations funding the open rounds ("Riverside ICB, Northfield Council").
public-home-description-funders = Małe granty dla grup lokalnych, finansowane przez { $funders }. Wniosek możesz złożyć jako film, nagranie albo kilka słów na piśmie.
public-home-description-operator = Małe granty dla grup lokalnych, które prowadzi { $operator }. Wniosek możesz złożyć jako film, nagranie albo kilka słów na piśmie.
public-home-description = Małe granty dla grup lokalnych. Wniosek możesz złożyć jako film, nagranie albo kilka słów na piśmie.
# $range is "od 500 £ do 2500 £" (public-grants-range); $closes the closing date and time.
public-round-description = { $round }: granty { $range } od { $funder }, nabór prowadzi { $team }. Wnioski do { $closes }.

## Na dole strony otwartego naboru, przed drugim przyciskiem „Zacznij wniosek”.
public-ready-heading = Gotowi złożyć wniosek?
public-ready = Zajmie to około 15 minut. Możecie zapisać wniosek i wrócić do niego, dopóki nabór jest otwarty.

## Sprawdzanie, czy grupa może złożyć wniosek, zanim założy konto (/rounds/{slug}/eligibility).
# The two answers to a yes/no question.
public-eligibility-yes = Tak
public-eligibility-no = Nie
# On the round's page, under "Who can apply", before the list of the round's questions.
public-eligibility-we-ask = Zanim złożysz wniosek, zapytamy:
public-eligibility-check-link = Sprawdź, czy Twoja grupa może złożyć wniosek
public-eligibility-title = Czy Twoja grupa może złożyć wniosek?
# For search engines and link previews. $round is the round's name; $count how many questions it asks.
public-eligibility-description = Sprawdź w minutę, czy Twoja grupa może złożyć wniosek w naborze { $round }: { $count ->
        [one] { $count } pytanie
        [few] { $count } pytania
       *[many] { $count } pytań
    } z odpowiedzią „tak” lub „nie”, bez zakładania konta.
# $count is how many questions the round asks.
public-eligibility-intro = { $count ->
        [one] Odpowiedz na to pytanie, żeby sprawdzić, czy Twoja grupa może złożyć wniosek.
       *[other] Odpowiedz na te pytania ({ $count }), żeby sprawdzić, czy Twoja grupa może złożyć wniosek.
    }
public-eligibility-no-account = Nie potrzebujesz do tego konta. Niczego nie zapisujemy, dopóki nie zaczniesz wniosku.
# The form's button.
public-eligibility-continue = Dalej
# At a question left unanswered; $question is the question.
public-eligibility-error-answer = Odpowiedz „tak” albo „nie”: { $question }
public-eligibility-not-open = Ten nabór nie przyjmuje teraz wniosków.
public-eligibility-back-to-round = Wróć do naboru
public-eligibility-nothing-to-check = Przed rozpoczęciem nie trzeba niczego sprawdzać. Przeczytaj na stronie naboru, kto może składać wnioski, i zacznij wniosek.
# When the answers let the group apply. $round is the round's name.
public-eligibility-through-title = Twoja grupa może złożyć wniosek
public-eligibility-through = Z Twoich odpowiedzi wynika, że Twoja grupa może złożyć wniosek w naborze { $round }.
public-eligibility-change = Zmień odpowiedzi
public-eligibility-kept = Twoje odpowiedzi zapiszemy razem z wnioskiem.
public-eligibility-have-account = Masz już konto?
public-eligibility-sign-in = Zaloguj się, żeby dalej pracować nad wnioskiem
# When an answer means the group cannot apply. $round is the round's name.
public-eligibility-ruled-out-title = Twoja grupa nie może złożyć wniosku w tym naborze
public-eligibility-ruled-out = Przykro nam: z Twoich odpowiedzi wynika, że Twoja grupa nie może złożyć wniosku w naborze { $round }.
# Before the reason; $answer is "Tak" or "Nie", $question the question.
public-eligibility-you-answered = Twoja odpowiedź na pytanie „{ $question }”: „{ $answer }”
public-eligibility-talk-heading = Nie masz pewności albo uważasz, że to pomyłka?
public-eligibility-talk = Porozmawiaj z zespołem programu. Chętnie pomogą i powiedzą, gdzie jeszcze można szukać pieniędzy.
public-eligibility-other-rounds = Inne nabory otwarte teraz
public-eligibility-no-other-rounds = W tej chwili nie trwają inne nabory.
public-eligibility-all-rounds = Zobacz wszystkie nabory

## Lista spraw programu na stronie głównej i na stronach naborów.
public-have-your-say = Zabierz głos
public-have-your-say-intro = Zobacz, nad czym pracuje każdy program, na które decyzje możesz jeszcze wpłynąć i co się zmieniło dzięki opiniom ludzi.
# $programme is the programme's name.
public-programme-tracker-link = Co postanawia program { $programme } i jak możesz zabrać głos
public-criteria-open-for-views = Czekamy na Twoją opinię o kryteriach oceny w tym naborze: napisz nam, co myślisz
# The panel's stage when the lead set a date; $date is that date.
public-tracker-panel-by = Oceny do { $date }
public-tracker-payments = Wypłata grantów
public-tracker-payments-when = Gdy grupy przyjmą propozycje grantu
# $date is the day the first grant was paid.
public-tracker-payments-first = Pierwsza wypłata: { $date }
