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
   *[message] الرسالة تحتوي
} على محرف تحكّم ({ $character }) في المحرف رقم { $at }؛ احذفه وأرسل نصًا عاديًا (فواصل الأسطر والجدولة مقبولة)
refusal-too_long = طول { $field ->
    [note] الملاحظة
   *[message] الرسالة
} { $length } محرفًا؛ اجعله { $max } على الأكثر
refusal-step_day_format = يجب كتابة يوم الخطوة (`at`) بالصيغة YYYY-MM-DD، مثل 2026-06-03، لا "{ $text }"؛ اترك اليوم فارغًا إن كان اليوم
refusal-step_not_a_day = يوم الخطوة (`at`)، { $text }، ليس يومًا في التقويم: تحقّق من الشهر (01 إلى 12) ومن يوم الشهر
refusal-step_too_early = يوم الخطوة (`at`)، { $text }، يسبق { $first }، وهو أقدم تاريخ يمكن أن تحمله خطوة: تحقّق من السنة
refusal-step_in_future = يوم الخطوة (`at`) هو { $day }، لكن اليوم هو { $today }: سجّل الخطوة بعد حدوثها، بتاريخ اليوم الذي حدثت فيه (اترك اليوم فارغًا إن كان اليوم)
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
refusal-conflict = أُجري تغيير آخر من رئيس الجلسة أولًا (رأيتَ التغيير { $expected }، وآخر تغيير هو { $latest })؛ انظر إلى الحالة الجديدة وحاول مرة أخرى إن كان ذلك لا يزال لازمًا
refusal-stale_plan = غيّر شخص آخر الخطة منذ فتحتها (بدأتَ من التغيير { $expected }، وآخر تغيير في الخطة هو { $latest })؛ أعد تحميل الخطة، وأجرِ تعديلك مرة أخرى واحفظ
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






## Projector and timer: /screen and /stage






## Chair: /chair






## Report and exports: /report, assembly export
