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



## Refusals: why a command was not done (refusal-<code>)






## Phone: /join and the pledge






## Projector and timer: /screen and /stage






## Chair: /chair

chair-page-title = صدارت: { $title }
chair-language-change = تبدیل کریں
chair-nav-label = دوسرے صفحات
chair-nav-screen = اسکرین
chair-nav-timer = ٹائمر
chair-nav-record = ریکارڈ
chair-nav-follow-up = فالو اپ
chair-nav-plan = منصوبہ
chair-now = اب
chair-phase-not-started = ابھی شروع نہیں ہوا
chair-phase-ended = ختم ہو گیا
chair-phase-item = آئٹم { $n } از { $total }
chair-start = اجلاس شروع کریں
chair-back = ▶ پیچھے
chair-next = اگلا ◀
chair-pause = روکیں
chair-resume = جاری رکھیں
chair-extend-more = +{ $n } منٹ
chair-extend-less = −{ $n } منٹ
chair-undo = واپس لیں
chair-end = ختم کریں
chair-end-confirm = اجلاس ختم کریں؟ («واپس لیں» سے اسے دوبارہ کھولا جا سکتا ہے۔)
chair-upnext = اگلا: { $title }
chair-last-item = — (آخری آئٹم)
chair-notes-heading = آپ کے نوٹس
chair-no-notes = اس آئٹم کے لیے کوئی نوٹس نہیں۔
chair-messages-heading = پیغامات
chair-presets-label = مقرر کو فوراً دکھائیں
# Sent to the speaker as written, in the stage's language.
chair-preset-wrap-up = بات سمیٹیں
chair-preset-minute = 1 منٹ
chair-preset-speak-up = اونچا بولیں
chair-preset-time = وقت ختم
chair-to-speaker = مقرر کے لیے
chair-to-speaker-example = مثلاً: براہِ کرم بات سمیٹیں
chair-on-screen = اسکرین پر
chair-on-screen-example = مثلاً: براہِ کرم اپنی نشستوں پر تشریف رکھیں
chair-show = دکھائیں
chair-clear = ہٹائیں
chair-speaker-sees = مقرر کے سامنے: { $text }
chair-screen-shows = اسکرین پر: { $text }
chair-nothing = کچھ نہیں
chair-quoted = “{ $text }”
chair-display-heading = پروجیکٹر پر
chair-display-qr = QR کوڈ
chair-display-timer = ٹائمر
chair-display-turnout = حاضری
chair-order-heading = ترتیبِ کار
chair-go = جائیں
chair-on-time = وقت پر
chair-behind = { $time } پیچھے
chair-ahead = { $time } آگے
chair-finish = اس رفتار سے اجلاس تقریباً { $at } پر ختم ہوگا
chair-finish-planned = اس رفتار سے اجلاس تقریباً { $at } پر ختم ہوگا (منصوبے میں: { $planned })
chair-paused = رکا ہوا
# Between parts of one line: "on time · the assembly ends about 21:30".
chair-separator = { " · " }
chair-ended-at = { $at } پر ختم ہوا
chair-planned-length = پورے اجلاس کی طے شدہ مدت: { $time }
chair-ready = تیار
chair-ready-hint = ہال تیار ہو تو «شروع» پر ٹیپ کریں۔ گھڑی پہلے آئٹم کے ساتھ چلنا شروع ہوگی۔
chair-ask-heading = مطالبہ: { $title }
chair-answer-of = { $name } کا جواب
chair-note-placeholder = نوٹ (اختیاری)
chair-note-label = { $name } کے جواب کے ساتھ نوٹ، جو اگلے ٹیپ کیے گئے جواب کے ساتھ جائے گا
chair-holder-now = اب: { $answer }
chair-no-answer-yet = ابھی کوئی جواب نہیں
chair-replaced-earlier = { $answers } کی جگہ
chair-col-institution = ادارہ
chair-col-promised = وعدہ
chair-col-phones = فون
chair-col-announced = اعلان شدہ
chair-col-count = ہال سے گنتی
chair-total = کل
chair-set = درج کریں
chair-set-count = { $name } کی گنتی درج کریں
chair-count-range = { $name } کے لیے 0 سے { $max } تک گنتی درج کریں۔
chair-rollcall-summary = { $promised } کے وعدے میں سے { $announced } کا اعلان · { $phones ->
    [one] { $phones } فون سے حاضری لگی
   *[other] { $phones } فونوں سے حاضری لگی
}
chair-pledge-heading = حاضرین کا عہد
chair-reveal = اسکرین پر دکھائیں
chair-tally-shown = ہاں { $yes } · نہیں { $no } · اسکرین پر دکھایا گیا
chair-tally-hidden = ہاں { $yes } · نہیں { $no } · ابھی نہیں دکھایا گیا
chair-led-by = قیادت: { $name }
# What a command is, in notices: "Next will be sent ...".
chair-cmd-start = شروع
chair-cmd-next = اگلا
chair-cmd-back = پیچھے
chair-cmd-goto = «{ $title }» پر جائیں
chair-cmd-respond = { $name } کی طرف سے { $answer }
chair-cmd-turnout = { $name } کی گنتی
chair-cmd-reveal = دکھائیں
chair-cmd-message-stage = مقرر کے لیے پیغام
chair-cmd-message-screen = اسکرین کے لیے پیغام
chair-cmd-clear-stage = ہٹائیں (مقرر)
chair-cmd-clear-screen = ہٹائیں (اسکرین)
chair-cmd-display = پروجیکٹر کی ترتیب
chair-still-sending = { $first } ابھی بھیجا جا رہا ہے: { $what } کو ذرا دیر بعد دوبارہ ٹیپ کریں۔
chair-queued = رابطہ نہیں: رابطہ بحال ہوتے ہی { $what } بھیج دیا جائے گا ({ $seconds } سیکنڈ کے اندر)، ورنہ آپ کو بتا دیا جائے گا کہ نہیں بھیجا گیا۔
chair-failed = { $what } نہیں ہو سکا۔
chair-failed-unknown = یہ نہیں ہو سکا۔
chair-went-through = { $what } رابطہ ٹوٹنے سے پہلے پہنچ گیا تھا۔
chair-moved-on = { $what } نہیں بھیجا گیا: رابطہ ٹوٹ گیا اور اجلاس آگے بڑھ گیا۔ اگر اب بھی چاہیں تو دوبارہ ٹیپ کریں۔
chair-stale = صدارت کے کسی دوسرے آلے نے اسے پہلے بدل دیا۔ اب آپ تازہ ترین صورتحال دیکھ رہے ہیں؛ کوئی چیز دو بار نہیں ہوئی۔ اگر اب بھی چاہیں تو دوبارہ ٹیپ کریں۔
chair-not-sent = { $n ->
    [one] { $what } نہیں بھیجا گیا: رابطہ ٹوٹ گیا۔ اگر اب بھی چاہیں تو دوبارہ ٹیپ کریں۔
   *[other] { $what } نہیں بھیجے گئے: رابطہ ٹوٹ گیا۔ اگر اب بھی چاہیں تو دوبارہ ٹیپ کریں۔
}
chair-no-reply = { $what } کا کوئی جواب نہیں آیا۔ دوبارہ ٹیپ کرنے سے پہلے ترتیبِ کار دیکھ لیں۔
chair-offline = رابطہ نہیں: دوبارہ جوڑا جا رہا ہے…
chair-offline-pending = رابطہ نہیں: دوبارہ جوڑا جا رہا ہے… رابطہ بحال ہوتے ہی { $what } دوبارہ بھیجا جائے گا۔
chair-replaced = { $name } کے لیے { $before } کی جگہ { $after } درج کیا گیا۔
chair-recorded-note = { $name } کی طرف سے { $answer } نوٹ کے ساتھ درج ہو گیا۔
chair-undid = واپس لیا: { $what }
chair-undid-move = { $what } (واپس «{ $title }» پر)
chair-undid-move-start = { $what } (واپس آغاز سے پہلے)
chair-undid-end = اختتام (واپس «{ $title }» پر)
chair-undid-answer = { $name } کی طرف سے { $answer } (واپس { $before } پر)
chair-undid-turnout = { $name } کے لیے { $n }
chair-undid-message-stage = مقرر کے لیے پیغام “{ $text }”
chair-undid-message-screen = اسکرین کے لیے پیغام “{ $text }”
chair-undid-display = پروجیکٹر پر { $what } { $shown ->
    [yes] آن
   *[no] آف
}
chair-undid-reveal = عہد کی گنتی کا اظہار
chair-undid-other = آخری تبدیلی
chair-braked-title = صدارت: بہت سی غلط کلیدیں
chair-braked-heading = صدارت کی بہت سی غلط کلیدیں
chair-braked-text = اس نیٹ ورک سے صدارت کی بہت سی غلط کلیدیں آئیں، اس لیے اگلے { $minutes } منٹ تک یہاں سے آنے والی صدارتی کلیدیں جانچی نہیں جائیں گی۔ پھر وہ صدارتی لنک دوبارہ کھولیں جو سرور نے شروع ہوتے وقت چھاپا تھا۔
chair-locked-title = صدارت: کلید درکار ہے
chair-locked-heading = یہ صدرِ اجلاس کا صفحہ ہے
chair-locked-text = اس کے لیے وہ صدارتی لنک چاہیے جو سرور نے شروع ہوتے وقت چھاپا تھا: یہ { $link } پر ختم ہوتا ہے۔ سرور کے ٹرمینل میں اس کا QR کوڈ اسکین کریں، یا وہاں سے لنک کاپی کریں۔ کلید ڈیٹا فولڈر میں بھی محفوظ ہے۔
chair-locked-others = باقی سب: { $link }۔
chair-locked-join = حاضری لگائیں اور { $title } کو دیکھتے رہیں





## Report and exports: /report, assembly export
