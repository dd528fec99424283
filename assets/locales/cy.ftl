### Y rhyngwyneb yn Gymraeg (Welsh).
# A native speaker should review this file before an assembly relies on it:
# it was translated with care, but not by one.

language-name = Cymraeg
language-direction = ltr
language-label = Iaith

## Shared: the codes every page renders

answer-yes = Ie
answer-no = Na
answer-waffle = Amwys
answer-absent = Absennol

kind-welcome = Croeso
kind-roll_call = Galw’r gofrestr
kind-testimony = Tystiolaeth
kind-ask = Gofyn
kind-response = Ymateb
kind-pledge = Addewid
kind-speech = Araith
kind-close = Cloi

phase-not_started = Yn dechrau cyn bo hir
phase-ended = Mae’r cynulliad wedi dod i ben
connection-reconnecting = Yn ailgysylltu…

## Start page and pages not found

home-join = Cofrestru a dilyn
home-join-note = (ffonau’r mynychwyr)
home-screen = Sgrin y taflunydd
home-stage = Amserydd y siaradwr
home-poster = Poster i’w argraffu gyda’r cod QR
home-report = Yr adroddiad
home-report-note = (y cofnod, i’w argraffu)
home-chair = Cadeirydd
home-chair-note = (angen dolen y cadeirydd a argraffwyd ar y dechrau)
home-setup = Gosod y cynllun
home-setup-note = (i’r cadeirydd: ei olygu yn y porwr)
notfound-title = Heb ei ganfod
notfound-text = Does dim tudalen yn y cyfeiriad hwn.
notfound-home = Ewch i’r dudalen gychwyn



## Refusals: why a command was not done (refusal-<code>)






## Phone: /join and the pledge






## Projector and timer: /screen and /stage






## Chair: /chair






## Report and exports: /report, assembly export
