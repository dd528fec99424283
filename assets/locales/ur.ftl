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
report-plan-changes-intro = اوپر کی ترتیب منصوبہ ہے جیسا کہ وہ اب ہے؛ اس میں یہ تبدیلیاں بالترتیب کی گئیں (ان کی تفصیل انگریزی میں ہے)۔
report-change = (تبدیلی { $seq })
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
export-name = نام
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
