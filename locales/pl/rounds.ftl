## Funding rounds: words groups and the public read about a round, on its public page, the home
## page and groups' pages, and on the lead's pages too.

## Where a round is in its life.
rounds-status-upcoming = Wkrótce start
rounds-status-open = Przyjmujemy wnioski
rounds-status-closed = Zakończony

## The short tag beside a round's name.
rounds-tag-upcoming = Wkrótce
rounds-tag-open = Otwarty
rounds-tag-closed = Zakończony

## How long a round has left, under its name.
# $datetime is a date and time, like "10 January 2027 at 9:00am".
rounds-opens-on = Start: { $datetime }
# $date is a date, like "14 March 2027".
rounds-closed-on = Zakończony { $date }
# $time is a time of day, like "5:00pm" or "midday".
rounds-closes-today = Kończy się dziś o { $time }
rounds-closes-tomorrow = Kończy się jutro o { $time }
# $days is 2 or more calendar days; $datetime the closing date and time.
rounds-closes-in-days = { $days ->
    [one] Kończy się za { $days } dzień: { $datetime }
    [few] Kończy się za { $days } dni: { $datetime }
   *[many] Kończy się za { $days } dni: { $datetime }
}

## How many of a round's bids are at each stage (the public tracker's "Bids so far").
rounds-stage-sent = Wysłane
rounds-stage-with-panel = U komisji
rounds-stage-funded = Dofinansowane
rounds-stage-not-funded = Bez dofinansowania

## The scoring criteria every new round starts with. They are written into the round in the
## language of the lead who sets it up, who can change them; groups, the panel and the public
## read them. Each attribute score-1 … score-5 says what that score means.
rounds-criterion-need = Potrzeba
    .description = Na ile przekonująco grupa pokazuje, że ludzie, dla których działa, potrzebują tego wsparcia i że nie mają jeszcze do niego dostępu.
    .score-1 = Potrzeba jest pokazana słabo albo wcale.
    .score-2 = Jest jakaś potrzeba, ale nie wiadomo dokładnie, kto jej doświadcza ani dlaczego.
    .score-3 = Wyraźna potrzeba, pokazana dzięki temu, że grupa dobrze zna ludzi, dla których działa.
    .score-4 = Wyraźna i pilna potrzeba, z przykładami osób, które teraz zostają bez wsparcia.
    .score-5 = Nagląca potrzeba wśród ludzi, do których nie docierają inne formy pomocy, pokazana na prawdziwych przykładach.
rounds-criterion-reach = Zasięg
    .description = Na ile grupa dociera do ludzi ze swojej społeczności, do których nie docierają inne formy pomocy, i do ilu osób dotrze.
    .score-1 = Nie wiadomo, do kogo grupa dotrze.
    .score-2 = Dociera do ludzi, którzy już mogą dostać podobne wsparcie gdzie indziej.
    .score-3 = Dociera do ludzi ze swojej społeczności, z których część nie korzysta z innych form pomocy.
    .score-4 = Ma zaufanie ludzi, do których inne formy pomocy z trudem docierają, i jasny sposób, by do nich dotrzeć.
    .score-5 = Jest głęboko zakorzeniona w społeczności, do której rzadko docierają inne formy pomocy, a jej działania przyniosą korzyść wielu osobom.

## An award.
# How an award is paid when the lead writes nothing else: saved with the award in the lead's
# language, and read by the group in its offer.
rounds-award-default-payment-plan = Jedna wpłata, gdy tylko przyjmiesz propozycję grantu.
