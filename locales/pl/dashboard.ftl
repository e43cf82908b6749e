## The signed-in person's home (/dashboard): their bids, open rounds and their groups.

dashboard-title = Twoje grupy i wnioski
dashboard-your-bids = Twoje wnioski
dashboard-no-bids = Nie masz jeszcze żadnych wniosków.
# Column headings of the list of bids.
dashboard-bid = Wniosek
dashboard-status = Status
dashboard-next = Co dalej
dashboard-open-rounds = Trwające nabory
# $round is the round's name (a link), $closes the date and time it closes.
dashboard-open-round = { $round } — wnioski przyjmujemy do { $closes }
dashboard-your-groups = Twoje grupy
dashboard-no-groups = Opisz swoją grupę raz i korzystaj z tego opisu przy każdym wniosku.
# After the name of a group the person helps.
dashboard-connector = (pomagasz jako animator społeczności)
# The button, for a community connector.
dashboard-add-helped-group = Dodaj grupę, której pomagasz
dashboard-add-group = Dodaj grupę

## What to do next with a bid, in a few words.
# $closes is the date and time the round closes.
dashboard-next-finish = Dokończ i wyślij do { $closes }
dashboard-next-closed = Nabór się zakończył; tej wersji roboczej nie można już wysłać
dashboard-next-answer = Odpowiedz na pytanie zespołu programu i wyślij wniosek jeszcze raz
# $date is the day decisions are due.
dashboard-next-wait = Nic nie musisz robić: decyzje do { $date }
dashboard-next-waitlisted = Nic nie musisz robić: damy Ci znać, jeśli pojawią się pieniądze
dashboard-next-accept = Przeczytaj propozycję grantu i przyjmij ją
dashboard-next-report = Gdy projekt się skończy, wyślij krótkie sprawozdanie
