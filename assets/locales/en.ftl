### The interface in English: the source every other catalogue translates.
# Adding a language: copy this file to <code>.ftl (the language's ISO 639
# code), translate every message, and set language-name and
# language-direction. Keep each message's id and variables ($n, $name).
# Plurals: give the categories the language has (Welsh and Arabic: zero,
# one, two, few, many, other; Polish: one, few, many, other).

language-name = English
language-direction = ltr
language-label = Language

## Shared: the codes every page renders

answer-yes = Yes
answer-no = No
answer-waffle = Waffle
answer-absent = Absent

kind-welcome = Welcome
kind-roll_call = Roll call
kind-testimony = Testimony
kind-ask = Ask
kind-response = Response
kind-pledge = Pledge
kind-speech = Speech
kind-close = Close

phase-not_started = Starting soon
phase-ended = The assembly has ended
connection-reconnecting = Reconnecting…

## Start page and pages not found

home-join = Check in and follow along
home-join-note = (attendees’ phones)
home-screen = Projector screen
home-stage = Speaker’s timer
home-poster = Printable poster with the QR code
home-report = The report
home-report-note = (the record, printable)
home-chair = Chair
home-chair-note = (needs the chair link printed at start)
home-setup = Set up the plan
home-setup-note = (the chair’s: edit it in the browser)
notfound-title = Not found
notfound-text = There is no page at this address.
notfound-home = Go to the start page



## Refusals: why a command was not done (refusal-<code>)






## Phone: /join and the pledge






## Projector and timer: /screen and /stage

screen-page-title = Screen: { $title }
screen-check-in = Check in
screen-scan = Scan to check in
screen-phones-label = { $n ->
    [one] phone checked in
   *[other] phones checked in
}
screen-kind-ask = The ask
screen-kind-close = Thank you
screen-welcome = Welcome: we start soon
screen-thanks = Thank you for coming.
screen-thanks-answers = Thank you for coming. What each power-holder answered:
screen-no-asks = No asks were put tonight.
screen-awaiting = Awaiting answer
screen-no-answer = No answer
screen-promised = { $announced } of { $promised } promised
screen-answer-on-phone = Answer Yes or No on your phone
screen-page = page { $page } of { $pages }
stage-page-title = Timer: { $title }
stage-next = Next: { $title }
stage-paused = Paused
stage-over = Over time
stage-paused-over = Paused · over time
stage-wrap-up = Time to wrap up






## Chair: /chair






## Report and exports: /report, assembly export
