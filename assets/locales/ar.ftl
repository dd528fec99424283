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
