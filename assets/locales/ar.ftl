### الواجهة باللغة العربية (Arabic).
# A native speaker should review this file before an assembly relies on it:
# it was translated with care, but not by one.

language-name = العربية
language-direction = rtl
language-label = اللغة

## Shared: the codes every page renders

answer-yes = نعم
answer-no = لا
answer-waffle = مراوغة
answer-absent = غائب

kind-welcome = ترحيب
kind-roll_call = تفقّد الحضور
kind-testimony = شهادة
kind-ask = المطلب
kind-response = الرد
kind-pledge = تعهّد
kind-speech = كلمة
kind-close = الختام

phase-not_started = سيبدأ قريبًا
phase-ended = انتهى التجمّع
connection-reconnecting = جارٍ إعادة الاتصال…



## Refusals: why a command was not done (refusal-<code>)






## Phone: /join and the pledge






## Projector and timer: /screen and /stage






## Chair: /chair






## Report and exports: /report, assembly export

report-title = التقرير: { $title }
report-eyebrow-public = جمعية المساءلة: السجل العام
report-eyebrow-chair = جمعية المساءلة: السجل الكامل
report-zone = الأوقات بتوقيت { $zone }.
report-venue = المكان
report-planned-start = موعد البدء المقرر
report-date = التاريخ
report-started = البدء
report-ended = الانتهاء
report-status = الحالة
report-not-started = لم تبدأ بعد
report-in-progress = جارية (أعد تحميل الصفحة لترى آخر المستجدات)
report-as-of = السجل حتى
report-access-public = هذا هو السجل العام: ما كان يمكن لشاشة العرض أن تُظهره، وما آل إليه كل التزام منذ ذلك الحين. أما الملاحظات (على الإجابات وعلى خطوات المتابعة) والإجابات المستبدلة وأعداد التعهدات التي لم تُكشف بعد فهي في السجل الكامل المتاح لرئيس الجلسة.
report-access-chair = هذا هو السجل الكامل، بملاحظات رئيس الجلسة والإجابات المستبدلة وملاحظات خطوات المتابعة وأعداد كل التعهدات: لا تشاركه إلا مع المنظمين.
report-downloads = تنزيل السجل
report-export-record-json = كل ما في هذا التقرير، للبرامج الأخرى
report-export-responses-csv = صف لكل إجابة
report-export-turnout-csv = صف لكل مؤسسة
report-export-timings-csv = صف لكل فقرة من جدول الفقرات
report-export-follow-ups-csv = صف لكل التزام: قائمة المتابعة، مع ما آل إليه كل منها
report-export-record-xlsx = جدول الفقرات والحضور والإجابات والتعهدات والمتابعة في جدول بيانات واحد
report-footer = صُنع باستخدام assembly.
report-scorecard = بطاقة النتائج
report-holder = صاحب القرار
report-answer = الإجابة
report-note = ملاحظة
report-when = الوقت
report-follow-up = المتابعة
report-no-answer = لا إجابة
report-replaced = استُبدلت أثناء التفاوض: { $answers }
report-answer-at = { $answer } الساعة { $time }
report-follow-up-heading = المتابعة: ما آل إليه كل التزام
report-follow-up-intro = كل مطلب طُرح على كل صاحب قرار، أيًّا كانت إجابته في تلك الليلة (أو إن لم يُجب قط)، مرتّبًا بحسب ما آل إليه الآن. التاريخ هو يوم آخر خطوة فيه.
report-by-status = الالتزامات بحسب الحالة
report-record-step = سجّل خطوة في صفحة المتابعة
report-none = لا شيء.
report-ask = المطلب
report-answer-night = الإجابة في تلك الليلة
report-latest-step = آخر خطوة
report-history = التسلسل
report-no-step = لا خطوات بعد
report-recorded = (سُجّلت { $when })
report-turnout = الحضور
report-institution = المؤسسة
report-promised = الموعود
report-announced = المُعلن
report-phones = الهواتف المسجّلة
report-total = المجموع
report-on-own = { $n ->
    [zero] { $total } ({ $n } بمفردهم)
    [one] { $total } ({ $n } بمفرده)
    [two] { $total } ({ $n } بمفردهما)
    [few] { $total } ({ $n } بمفردهم)
    [many] { $total } ({ $n } بمفردهم)
   *[other] { $total } ({ $n } بمفردهم)
}
report-turnout-chart = الحضور لكل مؤسسة: الموعود والمُعلن والهواتف المسجّلة
report-turnout-caption = الشريط المحدّد: الموعود. الشريط المصمت: المُعلن عند نداء الحضور. الشريط الرفيع: الهواتف المسجّلة.
report-running-order = جدول الفقرات: المخطط مقابل الفعلي
report-item = الفقرة
report-planned = المخطط
report-actual = الفعلي
report-difference = الفرق
report-not-reached = لم تُبلغ
report-timing-chart = المدة المخططة والفعلية لكل فقرة
report-timing-caption = الشريط المحدّد: المدة المخططة. الخط المصمت: المدة الفعلية (بالأحمر حيث تجاوزت).
report-drift-ended = المخطط { $planned }؛ استغرقت { $ran } ({ $whole }{ $why }).
report-drift-running = المخطط { $planned }؛ بهذه الوتيرة ستستغرق { $ran } ({ $whole }{ $why }).
report-drift-why = : { $parts }
report-over = بزيادة { $time }
report-under = بنقص { $time }
report-on-time = في الوقت المحدد
report-drift-items = استغرقت الفقرات { $by }
report-drift-items-so-far = حتى الآن استغرقت الفقرات { $by }
report-drift-skipped = { $n ->
    [zero] لم تُبلغ { $n } فقرة ({ $time } مخططة)
    [one] لم تُبلغ فقرة واحدة ({ $time } مخططة)
    [two] لم تُبلغ فقرتان ({ $time } مخططة)
    [few] لم تُبلغ { $n } فقرات ({ $time } مخططة)
    [many] لم تُبلغ { $n } فقرة ({ $time } مخططة)
   *[other] لم تُبلغ { $n } فقرة ({ $time } مخططة)
}
report-drift-paused = توقفت الجمعية مؤقتًا مدة { $time }
report-list-more = { $head }، { $next }
report-list-last = { $head } و{ $last }
report-pledges = تعهدات الحضور
report-pledge = التعهد
report-not-revealed = لم تُكشف
report-one-per-phone = إجابة واحدة لكل هاتف مسجّل.
report-plan-changes = التغييرات على الخطة
report-plan-changes-intro = جدول الفقرات أعلاه هو الخطة كما هي الآن؛ وقد أُجريت عليها هذه التغييرات بالترتيب (وهي موصوفة بالإنجليزية).
report-change = (التغيير { $seq })
report-day = { $day } { $month } { $year }
report-date-long = { $weekday } { $day } { $month } { $year }
report-day-time = { $day }، { $time }
report-month-1 = يناير
report-month-2 = فبراير
report-month-3 = مارس
report-month-4 = أبريل
report-month-5 = مايو
report-month-6 = يونيو
report-month-7 = يوليو
report-month-8 = أغسطس
report-month-9 = سبتمبر
report-month-10 = أكتوبر
report-month-11 = نوفمبر
report-month-12 = ديسمبر
report-weekday-1 = الاثنين
report-weekday-2 = الثلاثاء
report-weekday-3 = الأربعاء
report-weekday-4 = الخميس
report-weekday-5 = الجمعة
report-weekday-6 = السبت
report-weekday-7 = الأحد
followup-not_started = لم تبدأ
followup-in_progress = قيد التنفيذ
followup-achieved = تحقّق
followup-broken = نُقض
export-sheet-running-order = جدول الفقرات
export-sheet-turnout = الحضور
export-sheet-answers = الإجابات
export-sheet-pledges = التعهدات
export-sheet-follow-ups = المتابعة
export-kind = النوع
export-lead = يقدّمها
export-over-under = ثوانٍ بزيادة (+) / بنقص (-)
export-visits = مرات العرض
export-started-in = البدء ({ $zone })
export-ended-in = الانتهاء ({ $zone })
export-chair-notes = ملاحظات رئيس الجلسة
export-name = الاسم
export-ask-title = عنوان المطلب
export-holder = صاحب القرار
export-holder-name = اسم صاحب القرار
export-answered-in = وقت الإجابة ({ $zone })
export-note-for-chair = ملاحظة لرئيس الجلسة
export-earlier = إجابات سابقة
export-text = النص
export-revealed = كُشفت
export-status = الحالة
export-status-since = الحالة منذ
export-steps = الخطوات
export-latest-note = آخر ملاحظة
