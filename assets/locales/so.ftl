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

phase-not_started = Dhawaan ayuu bilaabanayaa
phase-ended = Shirku wuu dhammaaday
connection-reconnecting = Dib baa loo xidhiidhayaa…



## Refusals: why a command was not done (refusal-<code>)






## Phone: /join and the pledge






## Projector and timer: /screen and /stage






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
