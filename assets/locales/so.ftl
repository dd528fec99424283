### Interface-ka oo Soomaali ah (Somali).
# A native speaker should review this file before an assembly relies on it:
# it was translated with care, but not by one.

language-name = Soomaali
language-direction = ltr
language-label = Luqad

## Shared: the codes every page renders

answer-yes = Haa
answer-no = Maya
answer-waffle = Aan cadayn
answer-absent = Maqan

kind-welcome = Soo dhawayn
kind-roll_call = Magac-u-yeerid
kind-testimony = Markhaati
kind-ask = Codsi
kind-response = Jawaab
kind-pledge = Ballanqaad
kind-speech = Khudbad
kind-close = Xidhitaan
kind-report_back = Warbixin celin

phase-not_started = Dhawaan ayuu bilaabanayaa
phase-ended = Shirku wuu dhammaaday
connection-reconnecting = Dib baa loo xidhiidhayaa…
connection-hall = Dib baa loogu xidhiidhayaa hoolka… Waxa aad aragto waxa laga yaabaa inay duug yihiin, diiwaangelintuna way sugaysaa ilaa xidhiidhku soo noqdo.

## Start page and pages not found

home-join = Is diiwaangeli oo la soco
home-join-note = (taleefannada ka-qaybgalayaasha)
home-screen = Shaashadda bandhigga
home-stage = Saacadda khudbadeeyaha
home-poster = Boodhka la daabacan karo ee leh koodka QR
home-report = Warbixinta
home-report-note = (diiwaanka, la daabacan karo)
home-chair = Guddoomiye
home-chair-note = (waxay u baahan tahay xidhiidhka guddoomiyaha ee la daabacay bilowga)
home-setup = Diyaari qorshaha
home-setup-note = (guddoomiyaha: ku beddel biraawsarka)
notfound-title = Lama helin
notfound-text = Cinwaankan bog kuma yaallo.
notfound-home = Tag bogga hore



## Refusals: why a command was not done (refusal-<code>)

# Diidmada guddoomiyaha waxaa lagu akhriyaa tablet-ka guddoomiyaha iyo
# macaamiisha API; kuwa taleefanka (bad_device ilaa pledge_closed,
# too_many_changes ilaa wrong_address) waxaa akhriya ka-qaybgalaha.
# Aqoonsiyadu waxay ku jiraan `backticks`.
refusal-bad_command_id = `id` waa inuu ahaadaa 1 ilaa { $max } xaraf; amar kasta u isticmaal xadhig random ah oo cusub
refusal-not_started = shirku weli ma bilaaban: marka hore dir `start`
refusal-ended = shirku wuu dhammaaday; `undo` ayaa dib u furaya haddii `end` uu ahaa qalad
refusal-already_running = shirku horey ayuu u socdaa
refusal-cannot_restart = shirku wuu dhammaaday; mar kale ma bilaaban karo
refusal-last_item = kani waa qodobka ugu dambeeya: mid ka dambeeya ma jiro; dir `end` si aad shirka u xidhto
refusal-first_item = kani waa qodobka ugu horreeya: waxba kama horreeyaan
refusal-no_such_item = qodob { $item } ma jiro: qodobbada waxaa loo tiriyey 0 ilaa { $last }
refusal-already_current = qodob { $item } horey ayuu u yahay qodobka hadda socda
refusal-already_paused = saacadda horey ayaa loo hakiyey
refusal-not_paused = saacadda lama hakin
refusal-bad_extension = `seconds` waa inay u dhexeeyaan -{ $max } iyo { $max }, oo aanay noqon 0
refusal-below_zero = taasi waxay "{ $title }" ka dhigaysaa muddo qorshaysan oo ka yar eber: kordhinta lagu daray waxaa loo qorsheeyey { $left } ilbiriqsi, sidaa darteed ugu badnaan { $left } ilbiriqsi ayaa laga jari karaa
refusal-no_such_ask = codsi `{ $ask }` ma jiro; { $n ->
    [0] qorshuhu codsi ma laha
   *[other] codsiyadu waa: { $asks }
}
refusal-not_put_to = codsiga `{ $ask }` laguma hor dhigin `{ $holder }`; waxaa lagu hor dhigay: { $holders }
refusal-no_such_institution = hay'ad `{ $institution }` ma jirto; hubi aqoonsiga qorshaha
refusal-bad_turnout = `count` waa inuu u dhexeeyaa 0 iyo { $max }
refusal-turnout_unlikely = { $count } oo loogu talagalay { $name } { $promised ->
    [0] aad ayuu uga badan yahay { $phones } taleefan ee is-diiwaangeliyey, waxna lama ballan-qaadin
   *[other] wuxuu ka badan yahay saddex jeer { $promised } ay ballan-qaadeen ({ $phones } taleefan ayaa is-diiwaangeliyey)
}; haddii qolku runtii intaas qof hayo, mar kale dir adigoo `confirm` ka dhigaya true
refusal-no_such_pledge = ballanqaad `{ $pledge }` ma jiro; { $n ->
    [0] qorshuhu ballanqaad ma laha
   *[other] ballanqaadyadu waa: { $pledges }
}
refusal-already_revealed = ballanqaadka `{ $pledge }` horey ayaa loo muujiyey
refusal-no_message = ma jirto fariin la tirtiro
refusal-display_unchanged = shaashaddu horey ayay taas u muujinaysaa; magacaw `qr`, `timer` ama `turnout` oo leh true ama false
refusal-undo_exhausted = dib-u-celintu waxay gaadhaa oo keliya { $depth }-da isbeddel ee ugu dambeeyey ee guddoomiyaha, dhammaantoodna dib ayaa loo celiyey; isbeddel kasta oo ka da' weyn gacanta ku samee mar kale (tusaale ahaan `goto`)
refusal-nothing_to_undo = ma jiro wax dib loo celiyo
refusal-control_character = { $field ->
    [note] qoraalka-xusuusta
    [public_note] qoraalka dadweynaha
    [owner] mas'uulka
   *[message] fariinta
} waxaa ku jira xaraf xakameed ({ $character }) xarafka { $at }aad; ka saar oo dir qoraal caadi ah (xariiq cusub iyo tab waa la oggol yahay)
refusal-too_long = { $field ->
    [note] qoraalka-xusuusta
    [public_note] qoraalka dadweynaha
    [owner] mas'uulka
   *[message] fariinta
} waa { $length } xaraf; ka dhig ugu badnaan { $max }
refusal-step_day_format = maalinta tallaabada (`at`) waa in loo qoraa YYYY-MM-DD, sida 2026-06-03, ee ma aha "{ $text }"; maanta haddii ay tahay, maalinta ka tag
refusal-step_not_a_day = maalinta tallaabada (`at`), { $text }, ma aha maalin jadwalka ku jirta: hubi bisha (01 ilaa 12) iyo maalinta bisha
refusal-step_too_early = maalinta tallaabada (`at`), { $text }, waxay ka horraysaa { $first }, taariikhda ugu horraysa ee tallaabo yeelan karto: hubi sannadka
refusal-due_day_format = maalinta loo qabtay (`due`) waa in loo qoraa YYYY-MM-DD, sida 2026-09-30, ee ma aha "{ $text }"; faaruq ka dhig haddii aan maalin loo qabanin
refusal-due_not_a_day = maalinta loo qabtay (`due`), { $text }, ma aha maalin jadwalka ku jirta: hubi bisha (01 ilaa 12) iyo maalinta bisha
refusal-due_too_early = maalinta loo qabtay (`due`), { $text }, waxay ka horraysaa { $first }, taariikhda ugu horraysa ee la oggol yahay: hubi sannadka
refusal-not_earlier = shirarka kale ee guriga ma hayaan codsi `{ $ask }` oo loo gudbiyay `{ $holder }` shirka `{ $assembly }`: ka warbixi ballan ku qoran bogga guddoomiyaha, ama ka saar `assembly` shirkan laftiisa
refusal-step_in_future = maalinta tallaabada (`at`) waa { $day }, laakiin maanta waa { $today }: tallaabo diiwaangeli marka ay dhacdo kadib, oo ku taariikhee maalintii ay dhacday (maanta haddii ay tahay, maalinta ka tag)
# The organiser's desk (follow-up): a step dated before the assembly.
refusal-step_before_assembly = maalinta tallaabada (`at`), { $day }, waa ka hor shirka ({ $assembly }): hubi sanadka iyo bisha, ama xaqiiji in tallaabada la qaaday ka hor shirka
refusal-bad_device = taleefankan lama aqoonsan karin: dib u soo rar bogga oo isku day mar kale
refusal-unknown_group = kooxda "{ $institution }" kuma jirto liiska; mid ka dooro liiska, ama keligaa isku diiwaangeli
refusal-unknown_pledge = ballanqaadkaasi kama mid aha shirkan; dib u soo rar bogga si aad u aragto ballanqaadka furan
refusal-not_checked_in = marka hore isdiiwaangeli, kadibna waad ballanqaadi kartaa
refusal-pledge_closed = ballanqaadkan hadda ma furna; waad ka jawaabi kartaa marka guddoomiyuhu furo
refusal-too_many_changes = taleefankan wuxuu jawaabtiisa beddelay marar badan muddo gaaban gudaheed; sug dhowr ilbiriqsi oo isku day mar kale
refusal-too_many_phones = taleefanno aad u badan ayaa hadda ka isdiiwaangelinaya shabakaddan; sug toban ilbiriqsi oo isku day mar kale
refusal-bad_answer = jawaabtu waa inay noqotaa haa ama maya; dib u soo rar bogga oo taabo Haa ama Maya
refusal-wrong_address = tani waa inay ka timaaddaa bogagga shirka laftiisa; ka fur cinwaanka server-ka
refusal-unavailable = shirku hadda waxba ma diiwaangelin karo; isku day mar kale daqiiqad kadib, oo u sheeg qabanqaabiye haddii ay sii fashilanto
refusal-reconnecting = boggan wuxuu lumiyay xidhiidhkii hoolka, sidaa darteed waxba lama dirin; isku day mar kale wax yar kadib
refusal-conflict = isbeddel kale oo guddoomiye ayaa horey loo sameeyey; eeg xaaladda cusub oo isku day mar kale haddii weli loo baahan yahay
refusal-stale_plan = qof kale ayaa beddelay qorshaha tan iyo markii aad furtay; dib u soo rar qorshaha, mar kale samee wax-ka-beddelkaaga oo kaydi
refusal-plan_locked = diiwaanku wuxuu tilmaamayaa waxa isbeddelkani tirtiri lahaa ama dib u qori lahaa ({ $n ->
    [one] { $n } dhibaato
   *[other] { $n } dhibaatooyin
}): { $reasons }; waxba lama beddelin
error-title = Lama samayn
error-back = Ku noqo bogga shirka






## Phone: /join and the pledge

# The page's title; $title is the assembly's.
join-title = Is diiwaangeli: { $title }
join-refresh = Cusboonaysii si aad u aragto wixii ugu dambeeyay
join-hall-full = { $n ->
    [one] Hoolku khadka wuu ka buuxaa: { $n } taleefan ayaa si toos ah u daba-socda, sidaa darteed boggani iskii isuma cusboonaysiin doono. Is-diiwaangelintaadu weli waa la tirinayaa: isticmaal foomka hoose, oo dib u fur bogga si aad u aragto waxa socda.
   *[other] Hoolku khadka wuu ka buuxaa: { $n } taleefan ayaa si toos ah u daba-socda, sidaa darteed boggani iskii isuma cusboonaysiin doono. Is-diiwaangelintaadu weli waa la tirinayaa: isticmaal foomka hoose, oo dib u fur bogga si aad u aragto waxa socda.
}
# $name is the group's name, shown in bold.
join-checked-in-with = Waxaad is diiwaangelisay adigoo la socda { $name }. Waad ku mahadsan tahay imaatinkaaga.
join-checked-in-alone = Waxaad is diiwaangelisay adigoo keligaa ah. Waad ku mahadsan tahay imaatinkaaga.
join-check-in-heading = Is diiwaangeli
join-search = Raadi kooxdaada
join-who = Yaad la timid?
join-own = Keligay
join-check-in = Is diiwaangeli
join-change-group = Beddel kooxdayda
# $query is what the person typed.
join-no-match = Ma jirto koox la mid ah “{ $query }”. Hubi higgaadda, ama dooro Keligay.
join-now-heading = Hadda
join-ended-thanks = Waad ku mahadsan tahay ka qaybgalkaaga. Hoos waxaa ku qoran codsi kasta iyo sida mas’uul kasta uga jawaabay: isbahaysigu mid kasta wuu la socon doonaa.
join-roll-call-heading = Magac-u-yeerid
# $n chooses the form; $count is the same number in bold; $promised a number.
join-announced = { $n ->
    [one] { $count } qof ayaa laga shaaciyay hoolka, { $promised } la ballanqaaday ka mid ah
   *[other] { $count } qof ayaa laga shaaciyay hoolka, { $promised } la ballanqaaday ka mid ah
}
# A hall where no institution promised a number: no "of 0 promised".
join-announced-unpromised = { $n ->
    [one] { $count } qof ayaa laga shaaciyay hoolka
   *[other] { $count } qof ayaa laga shaaciyay hoolka
}
join-group-announced = { $n ->
    [one] Kooxdaada, { $name }: { $count } qof ayaa la shaaciyay, { $promised } la ballanqaaday ka mid ah
   *[other] Kooxdaada, { $name }: { $count } qof ayaa la shaaciyay, { $promised } la ballanqaaday ka mid ah
}
join-group-waiting = Kooxdaada, { $name }: weli lama shaacin ({ $promised } ayaa la ballanqaaday)
# On stage (issue 22): a group that promised no number.
join-group-announced-unpromised = Kooxdaada, { $name }: { $count } ayaa la shaaciyay, tiro lama ballanqaadin
join-group-waiting-unpromised = Kooxdaada, { $name }: weli lama shaacin (tiro lama ballanqaadin)
join-results-heading = Natiijooyinka ballanqaadka
# How many people pledged yes or no: $n chooses the form, $count is it in bold.
join-said-yes = { $count } ayaa yidhi haa
join-said-no = { $count } ayaa yidhi maya
join-pledge-heading = Ballanqaadkaaga
join-yes = Haa
join-no = Maya
# $answer is the button pressed (join-yes or join-no), in bold.
join-answered = Waxaad ku jawaabtay { $answer }. Waad beddeli kartaa inta ballanqaadku furan yahay.
join-asks-heading = Codsiyada
join-asks-heading-ended = Waxa la codsaday, iyo jawaabaha
join-not-yet = weli ma jirto
join-no-answer = jawaab ma jirto
join-order-heading = Habka barnaamijka
join-wrong-group = Ma koox khaldan ayaad la diiwaangelisay?
# $n chooses the form; $count is the same number in bold.
join-turnout = { $n ->
    [one] Ilaa hadda { $count } taleefan ayaa is diiwaangeliyay. Taleefan kasta hal mar ayaa la tiriyaa.
   *[other] Ilaa hadda { $count } taleefan ayaa is diiwaangeliyay. Taleefan kasta hal mar ayaa la tiriyaa.
}
join-turnout-ended = { $n ->
    [one] { $count } taleefan ayaa is diiwaangeliyay. Taleefan kasta hal mar ayaa la tiriyaa.
   *[other] { $count } taleefan ayaa is diiwaangeliyay. Taleefan kasta hal mar ayaa la tiriyaa.
}
join-failed = Taasi may shaqayn; mar kale isku day.
join-poster-title = Boodh: { $title }
join-poster-qr = Koodka QR ee bogga is-diiwaangelinta
join-poster-scan = Ku sawir koodka kamaradda taleefankaaga, ama qor cinwaanka.
join-poster-why = Kula diiwaangeli kooxdaada si aan u tirinno cidda timid, oo si toos ah ula soco codsiyada.
join-poster-why-pledge = Kula diiwaangeli kooxdaada si aan u tirinno cidda timid, oo si toos ah ula soco codsiyada iyo ballanqaadka.
join-poster-print = Daabac boggan (A4) miisaska iyo gadaasha kuraasta.





## Projector and timer: /screen and /stage

screen-page-title = Shaashadda: { $title }
screen-check-in = Isdiiwaangeli
screen-scan = Iskaan garee si aad isu diiwaangeliso
screen-phones-label = { $n ->
    [one] taleefan ayaa la diiwaangeliyey
   *[other] taleefan ayaa la diiwaangeliyey
}
screen-kind-ask = Codsiga
screen-kind-close = Mahadsanidiin
screen-welcome = Soo dhawaada: dhawaan ayaan bilaabaynaa
screen-thanks = Waad ku mahadsan tihiin imaanshaha.
screen-thanks-answers = Waad ku mahadsan tihiin imaanshaha. Waa kuwan jawaabaha mas’uul kasta:
screen-no-asks = Caawa lama soo bandhigin wax codsi ah.
screen-awaiting = Jawaab ayaa la sugayaa
screen-no-answer = Jawaab ma jirto
screen-promised = { $announced } ka mid ah { $promised } la ballanqaaday
# On stage (issue 22): a blank promise, and the end recap.
screen-announced = { $announced } ayaa la shaaciyay
screen-not-promised = { $count } · lama ballanqaadin
screen-recap-turnout = Imaanshaha: { $announced } ka mid ah { $promised } la ballanqaaday
screen-recap-turnout-none = Imaanshaha: { $announced }
screen-recap-pledge = { $yes } · { $no }
screen-answer-on-phone = Haa ama Maya kaga jawaab taleefankaaga
screen-page = bogga { $page } ee { $pages }
stage-page-title = Saacadda: { $title }
stage-next = Xiga: { $title }
stage-paused = Waa la hakiyey
stage-over = Waqtigii waa dhaafay
stage-paused-over = Waa la hakiyey · waqtigii waa dhaafay
stage-wrap-up = Waa waqtigii la soo gabagabeyn lahaa

## Livestream overlay: /overlay (the lower third OBS lays over the camera)

# The page's title; $title is the assembly's.
overlay-page-title = Muuqaalka baahinta tooska ah: { $title }






## Chair: /chair

chair-page-title = Guddoomiyaha: { $title }
chair-language-change = Beddel
chair-nav-label = Bogag kale
chair-nav-screen = Shaashadda
chair-nav-timer = Saacadda
chair-nav-record = Diiwaanka
chair-nav-follow-up = Dabagal
chair-nav-plan = Qorshaha
chair-now = Hadda
chair-phase-not-started = Weli ma bilaabmin
chair-phase-ended = Wuu dhammaaday
chair-phase-item = Qodobka { $n } ee { $total }
chair-start = Bilow shirka
chair-back = ◀ Dib
chair-next = Xiga ▶
chair-pause = Hakad
chair-resume = Sii wad
chair-extend-more = +{ $n } daq
chair-extend-less = −{ $n } daq
chair-undo = Ka noqo
chair-end = Dhammee
chair-end-confirm = Ma dhammaynaysaa shirka? (Ka noqo ayaa dib u furi kara.)
chair-upnext = Xiga: { $title }
chair-last-item = — (qodobka ugu dambeeya)
chair-notes-heading = Qoraalladaada
chair-no-notes = Qodobkan qoraal uma laha.
chair-messages-heading = Fariimaha
chair-presets-label = Isla markiiba u tus hadlaha
# Sent to the speaker as written, in the stage's language.
chair-preset-wrap-up = Soo gunaanad
chair-preset-minute = 1 daqiiqo
chair-preset-speak-up = Kor u qaad codka
chair-preset-time = Waqtigii waa dhammaaday
chair-to-speaker = Hadlaha
chair-to-speaker-example = tusaale: Fadlan soo gunaanad
chair-on-screen = Shaashadda
chair-on-screen-example = tusaale: Fadlan fadhiista
chair-show = Tus
chair-clear = Tirtir
chair-speaker-sees = Hadluhu wuxuu arkaa: { $text }
chair-screen-shows = Shaashaddu waxay muujinaysaa: { $text }
chair-nothing = waxba
chair-quoted = “{ $text }”
# Pages drawn once: /chair, /stage, /screen and /overlay are drawn by their
# scripts; without JavaScript they say so instead.
page-noscript = Boggan wuxuu u baahan yahay JavaScript: ka shid dejinta browser-ka, kadibna dib u soo geli boggan.
stage-noscript = Saacaddan waxay u baahan tahay JavaScript: ka shid dejinta browser-ka, kadibna dib u soo geli boggan.
# On stage (issue 22): pinned messages, Next on the last item, counts to confirm.
chair-pin = Ku hay kadib Xiga
chair-pinned = la dhejiyay
chair-next-end = Dhammee shirka
chair-not-promised = lama ballanqaadin
chair-count-check = { $count } oo loogu talagalay { $name } ({ $promised ->
    [0] waxba lama ballanqaadin, { $phones } taleefan ayaa is-diiwaangeliyey
   *[other] la ballanqaaday { $promised }
})?
chair-count-show = Muuji
chair-count-fix = Sax
chair-display-heading = Borojektarka
chair-display-qr = Koodka QR
chair-display-timer = Saacadda
chair-display-turnout = Imaanshaha
chair-order-heading = Jadwalka
chair-go = Tag
chair-on-time = waqtigii
chair-behind = { $time } dib u dhac
chair-ahead = { $time } ka hor
chair-finish = xawaarahan shirku wuxuu ku dhammaan doonaa qiyaastii { $at }
chair-finish-planned = xawaarahan shirku wuxuu ku dhammaan doonaa qiyaastii { $at } (qorshaha: { $planned })
chair-paused = hakad
# Between parts of one line: "on time · the assembly ends about 21:30".
chair-separator = { " · " }
chair-ended-at = Wuxuu dhammaaday { $at }
chair-planned-length = Muddada la qorsheeyay ee shirka oo dhan: { $time }
chair-ready = Diyaar
chair-ready-hint = Taabo Bilow marka hoolku diyaar yahay. Saacaddu waxay ku bilaabataa qodobka koowaad.
chair-ask-heading = Codsiga: { $title }
chair-answer-of = Jawaabta { $name }
chair-note-placeholder = Qoraal (ikhtiyaari)
chair-note-label = Qoraal la socda jawaabta { $name }, oo la diro marka jawaabta xigta la taabto
chair-holder-now = hadda: { $answer }
chair-no-answer-yet = weli jawaab ma jirto
chair-replaced-earlier = meeshii { $answers }
chair-col-institution = Hay'adda
chair-col-promised = La ballanqaaday
chair-col-phones = Taleefannada
chair-col-announced = La shaaciyay
chair-col-count = Tirada hoolka
chair-total = Wadarta
chair-set = Geli
chair-set-count = Geli tirada { $name }
chair-count-range = Geli tiro u dhaxaysa 0 iyo { $max } oo loogu talagalay { $name }.
chair-rollcall-summary = La shaaciyay { $announced } oo ka mid ah { $promised } la ballanqaaday · { $phones ->
    [one] { $phones } taleefan ayaa is diiwaangeliyay
   *[other] { $phones } taleefan ayaa is diiwaangeliyay
}
chair-pledge-heading = Ballanqaadka dhagaystayaasha
chair-reveal = Ka muuji shaashadda
chair-tally-shown = Haa { $yes } · Maya { $no } · shaashadda ayuu ka muuqdaa
chair-tally-hidden = Haa { $yes } · Maya { $no } · weli lama muujin
chair-led-by = Waxaa hoggaaminaya { $name }
# What a command is, in notices: "Next will be sent ...".
chair-cmd-start = Bilow
chair-cmd-next = Xiga
chair-cmd-back = Dib
chair-cmd-goto = U gudub “{ $title }”
chair-cmd-respond = { $answer } ka timid { $name }
chair-cmd-turnout = tirada { $name }
chair-cmd-reveal = Muuji
chair-cmd-message-stage = fariinta hadlaha
chair-cmd-message-screen = fariinta shaashadda
chair-cmd-clear-stage = Tirtir (hadlaha)
chair-cmd-clear-screen = Tirtir (shaashadda)
chair-cmd-display = dejinta borojektarka
chair-still-sending = Weli waa la dirayaa { $first }: mar kale taabo { $what } wax yar kadib.
chair-queued = Xiriir ma jiro: { $what } waa la diri doonaa marka xiriirku soo laabto (muddo { $seconds } ilbiriqsi gudahood), haddii kale waa lagu ogeysiin doonaa in aan la dirin.
chair-failed = { $what } ma shaqeyn.
chair-failed-unknown = Taasi ma shaqeyn.
chair-went-through = { $what } wuu gaaray ka hor intaan xiriirku go'in.
chair-moved-on = { $what } lama dirin: xiriirkii wuu go'ay, shirkuna wuu sii socday. Mar kale taabo haddii aad weli rabto.
chair-stale = Qalab kale oo guddoomiye ayaa tan hore u beddelay. Hadda waxaad aragtaa xaaladda ugu dambeysay; waxba laba jeer lama fulin. Mar kale taabo haddii aad weli rabto.
chair-not-sent = { $n ->
    [one] { $what } lama dirin: xiriirkii wuu go'ay. Mar kale taabo haddii aad weli rabto.
   *[other] { $what } lama dirin: xiriirkii wuu go'ay. Mar kale taabo haddii aad weli rabto.
}
chair-no-reply = { $what } jawaab ma helin. Hubi jadwalka ka hor intaadan mar kale taabin.
chair-offline = Xiriir ma jiro: dib ayaa loo xiriirinayaa…
chair-offline-pending = Xiriir ma jiro: dib ayaa loo xiriirinayaa… { $what } mar kale ayaa la diri doonaa marka xiriirku soo laabto.
chair-replaced = { $before } waxaa lagu beddelay { $after } ee { $name }.
chair-recorded-note = { $answer } ka timid { $name }, oo qoraal la socdo, waa la diiwaangeliyay.
chair-undid = Laga noqday: { $what }
chair-undid-move = { $what } (dib loogu noqday “{ $title }”)
chair-undid-move-start = { $what } (dib loogu noqday bilowga ka hor)
chair-undid-end = Dhammaynta (dib loogu noqday “{ $title }”)
chair-undid-answer = { $answer } ka timid { $name } (dib loogu noqday { $before })
chair-undid-turnout = { $n } ee { $name }
chair-undid-message-stage = fariinta hadlaha “{ $text }”
chair-undid-message-screen = fariinta shaashadda “{ $text }”
chair-undid-display = borojektarka { $what } { $shown ->
    [yes] waa muuqday
   *[no] waa qarsoonaa
}
chair-undid-reveal = Muujinta tirinta ballanqaadka
chair-undid-other = isbeddelkii ugu dambeeyay
chair-braked-title = Guddoomiyaha: furayaal khaldan oo badan
chair-braked-heading = Furayaal guddoomiye oo khaldan oo aad u badan
chair-braked-text = Furayaal guddoomiye oo khaldan oo badan ayaa ka yimid shabakaddan, sidaa darteed furayaasha guddoomiyaha ee ka yimaada lama hubin doono { $minutes } daqiiqo ee soo socda. Kadib mar kale fur xiriirka guddoomiyaha ee server-ku daabacay markii uu bilaabmay.
chair-locked-title = Guddoomiyaha: fure ayaa loo baahan yahay
chair-locked-heading = Kani waa bogga guddoomiyaha
chair-locked-text = Waxaa loo baahan yahay xiriirka guddoomiyaha ee server-ku daabacay markii uu bilaabmay: wuxuu ku dhammaadaa { $link }. Ka iskaan garee koodka QR-kiisa terminal-ka server-ka, ama halkaas ka koobiyee xiriirka. Furaha waxaa sidoo kale lagu hayaa galka xogta.
chair-locked-others = Dadka kale oo dhan: { $link }.
chair-locked-join = is diiwaangeli oo la soco { $title }





## Report and exports: /report, assembly export

report-title = Warbixin: { $title }
report-eyebrow-public = Shirka la-xisaabtanka: diiwaanka dadweynaha
report-eyebrow-chair = Shirka la-xisaabtanka: diiwaanka buuxa
report-zone = Waqtiyadu waa sida { $zone }.
report-venue = Goobta
report-planned-start = Bilowga la qorsheeyay
report-date = Taariikhda
report-started = Bilaabmay
report-ended = Dhammaaday
report-status = Xaaladda
report-not-started = Weli ma bilaabmin
report-in-progress = Wuu socdaa (dib u soo rar si aad u aragto kii ugu dambeeyay)
report-as-of = Diiwaanka ilaa
report-access-public = Kani waa diiwaanka dadweynaha: waxa shaashaddu tusi kartay, iyo halka ballan-qaad kastaa taagan yahay tan iyo markaas. Qoraallada (ee jawaabaha iyo tallaabooyinka dabagalka), jawaabaha la beddelay iyo tirinta ballamaha aan weli la muujin waxay ku jiraan diiwaanka buuxa, oo guddoomiyaha u furan.
report-access-chair = Kani waa diiwaanka buuxa, oo leh qoraallada guddoomiyaha, jawaabaha la beddelay, qoraallada tallaabooyinka dabagalka iyo tirinta ballan kasta: la wadaag qabanqaabiyeyaasha oo keliya.
report-downloads = Soo deji diiwaanka
report-export-record-json = wax kasta oo warbixintan ku jira, barnaamijyada kale
report-export-responses-csv = saf jawaab kasta
report-export-turnout-csv = saf hay’ad kasta
report-export-timings-csv = saf qodob kasta oo jadwalka ka mid ah
report-export-follow-ups-csv = saf ballan-qaad kasta: liiska dabagalka, iyo halka mid kastaa taagan yahay
report-export-record-xlsx = jadwalka, imaanshaha, jawaabaha, ballamaha iyo dabagalka oo hal xaashi-xisaabeed ku jira
report-footer = Waxaa lagu sameeyay assembly.
report-scorecard = Kaarka natiijada
report-holder = Go’aan-gaare
report-answer = Jawaab
report-note = Qoraal
report-when = Goorma
report-follow-up = Dabagal
report-no-answer = Jawaab ma jirto
report-reported-heading = Warbixinnada lagu celiyay shirkan
report-reported-intro = Dadka awoodda leh oo dib ugu soo laabtay masraxa ayaa sheegay halka ay taagan yihiin ballamihii ay ku galeen shirarkii hore ee isbahaysiga.
report-reported-commitment = Ballan
report-reported-said = Lagu sheegay masraxa
report-reported-on = Maalin
report-replaced = Waa la beddelay intii wada-xaajoodku socday: { $answers }
report-answer-at = { $answer } saacadda { $time }
report-follow-up-heading = Dabagal: halka ballan-qaad kastaa taagan yahay
report-follow-up-intro = Codsi kasta oo loo soo jeediyay go’aan-gaare kasta, wax kasta oo ay habeenkaas ku jawaabeen (ama haddii aysan marnaba jawaabin), sida uu hadda u taagan yahay. Taariikhdu waa maalinta tallaabadii ugu dambeysay.
report-by-status = Ballan-qaadyada sida xaaladdooda
report-record-step = Ku diiwaan geli tallaabo bogga dabagalka
report-none = Midna.
report-ask = Codsi
report-answer-night = Jawaabta habeenkaas
report-latest-step = Tallaabadii ugu dambeysay
report-history = Taariikh
report-no-step = Weli tallaabo ma jirto
report-recorded = (la diiwaangeliyay { $when })
report-owner = Mas'uulka
report-due = Waqtiga loo qabtay
report-overdue = Waa dib u dhacay
report-not-set = Lama dejin
report-turnout = Imaanshaha
report-institution = Hay’adda
report-promised = La ballanqaaday
report-announced = La shaaciyay
report-phones = Taleefannada is-diiwaangeliyay
report-total = Wadar
report-on-own = { $total } ({ $n } keligood)
report-turnout-chart = Imaanshaha hay’ad kasta: la ballanqaaday, la shaaciyay iyo taleefannada is-diiwaangeliyay
report-turnout-caption = Xarriiqda qolofta leh: la ballanqaaday. Xarriiqda buuxda: lagu shaaciyay magac-u-yeerka. Xarriiqda khafiifka ah: taleefannada is-diiwaangeliyay.
report-running-order = Jadwalka: qorshaha iyo waxa dhacay
report-item = Qodob
report-planned = Qorshe
report-actual = Dhab ahaan
report-difference = Farqi
report-not-reached = lama gaarin
report-timing-chart = Dhererka la qorsheeyay iyo kan dhabta ah ee qodob kasta
report-timing-caption = Xarriiqda qolofta leh: dhererka la qorsheeyay. Xarriiqda buuxda: waqtiga dhabta ah (casaan halka uu dheeraaday).
report-drift-ended = Qorshe { $planned }; wuxuu qaatay { $ran } ({ $whole }{ $why }).
report-drift-running = Qorshe { $planned }; xawaarahan wuxuu qaadan doonaa { $ran } ({ $whole }{ $why }).
report-drift-why = : { $parts }
report-over = { $time } ka badan
report-under = { $time } ka yar
report-on-time = waqtigiisii
report-drift-items = qodobadu waxay qaateen { $by }
report-drift-items-so-far = ilaa hadda qodobadu waxay qaateen { $by }
report-drift-skipped = { $n ->
    [one] { $n } qodob ({ $time } la qorsheeyay) lama gaarin
   *[other] { $n } qodob ({ $time } la qorsheeyay) lama gaarin
}
report-drift-paused = shirka waa la hakiyay { $time }
report-list-more = { $head }, { $next }
report-list-last = { $head } iyo { $last }
report-pledges = Ballamaha dhagaystayaasha
report-pledge = Ballan
report-not-revealed = lama muujin
report-one-per-phone = Hal jawaab taleefan kasta oo is-diiwaangeliyay.
report-plan-changes = Isbeddellada qorshaha
report-plan-changes-intro = Jadwalka kore waa qorshaha sida uu hadda yahay; kuwani waa isbeddelladiisa tan iyo markii diiwaanku bilaabmay, mid walba iyo isbeddelkii ugu dambeeyay ee keenay (waxaa lagu qoray Ingiriisi).
report-day = { $day } { $month } { $year }
report-date-long = { $weekday }, { $day } { $month } { $year }
report-day-time = { $day }, { $time }
report-month-1 = Janaayo
report-month-2 = Febraayo
report-month-3 = Maarso
report-month-4 = Abriil
report-month-5 = Maajo
report-month-6 = Juun
report-month-7 = Luulyo
report-month-8 = Ogosto
report-month-9 = Sebtembar
report-month-10 = Oktoobar
report-month-11 = Nofembar
report-month-12 = Desembar
report-weekday-1 = Isniin
report-weekday-2 = Talaado
report-weekday-3 = Arbaco
report-weekday-4 = Khamiis
report-weekday-5 = Jimce
report-weekday-6 = Sabti
report-weekday-7 = Axad

# Diiwaanka iyo warbixinta (h22-record): waqtiga uu gudoomiyuhu dejiyay,
# ballan maran, isbeddellada qorshaha oo af cad ah, xaashida tallaabooyinka.
report-set-length = qorshe { $planned }, loo dejiyay { $set }, qaatay { $ran }: { $by }
report-drift-set-shorter = gudoomiyuhu wuxuu qodobada ka gaabiyay { $time }
report-drift-set-longer = gudoomiyuhu wuxuu qodobada ku dheereeyay { $time }
report-timing-set-caption = Xariiqda go'an: muddada uu gudoomiyuhu dejiyay +1/-1 daqiiqo.
report-not-promised = lama ballanqaadin
report-change-at = { $when }: { $change }
report-change-renamed = magaca { $from } waxaa loo beddelay { $to }
report-change-edited = { $entry }: { $field } waxaa laga beddelay “{ $from }” loona beddelay “{ $to }”
report-change-set = { $entry }: { $field } waxaa la dhigay “{ $to }”
report-change-cleared = { $entry }: { $field } waa la tirtiray
report-change-added = waxaa lagu daray { $part } “{ $name }”
report-change-removed = waxaa la saaray { $part } “{ $name }”
report-change-moved = “{ $name }” waxaa laga raray booska { $from } loona raray { $to }
report-part-assembly = shirka
report-part-institution = hay'adda
report-part-power_holder = go'aan-gaaraha
report-part-ask = codsiga
report-part-pledge = ballanta
report-part-item = qodobka
report-field-title = cinwaanka
report-field-name = magaca
report-field-venue = goobta
report-field-starts = bilowga
report-field-timezone = aagga waqtiga
report-field-promised = imaatinka la ballanqaaday
report-field-role = doorka
report-field-text = qoraalka
report-field-to = loo jeediyay
report-field-kind = nooca
report-field-duration = muddada
report-field-lead = hoggaamiyaha
report-field-notes = qoraalada gudoomiyaha
export-set-length = Uu dejiyay gudoomiyuhu
export-id = Aqoonsi
export-sheet-steps = Tallaabooyinka dabagalka
export-commitment = Ballanqaad
followup-not_started = Lama bilaabin
followup-in_progress = Socda
followup-achieved = La gaaray
followup-broken = La jebiyay
export-sheet-running-order = Jadwalka
export-sheet-turnout = Imaanshaha
export-sheet-answers = Jawaabaha
export-sheet-pledges = Ballamaha
export-sheet-follow-ups = Dabagalka
export-kind = Nooca
export-lead = Hoggaamiye
export-over-under = Ilbiriqsi ka badan (+) / ka yar (-)
export-visits = Jeerarka
export-started-in = Bilaabmay ({ $zone })
export-ended-in = Dhammaaday ({ $zone })
export-chair-notes = Qoraallada guddoomiyaha
export-ask-title = Cinwaanka codsiga
export-holder = Go’aan-gaare
export-holder-name = Magaca go’aan-gaaraha
export-answered-in = Waqtiga jawaabta ({ $zone })
export-note-for-chair = Qoraal loogu talagalay guddoomiyaha
export-earlier = Jawaabihii hore
export-text = Qoraal
export-revealed = La muujiyay
export-status = Xaaladda
export-status-since = Xaaladda tan iyo
export-steps = Tallaabooyin
export-latest-note = Qoraalkii ugu dambeeyay

## Miiska: dhammaan shirarka isbahaysiga
desk-title = Miiska: shirarkiinna
desk-heading = Shirarkiinna
desk-made = { $title } waa la sameeyay. Toos u daar si aad u diyaariso.
desk-went-live = { $title } waa toos: guddoomiyaha, muraayadda iyo taleefannadu hadda way muujinayaan.
desk-none-live = Shir toos ah ma jiro. Mid hoose toos u daar: guddoomiyaha, muraayadda iyo taleefannadu way muujin doonaan.
desk-live = Hadda toos: { $title }
desk-chair-link = Xiriirka guddoomiyaha (gaar ah: wuxuu hagaa shirka; u dir guddoomiyaha oo keliya):
desk-open-chair = Guddoomiyaha
desk-open-setup = Diyaari qorshaha
desk-open-import = Soo geli xaashi
desk-open-follow-up = La soco ballanqaadyada
desk-open-screen = Muraayadda
desk-open-stage = Saacadda khudbadeeyaha
desk-open-poster = Boodhka koodhka QR
desk-open-report = Warbixinta
desk-every = Dhammaan shirarka
desk-empty = Weli shir halkan ma jiro: samee kan ugu horreeya hoos.
desk-day = Maalinta
desk-no-day = weli lama dejin
desk-venue = Goobta
desk-stage = Heerka
desk-stage-planned = La qorsheeyay
desk-stage-live = Toos
desk-stage-unfinished = Bilaabmay, ma dhammaan
desk-stage-ended = Dhammaaday
desk-turnout = Imaanshaha
desk-came = { $came } ayaa yimid { $promised } la ballanqaaday
desk-commitments = Ballanqaadyada
desk-asked = { $asked } la weydiiyay, { $yes } dhahay haa
desk-by-status = { $achieved } la gaaray, { $progress } socda, { $waiting } aan bilaabmin, { $broken } la jebiyay
desk-is-live = Hadda toos ayuu ku yahay server-kan.
desk-row-follow-up = Ballamihiisa
desk-row-report = Warbixintiisa
desk-go-live = Toos u daar
desk-go-live-setup = Toos u daar oo diyaari
desk-go-live-import = Toos u daar oo soo geli xaashi
desk-new = Shir cusub
desk-new-title = Cinwaanka
desk-new-day = Maalinta la qabanayo (ikhtiyaari)
desk-new-venue = Goobta (ikhtiyaari)
desk-new-from = Ka bilow
desk-new-blank = Qorshe bannaan
desk-new-same = Hay'adaha iyo awood-haystayaasha { $title } { $day }
desk-new-make = Samee shirka
desk-home-heading = Halka wax walba lagu hayo
desk-home = Shir kasta waa gal ku jira { $dir }. Si aad dhammaan u kaydiso, koobiyee galkaas (miiska oo joogsan, ama mar kale koobiyee habeenka kadib).
desk-key = Furaha miiskan furaya sidoo kale halkaas ayuu yaal: { $command } ayaa daabacaya isaga iyo xiriirka miiska.
desk-nothing-title = Shir toos ah ma jiro
desk-nothing-heading = Weli shir toos ah ma jiro
desk-nothing-text = Qabanqaabiyayaashu weli kama bilaabin shirka caawa server-kan. Isku day mar kale wax yar kadib.
desk-nothing-desk = Qabanqaabiyayaasha: fura miiska
desk-locked-title = Miiska: furaha ayaa loo baahan yahay
desk-locked-text = Miisku waa qabanqaabiyayaasha isbahaysiga. Fur xiriirka uu server-ku daabacay markuu bilaabmay, ama ku socodsii { $command } kombiyuutarka haya shirarka.
desk-braked = Furayaal khaldan oo badan ayaa ka yimid shabakaddan. Isku day mar kale { $minutes } daqiiqo kadib adoo isticmaalaya xiriirka miiska.
desk-cross-site-title = Waa la diiday
desk-cross-site = Isbeddelkan kama iman bogga miiska. Fur miiska oo halkaas ku samee.
desk-confirm-title = Jooji shirka socda?
desk-confirm-text = { $title } wuu socdaa. Toos u daarista shir kale waxay u joojinaysaa guddoomiyaha, muraayadda iyo taleefan kasta (diiwaankiisu wuu sii jirayaa waana la toos u daari karaa mar kale).
desk-confirm-yes = Haa, toos u daar kan kale
desk-confirm-no = Maya, ku noqo miiska
desk-follow-link = Dhammaan ballanqaadyada shir kasta
desk-follow-title = Miiska: dhammaan ballanqaadyada
desk-follow-heading = Dhammaan ballanqaadyada
desk-follow-back = Ku noqo miiska
desk-follow-holder = Awood-haye
desk-follow-assembly = Shirka
desk-follow-answer = Jawaabta habeenka
desk-follow-status = Halka ay marayso
desk-follow-all = Dhammaan
desk-follow-no-answer = Jawaab ma jirto
desk-follow-no-step = Weli tallaabo la-socod ah ma jirto
desk-follow-no-owner = Qofna weli
desk-follow-show = Muuji
desk-follow-count = { $shown } ka mid ah { $total } ballanqaad
desk-follow-at = Lagu weydiiyay
desk-follow-said = Lagu yiri habeenka
desk-follow-now = Hadda
desk-follow-since = tan iyo { $day }
desk-follow-record = Diiwaan geli tallaabo
export-owner = Mas'uulka
export-due = Waqtiga loo qabtay
export-overdue = Dib u dhacay
export-public-note = Qoraalka dadweynaha
export-latest-public-note = Qoraalkii dadweynaha ee ugu dambeeyay
desk-follow-overdue-only = Kuwa dib u dhacay oo keliya
desk-follow-overdue = Dib u dhacay
desk-follow-owner = Waxaa daba socda
desk-follow-due = Waqtiga
desk-publish = Daabac kaarka dhibcaha (.zip bogga dadweynaha)
desk-follow-saved = Tallaabada waa la kaydiyay.
desk-follow-day = Maalinta ay dhacday (bannaan: maanta)
desk-follow-public-note = Qoraal dadweyne (waxaa lagu daabacaa warbixinta iyo kaarka dhibcaha)
desk-follow-private-note = Qoraal gaar ah (qabanqaabiyayaasha oo keliya, weligii lama daabaco)
desk-follow-save = Kaydi tallaabada
desk-follow-open-live = Fur bogga la-socodka shirkan

## Warbixin celin: waxa qofka awoodda leh la weydiiyay shirarkii hore ee guriga
recall-heading = Waxa { $name } hore loo weydiiyay
recall-when = { $day } · { $title }
recall-none = { $name } ma laha ballan ku jira shirarkii hore ee gurigan.
recall-said = wuxuu ku jawaabay { $answer }
recall-unanswered = jawaab lama bixin habeenkaas
recall-now = hadda: { $status }
recall-not-chased = weli lama raad-raacin
chair-recall-note-placeholder = Qoraal dadweyne (ikhtiyaari)
chair-recall-note-label = Qoraal dadweyne oo ku saabsan “{ $ask }”
chair-recall-status-of = Halka “{ $ask }” hadda taagan tahay
chair-recall-recorded = Waa la diiwaangeliyay: “{ $ask }” waa { $status }
chair-recall-said-here = caawa la sheegay
chair-cmd-report-back = { $name } oo warbixin celinaya

## Kaarka dhibcaha ee la daabacay (`assembly publish`)
publish-title = Kaarka dhibcaha: yaa yiri haa, maxayse sameeyeen
publish-intro = Ballan kasta oo dadka awoodda leh ay si fagaare ah ugu galeen shirarka isbahaysiga, iyo halka mid walba hadda taagan yahay.
publish-holders = Dadka awoodda leh
publish-asked = La weydiiyay
publish-said-yes = Yiri haa
publish-overdue = Waqtigii way dhaaftay
publish-assemblies = Shirarka
publish-json = Xog isku mid ah oo JSON ah
publish-all-holders = Dhammaan dadka awoodda leh
publish-holder-title = { $name }: ballamaha
publish-counts = La weydiiyay { $asked }, yiri haa { $yes }, la gaaray { $achieved }, la jebiyay { $broken }, waqti dhaafay { $overdue }.
publish-asked-at = Lagu weydiiyay
publish-now = Hadda
publish-chased-by = Waxaa raad-raacaya
publish-steps = Tallaabooyinka
publish-no-step = weli tallaabo ma jirto
publish-overdue-tag = waqtigii way dhaaftay
publish-languages = Luqadaha

## The report-back item an assembly made from an earlier one starts with
plan-reports-back = { $name } ayaa warbixin celinaya
