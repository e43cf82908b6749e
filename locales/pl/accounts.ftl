## Creating an account, signing in and out, recovering and changing a password, and the
## account page.
##
## A message with a { $link } in it is one sentence with a link inside: the link's words are
## the message's .link attribute. { $email } is shown in bold.

## Fields used on several pages.
accounts-email-label = Adres e-mail
accounts-password-label = Hasło
accounts-new-password-label = Nowe hasło
accounts-sign-in-button = Zaloguj się
accounts-go-to-dashboard = Przejdź do swoich grup i wniosków
accounts-go-to-account = Przejdź do swojego konta

## Create an account page.
accounts-register-title = Załóż konto
accounts-register-intro = Konto jest potrzebne, aby ubiegać się o pieniądze dla swojej grupy albo pomóc grupie złożyć wniosek.
accounts-register-name-label = Imię i nazwisko
accounts-register-email-hint = Wyślemy Ci e-mailem link do dokończenia zakładania konta.
accounts-register-password-label = Ustaw hasło (nieobowiązkowe)
accounts-register-password-hint = Co najmniej 10 znaków; trzy lub cztery przypadkowe słowa dają mocne hasło. Możesz też zostawić to pole puste i za każdym razem logować się linkiem, który wyślemy Ci e-mailem.
accounts-register-button = Załóż konto
accounts-register-have-account = Masz już konto? { $link }.
    .link = Zaloguj się
# The name field's name inside a sentence ("Enter your name").
accounts-what-your-name = swoje imię i nazwisko

## "Check your email" after asking for an emailed link (the same page whether or not the
## address has an account).
accounts-check-email-title = Sprawdź pocztę e-mail
accounts-check-email-registration = Wysłaliśmy e-mail na adres { $email } z linkiem do dokończenia zakładania konta. Jeśli masz już konto, w e-mailu znajdziesz zamiast tego link do logowania.
accounts-check-email-sign-in = Jeśli adres { $email } ma konto, wysłaliśmy na niego link do logowania. Link działa przez 15 minut.
accounts-check-email-next = Otwórz link na tym telefonie lub komputerze, aby wrócić do tego samego miejsca. Jeśli w ciągu kilku minut nic nie przyjdzie, zajrzyj do folderu ze spamem albo { $link }.
    .link = poproś o nowy link

## The page an emailed sign-in link opens: one button to finish signing in.
accounts-follow-link-title = Zaloguj się
accounts-follow-link-signing-in-as = Logujesz się jako { $email }.
accounts-follow-link-button = Dalej

## Sign in page.
accounts-login-title = Zaloguj się
accounts-login-code-label = Kod z aplikacji uwierzytelniającej (jeśli jej używasz)
accounts-login-code-hint = 6 cyfr, które aplikacja pokazuje w tej chwili, albo jeden z Twoich kodów zapasowych.
accounts-login-link-intro = Nie masz hasła albo go nie pamiętasz? Możemy wysłać Ci e-mailem link, który Cię zaloguje.
accounts-login-link-button = Wyślij mi link do logowania
accounts-login-forgotten-link = Nie pamiętam hasła
accounts-login-no-account = Nie masz jeszcze konta? { $link }.
    .link = Załóż konto

## Problems signing in. The same words whether the email address or the password was wrong, so
## nobody learns whether an account exists.
accounts-enter-email = Wpisz swój adres e-mail
accounts-enter-password = Wpisz hasło
accounts-wrong-details = Wpisz poprawny adres e-mail i hasło
accounts-wrong-details-with-code = Wpisz poprawny adres e-mail, hasło i kod
# After too many wrong passwords; $minutes is how long to wait.
accounts-too-many-sign-ins = Zbyt wiele prób logowania. Odczekaj { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minuty
       *[many] { $minutes } minut
    } i spróbuj ponownie albo zaloguj się linkiem, który wyślemy Ci e-mailem. Jeśli używasz aplikacji uwierzytelniającej, możesz zalogować się od razu hasłem i kodem z aplikacji
# After too many emails to one address; $minutes is how long to wait.
accounts-too-many-emails = W ciągu ostatniej godziny wysłaliśmy na ten adres kilka e-maili. Odczekaj { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minuty
       *[many] { $minutes } minut
    } i spróbuj ponownie. Zajrzyj też do folderu ze spamem

## Problems with an email address.
accounts-email-too-long = Adres e-mail może mieć najwyżej { $max ->
        [one] { $max } znak
        [few] { $max } znaki
       *[many] { $max } znaków
    }
accounts-email-format = Wpisz adres e-mail w poprawnej postaci, np. name@example.com

## Problems with a new password.
accounts-enter-new-password = Wpisz hasło
accounts-password-too-short = Hasło musi mieć co najmniej { $min ->
        [one] { $min } znak
        [few] { $min } znaki
       *[many] { $min } znaków
    }
accounts-password-too-long = Hasło może mieć najwyżej { $max ->
        [one] { $max } znak
        [few] { $max } znaki
       *[many] { $max } znaków
    }
accounts-password-too-common = To hasło jest zbyt popularne. Spróbuj połączyć trzy lub cztery przypadkowe słowa
accounts-password-is-email = Hasło nie może być Twoim adresem e-mail
accounts-password-is-name = Hasło nie może być Twoim imieniem ani nazwiskiem

## Messages at the top of the next page.
# After following an emailed link that created the account.
accounts-welcome = Witaj, { $name }! Twoje konto jest gotowe, a adres e-mail potwierdzony.
# After following an emailed link to sign in.
accounts-signed-in-as = Zalogowano Cię jako { $email }.
accounts-signed-out = Wylogowano Cię.
accounts-password-changed = Hasło zostało zmienione. Wylogowaliśmy Cię na wszystkich innych urządzeniach.
accounts-new-link-sent = Wysłaliśmy nowy link na adres { $email }.
accounts-signed-out-everywhere = Wylogowaliśmy Cię na wszystkich urządzeniach i we wszystkich przeglądarkach.

## Forgotten password page.
accounts-forgot-title = Ustaw nowe hasło
accounts-forgot-intro = Wpisz adres e-mail, którego używasz do logowania. Wyślemy Ci link do ustawienia nowego hasła.
accounts-forgot-button = Wyślij mi link
accounts-reset-sent = Jeśli adres { $email } ma konto, wysłaliśmy na niego link do ustawienia nowego hasła.
accounts-reset-sent-next = Link działa przez 1 godzinę. Jeśli w ciągu kilku minut nic nie przyjdzie, zajrzyj do folderu ze spamem albo { $link }.
    .link = poproś o nowy link

## Choose a new password page (from a reset link).
accounts-reset-title = Wybierz nowe hasło
accounts-reset-password-hint = Co najmniej 10 znaków.
accounts-reset-button = Zapisz nowe hasło

## An emailed link that cannot be used.
accounts-link-used = Ten link został już użyty
accounts-link-expired = Ten link wygasł
accounts-link-invalid = Ten link jest nieprawidłowy
accounts-dead-link-title = Nie można użyć tego linku
accounts-dead-link-not-valid = Ten link jest nieprawidłowy. Sprawdź, czy link z e-maila jest skopiowany w całości.
accounts-dead-sign-in-link-used = Ten link został już użyty. Każdy link działa tylko raz.
accounts-dead-sign-in-link-expired = Ten link wygasł. Linki do logowania działają przez 15 minut, a linki do dokończenia zakładania konta – przez 24 godziny.
accounts-dead-sign-in-link-new = Poproś o nowy link na stronie logowania
accounts-dead-reset-link-used = Ten link został już użyty do ustawienia nowego hasła. Każdy link działa tylko raz.
accounts-dead-reset-link-expired = Ten link wygasł. Linki do ustawienia nowego hasła działają przez 1 godzinę.
accounts-dead-reset-link-new = Poproś o nowy link
# A link to confirm an email address that was already used.
accounts-verify-link-used = Twój adres e-mail jest już potwierdzony.
accounts-verify-link-expired = Zaloguj się i poproś o nowy link na stronie swojego konta.
accounts-verify-link-invalid = Sprawdź, czy link z e-maila jest skopiowany w całości.

## Email address confirmed page.
accounts-verified-title = Adres e-mail potwierdzony
accounts-verified = Dziękujemy. Teraz możesz wysyłać wnioski swoich grup.

## The reminder to confirm an email address.
accounts-verify-reminder-title = Potwierdź swój adres e-mail.
accounts-verify-reminder = Przy zakładaniu konta wysłaliśmy Ci link. Wnioski możesz zaczynać już teraz, ale zanim wyślesz wniosek, musisz potwierdzić adres.
accounts-verify-reminder-button = Wyślij link jeszcze raz

## Your account page.
accounts-account-title = Twoje konto
accounts-account-name = Imię i nazwisko
accounts-account-confirmed = Potwierdzony
accounts-account-not-confirmed = Jeszcze niepotwierdzony
accounts-account-created = Konto założone
accounts-account-change-password = Zmień hasło
accounts-account-no-password = Brak: logujesz się linkami z e-maili.
accounts-account-choose-password = Ustaw hasło
accounts-roles-heading = Twoje role
accounts-role-site-admin = Administrator portalu
# A role in one programme: $role is one of the role names below, $programme the programme's name.
accounts-role-in-programme = { $role }, { $programme }
# The same for a panel member who sits on the panel for their lived experience.
accounts-role-in-programme-lived-experience = { $role }, { $programme } (z własnym doświadczeniem)
accounts-no-roles = Składasz wnioski w imieniu swoich grup. Zespoły programów mogą nadać Ci inne role, np. członka komisji.
accounts-payments-for-time = Ile zapłaciliśmy Ci za Twój czas i jak chcesz dostawać pieniądze
accounts-sessions-heading = Gdzie jest otwarte Twoje konto
# $count is how many devices or browsers the person is signed in on.
accounts-sessions = Twoje konto jest otwarte na { $count ->
        [one] { $count } urządzeniu lub w przeglądarce
        [few] { $count } urządzeniach lub w przeglądarkach
       *[many] { $count } urządzeniach lub w przeglądarkach
    }. Jeśli urządzenie zginęło albo podejrzewasz, że ktoś inny korzystał z Twojego konta, wyloguj się wszędzie i zmień hasło.
accounts-sign-out-everywhere-button = Wyloguj mnie wszędzie
accounts-data-heading = Twoje dane
accounts-data-intro = Pobierz wszystko, co ten portal przechowuje o Tobie, jako plik JSON.
accounts-data-link = Pobierz moje dane
# Reminders before a round closes, about a group's bid that is started but not sent.
accounts-reminders-heading = Przypomnienia przed zamknięciem naboru
accounts-reminders-intro = Gdy grupa, do której należysz, zacznie wniosek, ale go nie wyśle, napiszemy do Ciebie 7 dni i 1 dzień przed zamknięciem naboru.
accounts-reminders-always = Gdy nabór się zakończy, zawsze wyślemy Twojej grupie to, co wpisała w niewysłanym wniosku, żeby nic nie przepadło. Dzieje się tak nawet przy wyłączonych przypomnieniach.
accounts-reminders-on = Przypomnienia są włączone.
accounts-reminders-off = Przypomnienia są wyłączone.
accounts-reminders-turn-off = Wyłącz przypomnienia
accounts-reminders-turn-on = Włącz przypomnienia
# At the top of the account page after the change.
accounts-reminders-turned-off = Przypomnienia są wyłączone. Nie będziemy do Ciebie pisać przed zamknięciem naboru.
accounts-reminders-turned-on = Przypomnienia są włączone. Napiszemy do Ciebie 7 dni i 1 dzień przed zamknięciem naboru, jeśli wniosek Twojej grupy nie będzie wysłany.
# The form came back with neither choice.
accounts-reminders-choose = Wybierz, czy przypomnienia mają być włączone, czy wyłączone.

## Change or choose a password page.
accounts-change-password-title = Zmień hasło
accounts-choose-password-title = Ustaw hasło
accounts-choose-password-intro = Logujesz się linkami, które wysyłamy Ci e-mailem. Z hasłem zalogujesz się bez czekania na e-mail; linki nadal będą działać.
accounts-current-password-label = Obecne hasło
accounts-change-password-hint = Co najmniej 10 znaków. Na tym urządzeniu pozostaniesz w portalu, a na wszystkich innych wylogujemy Cię.
accounts-change-password-button = Zmień hasło
accounts-choose-password-button = Zapisz hasło
accounts-enter-current-password = Wpisz obecne hasło
accounts-current-password-wrong = Obecne hasło jest nieprawidłowe

## The roles a person can have in a programme.
accounts-role-lead = Prowadzący program
accounts-role-panel = Członek komisji
accounts-role-connector = Animator społeczności

## Changes to accounts that cannot be made.
accounts-already-has-role = Ta osoba ma już tę rolę w tym programie
accounts-role-not-found = Nie znaleziono tej roli
accounts-cannot-remove-own-admin = Nie możesz odebrać sobie roli administratora portalu
accounts-cannot-disable-self = Nie możesz wyłączyć własnego konta
accounts-no-such-person = Nie ma takiej osoby
accounts-two-factor-already-on = Logowanie dwuetapowe jest już włączone na Twoim koncie
accounts-two-factor-not-on = Logowanie dwuetapowe nie jest włączone na Twoim koncie
accounts-two-factor-must-keep = Prowadzący programy i administratorzy portalu muszą mieć włączone logowanie dwuetapowe. Jeśli zgubisz telefon, administrator portalu może je zresetować.
accounts-two-factor-cannot-reset-own = Nie możesz zresetować własnego logowania dwuetapowego. Użyj kodu zapasowego albo poproś o to innego administratora portalu.
accounts-two-factor-not-set-up = Ta osoba nie ma ustawionego logowania dwuetapowego

## „Pierwszy raz tutaj?” na stronie logowania.
accounts-login-new-heading = Pierwszy raz tutaj?
accounts-login-new-intro = Podajcie imię i nazwisko oraz adres e-mail. Wyślemy link, który założy konto i zaprowadzi Was dalej do wniosku. Hasło nie jest potrzebne.
accounts-login-new-email = E-mail
