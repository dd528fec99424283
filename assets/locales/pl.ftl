### Interfejs po polsku (Polish).
# A native speaker should review this file before an assembly relies on it:
# it was translated with care, but not by one.

language-name = Polski
language-direction = ltr
language-label = Język

## Shared: the codes every page renders

answer-yes = Tak
answer-no = Nie
answer-waffle = Unik
answer-absent = Nieobecność

kind-welcome = Powitanie
kind-roll_call = Sprawdzenie obecności
kind-testimony = Świadectwo
kind-ask = Postulat
kind-response = Odpowiedź
kind-pledge = Zobowiązanie
kind-speech = Przemówienie
kind-close = Zakończenie
kind-report_back = Sprawozdanie

phase-not_started = Wkrótce początek
phase-ended = Zgromadzenie się zakończyło
connection-reconnecting = Ponowne łączenie…
connection-hall = Ponowne łączenie z salą… To, co widzisz, może być nieaktualne, a rejestracja poczeka na przywrócenie połączenia.

## Start page and pages not found

home-join = Zamelduj się i śledź na bieżąco
home-join-note = (telefony uczestników)
home-screen = Ekran projektora
home-stage = Zegar mówcy
home-poster = Plakat do druku z kodem QR
home-report = Raport
home-report-note = (zapis, do druku)
home-chair = Prowadzący
home-chair-note = (wymaga linku prowadzącego wydrukowanego na starcie)
home-setup = Przygotuj plan
home-setup-note = (dla prowadzącego: edycja w przeglądarce)
notfound-title = Nie znaleziono
notfound-text = Pod tym adresem nie ma strony.
notfound-home = Przejdź do strony startowej



## Refusals: why a command was not done (refusal-<code>)

# Odmowy dla prowadzącego czyta się na jego tablecie i w klientach API;
# odmowy dla telefonu (od bad_device do pledge_closed, od too_many_changes
# do wrong_address) czyta uczestnik. Identyfikatory zostają w `backtickach`.
refusal-bad_command_id = `id` musi mieć od 1 do { $max } znaków; dla każdego polecenia użyj nowego losowego ciągu
refusal-not_started = zgromadzenie jeszcze się nie zaczęło: najpierw wyślij `start`
refusal-ended = zgromadzenie się zakończyło; `undo` otworzy je ponownie, jeśli `end` było pomyłką
refusal-already_running = zgromadzenie już trwa
refusal-cannot_restart = zgromadzenie się zakończyło; nie można go zacząć od nowa
refusal-last_item = to ostatni punkt: nie ma następnego; wyślij `end`, aby zamknąć zgromadzenie
refusal-first_item = to pierwszy punkt: nie ma nic przed nim
refusal-no_such_item = nie ma punktu { $item }: punkty są numerowane od 0 do { $last }
refusal-already_current = punkt { $item } jest już bieżącym punktem
refusal-already_paused = minutnik jest już wstrzymany
refusal-not_paused = minutnik nie jest wstrzymany
refusal-bad_extension = `seconds` musi mieścić się między -{ $max } a { $max } i nie może wynosić 0
refusal-below_zero = wtedy planowany czas punktu "{ $title }" byłby mniejszy od zera: z przedłużeniami zaplanowano { $left ->
    [one] { $left } sekundę
    [few] { $left } sekundy
    [many] { $left } sekund
   *[other] { $left } sekundy
}, więc można odjąć najwyżej { $left ->
    [one] { $left } sekundę
    [few] { $left } sekundy
    [many] { $left } sekund
   *[other] { $left } sekundy
}
refusal-no_such_ask = nie ma postulatu `{ $ask }`; { $n ->
    [0] plan nie ma postulatów
   *[other] postulaty to: { $asks }
}
refusal-not_put_to = postulat `{ $ask }` nie jest skierowany do `{ $holder }`; jest skierowany do: { $holders }
refusal-no_such_institution = nie ma instytucji `{ $institution }`; sprawdź identyfikator w planie
refusal-bad_turnout = `count` musi mieścić się między 0 a { $max }
refusal-turnout_unlikely = { $count } dla { $name } to { $promised ->
    [0] znacznie więcej niż { $phones } zameldowanych telefonów, a nic nie obiecano
   *[other] ponad trzy razy więcej niż obiecane { $promised } (zameldowane telefony: { $phones })
}; jeśli na sali naprawdę jest tyle osób, wyślij ponownie z `confirm` ustawionym na true
refusal-no_such_pledge = nie ma zobowiązania `{ $pledge }`; { $n ->
    [0] plan nie ma zobowiązań
   *[other] zobowiązania to: { $pledges }
}
refusal-already_revealed = zobowiązanie `{ $pledge }` jest już odsłonięte
refusal-no_message = nie ma komunikatu do usunięcia
refusal-display_unchanged = ekran już to pokazuje; podaj `qr`, `timer` lub `turnout` z wartością true albo false
refusal-undo_exhausted = cofanie sięga tylko { $depth } ostatnich zmian prowadzącego, a wszystkie zostały już cofnięte; starszą zmianę wprowadź ponownie ręcznie (na przykład przez `goto`)
refusal-nothing_to_undo = nie ma czego cofnąć
refusal-control_character = { $field ->
    [note] notatka zawiera
    [public_note] notatka publiczna zawiera
    [owner] pole odpowiedzialnego zawiera
   *[message] komunikat zawiera
} znak sterujący ({ $character }) na pozycji { $at }; usuń go i wyślij zwykły tekst (podziały wierszy i tabulatory są w porządku)
refusal-too_long = { $field ->
    [note] notatka ma
    [public_note] notatka publiczna ma
    [owner] pole odpowiedzialnego ma
   *[message] komunikat ma
} { $length } znaków; skróć do { $max }
refusal-step_day_format = dzień kroku (`at`) trzeba zapisać jako YYYY-MM-DD, na przykład 2026-06-03, a nie "{ $text }"; jeśli to dzisiaj, pomiń dzień
refusal-step_not_a_day = dzień kroku (`at`), { $text }, nie istnieje w kalendarzu: sprawdź miesiąc (01 do 12) i dzień miesiąca
refusal-step_too_early = dzień kroku (`at`), { $text }, jest przed { $first }, najwcześniejszą datą, jaką może mieć krok: sprawdź rok
refusal-due_day_format = termin (`due`) trzeba zapisać jako YYYY-MM-DD, na przykład 2026-09-30, a nie "{ $text }"; zostaw puste, jeśli nie ma terminu
refusal-due_not_a_day = termin (`due`), { $text }, nie istnieje w kalendarzu: sprawdź miesiąc (01 do 12) i dzień miesiąca
refusal-due_too_early = termin (`due`), { $text }, jest przed { $first }, najwcześniejszą dopuszczalną datą: sprawdź rok
refusal-not_earlier = inne zgromadzenia tego domu nie mają prośby `{ $ask }` skierowanej do `{ $holder }` na zgromadzeniu `{ $assembly }`: zdaj relację ze zobowiązania z listy na stronie prowadzącego albo pomiń `assembly` dla tego zgromadzenia
refusal-step_in_future = dzień kroku (`at`) to { $day }, a dziś jest { $today }: zapisz krok, gdy już się wydarzy, z datą dnia, w którym się wydarzył (jeśli to dzisiaj, pomiń dzień)
# The organiser's desk (follow-up): a step dated before the assembly.
refusal-step_before_assembly = dzień kroku (`at`), { $day }, jest przed zgromadzeniem ({ $assembly }): sprawdź rok i miesiąc albo potwierdź, że krok zrobiono przed zgromadzeniem
refusal-bad_device = nie udało się rozpoznać tego telefonu: odśwież stronę i spróbuj ponownie
refusal-unknown_group = grupy "{ $institution }" nie ma na liście; wybierz grupę z listy albo zamelduj się indywidualnie
refusal-unknown_pledge = tego zobowiązania nie ma na tym zgromadzeniu; odśwież stronę, aby zobaczyć otwarte zobowiązanie
refusal-not_checked_in = najpierw się zamelduj, potem możesz się zobowiązać
refusal-pledge_closed = to zobowiązanie nie jest teraz otwarte; możesz odpowiedzieć, gdy prowadzący je otworzy
refusal-too_many_changes = ten telefon wiele razy w krótkim czasie zmienił odpowiedź; odczekaj kilka sekund i spróbuj ponownie
refusal-too_many_phones = z tej sieci melduje się teraz bardzo wiele telefonów; odczekaj dziesięć sekund i spróbuj ponownie
refusal-bad_answer = odpowiedź musi brzmieć tak albo nie; odśwież stronę i dotknij Tak lub Nie
refusal-wrong_address = to musi pochodzić ze stron samego zgromadzenia; otwórz je z adresu serwera
refusal-unavailable = zgromadzenie nie może teraz niczego zapisać; spróbuj ponownie za minutę, a jeśli błąd się powtarza, powiedz organizatorowi
refusal-reconnecting = ta strona straciła połączenie z salą, więc nic nie zostało wysłane; spróbuj ponownie za chwilę
refusal-conflict = najpierw wprowadzono inną zmianę prowadzącego; spójrz na aktualny stan i spróbuj ponownie, jeśli wciąż trzeba
refusal-stale_plan = ktoś inny zmienił plan, odkąd go otworzyłeś; wczytaj plan ponownie, wprowadź swoją poprawkę jeszcze raz i zapisz
refusal-plan_locked = zapis odnosi się do tego, co ta zmiana usunęłaby lub przepisała ({ $n ->
    [one] { $n } problem
    [few] { $n } problemy
    [many] { $n } problemów
   *[other] { $n } problemu
}): { $reasons }; nic nie zostało zmienione
error-title = Nie wykonano
error-back = Wróć do strony zgromadzenia






## Phone: /join and the pledge

# The page's title; $title is the assembly's.
join-title = Meldunek: { $title }
join-refresh = Odśwież, aby zobaczyć najnowsze informacje
join-hall-full = { $n ->
    [one] Sala jest pełna w sieci: { $n } telefon śledzi obrady na żywo, więc ta strona nie będzie się sama odświeżać. Twój meldunek nadal się liczy: użyj formularza poniżej i przeładuj stronę, aby zobaczyć, co się dzieje.
    [few] Sala jest pełna w sieci: { $n } telefony śledzą obrady na żywo, więc ta strona nie będzie się sama odświeżać. Twój meldunek nadal się liczy: użyj formularza poniżej i przeładuj stronę, aby zobaczyć, co się dzieje.
    [many] Sala jest pełna w sieci: { $n } telefonów śledzi obrady na żywo, więc ta strona nie będzie się sama odświeżać. Twój meldunek nadal się liczy: użyj formularza poniżej i przeładuj stronę, aby zobaczyć, co się dzieje.
   *[other] Sala jest pełna w sieci: { $n } telefonu śledzi obrady na żywo, więc ta strona nie będzie się sama odświeżać. Twój meldunek nadal się liczy: użyj formularza poniżej i przeładuj stronę, aby zobaczyć, co się dzieje.
}
# $name is the group's name, shown in bold.
join-checked-in-with = Zameldowano cię z grupą { $name }. Dziękujemy za przybycie.
join-checked-in-alone = Zameldowano cię indywidualnie. Dziękujemy za przybycie.
join-check-in-heading = Meldunek
join-search = Wyszukaj swoją grupę
join-who = Z kim przychodzisz?
join-own = Indywidualnie
join-check-in = Zamelduj się
join-change-group = Zmień moją grupę
# $query is what the person typed.
join-no-match = Żadna grupa nie pasuje do „{ $query }”. Sprawdź pisownię albo wybierz Indywidualnie.
join-now-heading = Teraz
join-ended-thanks = Dziękujemy za udział. Poniżej każdy postulat i odpowiedź każdej osoby decyzyjnej: sojusz dopilnuje każdego z nich.
join-roll-call-heading = Sprawdzenie obecności
# $n chooses the form; $count is the same number in bold; $promised a number.
join-announced = { $n ->
    [one] Z sali zgłoszono { $count } osobę, z { $promised } zapowiedzianych
    [few] Z sali zgłoszono { $count } osoby, z { $promised } zapowiedzianych
    [many] Z sali zgłoszono { $count } osób, z { $promised } zapowiedzianych
   *[other] Z sali zgłoszono { $count } osoby, z { $promised } zapowiedzianych
}
# A hall where no institution promised a number: no "of 0 promised".
join-announced-unpromised = { $n ->
    [one] Z sali zgłoszono { $count } osobę
    [few] Z sali zgłoszono { $count } osoby
    [many] Z sali zgłoszono { $count } osób
   *[other] Z sali zgłoszono { $count } osoby
}
join-group-announced = { $n ->
    [one] Twoja grupa, { $name }: zgłoszono { $count } osobę, z { $promised } zapowiedzianych
    [few] Twoja grupa, { $name }: zgłoszono { $count } osoby, z { $promised } zapowiedzianych
    [many] Twoja grupa, { $name }: zgłoszono { $count } osób, z { $promised } zapowiedzianych
   *[other] Twoja grupa, { $name }: zgłoszono { $count } osoby, z { $promised } zapowiedzianych
}
join-group-waiting = Twoja grupa, { $name }: jeszcze niezgłoszona (zapowiedziano { $promised })
# On stage (issue 22): a group that promised no number.
join-group-announced-unpromised = Twoja grupa, { $name }: zgłoszono { $count }, bez zapowiedzianej liczby
join-group-waiting-unpromised = Twoja grupa, { $name }: jeszcze niezgłoszona (bez zapowiedzianej liczby)
join-results-heading = Wyniki zobowiązań
# How many people pledged yes or no: $n chooses the form, $count is it in bold.
join-said-yes = { $n ->
    [one] { $count } osoba powiedziała tak
    [few] { $count } osoby powiedziały tak
    [many] { $count } osób powiedziało tak
   *[other] { $count } osoby powiedziało tak
}
join-said-no = { $n ->
    [one] { $count } osoba powiedziała nie
    [few] { $count } osoby powiedziały nie
    [many] { $count } osób powiedziało nie
   *[other] { $count } osoby powiedziało nie
}
join-pledge-heading = Twoje zobowiązanie
join-yes = Tak
join-no = Nie
# $answer is the button pressed (join-yes or join-no), in bold.
join-answered = Twoja odpowiedź: { $answer }. Możesz ją zmienić, dopóki zobowiązanie jest otwarte.
join-asks-heading = Postulaty
join-asks-heading-ended = O co proszono i jakie padły odpowiedzi
join-not-yet = jeszcze nie
join-no-answer = brak odpowiedzi
join-order-heading = Porządek obrad
join-wrong-group = Zameldowano cię z niewłaściwą grupą?
# $n chooses the form; $count is the same number in bold.
join-turnout = { $n ->
    [one] Dotąd zameldował się { $count } telefon. Każdy telefon liczy się raz.
    [few] Dotąd zameldowały się { $count } telefony. Każdy telefon liczy się raz.
    [many] Dotąd zameldowało się { $count } telefonów. Każdy telefon liczy się raz.
   *[other] Dotąd zameldowało się { $count } telefonu. Każdy telefon liczy się raz.
}
join-turnout-ended = { $n ->
    [one] Zameldował się { $count } telefon. Każdy telefon liczy się raz.
    [few] Zameldowały się { $count } telefony. Każdy telefon liczy się raz.
    [many] Zameldowało się { $count } telefonów. Każdy telefon liczy się raz.
   *[other] Zameldowało się { $count } telefonu. Każdy telefon liczy się raz.
}
join-failed = Nie udało się; spróbuj ponownie.
join-poster-title = Plakat: { $title }
join-poster-qr = Kod QR strony meldunku
join-poster-scan = Zeskanuj kod aparatem telefonu albo wpisz adres.
join-poster-why = Zamelduj się ze swoją grupą, abyśmy mogli policzyć, kto przyszedł, i śledź postulaty na żywo.
join-poster-why-pledge = Zamelduj się ze swoją grupą, abyśmy mogli policzyć, kto przyszedł, i śledź postulaty oraz zobowiązanie na żywo.
join-poster-print = Wydrukuj tę stronę (A4) na stoliki i oparcia krzeseł.





## Projector and timer: /screen and /stage

screen-page-title = Ekran: { $title }
screen-check-in = Rejestracja
screen-scan = Zeskanuj, aby się zarejestrować
screen-phones-label = { $n ->
    [one] telefon zarejestrowany
    [few] telefony zarejestrowane
    [many] telefonów zarejestrowanych
   *[other] telefonu zarejestrowanego
}
screen-kind-ask = Postulat
screen-kind-close = Dziękujemy
screen-welcome = Witamy: wkrótce zaczynamy
screen-thanks = Dziękujemy za przybycie.
screen-thanks-answers = Dziękujemy za przybycie. Oto odpowiedzi wszystkich osób decyzyjnych:
screen-no-asks = Dziś nie przedstawiono żadnych postulatów.
screen-awaiting = Czekamy na odpowiedź
screen-no-answer = Brak odpowiedzi
screen-promised = { $announced } z { $promised } zapowiedzianych
# On stage (issue 22): a blank promise, and the end recap.
screen-announced = zgłoszono { $announced }
screen-not-promised = { $count } · nie obiecano
screen-recap-turnout = Frekwencja: { $announced } z { $promised } zapowiedzianych
screen-recap-turnout-none = Frekwencja: { $announced }
screen-recap-pledge = { $yes } · { $no }
screen-answer-on-phone = Odpowiedz Tak lub Nie na telefonie
screen-page = strona { $page } z { $pages }
stage-page-title = Zegar: { $title }
stage-next = Następnie: { $title }
stage-paused = Wstrzymano
stage-over = Po czasie
stage-paused-over = Wstrzymano · po czasie
stage-wrap-up = Czas kończyć

## Livestream overlay: /overlay (the lower third OBS lays over the camera)

# The page's title; $title is the assembly's.
overlay-page-title = Nakładka transmisji na żywo: { $title }






## Chair: /chair

chair-page-title = Prowadzący: { $title }
chair-language-change = Zmień
chair-nav-label = Inne strony
chair-nav-screen = Ekran
chair-nav-timer = Minutnik
chair-nav-record = Protokół
chair-nav-follow-up = Dalsze kroki
chair-nav-plan = Plan
chair-now = Teraz
chair-phase-not-started = Nie rozpoczęto
chair-phase-ended = Zakończono
chair-phase-item = Punkt { $n } z { $total }
chair-start = Rozpocznij zgromadzenie
chair-back = ◀ Wstecz
chair-next = Dalej ▶
chair-pause = Wstrzymaj
chair-resume = Wznów
chair-extend-more = +{ $n } min
chair-extend-less = −{ $n } min
chair-undo = Cofnij
chair-end = Zakończ
chair-end-confirm = Zakończyć zgromadzenie? (Cofnij może je ponownie otworzyć.)
chair-upnext = Następnie: { $title }
chair-last-item = — (ostatni punkt)
chair-notes-heading = Twoje notatki
chair-no-notes = Brak notatek do tego punktu.
chair-messages-heading = Wiadomości
chair-presets-label = Pokaż mówcy od razu
# Sent to the speaker as written, in the stage's language.
chair-preset-wrap-up = Proszę kończyć
chair-preset-minute = Jeszcze minuta
chair-preset-speak-up = Głośniej, proszę
chair-preset-time = Czas minął
chair-to-speaker = Do mówcy
chair-to-speaker-example = np. Proszę kończyć
chair-on-screen = Na ekranie
chair-on-screen-example = np. Prosimy zająć miejsca
chair-show = Pokaż
chair-clear = Wyczyść
chair-speaker-sees = Mówca widzi: { $text }
chair-screen-shows = Ekran pokazuje: { $text }
chair-nothing = nic
chair-quoted = „{ $text }”
# Pages drawn once: /chair, /stage, /screen and /overlay are drawn by their
# scripts; without JavaScript they say so instead.
page-noscript = Ta strona wymaga JavaScriptu: włącz go w ustawieniach przeglądarki i odśwież stronę.
stage-noscript = Ten zegar wymaga JavaScriptu: włącz go w ustawieniach przeglądarki i odśwież stronę.
# On stage (issue 22): pinned messages, Next on the last item, counts to confirm.
chair-pin = Zostaw po Dalej
chair-pinned = przypięty
chair-next-end = Zakończ zgromadzenie
chair-not-promised = nie obiecano
chair-count-check = { $count } dla { $name } ({ $promised ->
    [0] nic nie obiecano, zameldowane telefony: { $phones }
   *[other] obiecano { $promised }
})?
chair-count-show = Pokaż
chair-count-fix = Popraw
chair-display-heading = Na projektorze
chair-display-qr = Kod QR
chair-display-timer = Minutnik
chair-display-turnout = Frekwencja
chair-order-heading = Porządek obrad
chair-go = Przejdź
chair-on-time = zgodnie z planem
chair-behind = { $time } opóźnienia
chair-ahead = { $time } przed czasem
chair-finish = w tym tempie zgromadzenie skończy się około { $at }
chair-finish-planned = w tym tempie zgromadzenie skończy się około { $at } (według planu: { $planned })
chair-paused = wstrzymane
# Between parts of one line: "on time · the assembly ends about 21:30".
chair-separator = { " · " }
chair-ended-at = Zakończono o { $at }
chair-planned-length = Planowany czas całego zgromadzenia: { $time }
chair-ready = Gotowe
chair-ready-hint = Dotknij „Rozpocznij”, gdy sala będzie gotowa. Zegar rusza z pierwszym punktem.
chair-ask-heading = Postulat: { $title }
chair-answer-of = Odpowiedź: { $name }
chair-note-placeholder = Notatka (opcjonalnie)
chair-note-label = Notatka do odpowiedzi: { $name }, wysyłana z następną dotkniętą odpowiedzią
chair-holder-now = teraz: { $answer }
chair-no-answer-yet = jeszcze bez odpowiedzi
chair-replaced-earlier = wcześniej { $answers }
chair-col-institution = Instytucja
chair-col-promised = Obiecano
chair-col-phones = Telefony
chair-col-announced = Ogłoszono
chair-col-count = Liczba z sali
chair-total = Razem
chair-set = Zapisz
chair-set-count = Zapisz liczbę: { $name }
chair-count-range = Podaj liczbę od 0 do { $max } dla: { $name }.
chair-rollcall-summary = Ogłoszono { $announced } z { $promised } obiecanych · { $phones ->
    [one] zameldował się { $phones } telefon
    [few] zameldowały się { $phones } telefony
    [many] zameldowało się { $phones } telefonów
   *[other] zameldowało się { $phones } telefonu
}
chair-pledge-heading = Zobowiązanie sali
chair-reveal = Pokaż na ekranie
chair-tally-shown = Tak { $yes } · Nie { $no } · widoczne na ekranie
chair-tally-hidden = Tak { $yes } · Nie { $no } · jeszcze niepokazane
chair-led-by = Prowadzi: { $name }
# What a command is, in notices: "Next will be sent ...".
chair-cmd-start = Rozpocznij
chair-cmd-next = Dalej
chair-cmd-back = Wstecz
chair-cmd-goto = Przejdź do „{ $title }”
chair-cmd-respond = { $answer }: { $name }
chair-cmd-turnout = liczba: { $name }
chair-cmd-reveal = Pokaż
chair-cmd-message-stage = wiadomość do mówcy
chair-cmd-message-screen = wiadomość na ekran
chair-cmd-clear-stage = Wyczyść (mówca)
chair-cmd-clear-screen = Wyczyść (ekran)
chair-cmd-display = ustawienie projektora
chair-still-sending = Wciąż wysyłam polecenie „{ $first }”: dotknij „{ $what }” ponownie za chwilę.
chair-queued = Brak połączenia: polecenie „{ $what }” zostanie wysłane po powrocie połączenia (w ciągu { $seconds } s) albo dostaniesz informację, że go nie wysłano.
chair-failed = Polecenie „{ $what }” nie powiodło się.
chair-failed-unknown = To się nie udało.
chair-went-through = Polecenie „{ $what }” dotarło, zanim połączenie zostało przerwane.
chair-moved-on = Polecenie „{ $what }” nie zostało wysłane: połączenie zostało przerwane, a zgromadzenie poszło dalej. Dotknij ponownie, jeśli nadal tego chcesz.
chair-stale = Inne urządzenie prowadzącego zmieniło to pierwsze. Widzisz teraz najnowszy stan; nic nie zostało wykonane dwa razy. Dotknij ponownie, jeśli nadal tego chcesz.
chair-not-sent = { $n ->
    [one] Polecenie „{ $what }” nie zostało wysłane: połączenie zostało przerwane. Dotknij ponownie, jeśli nadal tego chcesz.
    [few] Polecenia { $what } nie zostały wysłane: połączenie zostało przerwane. Dotknij ponownie, jeśli nadal ich chcesz.
    [many] Polecenia { $what } nie zostały wysłane: połączenie zostało przerwane. Dotknij ponownie, jeśli nadal ich chcesz.
   *[other] Polecenia { $what } nie zostały wysłane: połączenie zostało przerwane. Dotknij ponownie, jeśli nadal ich chcesz.
}
chair-no-reply = Brak odpowiedzi na polecenie „{ $what }”. Sprawdź porządek obrad, zanim dotkniesz ponownie.
chair-offline = Brak połączenia: łączę ponownie…
chair-offline-pending = Brak połączenia: łączę ponownie… Po powrocie połączenia zostanie ponownie wysłane: { $what }.
chair-replaced = Zastąpiono { $before } odpowiedzią { $after }: { $name }.
chair-recorded-note = Zapisano { $answer } z notatką: { $name }.
chair-undid = Cofnięto: { $what }
chair-undid-move = { $what } (powrót do „{ $title }”)
chair-undid-move-start = { $what } (powrót do stanu sprzed rozpoczęcia)
chair-undid-end = Zakończenie (powrót do „{ $title }”)
chair-undid-answer = { $answer }: { $name } (powrót do { $before })
chair-undid-turnout = { $n }: { $name }
chair-undid-message-stage = wiadomość do mówcy „{ $text }”
chair-undid-message-screen = wiadomość na ekran „{ $text }”
chair-undid-display = projektor: { $what } { $shown ->
    [yes] (pokazywane)
   *[no] (ukryte)
}
chair-undid-reveal = Pokazanie wyniku zobowiązania
chair-undid-other = ostatnia zmiana
chair-braked-title = Prowadzący: zbyt wiele błędnych kluczy
chair-braked-heading = Zbyt wiele błędnych kluczy prowadzącego
chair-braked-text = Z tej sieci przyszło zbyt wiele błędnych kluczy prowadzącego, więc przez następne { $minutes } min klucze z niej nie będą sprawdzane. Potem otwórz ponownie link prowadzącego, który serwer wypisał przy starcie.
chair-locked-title = Prowadzący: potrzebny klucz
chair-locked-heading = To strona prowadzącego
chair-locked-text = Potrzebny jest link prowadzącego, który serwer wypisał przy starcie: kończy się na { $link }. Zeskanuj jego kod QR w terminalu serwera albo skopiuj stamtąd link. Klucz jest też zapisany w katalogu danych.
chair-locked-others = Wszyscy pozostali: { $link }.
chair-locked-join = zamelduj się i śledź: { $title }





## Report and exports: /report, assembly export

report-title = Raport: { $title }
report-eyebrow-public = Zgromadzenie rozliczeniowe: zapis publiczny
report-eyebrow-chair = Zgromadzenie rozliczeniowe: pełny zapis
report-zone = Godziny według strefy { $zone }.
report-venue = Miejsce
report-planned-start = Planowany początek
report-date = Data
report-started = Początek
report-ended = Koniec
report-status = Stan
report-not-started = Jeszcze się nie rozpoczęło
report-in-progress = W toku (odśwież stronę, by zobaczyć najnowszy stan)
report-as-of = Stan zapisu na
report-access-public = To jest zapis publiczny: to, co mógł pokazać rzutnik, i na jakim etapie jest od tamtej pory każde zobowiązanie. Notatki (do odpowiedzi i do kroków dalszych działań), zastąpione odpowiedzi oraz nieujawnione jeszcze wyniki deklaracji są w pełnym zapisie, dostępnym dla prowadzącego.
report-access-chair = To jest pełny zapis, z notatkami prowadzącego, zastąpionymi odpowiedziami, notatkami do kroków dalszych działań i wszystkimi wynikami deklaracji: udostępniaj go tylko organizatorom.
report-downloads = Pobierz zapis
report-export-record-json = wszystko z tego raportu, dla innych programów
report-export-responses-csv = jeden wiersz na odpowiedź
report-export-turnout-csv = jeden wiersz na instytucję
report-export-timings-csv = jeden wiersz na punkt programu
report-export-follow-ups-csv = jeden wiersz na zobowiązanie: lista do pilnowania, z etapem każdego z nich
report-export-record-xlsx = program, frekwencja, odpowiedzi, deklaracje i dalsze działania w jednym arkuszu
report-footer = Przygotowano w programie assembly.
report-scorecard = Karta wyników
report-holder = Decydent
report-answer = Odpowiedź
report-note = Notatka
report-when = Kiedy
report-follow-up = Dalsze działania
report-no-answer = Brak odpowiedzi
report-reported-heading = Sprawozdania na tym zgromadzeniu
report-reported-intro = Osoby u władzy, ponownie na scenie, powiedziały, na jakim etapie są ich zobowiązania z wcześniejszych zgromadzeń sojuszu.
report-reported-commitment = Zobowiązanie
report-reported-said = Powiedziane na scenie
report-reported-on = Dzień
report-replaced = Zastąpione podczas negocjacji: { $answers }
report-answer-at = { $answer } o { $time }
report-follow-up-heading = Dalsze działania: na jakim etapie jest każde zobowiązanie
report-follow-up-intro = Każde żądanie postawione każdemu decydentowi, bez względu na to, co odpowiedział tamtego wieczoru (i czy w ogóle odpowiedział), według etapu, na którym jest teraz. Data to dzień ostatniego kroku.
report-by-status = Zobowiązania według etapu
report-record-step = Zapisz krok na stronie dalszych działań
report-none = Brak.
report-ask = Żądanie
report-answer-night = Odpowiedź tamtego wieczoru
report-latest-step = Ostatni krok
report-history = Historia
report-no-step = Jeszcze bez kroków
report-recorded = (zapisano { $when })
report-owner = Odpowiedzialny
report-due = Termin
report-overdue = Po terminie
report-not-set = Nie ustalono
report-turnout = Frekwencja
report-institution = Instytucja
report-promised = Obiecano
report-announced = Ogłoszono
report-phones = Zameldowane telefony
report-total = Razem
report-on-own = { $total } (w tym { $n } indywidualnie)
report-turnout-chart = Frekwencja według instytucji: obiecana, ogłoszona i zameldowane telefony
report-turnout-caption = Pasek obrysowany: obiecano. Pasek pełny: ogłoszono przy sprawdzaniu obecności. Cienki pasek: zameldowane telefony.
report-running-order = Program: plan a rzeczywistość
report-item = Punkt
report-planned = Plan
report-actual = Rzeczywiście
report-difference = Różnica
report-not-reached = nie doszło do niego
report-timing-chart = Planowany i rzeczywisty czas każdego punktu
report-timing-caption = Pasek obrysowany: planowany czas. Pełna linia: rzeczywisty czas (na czerwono, gdy go przekroczono).
report-drift-ended = Plan { $planned }; trwało { $ran } ({ $whole }{ $why }).
report-drift-running = Plan { $planned }; w tym tempie potrwa { $ran } ({ $whole }{ $why }).
report-drift-why = : { $parts }
report-over = { $time } ponad plan
report-under = { $time } poniżej planu
report-on-time = zgodnie z planem
report-drift-items = punkty trwały { $by }
report-drift-items-so-far = jak dotąd punkty trwały { $by }
report-drift-skipped = { $n ->
    [one] { $n } punkt ({ $time } w planie) pominięto
    [few] { $n } punkty ({ $time } w planie) pominięto
    [many] { $n } punktów ({ $time } w planie) pominięto
   *[other] { $n } punktu ({ $time } w planie) pominięto
}
report-drift-paused = zgromadzenie było wstrzymane przez { $time }
report-list-more = { $head }, { $next }
report-list-last = { $head } i { $last }
report-pledges = Deklaracje uczestników
report-pledge = Deklaracja
report-not-revealed = nieujawnione
report-one-per-phone = Jedna odpowiedź na zameldowany telefon.
report-plan-changes = Zmiany w planie
report-plan-changes-intro = Powyższy program to plan w obecnej postaci; oto jego zmiany od początku zapisu, każda z ostatnią zmianą, która ją wprowadziła (opisane po angielsku).
report-day = { $day } { $month } { $year }
report-date-long = { $weekday }, { $day } { $month } { $year }
report-day-time = { $day }, { $time }
report-month-1 = stycznia
report-month-2 = lutego
report-month-3 = marca
report-month-4 = kwietnia
report-month-5 = maja
report-month-6 = czerwca
report-month-7 = lipca
report-month-8 = sierpnia
report-month-9 = września
report-month-10 = października
report-month-11 = listopada
report-month-12 = grudnia
report-weekday-1 = poniedziałek
report-weekday-2 = wtorek
report-weekday-3 = środa
report-weekday-4 = czwartek
report-weekday-5 = piątek
report-weekday-6 = sobota
report-weekday-7 = niedziela

# Zapis i raport (h22-record): czas ustawiony przez prowadzącego, puste
# deklaracje, zmiany planu prostymi słowami, arkusz kroków.
report-set-length = plan { $planned }, ustawiono { $set }, trwało { $ran }: { $by }
report-drift-set-shorter = prowadzący skrócił punkty o { $time }
report-drift-set-longer = prowadzący wydłużył punkty o { $time }
report-timing-set-caption = Linia przerywana: czas ustawiony przez prowadzącego (+1/-1 min).
report-not-promised = bez deklaracji
report-change-at = { $when }: { $change }
report-change-renamed = zmieniono nazwę { $from } na { $to }
report-change-edited = { $entry }: { $field } zmieniono z „{ $from }” na „{ $to }”
report-change-set = { $entry }: { $field } ustawiono na „{ $to }”
report-change-cleared = { $entry }: usunięto { $field }
report-change-added = dodano { $part } „{ $name }”
report-change-removed = usunięto { $part } „{ $name }”
report-change-moved = przeniesiono „{ $name }” z pozycji { $from } na { $to }
report-part-assembly = zgromadzenie
report-part-institution = instytucję
report-part-power_holder = decydenta
report-part-ask = postulat
report-part-pledge = deklarację
report-part-item = punkt
report-field-title = tytuł
report-field-name = nazwa
report-field-venue = miejsce
report-field-starts = początek
report-field-timezone = strefa czasowa
report-field-promised = zadeklarowana frekwencja
report-field-role = funkcja
report-field-text = treść
report-field-to = adresaci
report-field-kind = rodzaj
report-field-duration = czas trwania
report-field-lead = prowadzi
report-field-notes = notatki prowadzącego
export-set-length = Ustawione przez prowadzącego
export-id = Identyfikator
export-sheet-steps = Kroki
export-commitment = Zobowiązanie
followup-not_started = Nierozpoczęte
followup-in_progress = W toku
followup-achieved = Zrealizowane
followup-broken = Złamane
export-sheet-running-order = Program
export-sheet-turnout = Frekwencja
export-sheet-answers = Odpowiedzi
export-sheet-pledges = Deklaracje
export-sheet-follow-ups = Dalsze działania
export-kind = Rodzaj
export-lead = Prowadzi
export-over-under = Sekundy ponad (+) / poniżej (-) planu
export-visits = Podejścia
export-started-in = Początek ({ $zone })
export-ended-in = Koniec ({ $zone })
export-chair-notes = Notatki prowadzącego
export-ask-title = Tytuł żądania
export-holder = Decydent
export-holder-name = Imię i nazwisko decydenta
export-answered-in = Czas odpowiedzi ({ $zone })
export-note-for-chair = Notatka dla prowadzącego
export-earlier = Wcześniejsze odpowiedzi
export-text = Treść
export-revealed = Ujawniono
export-status = Etap
export-status-since = Etap od
export-steps = Kroki
export-latest-note = Ostatnia notatka

## Biurko: wszystkie zgromadzenia sojuszu
desk-title = Biurko: wasze zgromadzenia
desk-heading = Wasze zgromadzenia
desk-made = Utworzono { $title }. Uruchom je na żywo, aby je przygotować.
desk-went-live = { $title } jest na żywo: prowadzący, projektor i telefony pokazują je teraz.
desk-none-live = Żadne zgromadzenie nie jest na żywo. Uruchom jedno poniżej: prowadzący, projektor i telefony będą je pokazywać.
desk-live = Teraz na żywo: { $title }
desk-chair-link = Link prowadzącego (prywatny: steruje zgromadzeniem; wyślij go tylko prowadzącemu):
desk-open-chair = Prowadzący
desk-open-setup = Przygotuj plan
desk-open-import = Importuj arkusz
desk-open-follow-up = Śledź zobowiązania
desk-open-screen = Projektor
desk-open-stage = Zegar mówcy
desk-open-poster = Plakat z kodem QR
desk-open-report = Raport
desk-every = Wszystkie zgromadzenia
desk-empty = Nie ma tu jeszcze żadnego zgromadzenia: utwórz pierwsze poniżej.
desk-day = Dzień
desk-no-day = jeszcze nie ustalony
desk-venue = Miejsce
desk-stage = Etap
desk-stage-planned = Zaplanowane
desk-stage-live = Na żywo
desk-stage-unfinished = Rozpoczęte, nie zakończone
desk-stage-ended = Zakończone
desk-turnout = Frekwencja
desk-came = Przyszło { $came } z { $promised } obiecanych
desk-commitments = Zobowiązania
desk-asked = { $asked } próśb, { $yes } odpowiedzi „tak”
desk-by-status = { $achieved } osiągnięte, { $progress } w toku, { $waiting } nie rozpoczęte, { $broken } złamane
desk-is-live = Teraz na żywo na tym serwerze.
desk-row-follow-up = Jego zobowiązania
desk-row-report = Jego sprawozdanie
desk-go-live = Uruchom na żywo
desk-go-live-setup = Uruchom na żywo i przygotuj
desk-go-live-import = Uruchom na żywo i importuj arkusz
desk-new = Nowe zgromadzenie
desk-new-title = Tytuł
desk-new-day = Dzień zgromadzenia (opcjonalnie)
desk-new-venue = Miejsce (opcjonalnie)
desk-new-from = Zacznij od
desk-new-blank = Pusty plan
desk-new-same = Instytucje i osoby decyzyjne z { $title } { $day }
desk-new-make = Utwórz zgromadzenie
desk-home-heading = Gdzie wszystko jest przechowywane
desk-home = Każde zgromadzenie to folder w { $dir }. Aby zrobić kopię zapasową wszystkich, skopiuj ten folder (przy zatrzymanym biurku albo ponownie po wydarzeniu).
desk-key = Klucz otwierający to biurko też tam jest: { $command } wypisuje go razem z linkiem do biurka.
desk-nothing-title = Żadne zgromadzenie nie jest na żywo
desk-nothing-heading = Żadne zgromadzenie nie jest jeszcze na żywo
desk-nothing-text = Organizatorzy nie uruchomili jeszcze dzisiejszego zgromadzenia na tym serwerze. Spróbuj ponownie za chwilę.
desk-nothing-desk = Organizatorzy: otwórzcie biurko
desk-locked-title = Biurko: potrzebny klucz
desk-locked-text = Biurko jest dla organizatorów sojuszu. Otwórz link wypisany przez serwer przy starcie albo uruchom { $command } na komputerze, który przechowuje zgromadzenia.
desk-braked = Zbyt wiele błędnych kluczy z tej sieci. Spróbuj ponownie za { $minutes } min z linkiem do biurka.
desk-cross-site-title = Odrzucono
desk-cross-site = Ta zmiana nie przyszła ze strony biurka. Otwórz biurko i zrób to tam.
desk-confirm-title = Zatrzymać trwające zgromadzenie?
desk-confirm-text = { $title } właśnie trwa. Uruchomienie innego zgromadzenia zatrzyma je dla prowadzącego, projektora i wszystkich telefonów (zapis zostaje i można je znów uruchomić).
desk-confirm-yes = Tak, uruchom to drugie
desk-confirm-no = Nie, wróć do biurka
desk-follow-link = Wszystkie zobowiązania ze wszystkich zgromadzeń
desk-follow-title = Biurko: wszystkie zobowiązania
desk-follow-heading = Wszystkie zobowiązania
desk-follow-back = Wróć do biurka
desk-follow-holder = Osoba decyzyjna
desk-follow-assembly = Zgromadzenie
desk-follow-answer = Odpowiedź tego wieczoru
desk-follow-status = Stan
desk-follow-all = Wszystkie
desk-follow-no-answer = Brak odpowiedzi
desk-follow-no-step = Jeszcze bez kroków
desk-follow-no-owner = Jeszcze nikt
desk-follow-show = Pokaż
desk-follow-count = { $shown } z { $total } zobowiązań
desk-follow-at = Zapytano na
desk-follow-said = Odpowiedź tego wieczoru
desk-follow-now = Teraz
desk-follow-since = od { $day }
desk-follow-record = Zapisz krok
export-owner = Odpowiedzialny
export-due = Termin
export-overdue = Po terminie
export-public-note = Notatka publiczna
export-latest-public-note = Ostatnia notatka publiczna
desk-follow-overdue-only = Tylko zaległe
desk-follow-overdue = Zaległe
desk-follow-owner = Pilnuje
desk-follow-due = Termin
desk-publish = Opublikuj kartę wyników (.zip strony publicznej)
desk-follow-saved = Krok zapisany.
desk-follow-day = Dzień, w którym się wydarzył (puste: dziś)
desk-follow-public-note = Notatka publiczna (w raporcie i na karcie wyników)
desk-follow-private-note = Notatka prywatna (tylko dla organizatorów, nigdy nie publikowana)
desk-follow-save = Zapisz krok
desk-follow-open-live = Otwórz stronę śledzenia tego zgromadzenia

## Sprawozdanie: o co proszono osobę u władzy na wcześniejszych zgromadzeniach
recall-heading = O co wcześniej proszono: { $name }
recall-when = { $day } · { $title }
recall-none = We wcześniejszych zgromadzeniach tego domu nie ma zobowiązań: { $name }.
recall-said = odpowiedź: { $answer }
recall-unanswered = brak odpowiedzi tamtego wieczoru
recall-now = teraz: { $status }
recall-not-chased = jeszcze nie sprawdzane
chair-recall-note-placeholder = Notatka publiczna (opcjonalnie)
chair-recall-note-label = Notatka publiczna o „{ $ask }”
chair-recall-status-of = Na jakim etapie jest teraz „{ $ask }”
chair-recall-recorded = Zapisano: „{ $ask }” – { $status }
chair-recall-said-here = powiedziane dziś
chair-cmd-report-back = { $name } zdaje sprawozdanie

## Opublikowana karta wyników (`assembly publish`)
publish-title = Karta wyników: kto powiedział tak i co zrobił
publish-intro = Wszystkie zobowiązania, które osoby u władzy podjęły publicznie na zgromadzeniach sojuszu, i na jakim etapie są teraz.
publish-holders = Osoby u władzy
publish-asked = Prośby
publish-said-yes = Powiedziało tak
publish-overdue = Po terminie
publish-assemblies = Zgromadzenia
publish-json = Te same dane jako JSON
publish-all-holders = Wszystkie osoby u władzy
publish-holder-title = { $name }: zobowiązania
publish-counts = Prośby: { $asked }, tak: { $yes }, zrealizowane: { $achieved }, złamane: { $broken }, po terminie: { $overdue }.
publish-asked-at = Prośba na
publish-now = Teraz
publish-chased-by = Pilnuje
publish-steps = Kroki
publish-no-step = jeszcze bez kroku
publish-overdue-tag = po terminie
publish-languages = Języki

## The report-back item an assembly made from an earlier one starts with
plan-reports-back = { $name } zdaje sprawozdanie
