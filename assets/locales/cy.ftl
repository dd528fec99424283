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

screen-page-title = Sgrin: { $title }
screen-check-in = Cofrestru
screen-scan = Sganiwch i gofrestru
screen-phones-label = { $n ->
    [zero] ffôn wedi cofrestru
    [one] ffôn wedi cofrestru
    [two] ffôn wedi cofrestru
    [few] ffôn wedi cofrestru
    [many] ffôn wedi cofrestru
   *[other] o ffonau wedi cofrestru
}
screen-kind-ask = Y cais
screen-kind-close = Diolch
screen-welcome = Croeso: rydyn ni’n dechrau cyn bo hir
screen-thanks = Diolch am ddod.
screen-thanks-answers = Diolch am ddod. Dyma ateb pob un o’r rhai mewn grym:
screen-no-asks = Ni roddwyd unrhyw gais heno.
screen-awaiting = Yn aros am ateb
screen-no-answer = Dim ateb
screen-promised = { $announced } o’r { $promised } a addawyd
screen-answer-on-phone = Atebwch Ie neu Na ar eich ffôn
screen-page = tudalen { $page } o { $pages }
stage-page-title = Amserydd: { $title }
stage-next = Nesaf: { $title }
stage-paused = Wedi oedi
stage-over = Dros amser
stage-paused-over = Wedi oedi · dros amser
stage-wrap-up = Amser i orffen






## Chair: /chair






## Report and exports: /report, assembly export
