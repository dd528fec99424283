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
   *[message] پیغام
} میں حرف نمبر { $at } پر ایک کنٹرول حرف ({ $character }) ہے؛ اسے نکال دیں اور سادہ متن بھیجیں (نئی سطریں اور ٹیب ٹھیک ہیں)
refusal-too_long = { $field ->
    [note] نوٹ
   *[message] پیغام
} { $length } حروف لمبا ہے؛ اسے { $max } تک رکھیں
refusal-step_day_format = قدم کا دن (`at`) YYYY-MM-DD کی شکل میں لکھا جانا چاہیے، جیسے 2026-06-03، نہ کہ "{ $text }"؛ آج کے لیے دن خالی چھوڑ دیں
refusal-step_not_a_day = قدم کا دن (`at`)، { $text }، کیلنڈر کا کوئی دن نہیں: مہینہ (01 سے 12) اور مہینے کا دن چیک کریں
refusal-step_too_early = قدم کا دن (`at`)، { $text }، { $first } سے پہلے ہے، جو کسی قدم کی سب سے پہلی ممکنہ تاریخ ہے: سال چیک کریں
refusal-step_in_future = قدم کا دن (`at`) { $day } ہے، لیکن آج { $today } ہے: قدم ہو جانے کے بعد اسے درج کریں، اسی دن کی تاریخ کے ساتھ جس دن وہ ہوا (آج کے لیے دن خالی چھوڑ دیں)
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
refusal-conflict = صدر کی ایک اور تبدیلی پہلے ہو گئی (آپ نے تبدیلی { $expected } دیکھی تھی، تازہ ترین تبدیلی { $latest } ہے)؛ نئی صورتحال دیکھیں اور اگر اب بھی ضرورت ہو تو دوبارہ کوشش کریں
refusal-stale_plan = آپ کے کھولنے کے بعد کسی اور نے منصوبہ بدل دیا ہے (آپ نے تبدیلی { $expected } سے شروع کیا، منصوبے کی تازہ ترین تبدیلی { $latest } ہے)؛ منصوبہ دوبارہ لوڈ کریں، اپنی ترمیم پھر سے کریں اور محفوظ کریں
refusal-plan_locked = ریکارڈ اس چیز کا حوالہ دیتا ہے جسے یہ تبدیلی ہٹا دے گی یا بدل دے گی ({ $n ->
    [one] { $n } مسئلہ
   *[other] { $n } مسائل
}): { $reasons }؛ کچھ نہیں بدلا گیا
error-title = نہیں ہو سکا
error-back = اجلاس کے صفحے پر واپس جائیں






## Phone: /join and the pledge






## Projector and timer: /screen and /stage






## Chair: /chair






## Report and exports: /report, assembly export
