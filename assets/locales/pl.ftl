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






## Phone: /join and the pledge






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
screen-answer-on-phone = Odpowiedz Tak lub Nie na telefonie
screen-page = strona { $page } z { $pages }
stage-page-title = Zegar: { $title }
stage-next = Następnie: { $title }
stage-paused = Wstrzymano
stage-over = Po czasie
stage-paused-over = Wstrzymano · po czasie
stage-wrap-up = Czas kończyć






## Chair: /chair






## Report and exports: /report, assembly export
