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

# The page's title; $title is the assembly's.
join-title = Cofrestru: { $title }
join-refresh = Adnewyddwch i weld y diweddaraf
join-hall-full = { $n ->
    [zero] Mae’r neuadd yn llawn ar-lein: mae { $n } o ffonau’n dilyn yn fyw, felly fydd y dudalen hon ddim yn diweddaru ohoni’i hun. Mae eich cofrestriad yn dal i gyfrif: defnyddiwch y ffurflen isod, ac ail-lwythwch y dudalen i weld beth sy’n digwydd.
    [one] Mae’r neuadd yn llawn ar-lein: mae { $n } ffôn yn dilyn yn fyw, felly fydd y dudalen hon ddim yn diweddaru ohoni’i hun. Mae eich cofrestriad yn dal i gyfrif: defnyddiwch y ffurflen isod, ac ail-lwythwch y dudalen i weld beth sy’n digwydd.
    [two] Mae’r neuadd yn llawn ar-lein: mae { $n } ffôn yn dilyn yn fyw, felly fydd y dudalen hon ddim yn diweddaru ohoni’i hun. Mae eich cofrestriad yn dal i gyfrif: defnyddiwch y ffurflen isod, ac ail-lwythwch y dudalen i weld beth sy’n digwydd.
    [few] Mae’r neuadd yn llawn ar-lein: mae { $n } ffôn yn dilyn yn fyw, felly fydd y dudalen hon ddim yn diweddaru ohoni’i hun. Mae eich cofrestriad yn dal i gyfrif: defnyddiwch y ffurflen isod, ac ail-lwythwch y dudalen i weld beth sy’n digwydd.
    [many] Mae’r neuadd yn llawn ar-lein: mae { $n } ffôn yn dilyn yn fyw, felly fydd y dudalen hon ddim yn diweddaru ohoni’i hun. Mae eich cofrestriad yn dal i gyfrif: defnyddiwch y ffurflen isod, ac ail-lwythwch y dudalen i weld beth sy’n digwydd.
   *[other] Mae’r neuadd yn llawn ar-lein: mae { $n } o ffonau’n dilyn yn fyw, felly fydd y dudalen hon ddim yn diweddaru ohoni’i hun. Mae eich cofrestriad yn dal i gyfrif: defnyddiwch y ffurflen isod, ac ail-lwythwch y dudalen i weld beth sy’n digwydd.
}
# $name is the group's name, shown in bold.
join-checked-in-with = Rydych wedi cofrestru gyda { $name }. Diolch am ddod.
join-checked-in-alone = Rydych wedi cofrestru ar eich pen eich hun. Diolch am ddod.
join-check-in-heading = Cofrestru
join-search = Chwiliwch am eich grŵp
join-who = Gyda phwy daethoch chi?
join-own = Ar fy mhen fy hun
join-check-in = Cofrestru
join-change-group = Newid fy ngrŵp
# $query is what the person typed.
join-no-match = Does dim grŵp yn cyfateb i “{ $query }”. Gwiriwch y sillafu, neu dewiswch Ar fy mhen fy hun.
join-now-heading = Nawr
join-ended-thanks = Diolch am gymryd rhan. Isod mae pob cais a sut atebodd pob deiliad grym: bydd y gynghrair yn mynd ar drywydd pob un.
join-roll-call-heading = Galw’r gofrestr
# $n chooses the form; $count is the same number in bold; $promised a number.
join-announced = { $n ->
    [zero] { $count } o bobl wedi’u cyhoeddi o’r llawr, o’r { $promised } a addawyd
    [one] { $count } person wedi’i gyhoeddi o’r llawr, o’r { $promised } a addawyd
    [two] { $count } o bobl wedi’u cyhoeddi o’r llawr, o’r { $promised } a addawyd
    [few] { $count } o bobl wedi’u cyhoeddi o’r llawr, o’r { $promised } a addawyd
    [many] { $count } o bobl wedi’u cyhoeddi o’r llawr, o’r { $promised } a addawyd
   *[other] { $count } o bobl wedi’u cyhoeddi o’r llawr, o’r { $promised } a addawyd
}
join-group-announced = { $n ->
    [zero] Eich grŵp, { $name }: { $count } o bobl wedi’u cyhoeddi, o’r { $promised } a addawyd
    [one] Eich grŵp, { $name }: { $count } person wedi’i gyhoeddi, o’r { $promised } a addawyd
    [two] Eich grŵp, { $name }: { $count } o bobl wedi’u cyhoeddi, o’r { $promised } a addawyd
    [few] Eich grŵp, { $name }: { $count } o bobl wedi’u cyhoeddi, o’r { $promised } a addawyd
    [many] Eich grŵp, { $name }: { $count } o bobl wedi’u cyhoeddi, o’r { $promised } a addawyd
   *[other] Eich grŵp, { $name }: { $count } o bobl wedi’u cyhoeddi, o’r { $promised } a addawyd
}
join-group-waiting = Eich grŵp, { $name }: heb ei gyhoeddi eto ({ $promised } wedi’u haddo)
join-results-heading = Canlyniadau’r addewid
# How many people pledged yes or no: $n chooses the form, $count is it in bold.
join-said-yes = { $count } wedi dweud ie
join-said-no = { $count } wedi dweud na
join-pledge-heading = Eich addewid
join-yes = Ie
join-no = Na
# $answer is the button pressed (join-yes or join-no), in bold.
join-answered = Eich ateb oedd { $answer }. Gallwch ei newid tra bo’r addewid ar agor.
join-asks-heading = Y ceisiadau
join-asks-heading-ended = Beth a ofynnwyd, a’r atebion
join-not-yet = dim eto
join-no-answer = dim ateb
join-order-heading = Trefn y cynulliad
join-wrong-group = Wedi cofrestru gyda’r grŵp anghywir?
# $n chooses the form; $count is the same number in bold.
join-turnout = { $n ->
    [zero] { $count } o ffonau wedi cofrestru hyd yma. Mae pob ffôn yn cyfrif unwaith.
    [one] { $count } ffôn wedi cofrestru hyd yma. Mae pob ffôn yn cyfrif unwaith.
    [two] { $count } ffôn wedi cofrestru hyd yma. Mae pob ffôn yn cyfrif unwaith.
    [few] { $count } ffôn wedi cofrestru hyd yma. Mae pob ffôn yn cyfrif unwaith.
    [many] { $count } ffôn wedi cofrestru hyd yma. Mae pob ffôn yn cyfrif unwaith.
   *[other] { $count } o ffonau wedi cofrestru hyd yma. Mae pob ffôn yn cyfrif unwaith.
}
join-turnout-ended = { $n ->
    [zero] { $count } o ffonau wedi cofrestru. Mae pob ffôn yn cyfrif unwaith.
    [one] { $count } ffôn wedi cofrestru. Mae pob ffôn yn cyfrif unwaith.
    [two] { $count } ffôn wedi cofrestru. Mae pob ffôn yn cyfrif unwaith.
    [few] { $count } ffôn wedi cofrestru. Mae pob ffôn yn cyfrif unwaith.
    [many] { $count } ffôn wedi cofrestru. Mae pob ffôn yn cyfrif unwaith.
   *[other] { $count } o ffonau wedi cofrestru. Mae pob ffôn yn cyfrif unwaith.
}
join-failed = Wnaeth hynny ddim gweithio; rhowch gynnig arall arni.
join-poster-title = Poster: { $title }
join-poster-qr = Cod QR ar gyfer y dudalen gofrestru
join-poster-scan = Sganiwch y cod â chamera eich ffôn, neu teipiwch y cyfeiriad.
join-poster-why = Cofrestrwch gyda’ch grŵp er mwyn i ni gyfrif pwy ddaeth, a dilynwch y ceisiadau’n fyw.
join-poster-why-pledge = Cofrestrwch gyda’ch grŵp er mwyn i ni gyfrif pwy ddaeth, a dilynwch y ceisiadau a’r addewid yn fyw.
join-poster-print = Argraffwch y dudalen hon (A4) ar gyfer byrddau a chefnau seddi.





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
