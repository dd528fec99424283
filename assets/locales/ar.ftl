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
join-group-announced = { $n ->
    [zero] مجموعتك، { $name }: أُعلن عن { $count } شخص، من أصل { $promised } وُعد بحضورهم
    [one] مجموعتك، { $name }: أُعلن عن { $count } شخص، من أصل { $promised } وُعد بحضورهم
    [two] مجموعتك، { $name }: أُعلن عن { $count } شخص، من أصل { $promised } وُعد بحضورهم
    [few] مجموعتك، { $name }: أُعلن عن { $count } أشخاص، من أصل { $promised } وُعد بحضورهم
    [many] مجموعتك، { $name }: أُعلن عن { $count } شخصًا، من أصل { $promised } وُعد بحضورهم
   *[other] مجموعتك، { $name }: أُعلن عن { $count } شخص، من أصل { $promised } وُعد بحضورهم
}
join-group-waiting = مجموعتك، { $name }: لم يُعلن عددها بعد (وُعد بحضور { $promised })
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
screen-answer-on-phone = أجب بنعم أو لا على هاتفك
screen-page = الصفحة { $page } من { $pages }
stage-page-title = المؤقّت: { $title }
stage-next = التالي: { $title }
stage-paused = متوقّف مؤقتًا
stage-over = تجاوز الوقت
stage-paused-over = متوقّف مؤقتًا · تجاوز الوقت
stage-wrap-up = حان وقت الختام






## Chair: /chair






## Report and exports: /report, assembly export
