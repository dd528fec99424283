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
