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
kind-report_back = تقديم تقرير

phase-not_started = سيبدأ قريبًا
phase-ended = انتهى التجمّع
connection-reconnecting = جارٍ إعادة الاتصال…
connection-hall = جارٍ إعادة الاتصال بالقاعة… قد لا يكون ما تراه محدّثًا، وينتظر تسجيل الحضور حتى يعود الاتصال.

## Start page and pages not found

home-join = سجّل حضورك وتابع
home-join-note = (هواتف الحضور)
home-screen = شاشة العرض
home-stage = مؤقّت المتحدّث
home-poster = ملصق للطباعة مع رمز QR
home-report = التقرير
home-report-note = (السجلّ، للطباعة)
home-chair = رئيس الجلسة
home-chair-note = (يحتاج رابط الرئيس المطبوع عند البدء)
home-setup = إعداد الخطة
home-setup-note = (لرئيس الجلسة: عدّلها في المتصفّح)
notfound-title = غير موجود
notfound-text = لا توجد صفحة على هذا العنوان.
notfound-home = اذهب إلى صفحة البداية



## Refusals: why a command was not done (refusal-<code>)

# رفض طلبات رئيس الجلسة يُقرأ على جهازه وعند عملاء الـ API؛ ورفض طلبات
# الهاتف (من bad_device إلى pledge_closed، ومن too_many_changes إلى
# wrong_address) يقرؤه الحاضرون. تبقى المعرّفات بين `علامتين`.
refusal-bad_command_id = يجب أن يكون `id` من ١ إلى { $max } حرفًا؛ استخدم سلسلة عشوائية جديدة لكل أمر
refusal-not_started = لم يبدأ التجمّع بعد: أرسل `start` أولًا
refusal-ended = انتهى التجمّع؛ الأمر `undo` يعيد فتحه إن كان `end` خطأً
refusal-already_running = التجمّع جارٍ بالفعل
refusal-cannot_restart = انتهى التجمّع؛ لا يمكن أن يبدأ من جديد
refusal-last_item = هذا هو البند الأخير: لا بند بعده؛ أرسل `end` لإغلاق التجمّع
refusal-first_item = هذا هو البند الأول: لا شيء قبله
refusal-no_such_item = لا يوجد بند رقم { $item }: البنود مرقّمة من ٠ إلى { $last }
refusal-already_current = البند { $item } هو البند الحالي بالفعل
refusal-already_paused = المؤقّت متوقف مؤقتًا بالفعل
refusal-not_paused = المؤقّت ليس متوقفًا
refusal-bad_extension = يجب أن تكون `seconds` بين -{ $max } و{ $max }، وألا تساوي ٠
refusal-below_zero = هذا سيجعل المدة المقررة لـ "{ $title }" أقل من الصفر: مدته المقررة مع التمديدات { $left ->
    [zero] { $left } ثانية
    [one] ثانية واحدة
    [two] ثانيتان
    [few] { $left } ثوانٍ
    [many] { $left } ثانية
   *[other] { $left } ثانية
}، فلا يمكن إنقاص أكثر من { $left ->
    [zero] { $left } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $left } ثوانٍ
    [many] { $left } ثانية
   *[other] { $left } ثانية
}
refusal-no_such_ask = لا يوجد مطلب `{ $ask }`؛ { $n ->
    [0] لا مطالب في الخطة
   *[other] المطالب هي: { $asks }
}
refusal-not_put_to = المطلب `{ $ask }` غير موجَّه إلى `{ $holder }`؛ إنه موجَّه إلى: { $holders }
refusal-no_such_institution = لا توجد مؤسسة `{ $institution }`؛ تحقّق من المعرّف في الخطة
refusal-bad_turnout = يجب أن يكون `count` بين ٠ و{ $max }
refusal-turnout_unlikely = العدد { $count } لـ{ $name } { $promised ->
    [0] أعلى بكثير من { $phones } هاتفًا مسجَّلًا، ولم تتعهّد بأي عدد
   *[other] أكثر من ثلاثة أضعاف { $promised } التي تعهّدت بها ({ $phones } هاتفًا مسجَّلًا)
}؛ إن كانت القاعة تضم هذا العدد فعلًا فأرسله مرة أخرى مع `confirm` بقيمة true
refusal-no_such_pledge = لا يوجد تعهّد `{ $pledge }`؛ { $n ->
    [0] لا تعهّدات في الخطة
   *[other] التعهّدات هي: { $pledges }
}
refusal-already_revealed = التعهّد `{ $pledge }` مكشوف بالفعل
refusal-no_message = لا توجد رسالة لمسحها
refusal-display_unchanged = الشاشة تعرض ذلك بالفعل؛ سمِّ `qr` أو `timer` أو `turnout` مع true أو false
refusal-undo_exhausted = التراجع لا يصل إلا إلى آخر { $depth } تغييرات من رئيس الجلسة، وقد تم التراجع عنها كلها؛ أعد أي تغيير أقدم يدويًا (مثلًا بالأمر `goto`)
refusal-nothing_to_undo = لا يوجد ما يمكن التراجع عنه
refusal-control_character = { $field ->
    [note] الملاحظة تحتوي
    [public_note] الملاحظة العامة تحتوي
    [owner] خانة المسؤول تحتوي
   *[message] الرسالة تحتوي
} على محرف تحكّم ({ $character }) في المحرف رقم { $at }؛ احذفه وأرسل نصًا عاديًا (فواصل الأسطر والجدولة مقبولة)
refusal-too_long = طول { $field ->
    [note] الملاحظة
    [public_note] الملاحظة العامة
    [owner] خانة المسؤول
   *[message] الرسالة
} { $length } محرفًا؛ اجعله { $max } على الأكثر
refusal-step_day_format = يجب كتابة يوم الخطوة (`at`) بالصيغة YYYY-MM-DD، مثل 2026-06-03، لا "{ $text }"؛ اترك اليوم فارغًا إن كان اليوم
refusal-step_not_a_day = يوم الخطوة (`at`)، { $text }، ليس يومًا في التقويم: تحقّق من الشهر (01 إلى 12) ومن يوم الشهر
refusal-step_too_early = يوم الخطوة (`at`)، { $text }، يسبق { $first }، وهو أقدم تاريخ يمكن أن تحمله خطوة: تحقّق من السنة
refusal-due_day_format = يجب كتابة تاريخ الاستحقاق (`due`) بالصيغة YYYY-MM-DD، مثل 2026-09-30، لا "{ $text }"؛ اتركه فارغًا إن لم يكن له موعد
refusal-due_not_a_day = تاريخ الاستحقاق (`due`)، { $text }، ليس يومًا في التقويم: تحقّق من الشهر (01 إلى 12) ومن يوم الشهر
refusal-due_too_early = تاريخ الاستحقاق (`due`)، { $text }، يسبق { $first }، وهو أقدم تاريخ مقبول: تحقّق من السنة
refusal-not_earlier = لا تحوي الجمعيات الأخرى في هذا البيت مطلبًا `{ $ask }` وُجّه إلى `{ $holder }` في الجمعية `{ $assembly }`: قدّم تقريرًا عن التزام مدرج في صفحة الرئيس، أو احذف `assembly` لهذه الجمعية
refusal-step_in_future = يوم الخطوة (`at`) هو { $day }، لكن اليوم هو { $today }: سجّل الخطوة بعد حدوثها، بتاريخ اليوم الذي حدثت فيه (اترك اليوم فارغًا إن كان اليوم)
# The organiser's desk (follow-up): a step dated before the assembly.
refusal-step_before_assembly = يوم الخطوة (`at`)، { $day }، يسبق الجمعية ({ $assembly }): تحقّق من السنة والشهر، أو أكّد أن الخطوة اتُّخذت قبل الجمعية
refusal-bad_device = تعذّر التعرّف على هذا الهاتف: أعد تحميل الصفحة وحاول مرة أخرى
refusal-unknown_group = المجموعة "{ $institution }" ليست في القائمة؛ اختر واحدة من القائمة، أو سجّل حضورك بمفردك
refusal-unknown_pledge = هذا التعهّد ليس جزءًا من هذا التجمّع؛ أعد تحميل الصفحة لترى التعهّد المفتوح
refusal-not_checked_in = سجّل حضورك أولًا، ثم يمكنك التعهّد
refusal-pledge_closed = هذا التعهّد ليس مفتوحًا الآن؛ يمكنك الإجابة عنه عندما يفتحه رئيس الجلسة
refusal-too_many_changes = غيّر هذا الهاتف إجابته مرات كثيرة في وقت قصير؛ انتظر بضع ثوانٍ وحاول مرة أخرى
refusal-too_many_phones = عدد كبير جدًا من الهواتف يسجّل الحضور من هذه الشبكة الآن؛ انتظر عشر ثوانٍ وحاول مرة أخرى
refusal-bad_answer = يجب أن تكون الإجابة نعم أو لا؛ أعد تحميل الصفحة واضغط نعم أو لا
refusal-wrong_address = يجب أن يأتي هذا من صفحات التجمّع نفسه؛ افتحها من عنوان الخادم
refusal-unavailable = لا يستطيع التجمّع تسجيل أي شيء الآن؛ حاول مرة أخرى بعد دقيقة، وأخبر أحد المنظّمين إن استمر الخطأ
refusal-reconnecting = فقدت هذه الصفحة اتصالها بالقاعة، فلم يُرسَل شيء؛ حاول مرة أخرى بعد لحظة
refusal-conflict = أُجري تغيير آخر من رئيس الجلسة أولًا؛ انظر إلى الحالة الجديدة وحاول مرة أخرى إن كان ذلك لا يزال لازمًا
refusal-stale_plan = غيّر شخص آخر الخطة منذ فتحتها؛ أعد تحميل الخطة، وأجرِ تعديلك مرة أخرى واحفظ
refusal-plan_locked = السجل يشير إلى ما سيحذفه هذا التغيير أو يعيد كتابته ({ $n ->
    [zero] لا مشكلات
    [one] مشكلة واحدة
    [two] مشكلتان
    [few] { $n } مشكلات
    [many] { $n } مشكلة
   *[other] { $n } مشكلة
}): { $reasons }؛ لم يتغيّر شيء
error-title = لم يتم
error-back = العودة إلى صفحة التجمّع






## Phone: /join and the pledge

# The page's title; $title is the assembly's.
join-title = تسجيل الحضور: { $title }
join-refresh = حدّث الصفحة لترى آخر المستجدات
join-hall-full = { $n ->
    [zero] القاعة ممتلئة على الإنترنت: { $n } هاتف يتابع مباشرة، لذا لن تتحدّث هذه الصفحة من تلقاء نفسها. تسجيل حضورك ما زال يُحتسب: استخدم النموذج أدناه، وأعد تحميل الصفحة لترى ما يجري.
    [one] القاعة ممتلئة على الإنترنت: { $n } هاتف يتابع مباشرة، لذا لن تتحدّث هذه الصفحة من تلقاء نفسها. تسجيل حضورك ما زال يُحتسب: استخدم النموذج أدناه، وأعد تحميل الصفحة لترى ما يجري.
    [two] القاعة ممتلئة على الإنترنت: { $n } هاتف يتابعان مباشرة، لذا لن تتحدّث هذه الصفحة من تلقاء نفسها. تسجيل حضورك ما زال يُحتسب: استخدم النموذج أدناه، وأعد تحميل الصفحة لترى ما يجري.
    [few] القاعة ممتلئة على الإنترنت: { $n } هواتف تتابع مباشرة، لذا لن تتحدّث هذه الصفحة من تلقاء نفسها. تسجيل حضورك ما زال يُحتسب: استخدم النموذج أدناه، وأعد تحميل الصفحة لترى ما يجري.
    [many] القاعة ممتلئة على الإنترنت: { $n } هاتفًا تتابع مباشرة، لذا لن تتحدّث هذه الصفحة من تلقاء نفسها. تسجيل حضورك ما زال يُحتسب: استخدم النموذج أدناه، وأعد تحميل الصفحة لترى ما يجري.
   *[other] القاعة ممتلئة على الإنترنت: { $n } هاتف تتابع مباشرة، لذا لن تتحدّث هذه الصفحة من تلقاء نفسها. تسجيل حضورك ما زال يُحتسب: استخدم النموذج أدناه، وأعد تحميل الصفحة لترى ما يجري.
}
# $name is the group's name, shown in bold.
join-checked-in-with = سُجّل حضورك مع { $name }. شكرًا لمجيئك.
join-checked-in-alone = سُجّل حضورك بصفتك الشخصية. شكرًا لمجيئك.
join-check-in-heading = تسجيل الحضور
join-search = ابحث عن مجموعتك
join-who = مع من جئت؟
join-own = بمفردي
join-check-in = سجّل حضوري
join-change-group = غيّر مجموعتي
# $query is what the person typed.
join-no-match = لا توجد مجموعة تطابق «{ $query }». تحقّق من الإملاء، أو اختر «بمفردي».
join-now-heading = الآن
join-ended-thanks = شكرًا لمشاركتك. تجد أدناه كل مطلب وكيف أجاب عنه كل صاحب قرار: سيتابع التحالف كل واحد منها.
join-roll-call-heading = تفقّد الحضور
# $n chooses the form; $count is the same number in bold; $promised a number.
join-announced = { $n ->
    [zero] أُعلن من القاعة عن { $count } شخص، من أصل { $promised } وُعد بحضورهم
    [one] أُعلن من القاعة عن { $count } شخص، من أصل { $promised } وُعد بحضورهم
    [two] أُعلن من القاعة عن { $count } شخص، من أصل { $promised } وُعد بحضورهم
    [few] أُعلن من القاعة عن { $count } أشخاص، من أصل { $promised } وُعد بحضورهم
    [many] أُعلن من القاعة عن { $count } شخصًا، من أصل { $promised } وُعد بحضورهم
   *[other] أُعلن من القاعة عن { $count } شخص، من أصل { $promised } وُعد بحضورهم
}
# A hall where no institution promised a number: no "of 0 promised".
join-announced-unpromised = { $n ->
    [zero] أُعلن من القاعة عن { $count } شخص
    [one] أُعلن من القاعة عن { $count } شخص
    [two] أُعلن من القاعة عن { $count } شخص
    [few] أُعلن من القاعة عن { $count } أشخاص
    [many] أُعلن من القاعة عن { $count } شخصًا
   *[other] أُعلن من القاعة عن { $count } شخص
}
join-group-announced = { $n ->
    [zero] مجموعتك، { $name }: أُعلن عن { $count } شخص، من أصل { $promised } وُعد بحضورهم
    [one] مجموعتك، { $name }: أُعلن عن { $count } شخص، من أصل { $promised } وُعد بحضورهم
    [two] مجموعتك، { $name }: أُعلن عن { $count } شخص، من أصل { $promised } وُعد بحضورهم
    [few] مجموعتك، { $name }: أُعلن عن { $count } أشخاص، من أصل { $promised } وُعد بحضورهم
    [many] مجموعتك، { $name }: أُعلن عن { $count } شخصًا، من أصل { $promised } وُعد بحضورهم
   *[other] مجموعتك، { $name }: أُعلن عن { $count } شخص، من أصل { $promised } وُعد بحضورهم
}
join-group-waiting = مجموعتك، { $name }: لم يُعلن عددها بعد (وُعد بحضور { $promised })
# On stage (issue 22): a group that promised no number.
join-group-announced-unpromised = مجموعتك، { $name }: أُعلن عن { $count }، دون عدد موعود
join-group-waiting-unpromised = مجموعتك، { $name }: لم يُعلن عددها بعد (دون عدد موعود)
join-results-heading = نتائج التعهّد
# How many people pledged yes or no: $n chooses the form, $count is it in bold.
join-said-yes = { $n ->
    [zero] { $count } قالوا نعم
    [one] { $count } قال نعم
    [two] { $count } قالا نعم
    [few] { $count } قالوا نعم
    [many] { $count } قالوا نعم
   *[other] { $count } قالوا نعم
}
join-said-no = { $n ->
    [zero] { $count } قالوا لا
    [one] { $count } قال لا
    [two] { $count } قالا لا
    [few] { $count } قالوا لا
    [many] { $count } قالوا لا
   *[other] { $count } قالوا لا
}
join-pledge-heading = تعهّدك
join-yes = نعم
join-no = لا
# $answer is the button pressed (join-yes or join-no), in bold.
join-answered = أجبت بـ{ $answer }. يمكنك تغيير إجابتك ما دام التعهّد مفتوحًا.
join-asks-heading = المطالب
join-asks-heading-ended = ما طُلب، والإجابات
join-not-yet = لم يُجب بعد
join-no-answer = لا إجابة
join-order-heading = جدول الفقرات
join-wrong-group = سجّلت مع المجموعة الخطأ؟
# $n chooses the form; $count is the same number in bold.
join-turnout = { $n ->
    [zero] سُجّل حتى الآن حضور { $count } هاتف. يُحتسب كل هاتف مرة واحدة.
    [one] سُجّل حتى الآن حضور { $count } هاتف. يُحتسب كل هاتف مرة واحدة.
    [two] سُجّل حتى الآن حضور { $count } هاتف. يُحتسب كل هاتف مرة واحدة.
    [few] سُجّل حتى الآن حضور { $count } هواتف. يُحتسب كل هاتف مرة واحدة.
    [many] سُجّل حتى الآن حضور { $count } هاتفًا. يُحتسب كل هاتف مرة واحدة.
   *[other] سُجّل حتى الآن حضور { $count } هاتف. يُحتسب كل هاتف مرة واحدة.
}
join-turnout-ended = { $n ->
    [zero] سُجّل حضور { $count } هاتف. يُحتسب كل هاتف مرة واحدة.
    [one] سُجّل حضور { $count } هاتف. يُحتسب كل هاتف مرة واحدة.
    [two] سُجّل حضور { $count } هاتف. يُحتسب كل هاتف مرة واحدة.
    [few] سُجّل حضور { $count } هواتف. يُحتسب كل هاتف مرة واحدة.
    [many] سُجّل حضور { $count } هاتفًا. يُحتسب كل هاتف مرة واحدة.
   *[other] سُجّل حضور { $count } هاتف. يُحتسب كل هاتف مرة واحدة.
}
join-failed = لم ينجح ذلك؛ حاول مرة أخرى.
join-poster-title = ملصق: { $title }
join-poster-qr = رمز QR لصفحة تسجيل الحضور
join-poster-scan = امسح الرمز بكاميرا هاتفك، أو اكتب العنوان.
join-poster-why = سجّل حضورك مع مجموعتك لنعرف من حضر، وتابع المطالب مباشرة.
join-poster-why-pledge = سجّل حضورك مع مجموعتك لنعرف من حضر، وتابع المطالب والتعهّد مباشرة.
join-poster-print = اطبع هذه الصفحة (A4) للطاولات وظهور المقاعد.





## Projector and timer: /screen and /stage

screen-page-title = الشاشة: { $title }
screen-check-in = تسجيل الحضور
screen-scan = امسح الرمز لتسجيل حضورك
screen-phones-label = { $n ->
    [zero] هاتف مسجَّل
    [one] هاتف مسجَّل
    [two] هاتفان مسجَّلان
    [few] هواتف مسجَّلة
    [many] هاتفًا مسجَّلًا
   *[other] هاتف مسجَّل
}
screen-kind-ask = المطلب
screen-kind-close = شكرًا لكم
screen-welcome = أهلًا بكم: نبدأ قريبًا
screen-thanks = شكرًا لحضوركم.
screen-thanks-answers = شكرًا لحضوركم. هذه إجابة كل صاحب قرار:
screen-no-asks = لم تُطرح أي مطالب الليلة.
screen-awaiting = بانتظار الإجابة
screen-no-answer = لا إجابة
screen-promised = { $announced } من أصل { $promised } وُعد بحضورهم
# On stage (issue 22): a blank promise, and the end recap.
screen-announced = أُعلن عن { $announced }
screen-not-promised = { $count } · لم يُوعد بعدد
screen-recap-turnout = الحضور: { $announced } من أصل { $promised } وُعد بحضورهم
screen-recap-turnout-none = الحضور: { $announced }
screen-recap-pledge = { $yes } · { $no }
screen-answer-on-phone = أجب بنعم أو لا على هاتفك
screen-page = الصفحة { $page } من { $pages }
stage-page-title = المؤقّت: { $title }
stage-next = التالي: { $title }
stage-paused = متوقّف مؤقتًا
stage-over = تجاوز الوقت
stage-paused-over = متوقّف مؤقتًا · تجاوز الوقت
stage-wrap-up = حان وقت الختام

## Livestream overlay: /overlay (the lower third OBS lays over the camera)

# The page's title; $title is the assembly's.
overlay-page-title = طبقة البث المباشر: { $title }






## Chair: /chair

chair-page-title = رئاسة الجلسة: { $title }
chair-language-change = تغيير
chair-nav-label = صفحات أخرى
chair-nav-screen = الشاشة
chair-nav-timer = المؤقّت
chair-nav-record = السجلّ
chair-nav-follow-up = المتابعة
chair-nav-plan = الخطة
chair-now = الآن
chair-phase-not-started = لم تبدأ بعد
chair-phase-ended = انتهت
chair-phase-item = البند { $n } من { $total }
chair-start = ابدأ الجمعية
chair-back = ▶ السابق
chair-next = التالي ◀
chair-pause = إيقاف مؤقّت
chair-resume = استئناف
chair-extend-more = +{ $n } دقيقة
chair-extend-less = −{ $n } دقيقة
chair-undo = تراجع
chair-end = إنهاء
chair-end-confirm = إنهاء الجمعية؟ (يمكن إعادة فتحها بزر «تراجع».)
chair-upnext = التالي: { $title }
chair-last-item = — (البند الأخير)
chair-notes-heading = ملاحظاتك
chair-no-notes = لا ملاحظات لهذا البند.
chair-messages-heading = الرسائل
chair-presets-label = اعرض على المتحدّث فورًا
# Sent to the speaker as written, in the stage's language.
chair-preset-wrap-up = اختم كلامك
chair-preset-minute = دقيقة واحدة
chair-preset-speak-up = ارفع صوتك
chair-preset-time = انتهى الوقت
chair-to-speaker = إلى المتحدّث
chair-to-speaker-example = مثلًا: يرجى الاختتام
chair-on-screen = على الشاشة
chair-on-screen-example = مثلًا: يرجى الجلوس في أماكنكم
chair-show = اعرض
chair-clear = امسح
chair-speaker-sees = يرى المتحدّث: { $text }
chair-screen-shows = تعرض الشاشة: { $text }
chair-nothing = لا شيء
chair-quoted = «{ $text }»
# Pages drawn once: /chair, /stage, /screen and /overlay are drawn by their
# scripts; without JavaScript they say so instead.
page-noscript = تحتاج هذه الصفحة إلى JavaScript: فعّله في إعدادات المتصفح ثم أعد تحميل الصفحة.
stage-noscript = يحتاج هذا المؤقّت إلى JavaScript: فعّله في إعدادات المتصفح ثم أعد تحميل الصفحة.
# On stage (issue 22): pinned messages, Next on the last item, counts to confirm.
chair-pin = إبقاؤها بعد «التالي»
chair-pinned = مثبّتة
chair-next-end = إنهاء الجمعية
chair-not-promised = لم يُوعد بعدد
chair-count-check = { $count } لـ{ $name } ({ $promised ->
    [0] لم يُوعد بعدد، { $phones } هاتفًا مسجَّلًا
   *[other] الموعود { $promised }
})؟
chair-count-show = اعرضه
chair-count-fix = صحّحه
chair-display-heading = يعرض جهاز العرض
chair-display-qr = رمز QR
chair-display-timer = المؤقّت
chair-display-turnout = الحضور
chair-order-heading = جدول الأعمال
chair-go = انتقل
chair-on-time = في الموعد
chair-behind = متأخّرة { $time }
chair-ahead = متقدّمة { $time }
chair-finish = بهذه الوتيرة تنتهي الجمعية نحو { $at }
chair-finish-planned = بهذه الوتيرة تنتهي الجمعية نحو { $at } (المخطّط: { $planned })
chair-paused = متوقّفة مؤقّتًا
# Between parts of one line: "on time · the assembly ends about 21:30".
# Not a middle dot: the Arabic zero is a dot.
chair-separator = { "، " }
chair-ended-at = انتهت عند { $at }
chair-planned-length = المدّة المخطّطة للجمعية كلّها { $time }
chair-ready = جاهز
chair-ready-hint = اضغط «ابدأ» عندما تكون القاعة جاهزة. تبدأ الساعة مع البند الأول.
chair-ask-heading = المطلب: { $title }
chair-answer-of = إجابة { $name }
chair-note-placeholder = ملاحظة (اختيارية)
chair-note-label = ملاحظة مع إجابة { $name }، تُرسَل مع الإجابة التالية التي تضغطها
chair-holder-now = الآن: { $answer }
chair-no-answer-yet = لا إجابة بعد
chair-replaced-earlier = بدلًا من { $answers }
chair-col-institution = المؤسسة
chair-col-promised = الموعود
chair-col-phones = الهواتف
chair-col-announced = المُعلَن
chair-col-count = العدد من القاعة
chair-total = المجموع
chair-set = سجّل
chair-set-count = سجّل العدد لـ { $name }
chair-count-range = أدخل عددًا من ٠ إلى { $max } لـ { $name }.
chair-rollcall-summary = أُعلن { $announced } من أصل { $promised } موعودين، { $phones ->
    [zero] لم يسجّل أي هاتف
    [one] سجّل هاتف واحد
    [two] سجّل هاتفان
    [few] سجّلت { $phones } هواتف
    [many] سجّل { $phones } هاتفًا
   *[other] سجّل { $phones } هاتف
}
chair-pledge-heading = تعهّد الحضور
chair-reveal = اعرض على الشاشة
chair-tally-shown = نعم: { $yes }، لا: { $no } (معروض على الشاشة)
chair-tally-hidden = نعم: { $yes }، لا: { $no } (لم يُعرض بعد)
chair-led-by = يقدّمه { $name }
# What a command is, in notices: "Next will be sent ...".
chair-cmd-start = البدء
chair-cmd-next = التالي
chair-cmd-back = السابق
chair-cmd-goto = الانتقال إلى «{ $title }»
chair-cmd-respond = { $answer } من { $name }
chair-cmd-turnout = العدد لـ { $name }
chair-cmd-reveal = العرض
chair-cmd-message-stage = الرسالة إلى المتحدّث
chair-cmd-message-screen = الرسالة إلى الشاشة
chair-cmd-clear-stage = المسح (المتحدّث)
chair-cmd-clear-screen = المسح (الشاشة)
chair-cmd-display = إعداد جهاز العرض
chair-still-sending = ما زال { $first } قيد الإرسال: اضغط { $what } مجدّدًا بعد لحظة.
chair-queued = غير متّصل: سيُرسَل { $what } عند عودة الاتصال (خلال { $seconds } ثانية)، وإلا فستُبلَّغ بأنه لم يُرسَل.
chair-failed = لم ينجح { $what }.
chair-failed-unknown = لم ينجح ذلك.
chair-went-through = وصل { $what } قبل انقطاع الاتصال.
chair-moved-on = لم يُرسَل { $what }: انقطع الاتصال وتقدّمت الجمعية. اضغط مجدّدًا إن كنت لا تزال تريده.
chair-stale = غيّر جهاز رئاسة آخر هذا أولًا. أنت ترى الآن أحدث حالة، ولم يُطبَّق شيء مرّتين. اضغط مجدّدًا إن كنت لا تزال تريده.
chair-not-sent = { $n ->
    [zero] لم يُرسَل شيء: انقطع الاتصال.
    [one] لم يُرسَل { $what }: انقطع الاتصال. اضغط مجدّدًا إن كنت لا تزال تريده.
    [two] لم يُرسَل { $what }: انقطع الاتصال. اضغط مجدّدًا إن كنت لا تزال تريدهما.
    [few] لم تُرسَل { $what }: انقطع الاتصال. اضغط مجدّدًا إن كنت لا تزال تريدها.
    [many] لم تُرسَل { $what }: انقطع الاتصال. اضغط مجدّدًا إن كنت لا تزال تريدها.
   *[other] لم تُرسَل { $what }: انقطع الاتصال. اضغط مجدّدًا إن كنت لا تزال تريدها.
}
chair-no-reply = لم يصل ردّ على { $what }. راجع جدول الأعمال قبل أن تضغط مجدّدًا.
chair-offline = غير متّصل: جارٍ إعادة الاتصال…
chair-offline-pending = غير متّصل: جارٍ إعادة الاتصال… سيُرسَل { $what } مجدّدًا عند عودة الاتصال.
chair-replaced = حلّت { $after } محلّ { $before } لـ { $name }.
chair-recorded-note = سُجّلت { $answer } من { $name } مع الملاحظة.
chair-undid = تراجعتَ عن: { $what }
chair-undid-move = { $what } (عودة إلى «{ $title }»)
chair-undid-move-start = { $what } (عودة إلى ما قبل البدء)
chair-undid-end = الإنهاء (عودة إلى «{ $title }»)
chair-undid-answer = { $answer } من { $name } (عودة إلى { $before })
chair-undid-turnout = { $n } لـ { $name }
chair-undid-message-stage = الرسالة إلى المتحدّث «{ $text }»
chair-undid-message-screen = الرسالة إلى الشاشة «{ $text }»
chair-undid-display = { $what } على جهاز العرض { $shown ->
    [yes] ظاهر
   *[no] مخفيّ
}
chair-undid-reveal = عرض نتيجة التعهّد
chair-undid-other = آخر تغيير
chair-braked-title = رئاسة الجلسة: مفاتيح خاطئة كثيرة
chair-braked-heading = مفاتيح رئاسة خاطئة كثيرة
chair-braked-text = وصلت من هذه الشبكة مفاتيح رئاسة خاطئة كثيرة، لذا لن تُفحَص مفاتيح الرئاسة الآتية منها خلال الدقائق الـ { $minutes } القادمة. بعدها افتح مجدّدًا رابط الرئاسة الذي طبعه الخادم عند تشغيله.
chair-locked-title = رئاسة الجلسة: المفتاح مطلوب
chair-locked-heading = هذه صفحة رئيس الجلسة
chair-locked-text = تحتاج إلى رابط الرئاسة الذي طبعه الخادم عند تشغيله: ينتهي بـ { $link }. امسح رمز QR الخاص به في طرفية الخادم، أو انسخ الرابط من هناك. المفتاح محفوظ أيضًا في مجلّد البيانات.
chair-locked-others = أما الآخرون: { $link }.
chair-locked-join = سجّل حضورك وتابع { $title }





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
report-reported-heading = التقارير المقدَّمة في هذه الجمعية
report-reported-intro = عاد أصحاب السلطة إلى المنصة وقالوا أين تقف التزاماتهم من جمعيات التحالف السابقة.
report-reported-commitment = الالتزام
report-reported-said = ما قيل على المنصة
report-reported-on = اليوم
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
report-owner = المسؤول عن المتابعة
report-due = موعد الاستحقاق
report-overdue = متأخر
report-not-set = غير محدد
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
report-plan-changes-intro = جدول الفقرات أعلاه هو الخطة كما هي الآن؛ وهذه تغييراتها منذ بدء السجل، كلٌّ منها مع آخر تغيير أحدثه (وهي موصوفة بالإنجليزية).
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

# السجل والتقرير (h22-record): المدد التي حددها الرئيس، والوعود الفارغة،
# وتغييرات الخطة بكلمات واضحة، وورقة خطوات المتابعة.
report-set-length = المخطط { $planned }، حُدّد إلى { $set }، استغرق { $ran }: { $by }
report-drift-set-shorter = قصّر الرئيس الفقرات { $time }
report-drift-set-longer = أطال الرئيس الفقرات { $time }
report-timing-set-caption = الخط المتقطع: المدة التي حددها الرئيس بـ +1/-1 دقيقة.
report-not-promised = لا وعد
report-change-at = { $when }: { $change }
report-change-renamed = غُيّر الاسم من { $from } إلى { $to }
report-change-edited = { $entry }: تغيّر { $field } من «{ $from }» إلى «{ $to }»
report-change-set = { $entry }: حُدّد { $field } بـ«{ $to }»
report-change-cleared = { $entry }: أُفرغ { $field }
report-change-added = أُضيف { $part } «{ $name }»
report-change-removed = أُزيل { $part } «{ $name }»
report-change-moved = نُقل «{ $name }» من الموضع { $from } إلى { $to }
report-part-assembly = الجمعية
report-part-institution = المؤسسة
report-part-power_holder = صاحب القرار
report-part-ask = المطلب
report-part-pledge = التعهد
report-part-item = الفقرة
report-field-title = العنوان
report-field-name = الاسم
report-field-venue = المكان
report-field-starts = البداية
report-field-timezone = المنطقة الزمنية
report-field-promised = الحضور الموعود
report-field-role = الدور
report-field-text = النص
report-field-to = الموجَّه إليهم
report-field-kind = النوع
report-field-duration = المدة
report-field-lead = المسؤول
report-field-notes = ملاحظات الرئيس
export-set-length = حدّده الرئيس
export-id = المعرّف
export-sheet-steps = خطوات المتابعة
export-commitment = الالتزام
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

## المكتب: كل جمعيات التحالف
desk-title = المكتب: جمعياتكم
desk-heading = جمعياتكم
desk-made = أُنشئت { $title }. اجعلها مباشرة لتجهيزها.
desk-went-live = { $title } مباشرة الآن: يعرضها الرئيس وجهاز العرض والهواتف.
desk-none-live = لا توجد جمعية مباشرة. اجعل إحداها مباشرة أدناه: سيعرضها الرئيس وجهاز العرض والهواتف.
desk-live = مباشرة الآن: { $title }
desk-chair-link = رابط الرئيس (خاص: يوجّه الجمعية؛ أرسله إلى الرئيس فقط):
desk-open-chair = الرئيس
desk-open-setup = تجهيز الخطة
desk-open-import = استيراد جدول بيانات
desk-open-follow-up = متابعة الالتزامات
desk-open-screen = جهاز العرض
desk-open-stage = مؤقّت المتحدث
desk-open-poster = ملصق رمز QR
desk-open-report = التقرير
desk-every = كل الجمعيات
desk-empty = لا توجد جمعية هنا بعد: أنشئ الأولى أدناه.
desk-day = اليوم
desk-no-day = لم يُحدَّد بعد
desk-venue = المكان
desk-stage = المرحلة
desk-stage-planned = مخطَّط لها
desk-stage-live = مباشرة
desk-stage-unfinished = بدأت ولم تنتهِ
desk-stage-ended = انتهت
desk-turnout = الحضور
desk-came = حضر { $came } من { $promised } موعودين
desk-commitments = الالتزامات
desk-asked = { $asked } طلبات، { $yes } قالوا نعم
desk-by-status = { $achieved } تحققت، { $progress } قيد التنفيذ، { $waiting } لم تبدأ، { $broken } نُكثت
desk-is-live = مباشرة على هذا الخادم الآن.
desk-row-follow-up = التزاماتها
desk-row-report = تقريرها
desk-go-live = اجعلها مباشرة
desk-go-live-setup = اجعلها مباشرة وجهّزها
desk-go-live-import = اجعلها مباشرة واستورد جدول بيانات
desk-new = جمعية جديدة
desk-new-title = العنوان
desk-new-day = يوم انعقادها (اختياري)
desk-new-venue = المكان (اختياري)
desk-new-from = ابدأ من
desk-new-blank = خطة فارغة
desk-new-same = مؤسسات وأصحاب قرار { $title } { $day }
desk-new-make = أنشئ الجمعية
desk-home-heading = أين يُحفظ كل شيء
desk-home = كل جمعية مجلد في { $dir }. لنسخها كلها احتياطيًا، انسخ ذلك المجلد (والمكتب متوقف، أو انسخه مجددًا بعد الأمسية).
desk-key = مفتاح هذا المكتب محفوظ هناك أيضًا: يطبعه { $command } مع رابط المكتب.
desk-nothing-title = لا توجد جمعية مباشرة
desk-nothing-heading = لا توجد جمعية مباشرة بعد
desk-nothing-text = لم يبدأ المنظمون جمعية الليلة على هذا الخادم بعد. حاول مجددًا بعد قليل.
desk-nothing-desk = المنظمون: افتحوا المكتب
desk-locked-title = المكتب: المفتاح مطلوب
desk-locked-text = المكتب لمنظمي التحالف. افتح الرابط الذي طبعه الخادم عند بدئه، أو شغّل { $command } على الجهاز الذي يحفظ الجمعيات.
desk-braked = مفاتيح خاطئة كثيرة من هذه الشبكة. حاول مجددًا بعد { $minutes } دقيقة برابط المكتب.
desk-cross-site-title = مرفوض
desk-cross-site = لم يأتِ هذا التغيير من صفحة المكتب نفسها. افتح المكتب ونفّذه هناك.
desk-confirm-title = إيقاف الجمعية الجارية؟
desk-confirm-text = { $title } جارية الآن. جعل جمعية أخرى مباشرة يوقفها للرئيس وجهاز العرض وكل هاتف (يبقى سجلها ويمكن جعلها مباشرة مجددًا).
desk-confirm-yes = نعم، اجعل الأخرى مباشرة
desk-confirm-no = لا، عودة إلى المكتب
desk-follow-link = كل التزامات كل الجمعيات
desk-follow-title = المكتب: كل الالتزامات
desk-follow-heading = كل الالتزامات
desk-follow-back = عودة إلى المكتب
desk-follow-holder = صاحب القرار
desk-follow-assembly = الجمعية
desk-follow-answer = الإجابة في الأمسية
desk-follow-status = الوضع الحالي
desk-follow-all = الكل
desk-follow-no-answer = لا إجابة
desk-follow-no-step = لا خطوة متابعة بعد
desk-follow-no-owner = لا أحد بعد
desk-follow-show = اعرض
desk-follow-count = { $shown } من { $total } التزامًا
desk-follow-at = طُلب في
desk-follow-said = قيل في الأمسية
desk-follow-now = الآن
desk-follow-since = منذ { $day }
desk-follow-record = سجّل خطوة
export-owner = المسؤول عن المتابعة
export-due = موعد الاستحقاق
export-overdue = متأخر
export-public-note = ملاحظة عامة
export-latest-public-note = آخر ملاحظة عامة
desk-follow-overdue-only = المتأخرة فقط
desk-follow-overdue = متأخر
desk-follow-owner = يتابعه
desk-follow-due = موعده
desk-publish = انشر بطاقة الأداء (ملف ‎.zip‎ للموقع العام)
desk-follow-saved = حُفظت الخطوة.
desk-follow-day = يوم حدوثها (فارغ: اليوم)
desk-follow-public-note = ملاحظة عامة (تُنشر في التقرير وبطاقة الأداء)
desk-follow-private-note = ملاحظة خاصة (للمنظمين فقط، لا تُنشر أبدًا)
desk-follow-save = احفظ الخطوة
desk-follow-open-live = افتح صفحة متابعة هذه الجمعية

## تقديم التقرير: ما طُلب من صاحب السلطة في جمعيات البيت السابقة
recall-heading = ما طُلب من { $name } سابقًا
recall-when = { $day } · { $title }
recall-none = لا التزام لـ { $name } في جمعيات هذا البيت السابقة.
recall-said = أجاب: { $answer }
recall-unanswered = لا إجابة في تلك الليلة
recall-now = الآن: { $status }
recall-not-chased = لم تتم المتابعة بعد
chair-recall-note-placeholder = ملاحظة علنية (اختيارية)
chair-recall-note-label = ملاحظة علنية عن «{ $ask }»
chair-recall-status-of = أين يقف «{ $ask }» الآن
chair-recall-recorded = سُجّل: «{ $ask }» { $status }
chair-recall-said-here = قيل الليلة
chair-cmd-report-back = { $name } يقدّم تقريره

## بطاقة الأداء المنشورة (`assembly publish`)
publish-title = بطاقة الأداء: من قال نعم، وماذا فعل
publish-intro = كل التزام قطعه أصحاب السلطة علنًا في جمعيات التحالف، وأين يقف كل منها الآن.
publish-holders = أصحاب السلطة
publish-asked = طُلب منهم
publish-said-yes = قالوا نعم
publish-overdue = متأخر
publish-assemblies = الجمعيات
publish-json = البيانات نفسها بصيغة JSON
publish-all-holders = كل أصحاب السلطة
publish-holder-title = { $name }: الالتزامات
publish-counts = طُلب { $asked }، نعم { $yes }، تحقق { $achieved }، نُكث { $broken }، متأخر { $overdue }.
publish-asked-at = طُلب في
publish-now = الآن
publish-chased-by = يتابعه
publish-steps = الخطوات
publish-no-step = لا خطوة بعد
publish-overdue-tag = متأخر
publish-languages = اللغات

## The report-back item an assembly made from an earlier one starts with
plan-reports-back = { $name } يقدّم تقريره
