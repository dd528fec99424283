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
