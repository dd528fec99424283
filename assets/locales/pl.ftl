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






## Chair: /chair






## Report and exports: /report, assembly export
