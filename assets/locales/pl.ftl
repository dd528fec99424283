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
report-plan-changes-intro = Powyższy program to plan w obecnej postaci; wprowadzono w nim kolejno te zmiany (opisane po angielsku).
report-change = (zmiana { $seq })
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
export-name = Nazwa
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
