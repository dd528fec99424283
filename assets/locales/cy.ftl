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
kind-report_back = Adrodd yn ôl

phase-not_started = Yn dechrau cyn bo hir
phase-ended = Mae’r cynulliad wedi dod i ben
connection-reconnecting = Yn ailgysylltu…
connection-hall = Yn ailgysylltu â’r neuadd… Efallai nad yw’r hyn a welwch yn gyfredol, ac mae cofrestru’n aros nes bydd y cysylltiad yn ôl.

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

# Gwrthodiadau’r cadeirydd: ar dabled y cadeirydd a chan gleientiaid API;
# rhai’r ffôn (bad_device i pledge_closed, too_many_changes i
# wrong_address): gan fynychwr. Mae’r ids yn aros mewn `backticks`.
refusal-bad_command_id = rhaid i `id` fod rhwng 1 a { $max } nod; defnyddiwch linyn hap newydd ar gyfer pob gorchymyn
refusal-not_started = nid yw’r cynulliad wedi dechrau eto: anfonwch `start` yn gyntaf
refusal-ended = mae’r cynulliad wedi dod i ben; mae `undo` yn ei ailagor os mai camgymeriad oedd `end`
refusal-already_running = mae’r cynulliad eisoes ar waith
refusal-cannot_restart = mae’r cynulliad wedi dod i ben; ni all ddechrau eto
refusal-last_item = dyma’r eitem olaf: does dim un nesaf; anfonwch `end` i gau’r cynulliad
refusal-first_item = dyma’r eitem gyntaf: does dim byd cyn hon
refusal-no_such_item = does dim eitem { $item }: mae’r eitemau wedi’u rhifo o 0 i { $last }
refusal-already_current = eitem { $item } yw’r eitem gyfredol yn barod
refusal-already_paused = mae’r amserydd wedi’i oedi’n barod
refusal-not_paused = nid yw’r amserydd wedi’i oedi
refusal-bad_extension = rhaid i `seconds` fod rhwng -{ $max } a { $max }, a heb fod yn 0
refusal-below_zero = byddai hynny’n gadael "{ $title }" â hyd arfaethedig o dan sero: mae wedi’i gynllunio am { $left } eiliad gyda’r estyniadau, felly gellir tynnu { $left } eiliad ar y mwyaf
refusal-no_such_ask = does dim gofyn `{ $ask }`; { $n ->
    [0] does dim gofynion yn y cynllun
   *[other] y gofynion yw: { $asks }
}
refusal-not_put_to = nid yw gofyn `{ $ask }` wedi’i roi i `{ $holder }`; mae wedi’i roi i: { $holders }
refusal-no_such_institution = does dim sefydliad `{ $institution }`; gwiriwch yr id yn y cynllun
refusal-bad_turnout = rhaid i `count` fod rhwng 0 a { $max }
refusal-turnout_unlikely = mae { $count } ar gyfer { $name } { $promised ->
    [0] ymhell uwchlaw ei { $phones } ffôn sydd wedi cofrestru, ac nid addawodd neb
   *[other] yn fwy na thair gwaith y { $promised } a addawodd ({ $phones } ffôn wedi cofrestru)
}; os oes cynifer â hynny yn yr ystafell go iawn, anfonwch ef eto gyda `confirm` yn true
refusal-no_such_pledge = does dim addewid `{ $pledge }`; { $n ->
    [0] does dim addewidion yn y cynllun
   *[other] yr addewidion yw: { $pledges }
}
refusal-already_revealed = mae addewid `{ $pledge }` wedi’i ddatgelu’n barod
refusal-no_message = does dim neges i’w chlirio
refusal-display_unchanged = mae’r sgrin yn dangos hynny’n barod; enwch `qr`, `timer` neu `turnout` gyda true neu false
refusal-undo_exhausted = dim ond y { $depth } newid diwethaf gan y cadeirydd y gall dadwneud eu cyrraedd, ac maen nhw i gyd wedi’u dadwneud; gwnewch unrhyw newid hŷn eto â llaw (er enghraifft gyda `goto`)
refusal-nothing_to_undo = does dim i’w ddadwneud
refusal-control_character = mae { $field ->
    [note] y nodyn
    [public_note] y nodyn cyhoeddus
    [owner] y perchennog
   *[message] y neges
} yn cynnwys nod rheoli ({ $character }) yn nod rhif { $at }; tynnwch ef allan ac anfonwch destun plaen (mae toriadau llinell a thabiau’n iawn)
refusal-too_long = mae { $field ->
    [note] y nodyn
    [public_note] y nodyn cyhoeddus
    [owner] y perchennog
   *[message] y neges
} yn { $length } nod o hyd; cadwch at { $max }
refusal-step_day_format = rhaid ysgrifennu diwrnod y cam (`at`) ar ffurf YYYY-MM-DD, er enghraifft 2026-06-03, nid "{ $text }"; gadewch y diwrnod allan ar gyfer heddiw
refusal-step_not_a_day = nid yw diwrnod y cam (`at`), { $text }, yn ddiwrnod yn y calendr: gwiriwch y mis (01 i 12) a diwrnod y mis
refusal-step_too_early = mae diwrnod y cam (`at`), { $text }, cyn { $first }, y dyddiad cynharaf y caiff cam ei gael: gwiriwch y flwyddyn
refusal-due_day_format = rhaid ysgrifennu’r dyddiad dyledus (`due`) ar ffurf YYYY-MM-DD, er enghraifft 2026-09-30, nid "{ $text }"; gadewch ef yn wag os nad oes dyddiad dyledus
refusal-due_not_a_day = nid yw’r dyddiad dyledus (`due`), { $text }, yn ddiwrnod yn y calendr: gwiriwch y mis (01 i 12) a diwrnod y mis
refusal-due_too_early = mae’r dyddiad dyledus (`due`), { $text }, cyn { $first }, y dyddiad cynharaf a ganiateir: gwiriwch y flwyddyn
refusal-not_earlier = nid oes gan gynulliadau eraill y cartref gais `{ $ask }` i `{ $holder }` yng nghynulliad `{ $assembly }`: adroddwch yn ôl ar ymrwymiad a restrir ar dudalen y cadeirydd, neu gadewch `assembly` allan ar gyfer y cynulliad hwn
refusal-step_in_future = diwrnod y cam (`at`) yw { $day }, ond heddiw yw { $today }: cofnodwch gam ar ôl iddo ddigwydd, gyda’r dyddiad y digwyddodd (gadewch y diwrnod allan ar gyfer heddiw)
# The organiser's desk (follow-up): a step dated before the assembly.
refusal-step_before_assembly = mae diwrnod y cam (`at`), { $day }, cyn y cynulliad ({ $assembly }): gwiriwch y flwyddyn a’r mis, neu cadarnhewch fod y cam wedi’i gymryd cyn y cynulliad
refusal-bad_device = nid oedd modd adnabod y ffôn hwn: ail-lwythwch y dudalen a rhowch gynnig arall arni
refusal-unknown_group = nid yw’r grŵp "{ $institution }" ar y rhestr; dewiswch un o’r rhestr, neu cofrestrwch ar eich pen eich hun
refusal-unknown_pledge = nid yw’r addewid hwnnw’n rhan o’r cynulliad hwn; ail-lwythwch y dudalen i weld yr addewid sydd ar agor
refusal-not_checked_in = cofrestrwch yn gyntaf, ac yna gallwch chi addo
refusal-pledge_closed = nid yw’r addewid hwn ar agor ar hyn o bryd; gallwch ei ateb pan fydd y cadeirydd yn ei agor
refusal-too_many_changes = mae’r ffôn hwn wedi newid ei ateb lawer gwaith mewn amser byr; arhoswch ychydig eiliadau a rhowch gynnig arall arni
refusal-too_many_phones = mae llawer iawn o ffonau’n cofrestru o’r rhwydwaith hwn ar hyn o bryd; arhoswch ddeg eiliad a rhowch gynnig arall arni
refusal-bad_answer = rhaid i’r ateb fod yn ie neu na; ail-lwythwch y dudalen a thapiwch Ie neu Na
refusal-wrong_address = rhaid i hyn ddod o dudalennau’r cynulliad ei hun; agorwch nhw o gyfeiriad y gweinydd
refusal-unavailable = ni all y cynulliad gofnodi dim ar hyn o bryd; rhowch gynnig arall arni ymhen munud, a dywedwch wrth drefnydd os yw’n dal i fethu
refusal-reconnecting = mae’r dudalen hon wedi colli ei chysylltiad â’r neuadd, felly ni anfonwyd dim; rhowch gynnig arall arni mewn munud
refusal-conflict = gwnaed newid arall gan y cadeirydd yn gyntaf; edrychwch ar y sefyllfa newydd a rhowch gynnig arall arni os oes angen o hyd
refusal-stale_plan = mae rhywun arall wedi newid y cynllun ers i chi ei agor; ail-lwythwch y cynllun, gwnewch eich golygiad eto a chadwch ef
refusal-plan_locked = mae’r cofnod yn cyfeirio at yr hyn y byddai’r newid hwn yn ei ddileu neu’n ei ailysgrifennu ({ $n } problem): { $reasons }; ni newidiwyd dim
error-title = Heb ei wneud
error-back = Yn ôl i dudalen y cynulliad






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
# A hall where no institution promised a number: no "of 0 promised".
join-announced-unpromised = { $n ->
    [zero] { $count } o bobl wedi’u cyhoeddi o’r llawr
    [one] { $count } person wedi’i gyhoeddi o’r llawr
    [two] { $count } o bobl wedi’u cyhoeddi o’r llawr
    [few] { $count } o bobl wedi’u cyhoeddi o’r llawr
    [many] { $count } o bobl wedi’u cyhoeddi o’r llawr
   *[other] { $count } o bobl wedi’u cyhoeddi o’r llawr
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
# On stage (issue 22): a group that promised no number.
join-group-announced-unpromised = Eich grŵp, { $name }: { $count } wedi’u cyhoeddi, dim nifer wedi’i addo
join-group-waiting-unpromised = Eich grŵp, { $name }: heb ei gyhoeddi eto (dim nifer wedi’i addo)
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
# On stage (issue 22): a blank promise, and the end recap.
screen-announced = { $announced } wedi’u cyhoeddi
screen-not-promised = { $count } · dim addewid
screen-recap-turnout = Presenoldeb: { $announced } o’r { $promised } a addawyd
screen-recap-turnout-none = Presenoldeb: { $announced }
screen-recap-pledge = { $yes } · { $no }
screen-answer-on-phone = Atebwch Ie neu Na ar eich ffôn
screen-page = tudalen { $page } o { $pages }
stage-page-title = Amserydd: { $title }
stage-next = Nesaf: { $title }
stage-paused = Wedi oedi
stage-over = Dros amser
stage-paused-over = Wedi oedi · dros amser
stage-wrap-up = Amser i orffen

## Livestream overlay: /overlay (the lower third OBS lays over the camera)

# The page's title; $title is the assembly's.
overlay-page-title = Troshaen y ffrwd fyw: { $title }






## Chair: /chair

chair-page-title = Cadeirydd: { $title }
chair-language-change = Newid
chair-nav-label = Tudalennau eraill
chair-nav-screen = Sgrin
chair-nav-timer = Amserydd
chair-nav-record = Cofnod
chair-nav-follow-up = Dilyniant
chair-nav-plan = Cynllun
chair-now = Nawr
chair-phase-not-started = Heb ddechrau
chair-phase-ended = Wedi gorffen
chair-phase-item = Eitem { $n } o { $total }
chair-start = Dechrau'r cynulliad
chair-back = ◀ Yn ôl
chair-next = Nesaf ▶
chair-pause = Oedi
chair-resume = Ailgychwyn
chair-extend-more = +{ $n } mun
chair-extend-less = −{ $n } mun
chair-undo = Dadwneud
chair-end = Gorffen
chair-end-confirm = Gorffen y cynulliad? (Gall Dadwneud ei ailagor.)
chair-upnext = Nesaf: { $title }
chair-last-item = — (yr eitem olaf)
chair-notes-heading = Eich nodiadau
chair-no-notes = Dim nodiadau ar gyfer yr eitem hon.
chair-messages-heading = Negeseuon
chair-presets-label = Dangos i'r siaradwr ar unwaith
# Sent to the speaker as written, in the stage's language.
chair-preset-wrap-up = Dewch i ben
chair-preset-minute = 1 funud
chair-preset-speak-up = Siaradwch yn uwch
chair-preset-time = Amser
chair-to-speaker = I'r siaradwr
chair-to-speaker-example = e.e. Dewch i ben, os gwelwch yn dda
chair-on-screen = Ar y sgrin
chair-on-screen-example = e.e. Cymerwch eich seddi, os gwelwch yn dda
chair-show = Dangos
chair-clear = Clirio
chair-speaker-sees = Mae'r siaradwr yn gweld: { $text }
chair-screen-shows = Mae'r sgrin yn dangos: { $text }
chair-nothing = dim
chair-quoted = “{ $text }”
# Pages drawn once: /chair, /stage, /screen and /overlay are drawn by their
# scripts; without JavaScript they say so instead.
page-noscript = Mae angen JavaScript ar y dudalen hon: trowch ef ymlaen yng ngosodiadau'r porwr ac ail-lwythwch y dudalen.
stage-noscript = Mae angen JavaScript ar yr amserydd hwn: trowch ef ymlaen yng ngosodiadau'r porwr ac ail-lwythwch y dudalen.
# On stage (issue 22): pinned messages, Next on the last item, counts to confirm.
chair-pin = Cadw ar ôl Nesaf
chair-pinned = wedi’i binio
chair-next-end = Gorffen y cynulliad
chair-not-promised = dim addewid
chair-count-check = { $count } ar gyfer { $name } ({ $promised ->
    [0] dim addewid, { $phones } ffôn wedi cofrestru
   *[other] addawyd { $promised }
})?
chair-count-show = Dangos
chair-count-fix = Cywiro
chair-display-heading = Ar y taflunydd
chair-display-qr = Cod QR
chair-display-timer = Amserydd
chair-display-turnout = Presenoldeb
chair-order-heading = Trefn y cynulliad
chair-go = Ewch
chair-on-time = ar amser
chair-behind = { $time } ar ei hôl hi
chair-ahead = { $time } o flaen amser
chair-finish = ar y cyflymder hwn bydd y cynulliad yn gorffen tua { $at }
chair-finish-planned = ar y cyflymder hwn bydd y cynulliad yn gorffen tua { $at } (yn y cynllun: { $planned })
chair-paused = wedi oedi
# Between parts of one line: "on time · the assembly ends about 21:30".
chair-separator = { " · " }
chair-ended-at = Wedi gorffen am { $at }
chair-planned-length = Hyd y cynulliad cyfan yn y cynllun: { $time }
chair-ready = Barod
chair-ready-hint = Tapiwch Dechrau pan fydd y neuadd yn barod. Mae'r cloc yn dechrau gyda'r eitem gyntaf.
chair-ask-heading = Cais: { $title }
chair-answer-of = Ateb { $name }
chair-note-placeholder = Nodyn (dewisol)
chair-note-label = Nodyn gydag ateb { $name }, a anfonir gyda'r ateb nesaf a dapiwch
chair-holder-now = nawr: { $answer }
chair-no-answer-yet = dim ateb eto
chair-replaced-earlier = yn lle { $answers }
chair-col-institution = Sefydliad
chair-col-promised = Addawyd
chair-col-phones = Ffonau
chair-col-announced = Cyhoeddwyd
chair-col-count = Cyfrif o'r llawr
chair-total = Cyfanswm
chair-set = Gosod
chair-set-count = Gosod y cyfrif ar gyfer { $name }
chair-count-range = Rhowch gyfrif rhwng 0 a { $max } ar gyfer { $name }.
chair-rollcall-summary = Cyhoeddwyd { $announced } o'r { $promised } a addawyd · { $phones ->
    [zero] dim ffôn wedi cofrestru
    [one] { $phones } ffôn wedi cofrestru
    [two] { $phones } ffôn wedi cofrestru
    [few] { $phones } ffôn wedi cofrestru
    [many] { $phones } ffôn wedi cofrestru
   *[other] { $phones } ffôn wedi cofrestru
}
chair-pledge-heading = Addewid y gynulleidfa
chair-reveal = Dangos ar y sgrin
chair-tally-shown = Ie { $yes } · Na { $no } · ar y sgrin
chair-tally-hidden = Ie { $yes } · Na { $no } · heb ei ddangos eto
chair-led-by = Dan arweiniad { $name }
# What a command is, in notices: "Next will be sent ...".
chair-cmd-start = Dechrau
chair-cmd-next = Nesaf
chair-cmd-back = Yn ôl
chair-cmd-goto = Mynd i “{ $title }”
chair-cmd-respond = { $answer } gan { $name }
chair-cmd-turnout = y cyfrif ar gyfer { $name }
chair-cmd-reveal = Dangos
chair-cmd-message-stage = y neges i'r siaradwr
chair-cmd-message-screen = y neges i'r sgrin
chair-cmd-clear-stage = Clirio (siaradwr)
chair-cmd-clear-screen = Clirio (sgrin)
chair-cmd-display = gosodiad y taflunydd
chair-still-sending = Yn dal i anfon { $first }: tapiwch { $what } eto mewn eiliad.
chair-queued = Dim cysylltiad: bydd { $what } yn cael ei anfon pan ddaw'r cysylltiad yn ôl (o fewn { $seconds } eiliad), neu cewch wybod na chafodd ei anfon.
chair-failed = Ni weithiodd { $what }.
chair-failed-unknown = Ni weithiodd hynny.
chair-went-through = Aeth { $what } drwodd cyn i'r cysylltiad dorri.
chair-moved-on = Ni anfonwyd { $what }: torrodd y cysylltiad ac mae'r cynulliad wedi symud ymlaen. Tapiwch eto os ydych chi'n dal i'w eisiau.
chair-stale = Newidiodd dyfais gadeirio arall hyn yn gyntaf. Rydych chi nawr yn gweld y sefyllfa ddiweddaraf; ni wnaed dim ddwywaith. Tapiwch eto os ydych chi'n dal i'w eisiau.
chair-not-sent = { $n ->
    [zero] Ni anfonwyd { $what }: torrodd y cysylltiad. Tapiwch eto os ydych chi'n dal i'w eisiau.
    [one] Ni anfonwyd { $what }: torrodd y cysylltiad. Tapiwch eto os ydych chi'n dal i'w eisiau.
    [two] Ni anfonwyd { $what }: torrodd y cysylltiad. Tapiwch eto os ydych chi'n dal i'w heisiau.
    [few] Ni anfonwyd { $what }: torrodd y cysylltiad. Tapiwch eto os ydych chi'n dal i'w heisiau.
    [many] Ni anfonwyd { $what }: torrodd y cysylltiad. Tapiwch eto os ydych chi'n dal i'w heisiau.
   *[other] Ni anfonwyd { $what }: torrodd y cysylltiad. Tapiwch eto os ydych chi'n dal i'w heisiau.
}
chair-no-reply = Ni chafwyd ateb i { $what }. Gwiriwch drefn y cynulliad cyn tapio eto.
chair-offline = Dim cysylltiad: yn ailgysylltu…
chair-offline-pending = Dim cysylltiad: yn ailgysylltu… Bydd { $what } yn cael ei anfon eto pan ddaw'r cysylltiad yn ôl.
chair-replaced = { $after } yn lle { $before } gan { $name }.
chair-recorded-note = Cofnodwyd { $answer } gan { $name }, gyda'r nodyn.
chair-undid = Dadwnaed: { $what }
chair-undid-move = { $what } (yn ôl i “{ $title }”)
chair-undid-move-start = { $what } (yn ôl i cyn y dechrau)
chair-undid-end = Gorffen (yn ôl i “{ $title }”)
chair-undid-answer = { $answer } gan { $name } (yn ôl i { $before })
chair-undid-turnout = { $n } ar gyfer { $name }
chair-undid-message-stage = y neges i'r siaradwr “{ $text }”
chair-undid-message-screen = y neges i'r sgrin “{ $text }”
chair-undid-display = { $what } ar y taflunydd { $shown ->
    [yes] ymlaen
   *[no] i ffwrdd
}
chair-undid-reveal = Dangos cyfrif yr addewid
chair-undid-other = y newid diwethaf
chair-braked-title = Cadeirydd: gormod o allweddi anghywir
chair-braked-heading = Gormod o allweddi cadeirydd anghywir
chair-braked-text = Daeth gormod o allweddi cadeirydd anghywir o'r rhwydwaith hwn, felly ni fydd allweddi cadeirydd ohono'n cael eu gwirio am y { $minutes } munud nesaf. Yna agorwch eto'r ddolen cadeirydd a argraffodd y gweinydd pan ddechreuodd.
chair-locked-title = Cadeirydd: angen allwedd
chair-locked-heading = Tudalen y cadeirydd yw hon
chair-locked-text = Mae angen y ddolen cadeirydd a argraffodd y gweinydd pan ddechreuodd: mae'n gorffen gyda { $link }. Sganiwch ei chod QR yn nherfynell y gweinydd, neu copïwch y ddolen oddi yno. Mae'r allwedd hefyd yn cael ei chadw yn y ffolder data.
chair-locked-others = Pawb arall: { $link }.
chair-locked-join = cofrestrwch a dilynwch { $title }





## Report and exports: /report, assembly export

report-title = Adroddiad: { $title }
report-eyebrow-public = Cynulliad atebolrwydd: y cofnod cyhoeddus
report-eyebrow-chair = Cynulliad atebolrwydd: y cofnod llawn
report-zone = Amseroedd yn ôl { $zone }.
report-venue = Lleoliad
report-planned-start = Dechrau arfaethedig
report-date = Dyddiad
report-started = Dechreuodd
report-ended = Daeth i ben
report-status = Statws
report-not-started = Heb ddechrau eto
report-in-progress = Ar y gweill (ail-lwythwch i weld y diweddaraf)
report-as-of = Cofnod fel yr oedd
report-access-public = Dyma’r cofnod cyhoeddus: yr hyn y gallai’r taflunydd ei ddangos, a lle mae pob ymrwymiad yn sefyll ers hynny. Mae’r nodiadau (ar atebion ac ar gamau dilynol), yr atebion a ddisodlwyd a chyfrif yr addewidion nas datgelwyd eto yn y cofnod llawn, sydd ar agor i’r cadeirydd.
report-access-chair = Dyma’r cofnod llawn, gyda nodiadau’r cadeirydd, yr atebion a ddisodlwyd, nodiadau ar gamau dilynol a chyfrif pob addewid: rhannwch ef â’r trefnwyr yn unig.
report-downloads = Lawrlwytho’r cofnod
report-export-record-json = popeth yn yr adroddiad hwn, i raglenni eraill
report-export-responses-csv = un rhes i bob ateb
report-export-turnout-csv = un rhes i bob sefydliad
report-export-timings-csv = un rhes i bob eitem yn y drefn
report-export-follow-ups-csv = un rhes i bob ymrwymiad: y rhestr i fynd ar ei hôl, gyda lle mae pob un yn sefyll
report-export-record-xlsx = y drefn, y niferoedd, yr atebion, yr addewidion a’r camau dilynol mewn un daenlen
report-footer = Gwnaed gydag assembly.
report-scorecard = Cerdyn sgorio
report-holder = Deiliad grym
report-answer = Ateb
report-note = Nodyn
report-when = Pryd
report-follow-up = Dilyn i fyny
report-no-answer = Dim ateb
report-reported-heading = Adroddwyd yn ôl yn y cynulliad hwn
report-reported-intro = Dywedodd deiliaid grym yn ôl ar y llwyfan ble mae eu hymrwymiadau o gynulliadau cynharach y gynghrair yn sefyll.
report-reported-commitment = Ymrwymiad
report-reported-said = Dywedwyd ar y llwyfan
report-reported-on = Dyddiad
report-replaced = Disodlwyd wrth drafod: { $answers }
report-answer-at = { $answer } am { $time }
report-follow-up-heading = Dilyn i fyny: lle mae pob ymrwymiad yn sefyll
report-follow-up-intro = Pob cais a roddwyd i bob deiliad grym, beth bynnag oedd eu hateb ar y noson (neu os na wnaethant ateb o gwbl), yn ôl lle mae’n sefyll nawr. Y dyddiad yw diwrnod y cam diweddaraf.
report-by-status = Ymrwymiadau yn ôl statws
report-record-step = Cofnodwch gam ar y dudalen dilyn i fyny
report-none = Dim.
report-ask = Cais
report-answer-night = Ateb ar y noson
report-latest-step = Y cam diweddaraf
report-history = Hanes
report-no-step = Dim cam eto
report-recorded = (cofnodwyd { $when })
report-owner = Perchennog
report-due = Dyddiad dyledus
report-overdue = Yn hwyr
report-not-set = Heb ei osod
report-turnout = Y nifer a ddaeth
report-institution = Sefydliad
report-promised = Addawyd
report-announced = Cyhoeddwyd
report-phones = Ffonau wedi cofrestru
report-total = Cyfanswm
report-on-own = { $total } ({ $n } ar eu pennau eu hunain)
report-turnout-chart = Y nifer fesul sefydliad: a addawyd, a gyhoeddwyd a’r ffonau a gofrestrodd
report-turnout-caption = Bar amlinell: a addawyd. Bar solet: a gyhoeddwyd wrth alw’r gofrestr. Bar tenau: ffonau wedi cofrestru.
report-running-order = Y drefn: y cynllun a’r hyn a fu
report-item = Eitem
report-planned = Yn y cynllun
report-actual = Mewn gwirionedd
report-difference = Gwahaniaeth
report-not-reached = heb ei chyrraedd
report-timing-chart = Hyd pob eitem yn y cynllun ac mewn gwirionedd
report-timing-caption = Bar amlinell: yr hyd yn y cynllun. Llinell solet: yr amser mewn gwirionedd (yn goch lle aeth dros amser).
report-drift-ended = Cynllun { $planned }; parhaodd { $ran } ({ $whole }{ $why }).
report-drift-running = Cynllun { $planned }; ar y cyflymder hwn bydd yn para { $ran } ({ $whole }{ $why }).
report-drift-why = : { $parts }
report-over = { $time } dros amser
report-under = { $time } o dan amser
report-on-time = ar amser
report-drift-items = aeth yr eitemau { $by }
report-drift-items-so-far = hyd yma aeth yr eitemau { $by }
report-drift-skipped = { $n ->
    [zero] ni chyrhaeddwyd { $n } eitem ({ $time } yn y cynllun)
    [one] ni chyrhaeddwyd { $n } eitem ({ $time } yn y cynllun)
    [two] ni chyrhaeddwyd { $n } eitem ({ $time } yn y cynllun)
    [few] ni chyrhaeddwyd { $n } eitem ({ $time } yn y cynllun)
    [many] ni chyrhaeddwyd { $n } eitem ({ $time } yn y cynllun)
   *[other] ni chyrhaeddwyd { $n } eitem ({ $time } yn y cynllun)
}
report-drift-paused = cafodd y cynulliad ei oedi am { $time }
report-list-more = { $head }, { $next }
report-list-last = { $head } a { $last }
report-pledges = Addewidion y gynulleidfa
report-pledge = Addewid
report-not-revealed = heb ei ddatgelu
report-one-per-phone = Un ateb i bob ffôn sydd wedi cofrestru.
report-plan-changes = Newidiadau i’r cynllun
report-plan-changes-intro = Y drefn uchod yw’r cynllun fel y mae nawr; dyma’i newidiadau ers i’r cofnod ddechrau, pob un gyda’r newid olaf a’i gwnaeth (fe’u disgrifir yn Saesneg).
report-day = { $day } { $month } { $year }
report-date-long = { $weekday } { $day } { $month } { $year }
report-day-time = { $day }, { $time }
report-month-1 = Ionawr
report-month-2 = Chwefror
report-month-3 = Mawrth
report-month-4 = Ebrill
report-month-5 = Mai
report-month-6 = Mehefin
report-month-7 = Gorffennaf
report-month-8 = Awst
report-month-9 = Medi
report-month-10 = Hydref
report-month-11 = Tachwedd
report-month-12 = Rhagfyr
report-weekday-1 = Dydd Llun
report-weekday-2 = Dydd Mawrth
report-weekday-3 = Dydd Mercher
report-weekday-4 = Dydd Iau
report-weekday-5 = Dydd Gwener
report-weekday-6 = Dydd Sadwrn
report-weekday-7 = Dydd Sul

# Y cofnod a'r adroddiad (h22-record): hydoedd a osododd y cadeirydd,
# addewidion gwag, newidiadau i'r cynllun mewn geiriau plaen, taflen y camau.
report-set-length = yn y cynllun { $planned }, wedi'i osod i { $set }, aeth { $ran }: { $by }
report-drift-set-shorter = gwnaeth y cadeirydd yr eitemau { $time } yn fyrrach
report-drift-set-longer = gwnaeth y cadeirydd yr eitemau { $time } yn hirach
report-timing-set-caption = Llinell doriad: yr hyd a osododd y cadeirydd gyda +1/-1 munud.
report-not-promised = dim addewid
report-change-at = { $when }: { $change }
report-change-renamed = ailenwyd { $from } yn { $to }
report-change-edited = { $entry }: newidiwyd { $field } o “{ $from }” i “{ $to }”
report-change-set = { $entry }: gosodwyd { $field } i “{ $to }”
report-change-cleared = { $entry }: cliriwyd { $field }
report-change-added = ychwanegwyd { $part } “{ $name }”
report-change-removed = tynnwyd { $part } “{ $name }”
report-change-moved = symudwyd “{ $name }” o safle { $from } i { $to }
report-part-assembly = y cynulliad
report-part-institution = y sefydliad
report-part-power_holder = y deiliad grym
report-part-ask = y cais
report-part-pledge = yr addewid
report-part-item = yr eitem
report-field-title = teitl
report-field-name = enw
report-field-venue = lleoliad
report-field-starts = dechrau
report-field-timezone = cylchfa amser
report-field-promised = nifer a addawyd
report-field-role = rôl
report-field-text = testun
report-field-to = i bwy
report-field-kind = math
report-field-duration = hyd
report-field-lead = arweinydd
report-field-notes = nodiadau'r cadeirydd
export-set-length = Gosodwyd gan y cadeirydd
export-id = Dynodwr
export-sheet-steps = Camau dilynol
export-commitment = Ymrwymiad
followup-not_started = Heb ddechrau
followup-in_progress = Ar y gweill
followup-achieved = Wedi’i gyflawni
followup-broken = Wedi’i dorri
export-sheet-running-order = Y drefn
export-sheet-turnout = Y nifer a ddaeth
export-sheet-answers = Atebion
export-sheet-pledges = Addewidion
export-sheet-follow-ups = Dilyn i fyny
export-kind = Math
export-lead = Arweinydd
export-over-under = Eiliadau dros (+) / o dan (-) amser
export-visits = Sawl tro
export-started-in = Dechreuodd ({ $zone })
export-ended-in = Daeth i ben ({ $zone })
export-chair-notes = Nodiadau’r cadeirydd
export-ask-title = Teitl y cais
export-holder = Deiliad
export-holder-name = Enw’r deiliad
export-answered-in = Amser yr ateb ({ $zone })
export-note-for-chair = Nodyn i’r cadeirydd
export-earlier = Atebion cynharach
export-text = Testun
export-revealed = Datgelwyd
export-status = Statws
export-status-since = Statws ers
export-steps = Camau
export-latest-note = Y nodyn diweddaraf

## Y ddesg: pob cynulliad yng nghartref y gynghrair
desk-title = Desg: eich cynulliadau
desk-heading = Eich cynulliadau
desk-made = Mae { $title } wedi'i greu. Ewch yn fyw ag ef i'w osod.
desk-went-live = Mae { $title } yn fyw: mae'r cadeirydd, y taflunydd a'r ffonau yn ei ddangos nawr.
desk-none-live = Does dim cynulliad yn fyw. Ewch yn fyw ag un isod: bydd y cadeirydd, y taflunydd a'r ffonau yn ei ddangos.
desk-live = Yn fyw nawr: { $title }
desk-chair-link = Dolen y cadeirydd (preifat: mae'n llywio'r cynulliad; anfonwch hi at y cadeirydd yn unig):
desk-open-chair = Cadeirydd
desk-open-setup = Gosod y cynllun
desk-open-import = Mewnforio taenlen
desk-open-follow-up = Dilyn ymrwymiadau
desk-open-screen = Taflunydd
desk-open-stage = Amserydd y siaradwr
desk-open-poster = Poster gyda'r cod QR
desk-open-report = Adroddiad
desk-every = Pob cynulliad
desk-empty = Does dim cynulliad yma eto: crëwch y cyntaf isod.
desk-day = Diwrnod
desk-no-day = heb ei osod eto
desk-venue = Lleoliad
desk-stage = Cam
desk-stage-planned = Wedi'i gynllunio
desk-stage-live = Yn fyw
desk-stage-unfinished = Wedi dechrau, heb orffen
desk-stage-ended = Wedi gorffen
desk-turnout = Presenoldeb
desk-came = Daeth { $came } o'r { $promised } a addawyd
desk-commitments = Ymrwymiadau
desk-asked = { $asked } wedi'u gofyn, { $yes } wedi dweud ie
desk-by-status = { $achieved } wedi'u cyflawni, { $progress } ar y gweill, { $waiting } heb ddechrau, { $broken } wedi'u torri
desk-is-live = Yn fyw ar y gweinydd hwn nawr.
desk-row-follow-up = Ei ymrwymiadau
desk-row-report = Ei adroddiad
desk-go-live = Mynd yn fyw
desk-go-live-setup = Mynd yn fyw a gosod
desk-go-live-import = Mynd yn fyw a mewnforio taenlen
desk-new = Cynulliad newydd
desk-new-title = Teitl
desk-new-day = Y diwrnod y'i cynhelir (dewisol)
desk-new-venue = Lleoliad (dewisol)
desk-new-from = Dechrau o
desk-new-blank = Cynllun gwag
desk-new-same = Sefydliadau a deiliaid grym { $title } { $day }
desk-new-make = Creu'r cynulliad
desk-home-heading = Lle cedwir popeth
desk-home = Ffolder yn { $dir } yw pob cynulliad. I wneud copi wrth gefn o bob un, copïwch y ffolder honno (gyda'r ddesg wedi'i stopio, neu copïwch hi eto ar ôl y noson).
desk-key = Cedwir yr allwedd sy'n agor y ddesg hon yno hefyd: mae { $command } yn ei hargraffu gyda dolen y ddesg.
desk-nothing-title = Does dim cynulliad yn fyw
desk-nothing-heading = Does dim cynulliad yn fyw eto
desk-nothing-text = Nid yw'r trefnwyr wedi dechrau cynulliad heno ar y gweinydd hwn eto. Rhowch gynnig arall arni mewn munud.
desk-nothing-desk = Trefnwyr: agorwch y ddesg
desk-locked-title = Desg: mae angen yr allwedd
desk-locked-text = Mae'r ddesg ar gyfer trefnwyr y gynghrair. Agorwch y ddolen a argraffodd y gweinydd wrth ddechrau, neu rhedwch { $command } ar y peiriant sy'n cadw'r cynulliadau.
desk-braked = Gormod o allweddi anghywir o'r rhwydwaith hwn. Rhowch gynnig arall arni ymhen { $minutes } munud gyda dolen y ddesg.
desk-cross-site-title = Gwrthodwyd
desk-cross-site = Ni ddaeth y newid hwn o dudalen y ddesg ei hun. Agorwch y ddesg a'i wneud yno.
desk-confirm-title = Stopio'r cynulliad sydd ar y gweill?
desk-confirm-text = Mae { $title } ar y gweill. Mae mynd yn fyw â chynulliad arall yn ei stopio i'r cadeirydd, y taflunydd a phob ffôn (cedwir ei gofnod a gall fynd yn fyw eto).
desk-confirm-yes = Ie, mynd yn fyw â'r llall
desk-confirm-no = Na, yn ôl i'r ddesg
desk-follow-link = Pob ymrwymiad o bob cynulliad
desk-follow-title = Desg: pob ymrwymiad
desk-follow-heading = Pob ymrwymiad
desk-follow-back = Yn ôl i'r ddesg
desk-follow-holder = Deiliad grym
desk-follow-assembly = Cynulliad
desk-follow-answer = Ateb ar y noson
desk-follow-status = Ble mae'n sefyll
desk-follow-all = Pob un
desk-follow-no-answer = Dim ateb
desk-follow-no-step = Dim cam dilynol eto
desk-follow-no-owner = Neb eto
desk-follow-show = Dangos
desk-follow-count = { $shown } o { $total } ymrwymiad
desk-follow-at = Gofynnwyd yn
desk-follow-said = Dywedwyd ar y noson
desk-follow-now = Nawr
desk-follow-since = ers { $day }
desk-follow-record = Cofnodi cam
export-owner = Perchennog
export-due = Dyddiad dyledus
export-overdue = Yn hwyr
export-public-note = Nodyn cyhoeddus
export-latest-public-note = Y nodyn cyhoeddus diweddaraf
desk-follow-overdue-only = Dim ond y rhai hwyr
desk-follow-overdue = Hwyr
desk-follow-owner = Yn cael ei ddilyn gan
desk-follow-due = Erbyn
desk-publish = Cyhoeddi'r cerdyn sgorio (.zip o'r wefan gyhoeddus)
desk-follow-saved = Mae'r cam wedi'i gadw.
desk-follow-day = Y diwrnod y digwyddodd (gwag: heddiw)
desk-follow-public-note = Nodyn cyhoeddus (ar yr adroddiad a'r cerdyn sgorio)
desk-follow-private-note = Nodyn preifat (i drefnwyr yn unig, byth yn cael ei gyhoeddi)
desk-follow-save = Cadw'r cam
desk-follow-open-live = Agor tudalen ddilynol y cynulliad hwn

## Adrodd yn ôl: beth ofynnwyd i ddeiliad grym yng nghynulliadau cynharach y cartref
recall-heading = Beth ofynnwyd i { $name } o’r blaen
recall-when = { $day } · { $title }
recall-none = Nid oes ymrwymiad gan { $name } yng nghynulliadau cynharach y cartref hwn.
recall-said = atebodd { $answer }
recall-unanswered = dim ateb ar y noson
recall-now = nawr: { $status }
recall-not-chased = heb ei ddilyn eto
chair-recall-note-placeholder = Nodyn cyhoeddus (dewisol)
chair-recall-note-label = Nodyn cyhoeddus ar “{ $ask }”
chair-recall-status-of = Ble mae “{ $ask }” yn sefyll nawr
chair-recall-recorded = Cofnodwyd: mae “{ $ask }” yn { $status }
chair-recall-said-here = dywedwyd heno
chair-cmd-report-back = { $name } yn adrodd yn ôl

## Y cerdyn sgorio a gyhoeddir (`assembly publish`)
publish-title = Cerdyn sgorio: pwy ddywedodd ie, a beth wnaethon nhw
publish-intro = Pob ymrwymiad a wnaeth deiliaid grym yn gyhoeddus yng nghynulliadau’r gynghrair, a ble mae pob un yn sefyll nawr.
publish-holders = Deiliaid grym
publish-asked = Gofynnwyd
publish-said-yes = Dywedodd ie
publish-overdue = Yn hwyr
publish-assemblies = Cynulliadau
publish-json = Yr un data fel JSON
publish-all-holders = Pob deiliad grym
publish-holder-title = { $name }: ymrwymiadau
publish-counts = { $asked } gofynnwyd, { $yes } dywedodd ie, { $achieved } wedi’u cyflawni, { $broken } wedi’u torri, { $overdue } yn hwyr.
publish-asked-at = Gofynnwyd yn
publish-now = Nawr
publish-chased-by = Yn cael ei ddilyn gan
publish-steps = Camau
publish-no-step = dim cam eto
publish-overdue-tag = yn hwyr
publish-languages = Ieithoedd

## The report-back item an assembly made from an earlier one starts with
plan-reports-back = { $name } yn adrodd yn ôl
