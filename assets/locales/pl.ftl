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

phase-not_started = Wkrótce początek
phase-ended = Zgromadzenie się zakończyło
connection-reconnecting = Ponowne łączenie…



## Refusals: why a command was not done (refusal-<code>)






## Phone: /join and the pledge






## Projector and timer: /screen and /stage






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
