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
   *[message] fariinta
} waxaa ku jira xaraf xakameed ({ $character }) xarafka { $at }aad; ka saar oo dir qoraal caadi ah (xariiq cusub iyo tab waa la oggol yahay)
refusal-too_long = { $field ->
    [note] qoraalka-xusuusta
   *[message] fariinta
} waa { $length } xaraf; ka dhig ugu badnaan { $max }
refusal-step_day_format = maalinta tallaabada (`at`) waa in loo qoraa YYYY-MM-DD, sida 2026-06-03, ee ma aha "{ $text }"; maanta haddii ay tahay, maalinta ka tag
refusal-step_not_a_day = maalinta tallaabada (`at`), { $text }, ma aha maalin jadwalka ku jirta: hubi bisha (01 ilaa 12) iyo maalinta bisha
refusal-step_too_early = maalinta tallaabada (`at`), { $text }, waxay ka horraysaa { $first }, taariikhda ugu horraysa ee tallaabo yeelan karto: hubi sannadka
refusal-step_in_future = maalinta tallaabada (`at`) waa { $day }, laakiin maanta waa { $today }: tallaabo diiwaangeli marka ay dhacdo kadib, oo ku taariikhee maalintii ay dhacday (maanta haddii ay tahay, maalinta ka tag)
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
refusal-conflict = isbeddel kale oo guddoomiye ayaa horey loo sameeyey (waxaad aragtay isbeddel { $expected }, isbeddelka ugu dambeeyey waa { $latest }); eeg xaaladda cusub oo isku day mar kale haddii weli loo baahan yahay
refusal-stale_plan = qof kale ayaa beddelay qorshaha tan iyo markii aad furtay (waxaad ka bilowday isbeddel { $expected }, isbeddelka ugu dambeeyey ee qorshaha waa { $latest }); dib u soo rar qorshaha, mar kale samee wax-ka-beddelkaaga oo kaydi
refusal-plan_locked = diiwaanku wuxuu tilmaamayaa waxa isbeddelkani tirtiri lahaa ama dib u qori lahaa ({ $n ->
    [one] { $n } dhibaato
   *[other] { $n } dhibaatooyin
}): { $reasons }; waxba lama beddelin
error-title = Lama samayn
error-back = Ku noqo bogga shirka






## Phone: /join and the pledge






## Projector and timer: /screen and /stage






## Chair: /chair






## Report and exports: /report, assembly export
