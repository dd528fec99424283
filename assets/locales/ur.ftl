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
