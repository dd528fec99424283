### انٹرفیس اردو میں (Urdu).
# A native speaker should review this file before an assembly relies on it:
# it was translated with care, but not by one.

language-name = اردو
language-direction = rtl
language-label = زبان

## Shared: the codes every page renders

answer-yes = ہاں
answer-no = نہیں
answer-waffle = گول مول
answer-absent = غیر حاضر

kind-welcome = خوش آمدید
kind-roll_call = حاضری
kind-testimony = گواہی
kind-ask = مطالبہ
kind-response = جواب
kind-pledge = عہد
kind-speech = تقریر
kind-close = اختتام

phase-not_started = جلد شروع ہو رہا ہے
phase-ended = اجلاس ختم ہو گیا ہے
connection-reconnecting = دوبارہ جڑ رہا ہے…

## Start page and pages not found

home-join = حاضری لگائیں اور ساتھ چلیں
home-join-note = (شرکاء کے فون)
home-screen = پروجیکٹر اسکرین
home-stage = مقرر کا ٹائمر
home-poster = کیو آر کوڈ والا پرنٹ ہونے والا پوسٹر
home-report = رپورٹ
home-report-note = (ریکارڈ، پرنٹ کے قابل)
home-chair = صدرِ مجلس
home-chair-note = (شروع میں چھپا ہوا صدر کا لنک درکار ہے)
home-setup = منصوبہ ترتیب دیں
home-setup-note = (صدر کے لیے: براؤزر میں ترمیم کریں)
notfound-title = نہیں ملا
notfound-text = اس پتے پر کوئی صفحہ نہیں ہے۔
notfound-home = ابتدائی صفحے پر جائیں



## Refusals: why a command was not done (refusal-<code>)






## Phone: /join and the pledge

# The page's title; $title is the assembly's.
join-title = حاضری: { $title }
join-refresh = تازہ ترین دیکھنے کے لیے صفحہ تازہ کریں
join-hall-full = { $n ->
    [one] ہال آن لائن بھر چکا ہے: { $n } فون براہِ راست دیکھ رہا ہے، اس لیے یہ صفحہ خود سے تازہ نہیں ہوگا۔ آپ کی حاضری پھر بھی شمار ہوتی ہے: نیچے دیا گیا فارم استعمال کریں، اور جو ہو رہا ہے دیکھنے کے لیے صفحہ دوبارہ لوڈ کریں۔
   *[other] ہال آن لائن بھر چکا ہے: { $n } فون براہِ راست دیکھ رہے ہیں، اس لیے یہ صفحہ خود سے تازہ نہیں ہوگا۔ آپ کی حاضری پھر بھی شمار ہوتی ہے: نیچے دیا گیا فارم استعمال کریں، اور جو ہو رہا ہے دیکھنے کے لیے صفحہ دوبارہ لوڈ کریں۔
}
# $name is the group's name, shown in bold.
join-checked-in-with = آپ کی حاضری { $name } کے ساتھ لگ گئی ہے۔ آنے کا شکریہ۔
join-checked-in-alone = آپ کی حاضری انفرادی طور پر لگ گئی ہے۔ آنے کا شکریہ۔
join-check-in-heading = حاضری لگائیں
join-search = اپنا گروپ تلاش کریں
join-who = آپ کس کے ساتھ آئے ہیں؟
join-own = اکیلے
join-check-in = حاضری لگائیں
join-change-group = میرا گروپ بدلیں
# $query is what the person typed.
join-no-match = کوئی گروپ “{ $query }” سے نہیں ملتا۔ ہجے دیکھ لیں، یا “اکیلے” چنیں۔
join-now-heading = اب
join-ended-thanks = شرکت کا شکریہ۔ نیچے ہر مطالبہ ہے اور یہ کہ ہر صاحبِ اختیار نے کیا جواب دیا: اتحاد ہر ایک کی پیروی کرے گا۔
join-roll-call-heading = حاضری
# $n chooses the form; $count is the same number in bold; $promised a number.
join-announced = { $n ->
    [one] ہال سے { $count } فرد کا اعلان ہوا، { $promised } کے وعدے میں سے
   *[other] ہال سے { $count } افراد کا اعلان ہوا، { $promised } کے وعدے میں سے
}
join-group-announced = { $n ->
    [one] آپ کا گروپ، { $name }: { $count } فرد کا اعلان ہوا، { $promised } کے وعدے میں سے
   *[other] آپ کا گروپ، { $name }: { $count } افراد کا اعلان ہوا، { $promised } کے وعدے میں سے
}
join-group-waiting = آپ کا گروپ، { $name }: ابھی اعلان نہیں ہوا ({ $promised } کا وعدہ)
join-results-heading = عہد کے نتائج
# How many people pledged yes or no: $n chooses the form, $count is it in bold.
join-said-yes = { $count } نے ہاں کہا
join-said-no = { $count } نے نہیں کہا
join-pledge-heading = آپ کا عہد
join-yes = ہاں
join-no = نہیں
# $answer is the button pressed (join-yes or join-no), in bold.
join-answered = آپ نے { $answer } کہا۔ جب تک عہد کھلا ہے، آپ اسے بدل سکتے ہیں۔
join-asks-heading = مطالبات
join-asks-heading-ended = کیا مانگا گیا، اور جوابات
join-not-yet = ابھی نہیں
join-no-answer = کوئی جواب نہیں
join-order-heading = پروگرام کی ترتیب
join-wrong-group = غلط گروپ کے ساتھ حاضری لگ گئی؟
# $n chooses the form; $count is the same number in bold.
join-turnout = { $n ->
    [one] اب تک { $count } فون کی حاضری لگی ہے۔ ہر فون ایک بار گنا جاتا ہے۔
   *[other] اب تک { $count } فونز کی حاضری لگی ہے۔ ہر فون ایک بار گنا جاتا ہے۔
}
join-turnout-ended = { $n ->
    [one] { $count } فون کی حاضری لگی۔ ہر فون ایک بار گنا جاتا ہے۔
   *[other] { $count } فونز کی حاضری لگی۔ ہر فون ایک بار گنا جاتا ہے۔
}
join-failed = یہ نہیں ہو سکا؛ دوبارہ کوشش کریں۔
join-poster-title = پوسٹر: { $title }
join-poster-qr = حاضری کے صفحے کا کیو آر کوڈ
join-poster-scan = اپنے فون کے کیمرے سے کوڈ اسکین کریں، یا پتہ ٹائپ کریں۔
join-poster-why = اپنے گروپ کے ساتھ حاضری لگائیں تاکہ ہم گن سکیں کہ کون آیا، اور مطالبات براہِ راست دیکھیں۔
join-poster-why-pledge = اپنے گروپ کے ساتھ حاضری لگائیں تاکہ ہم گن سکیں کہ کون آیا، اور مطالبات اور عہد براہِ راست دیکھیں۔
join-poster-print = یہ صفحہ (A4) میزوں اور نشستوں کی پشت کے لیے پرنٹ کریں۔





## Projector and timer: /screen and /stage

screen-page-title = اسکرین: { $title }
screen-check-in = حاضری لگائیں
screen-scan = حاضری لگانے کے لیے اسکین کریں
screen-phones-label = { $n ->
    [one] فون کی حاضری لگی
   *[other] فونز کی حاضری لگی
}
screen-kind-ask = مطالبہ
screen-kind-close = شکریہ
screen-welcome = خوش آمدید: ہم جلد شروع کریں گے
screen-thanks = آنے کا شکریہ۔
screen-thanks-answers = آنے کا شکریہ۔ ہر صاحبِ اختیار کا جواب یہ رہا:
screen-no-asks = آج رات کوئی مطالبہ پیش نہیں کیا گیا۔
screen-awaiting = جواب کا انتظار ہے
screen-no-answer = کوئی جواب نہیں
screen-promised = وعدہ { $promised } کا، آئے { $announced }
screen-answer-on-phone = اپنے فون پر ہاں یا نہیں میں جواب دیں
screen-page = صفحہ { $page } از { $pages }
stage-page-title = ٹائمر: { $title }
stage-next = اگلا: { $title }
stage-paused = رکا ہوا ہے
stage-over = وقت سے زیادہ
stage-paused-over = رکا ہوا ہے · وقت سے زیادہ
stage-wrap-up = بات سمیٹنے کا وقت






## Chair: /chair






## Report and exports: /report, assembly export
