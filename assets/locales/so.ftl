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
join-group-announced = { $n ->
    [one] Kooxdaada, { $name }: { $count } qof ayaa la shaaciyay, { $promised } la ballanqaaday ka mid ah
   *[other] Kooxdaada, { $name }: { $count } qof ayaa la shaaciyay, { $promised } la ballanqaaday ka mid ah
}
join-group-waiting = Kooxdaada, { $name }: weli lama shaacin ({ $promised } ayaa la ballanqaaday)
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
screen-answer-on-phone = Haa ama Maya kaga jawaab taleefankaaga
screen-page = bogga { $page } ee { $pages }
stage-page-title = Saacadda: { $title }
stage-next = Xiga: { $title }
stage-paused = Waa la hakiyey
stage-over = Waqtigii waa dhaafay
stage-paused-over = Waa la hakiyey · waqtigii waa dhaafay
stage-wrap-up = Waa waqtigii la soo gabagabeyn lahaa






## Chair: /chair






## Report and exports: /report, assembly export
