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
   *[message] y neges
} yn cynnwys nod rheoli ({ $character }) yn nod rhif { $at }; tynnwch ef allan ac anfonwch destun plaen (mae toriadau llinell a thabiau’n iawn)
refusal-too_long = mae { $field ->
    [note] y nodyn
   *[message] y neges
} yn { $length } nod o hyd; cadwch at { $max }
refusal-step_day_format = rhaid ysgrifennu diwrnod y cam (`at`) ar ffurf YYYY-MM-DD, er enghraifft 2026-06-03, nid "{ $text }"; gadewch y diwrnod allan ar gyfer heddiw
refusal-step_not_a_day = nid yw diwrnod y cam (`at`), { $text }, yn ddiwrnod yn y calendr: gwiriwch y mis (01 i 12) a diwrnod y mis
refusal-step_too_early = mae diwrnod y cam (`at`), { $text }, cyn { $first }, y dyddiad cynharaf y caiff cam ei gael: gwiriwch y flwyddyn
refusal-step_in_future = diwrnod y cam (`at`) yw { $day }, ond heddiw yw { $today }: cofnodwch gam ar ôl iddo ddigwydd, gyda’r dyddiad y digwyddodd (gadewch y diwrnod allan ar gyfer heddiw)
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
refusal-conflict = gwnaed newid arall gan y cadeirydd yn gyntaf (gwelsoch chi newid { $expected }, y newid diweddaraf yw { $latest }); edrychwch ar y sefyllfa newydd a rhowch gynnig arall arni os oes angen o hyd
refusal-stale_plan = mae rhywun arall wedi newid y cynllun ers i chi ei agor (dechreuoch chi o newid { $expected }, newid diweddaraf y cynllun yw { $latest }); ail-lwythwch y cynllun, gwnewch eich golygiad eto a chadwch ef
refusal-plan_locked = mae’r cofnod yn cyfeirio at yr hyn y byddai’r newid hwn yn ei ddileu neu’n ei ailysgrifennu ({ $n } problem): { $reasons }; ni newidiwyd dim
error-title = Heb ei wneud
error-back = Yn ôl i dudalen y cynulliad






## Phone: /join and the pledge






## Projector and timer: /screen and /stage






## Chair: /chair






## Report and exports: /report, assembly export
