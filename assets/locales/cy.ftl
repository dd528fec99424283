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



## Refusals: why a command was not done (refusal-<code>)






## Phone: /join and the pledge






## Projector and timer: /screen and /stage






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
