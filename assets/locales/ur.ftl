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
kind-report_back = رپورٹ پیش کرنا

phase-not_started = جلد شروع ہو رہا ہے
phase-ended = اجلاس ختم ہو گیا ہے
connection-reconnecting = دوبارہ جڑ رہا ہے…
connection-hall = ہال سے دوبارہ جڑ رہا ہے… جو آپ دیکھ رہے ہیں وہ پرانا ہو سکتا ہے، اور حاضری رابطہ بحال ہونے تک رکی رہے گی۔

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

# صدر کے انکار صدر کے ٹیبلٹ پر اور API کلائنٹس پڑھتے ہیں؛ فون کے انکار
# (bad_device سے pledge_closed تک، too_many_changes سے wrong_address تک)
# شرکاء پڑھتے ہیں۔ شناختیں `backticks` میں رہتی ہیں۔
refusal-bad_command_id = `id` میں 1 سے { $max } حروف ہونے چاہئیں؛ ہر حکم کے لیے نئی بے ترتیب لڑی استعمال کریں
refusal-not_started = اجلاس ابھی شروع نہیں ہوا: پہلے `start` بھیجیں
refusal-ended = اجلاس ختم ہو چکا ہے؛ اگر `end` غلطی سے ہوا تھا تو `undo` اسے دوبارہ کھول دیتا ہے
refusal-already_running = اجلاس پہلے سے جاری ہے
refusal-cannot_restart = اجلاس ختم ہو چکا ہے؛ یہ دوبارہ شروع نہیں ہو سکتا
refusal-last_item = یہ آخری مد ہے: اس کے بعد کوئی مد نہیں؛ اجلاس بند کرنے کے لیے `end` بھیجیں
refusal-first_item = یہ پہلی مد ہے: اس سے پہلے کچھ نہیں
refusal-no_such_item = مد نمبر { $item } موجود نہیں: مدیں 0 سے { $last } تک نمبر شدہ ہیں
refusal-already_current = مد { $item } پہلے سے موجودہ مد ہے
refusal-already_paused = ٹائمر پہلے سے رکا ہوا ہے
refusal-not_paused = ٹائمر رکا ہوا نہیں ہے
refusal-bad_extension = `seconds` کو -{ $max } اور { $max } کے درمیان ہونا چاہیے، اور 0 نہیں
refusal-below_zero = اس سے "{ $title }" کا طے شدہ دورانیہ صفر سے کم ہو جائے گا: توسیع سمیت اس کا دورانیہ { $left } سیکنڈ ہے، اس لیے زیادہ سے زیادہ { $left } سیکنڈ کم کیے جا سکتے ہیں
refusal-no_such_ask = کوئی مطالبہ `{ $ask }` نہیں؛ { $n ->
    [0] منصوبے میں کوئی مطالبہ نہیں
   *[other] مطالبات یہ ہیں: { $asks }
}
refusal-not_put_to = مطالبہ `{ $ask }` `{ $holder }` کے سامنے نہیں رکھا گیا؛ یہ ان کے سامنے رکھا گیا ہے: { $holders }
refusal-no_such_institution = کوئی ادارہ `{ $institution }` نہیں؛ منصوبے میں شناخت چیک کریں
refusal-bad_turnout = `count` کو 0 اور { $max } کے درمیان ہونا چاہیے
refusal-turnout_unlikely = { $name } کے لیے { $count } { $promised ->
    [0] اس کے { $phones } چیک اِن فونز سے کہیں زیادہ ہے، اور کوئی وعدہ نہیں کیا گیا تھا
   *[other] اس کے وعدہ کردہ { $promised } سے تین گنا سے زیادہ ہے ({ $phones } فون چیک اِن ہوئے)
}؛ اگر ہال میں واقعی اتنے لوگ ہیں تو `confirm` کو true کر کے دوبارہ بھیجیں
refusal-no_such_pledge = کوئی عہد `{ $pledge }` نہیں؛ { $n ->
    [0] منصوبے میں کوئی عہد نہیں
   *[other] عہد یہ ہیں: { $pledges }
}
refusal-already_revealed = عہد `{ $pledge }` پہلے ہی ظاہر کیا جا چکا ہے
refusal-no_message = صاف کرنے کے لیے کوئی پیغام نہیں
refusal-display_unchanged = اسکرین پہلے سے یہی دکھا رہی ہے؛ `qr`، `timer` یا `turnout` کو true یا false کے ساتھ لکھیں
refusal-undo_exhausted = واپسی صرف صدر کی آخری { $depth } تبدیلیوں تک پہنچتی ہے، اور وہ سب واپس لی جا چکی ہیں؛ کوئی پرانی تبدیلی ہاتھ سے دوبارہ کریں (مثلاً `goto` سے)
refusal-nothing_to_undo = واپس لینے کے لیے کچھ نہیں
refusal-control_character = { $field ->
    [note] نوٹ
    [public_note] عوامی نوٹ
    [owner] ذمہ دار
   *[message] پیغام
} میں حرف نمبر { $at } پر ایک کنٹرول حرف ({ $character }) ہے؛ اسے نکال دیں اور سادہ متن بھیجیں (نئی سطریں اور ٹیب ٹھیک ہیں)
refusal-too_long = { $field ->
    [note] نوٹ
    [public_note] عوامی نوٹ
    [owner] ذمہ دار
   *[message] پیغام
} { $length } حروف لمبا ہے؛ اسے { $max } تک رکھیں
refusal-step_day_format = قدم کا دن (`at`) YYYY-MM-DD کی شکل میں لکھا جانا چاہیے، جیسے 2026-06-03، نہ کہ "{ $text }"؛ آج کے لیے دن خالی چھوڑ دیں
refusal-step_not_a_day = قدم کا دن (`at`)، { $text }، کیلنڈر کا کوئی دن نہیں: مہینہ (01 سے 12) اور مہینے کا دن چیک کریں
refusal-step_too_early = قدم کا دن (`at`)، { $text }، { $first } سے پہلے ہے، جو کسی قدم کی سب سے پہلی ممکنہ تاریخ ہے: سال چیک کریں
refusal-due_day_format = مقررہ تاریخ (`due`) YYYY-MM-DD کی شکل میں لکھی جانی چاہیے، جیسے 2026-09-30، نہ کہ "{ $text }"؛ اگر کوئی مقررہ تاریخ نہیں تو خالی چھوڑ دیں
refusal-due_not_a_day = مقررہ تاریخ (`due`)، { $text }، کیلنڈر کا کوئی دن نہیں: مہینہ (01 سے 12) اور مہینے کا دن چیک کریں
refusal-due_too_early = مقررہ تاریخ (`due`)، { $text }، { $first } سے پہلے ہے، جو سب سے پہلی قابلِ قبول تاریخ ہے: سال چیک کریں
refusal-not_earlier = گھر کی دوسری اسمبلیوں میں اسمبلی `{ $assembly }` پر `{ $holder }` سے کیا گیا مطالبہ `{ $ask }` موجود نہیں: صدر کے صفحے پر درج کسی وعدے کی رپورٹ دیں، یا اس اسمبلی کے لیے `assembly` چھوڑ دیں
refusal-step_in_future = قدم کا دن (`at`) { $day } ہے، لیکن آج { $today } ہے: قدم ہو جانے کے بعد اسے درج کریں، اسی دن کی تاریخ کے ساتھ جس دن وہ ہوا (آج کے لیے دن خالی چھوڑ دیں)
# The organiser's desk (follow-up): a step dated before the assembly.
refusal-step_before_assembly = قدم کا دن (`at`)، { $day }، اسمبلی ({ $assembly }) سے پہلے ہے: سال اور مہینہ دیکھ لیں، یا تصدیق کریں کہ قدم اسمبلی سے پہلے اٹھایا گیا تھا
refusal-bad_device = اس فون کو پہچانا نہیں جا سکا: صفحہ دوبارہ لوڈ کریں اور پھر کوشش کریں
refusal-unknown_group = گروپ "{ $institution }" فہرست میں نہیں ہے؛ فہرست میں سے ایک چنیں، یا اکیلے حاضری لگائیں
refusal-unknown_pledge = یہ عہد اس اجلاس کا حصہ نہیں؛ کھلا ہوا عہد دیکھنے کے لیے صفحہ دوبارہ لوڈ کریں
refusal-not_checked_in = پہلے حاضری لگائیں، پھر آپ عہد کر سکتے ہیں
refusal-pledge_closed = یہ عہد ابھی کھلا نہیں ہے؛ جب صدر اسے کھولیں تو آپ جواب دے سکتے ہیں
refusal-too_many_changes = اس فون نے تھوڑی دیر میں کئی بار اپنا جواب بدلا ہے؛ چند سیکنڈ انتظار کریں اور پھر کوشش کریں
refusal-too_many_phones = اس وقت اس نیٹ ورک سے بہت زیادہ فون حاضری لگا رہے ہیں؛ دس سیکنڈ انتظار کریں اور پھر کوشش کریں
refusal-bad_answer = جواب ہاں یا نہیں ہونا چاہیے؛ صفحہ دوبارہ لوڈ کریں اور ہاں یا نہیں دبائیں
refusal-wrong_address = یہ اجلاس کے اپنے صفحات سے آنا چاہیے؛ انہیں سرور کے پتے سے کھولیں
refusal-unavailable = اجلاس ابھی کچھ درج نہیں کر سکتا؛ ایک منٹ بعد پھر کوشش کریں، اور اگر مسئلہ جاری رہے تو کسی منتظم کو بتائیں
refusal-reconnecting = اس صفحے کا ہال سے رابطہ ٹوٹ گیا ہے، اس لیے کچھ نہیں بھیجا گیا؛ تھوڑی دیر بعد پھر کوشش کریں
refusal-conflict = صدر کی ایک اور تبدیلی پہلے ہو گئی؛ نئی صورتحال دیکھیں اور اگر اب بھی ضرورت ہو تو دوبارہ کوشش کریں
refusal-stale_plan = آپ کے کھولنے کے بعد کسی اور نے منصوبہ بدل دیا ہے؛ منصوبہ دوبارہ لوڈ کریں، اپنی ترمیم پھر سے کریں اور محفوظ کریں
refusal-plan_locked = ریکارڈ اس چیز کا حوالہ دیتا ہے جسے یہ تبدیلی ہٹا دے گی یا بدل دے گی ({ $n ->
    [one] { $n } مسئلہ
   *[other] { $n } مسائل
}): { $reasons }؛ کچھ نہیں بدلا گیا
error-title = نہیں ہو سکا
error-back = اجلاس کے صفحے پر واپس جائیں






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
# A hall where no institution promised a number: no "of 0 promised".
join-announced-unpromised = { $n ->
    [one] ہال سے { $count } فرد کا اعلان ہوا
   *[other] ہال سے { $count } افراد کا اعلان ہوا
}
join-group-announced = { $n ->
    [one] آپ کا گروپ، { $name }: { $count } فرد کا اعلان ہوا، { $promised } کے وعدے میں سے
   *[other] آپ کا گروپ، { $name }: { $count } افراد کا اعلان ہوا، { $promised } کے وعدے میں سے
}
join-group-waiting = آپ کا گروپ، { $name }: ابھی اعلان نہیں ہوا ({ $promised } کا وعدہ)
# On stage (issue 22): a group that promised no number.
join-group-announced-unpromised = آپ کا گروپ، { $name }: { $count } کا اعلان ہوا، کوئی تعداد وعدہ نہیں کی گئی
join-group-waiting-unpromised = آپ کا گروپ، { $name }: ابھی اعلان نہیں ہوا (کوئی تعداد وعدہ نہیں کی گئی)
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
# On stage (issue 22): a blank promise, and the end recap.
screen-announced = { $announced } کا اعلان ہوا
screen-not-promised = { $count } · کوئی وعدہ نہیں
screen-recap-turnout = حاضری: وعدہ { $promised } کا، آئے { $announced }
screen-recap-turnout-none = حاضری: { $announced }
screen-recap-pledge = { $yes } · { $no }
screen-answer-on-phone = اپنے فون پر ہاں یا نہیں میں جواب دیں
screen-page = صفحہ { $page } از { $pages }
stage-page-title = ٹائمر: { $title }
stage-next = اگلا: { $title }
stage-paused = رکا ہوا ہے
stage-over = وقت سے زیادہ
stage-paused-over = رکا ہوا ہے · وقت سے زیادہ
stage-wrap-up = بات سمیٹنے کا وقت

## Livestream overlay: /overlay (the lower third OBS lays over the camera)

# The page's title; $title is the assembly's.
overlay-page-title = لائیو اسٹریم اوورلے: { $title }






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
# Pages drawn once: /chair, /stage, /screen and /overlay are drawn by their
# scripts; without JavaScript they say so instead.
page-noscript = اس صفحے کے لیے JavaScript درکار ہے: براؤزر کی ترتیبات میں اسے آن کریں اور صفحہ دوبارہ لوڈ کریں۔
stage-noscript = اس ٹائمر کے لیے JavaScript درکار ہے: براؤزر کی ترتیبات میں اسے آن کریں اور صفحہ دوبارہ لوڈ کریں۔
# On stage (issue 22): pinned messages, Next on the last item, counts to confirm.
chair-pin = «اگلا» کے بعد بھی رکھیں
chair-pinned = پن شدہ
chair-next-end = اجلاس ختم کریں
chair-not-promised = کوئی وعدہ نہیں
chair-count-check = { $name } کے لیے { $count } ({ $promised ->
    [0] کوئی وعدہ نہیں، { $phones } فون چیک اِن ہوئے
   *[other] وعدہ { $promised }
})؟
chair-count-show = دکھائیں
chair-count-fix = درست کریں
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

report-title = رپورٹ: { $title }
report-eyebrow-public = احتسابی اسمبلی: عوامی ریکارڈ
report-eyebrow-chair = احتسابی اسمبلی: مکمل ریکارڈ
report-zone = اوقات { $zone } کے مطابق ہیں۔
report-venue = مقام
report-planned-start = طے شدہ آغاز
report-date = تاریخ
report-started = آغاز
report-ended = اختتام
report-status = صورتِ حال
report-not-started = ابھی شروع نہیں ہوئی
report-in-progress = جاری ہے (تازہ ترین کے لیے صفحہ دوبارہ لوڈ کریں)
report-as-of = ریکارڈ بمطابق
report-access-public = یہ عوامی ریکارڈ ہے: جو کچھ پروجیکٹر دکھا سکتا تھا، اور ہر وعدہ تب سے کہاں کھڑا ہے۔ نوٹس (جوابات اور فالو اپ کے مراحل پر)، بدلے گئے جوابات اور عہد کی وہ گنتیاں جو ابھی ظاہر نہیں ہوئیں مکمل ریکارڈ میں ہیں، جو صدرِ مجلس کے لیے کھلا ہے۔
report-access-chair = یہ مکمل ریکارڈ ہے، جس میں صدرِ مجلس کے نوٹس، بدلے گئے جوابات، فالو اپ کے مراحل کے نوٹس اور ہر عہد کی گنتی شامل ہے: اسے صرف منتظمین کے ساتھ شیئر کریں۔
report-downloads = ریکارڈ ڈاؤن لوڈ کریں
report-export-record-json = اس رپورٹ کی ہر چیز، دوسرے پروگراموں کے لیے
report-export-responses-csv = ہر جواب کی ایک قطار
report-export-turnout-csv = ہر ادارے کی ایک قطار
report-export-timings-csv = پروگرام کی ترتیب کے ہر حصے کی ایک قطار
report-export-follow-ups-csv = ہر وعدے کی ایک قطار: پیروی کی فہرست، ہر ایک کی موجودہ صورتِ حال کے ساتھ
report-export-record-xlsx = پروگرام کی ترتیب، حاضری، جوابات، عہد اور فالو اپ ایک اسپریڈشیٹ میں
report-footer = assembly سے بنایا گیا۔
report-scorecard = اسکور کارڈ
report-holder = صاحبِ اختیار
report-answer = جواب
report-note = نوٹ
report-when = کب
report-follow-up = فالو اپ
report-no-answer = کوئی جواب نہیں
report-reported-heading = اس اسمبلی میں دی گئی رپورٹیں
report-reported-intro = صاحبانِ اختیار نے اسٹیج پر واپس آ کر بتایا کہ اتحاد کی پچھلی اسمبلیوں کے ان کے وعدے کہاں کھڑے ہیں۔
report-reported-commitment = وعدہ
report-reported-said = اسٹیج پر کہا گیا
report-reported-on = دن
report-replaced = بات چیت کے دوران بدلا گیا: { $answers }
report-answer-at = { $answer } بوقت { $time }
report-follow-up-heading = فالو اپ: ہر وعدہ کہاں کھڑا ہے
report-follow-up-intro = ہر صاحبِ اختیار کے سامنے رکھا گیا ہر مطالبہ، چاہے اس رات انہوں نے کچھ بھی جواب دیا ہو (یا کبھی جواب نہ دیا ہو)، اس لحاظ سے کہ وہ اب کہاں کھڑا ہے۔ تاریخ اس کے تازہ ترین مرحلے کا دن ہے۔
report-by-status = وعدے صورتِ حال کے لحاظ سے
report-record-step = فالو اپ کے صفحے پر ایک مرحلہ درج کریں
report-none = کوئی نہیں۔
report-ask = مطالبہ
report-answer-night = اس رات کا جواب
report-latest-step = تازہ ترین مرحلہ
report-history = تاریخچہ
report-no-step = ابھی کوئی مرحلہ نہیں
report-recorded = (درج کیا گیا { $when })
report-owner = ذمہ دار
report-due = مقررہ تاریخ
report-overdue = تاخیر شدہ
report-not-set = طے نہیں
report-turnout = حاضری
report-institution = ادارہ
report-promised = وعدہ
report-announced = اعلان
report-phones = چیک اِن شدہ فون
report-total = کل
report-on-own = { $total } ({ $n } انفرادی طور پر)
report-turnout-chart = ہر ادارے کی حاضری: وعدہ، اعلان اور چیک اِن شدہ فون
report-turnout-caption = خاکہ دار پٹی: وعدہ۔ ٹھوس پٹی: رول کال پر اعلان۔ باریک پٹی: چیک اِن شدہ فون۔
report-running-order = پروگرام کی ترتیب: منصوبہ بمقابلہ اصل
report-item = حصہ
report-planned = منصوبہ
report-actual = اصل
report-difference = فرق
report-not-reached = نوبت نہیں آئی
report-timing-chart = ہر حصے کا منصوبہ بند اور اصل دورانیہ
report-timing-caption = خاکہ دار پٹی: منصوبہ بند دورانیہ۔ ٹھوس لکیر: اصل وقت (سرخ جہاں وقت سے بڑھ گیا)۔
report-drift-ended = منصوبہ { $planned }؛ اصل { $ran } ({ $whole }{ $why })۔
report-drift-running = منصوبہ { $planned }؛ اس رفتار سے { $ran } ({ $whole }{ $why })۔
report-drift-why = : { $parts }
report-over = { $time } زیادہ
report-under = { $time } کم
report-on-time = وقت پر
report-drift-items = حصوں نے { $by } وقت لیا
report-drift-items-so-far = اب تک حصوں نے { $by } وقت لیا
report-drift-skipped = { $n ->
    [one] { $n } حصے ({ $time } منصوبہ بند) کی نوبت نہیں آئی
   *[other] { $n } حصوں ({ $time } منصوبہ بند) کی نوبت نہیں آئی
}
report-drift-paused = اسمبلی { $time } کے لیے روکی گئی
report-list-more = { $head }، { $next }
report-list-last = { $head } اور { $last }
report-pledges = حاضرین کے عہد
report-pledge = عہد
report-not-revealed = ظاہر نہیں کیا گیا
report-one-per-phone = ہر چیک اِن شدہ فون کا ایک جواب۔
report-plan-changes = منصوبے میں تبدیلیاں
report-plan-changes-intro = اوپر کی ترتیب منصوبہ ہے جیسا کہ وہ اب ہے؛ یہ ریکارڈ شروع ہونے کے بعد سے اس کی تبدیلیاں ہیں، ہر ایک اس آخری تبدیلی کے ساتھ جس سے وہ ہوئی (ان کی تفصیل انگریزی میں ہے)۔
report-day = { $day } { $month } { $year }
report-date-long = { $weekday }، { $day } { $month } { $year }
report-day-time = { $day }، { $time }
report-month-1 = جنوری
report-month-2 = فروری
report-month-3 = مارچ
report-month-4 = اپریل
report-month-5 = مئی
report-month-6 = جون
report-month-7 = جولائی
report-month-8 = اگست
report-month-9 = ستمبر
report-month-10 = اکتوبر
report-month-11 = نومبر
report-month-12 = دسمبر
report-weekday-1 = پیر
report-weekday-2 = منگل
report-weekday-3 = بدھ
report-weekday-4 = جمعرات
report-weekday-5 = جمعہ
report-weekday-6 = ہفتہ
report-weekday-7 = اتوار

# ریکارڈ اور رپورٹ (h22-record): صدر کا مقرر کردہ وقت، خالی وعدے،
# منصوبے کی تبدیلیاں سادہ الفاظ میں، پیش رفت کے مراحل کی شیٹ۔
report-set-length = منصوبہ { $planned }، مقرر { $set }، چلا { $ran }: { $by }
report-drift-set-shorter = صدر نے حصوں کو { $time } مختصر کیا
report-drift-set-longer = صدر نے حصوں کو { $time } طویل کیا
report-timing-set-caption = ٹوٹی لکیر: صدر کا +1/-1 منٹ سے مقرر کردہ وقت۔
report-not-promised = کوئی وعدہ نہیں
report-change-at = { $when }: { $change }
report-change-renamed = { $from } کا نام بدل کر { $to } رکھا گیا
report-change-edited = { $entry }: { $field } “{ $from }” سے “{ $to }” کیا گیا
report-change-set = { $entry }: { $field } “{ $to }” مقرر کیا گیا
report-change-cleared = { $entry }: { $field } ہٹا دیا گیا
report-change-added = { $part } “{ $name }” شامل کیا گیا
report-change-removed = { $part } “{ $name }” ہٹایا گیا
report-change-moved = “{ $name }” کو مقام { $from } سے { $to } پر منتقل کیا گیا
report-part-assembly = اسمبلی
report-part-institution = ادارہ
report-part-power_holder = صاحبِ اختیار
report-part-ask = مطالبہ
report-part-pledge = عہد
report-part-item = حصہ
report-field-title = عنوان
report-field-name = نام
report-field-venue = مقام
report-field-starts = آغاز
report-field-timezone = ٹائم زون
report-field-promised = وعدہ شدہ حاضری
report-field-role = عہدہ
report-field-text = متن
report-field-to = کن سے
report-field-kind = قسم
report-field-duration = دورانیہ
report-field-lead = ذمہ دار
report-field-notes = صدر کے نوٹس
export-set-length = صدر کا مقرر کردہ
export-id = شناخت
export-sheet-steps = پیش رفت کے مراحل
export-commitment = عہد و پیمان
followup-not_started = شروع نہیں ہوا
followup-in_progress = جاری
followup-achieved = حاصل ہو گیا
followup-broken = توڑ دیا گیا
export-sheet-running-order = پروگرام کی ترتیب
export-sheet-turnout = حاضری
export-sheet-answers = جوابات
export-sheet-pledges = عہد
export-sheet-follow-ups = فالو اپ
export-kind = قسم
export-lead = پیش کنندہ
export-over-under = سیکنڈ زیادہ (+) / کم (-)
export-visits = باریاں
export-started-in = آغاز ({ $zone })
export-ended-in = اختتام ({ $zone })
export-chair-notes = صدرِ مجلس کے نوٹس
export-ask-title = مطالبے کا عنوان
export-holder = صاحبِ اختیار
export-holder-name = صاحبِ اختیار کا نام
export-answered-in = جواب کا وقت ({ $zone })
export-note-for-chair = صدرِ مجلس کے لیے نوٹ
export-earlier = پچھلے جوابات
export-text = متن
export-revealed = ظاہر کیا گیا
export-status = صورتِ حال
export-status-since = صورتِ حال بتاریخ
export-steps = مراحل
export-latest-note = تازہ ترین نوٹ

## ڈیسک: اتحاد کی تمام اسمبلیاں
desk-title = ڈیسک: آپ کی اسمبلیاں
desk-heading = آپ کی اسمبلیاں
desk-made = { $title } بن گئی۔ اسے تیار کرنے کے لیے براہِ راست کریں۔
desk-went-live = { $title } براہِ راست ہے: صدر، پروجیکٹر اور فون اب اسے دکھا رہے ہیں۔
desk-none-live = کوئی اسمبلی براہِ راست نہیں۔ نیچے کسی ایک کو براہِ راست کریں: صدر، پروجیکٹر اور فون اسے دکھائیں گے۔
desk-live = اب براہِ راست: { $title }
desk-chair-link = صدر کا لنک (نجی: یہ اسمبلی چلاتا ہے؛ صرف صدر کو بھیجیں):
desk-open-chair = صدر
desk-open-setup = منصوبہ تیار کریں
desk-open-import = اسپریڈشیٹ درآمد کریں
desk-open-follow-up = وعدوں کی پیروی
desk-open-screen = پروجیکٹر
desk-open-stage = مقرر کا ٹائمر
desk-open-poster = QR کوڈ والا پوسٹر
desk-open-report = رپورٹ
desk-every = تمام اسمبلیاں
desk-empty = یہاں ابھی کوئی اسمبلی نہیں: نیچے پہلی بنائیں۔
desk-day = دن
desk-no-day = ابھی طے نہیں
desk-venue = مقام
desk-stage = مرحلہ
desk-stage-planned = منصوبہ بند
desk-stage-live = براہِ راست
desk-stage-unfinished = شروع ہوئی، ختم نہیں ہوئی
desk-stage-ended = ختم
desk-turnout = حاضری
desk-came = { $promised } وعدوں میں سے { $came } آئے
desk-commitments = وعدے
desk-asked = { $asked } مطالبات، { $yes } نے ہاں کہا
desk-by-status = { $achieved } پورے، { $progress } جاری، { $waiting } شروع نہیں، { $broken } ٹوٹے
desk-is-live = اب اس سرور پر براہِ راست۔
desk-row-follow-up = اس کے وعدے
desk-row-report = اس کی رپورٹ
desk-go-live = براہِ راست کریں
desk-go-live-setup = براہِ راست کریں اور تیار کریں
desk-go-live-import = براہِ راست کریں اور اسپریڈشیٹ درآمد کریں
desk-new = نئی اسمبلی
desk-new-title = عنوان
desk-new-day = انعقاد کا دن (اختیاری)
desk-new-venue = مقام (اختیاری)
desk-new-from = یہاں سے شروع کریں
desk-new-blank = خالی منصوبہ
desk-new-same = { $title } { $day } کے ادارے اور صاحبانِ اختیار
desk-new-make = اسمبلی بنائیں
desk-home-heading = سب کچھ کہاں محفوظ ہے
desk-home = ہر اسمبلی { $dir } میں ایک فولڈر ہے۔ سب کا بیک اپ لینے کے لیے وہ فولڈر کاپی کریں (ڈیسک بند ہو، یا شام کے بعد دوبارہ کاپی کریں)۔
desk-key = اس ڈیسک کو کھولنے والی کلید بھی وہیں ہے: { $command } اسے اور ڈیسک کا لنک دکھاتا ہے۔
desk-nothing-title = کوئی اسمبلی براہِ راست نہیں
desk-nothing-heading = ابھی کوئی اسمبلی براہِ راست نہیں
desk-nothing-text = منتظمین نے اس سرور پر آج کی اسمبلی ابھی شروع نہیں کی۔ تھوڑی دیر میں دوبارہ کوشش کریں۔
desk-nothing-desk = منتظمین: ڈیسک کھولیں
desk-locked-title = ڈیسک: کلید درکار
desk-locked-text = ڈیسک اتحاد کے منتظمین کے لیے ہے۔ وہ لنک کھولیں جو سرور نے شروع ہوتے وقت دکھایا، یا اسمبلیاں رکھنے والی مشین پر { $command } چلائیں۔
desk-braked = اس نیٹ ورک سے بہت سی غلط کلیدیں آئیں۔ ڈیسک کے لنک کے ساتھ { $minutes } منٹ بعد دوبارہ کوشش کریں۔
desk-cross-site-title = مسترد
desk-cross-site = یہ تبدیلی ڈیسک کے اپنے صفحے سے نہیں آئی۔ ڈیسک کھولیں اور وہیں کریں۔
desk-confirm-title = جاری اسمبلی روک دیں؟
desk-confirm-text = { $title } جاری ہے۔ کسی دوسری اسمبلی کو براہِ راست کرنا اسے صدر، پروجیکٹر اور ہر فون کے لیے روک دیتا ہے (اس کا ریکارڈ محفوظ رہتا ہے اور اسے دوبارہ براہِ راست کیا جا سکتا ہے)۔
desk-confirm-yes = ہاں، دوسری کو براہِ راست کریں
desk-confirm-no = نہیں، ڈیسک پر واپس
desk-follow-link = ہر اسمبلی کے تمام وعدے
desk-follow-title = ڈیسک: تمام وعدے
desk-follow-heading = تمام وعدے
desk-follow-back = ڈیسک پر واپس
desk-follow-holder = صاحبِ اختیار
desk-follow-assembly = اسمبلی
desk-follow-answer = شام کا جواب
desk-follow-status = موجودہ حالت
desk-follow-all = سب
desk-follow-no-answer = کوئی جواب نہیں
desk-follow-no-step = ابھی پیروی کا کوئی قدم نہیں
desk-follow-no-owner = ابھی کوئی نہیں
desk-follow-show = دکھائیں
desk-follow-count = { $total } میں سے { $shown } وعدے
desk-follow-at = کہاں پوچھا گیا
desk-follow-said = شام کو کہا
desk-follow-now = اب
desk-follow-since = { $day } سے
desk-follow-record = قدم درج کریں
export-owner = ذمہ دار
export-due = مقررہ تاریخ
export-overdue = تاخیر شدہ
export-public-note = عوامی نوٹ
export-latest-public-note = تازہ ترین عوامی نوٹ
desk-follow-overdue-only = صرف تاخیر والے
desk-follow-overdue = تاخیر
desk-follow-owner = پیروی کرنے والا
desk-follow-due = مقررہ دن
desk-publish = اسکور کارڈ شائع کریں (عوامی سائٹ کی ‎.zip‎)
desk-follow-saved = قدم محفوظ ہو گیا۔
desk-follow-day = جس دن ہوا (خالی: آج)
desk-follow-public-note = عوامی نوٹ (رپورٹ اور اسکور کارڈ پر شائع ہوتا ہے)
desk-follow-private-note = نجی نوٹ (صرف منتظمین کے لیے، کبھی شائع نہیں ہوتا)
desk-follow-save = قدم محفوظ کریں
desk-follow-open-live = اس اسمبلی کا پیروی کا صفحہ کھولیں

## رپورٹ بیک: گھر کی پچھلی اسمبلیوں میں صاحبِ اختیار سے کیا مانگا گیا
recall-heading = { $name } سے پہلے کیا مانگا گیا
recall-when = { $day } · { $title }
recall-none = اس گھر کی پچھلی اسمبلیوں میں { $name } کا کوئی وعدہ نہیں۔
recall-said = جواب دیا: { $answer }
recall-unanswered = اس رات کوئی جواب نہیں
recall-now = اب: { $status }
recall-not-chased = ابھی پیروی نہیں ہوئی
chair-recall-note-placeholder = عوامی نوٹ (اختیاری)
chair-recall-note-label = “{ $ask }” پر عوامی نوٹ
chair-recall-status-of = “{ $ask }” اب کہاں ہے
chair-recall-recorded = درج ہو گیا: “{ $ask }” { $status }
chair-recall-said-here = آج رات کہا گیا
chair-cmd-report-back = { $name } رپورٹ دے رہے ہیں

## شائع شدہ اسکور کارڈ (`assembly publish`)
publish-title = اسکور کارڈ: کس نے ہاں کہا، اور کیا کیا
publish-intro = اتحاد کی اسمبلیوں میں صاحبانِ اختیار کے ہر عوامی وعدے، اور ہر ایک اب کہاں کھڑا ہے۔
publish-holders = صاحبانِ اختیار
publish-asked = مطالبات
publish-said-yes = ہاں کہا
publish-overdue = تاخیر شدہ
publish-assemblies = اسمبلیاں
publish-json = یہی ڈیٹا JSON میں
publish-all-holders = تمام صاحبانِ اختیار
publish-holder-title = { $name }: وعدے
publish-counts = مطالبات { $asked }، ہاں { $yes }، پورے { $achieved }، ٹوٹے { $broken }، تاخیر شدہ { $overdue }۔
publish-asked-at = مطالبہ کیا گیا
publish-now = اب
publish-chased-by = پیروی کرنے والا
publish-steps = اقدامات
publish-no-step = ابھی کوئی قدم نہیں
publish-overdue-tag = تاخیر شدہ
publish-languages = زبانیں

## The report-back item an assembly made from an earlier one starts with
plan-reports-back = { $name } رپورٹ پیش کرتے ہیں
