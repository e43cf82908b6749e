## اکاؤنٹ بنانا، سائن اِن اور سائن آؤٹ کرنا، بھولا ہوا پاس ورڈ ری سیٹ کرنا اور بدلنا، اور
## اکاؤنٹ کا صفحہ۔
##
## جس پیغام میں { $link } ہو وہ ایک جملہ ہے جس کے اندر لنک ہے: لنک کے الفاظ اس پیغام کے
## .link حصے میں ہیں۔ { $email } موٹے حروف میں دکھایا جاتا ہے۔

## کئی صفحات پر آنے والے خانے۔
accounts-email-label = ای میل ایڈریس
accounts-password-label = پاس ورڈ
accounts-new-password-label = نیا پاس ورڈ
accounts-sign-in-button = سائن اِن کریں
accounts-go-to-dashboard = اپنے گروپ اور درخواستیں دیکھیں
accounts-go-to-account = اپنا اکاؤنٹ دیکھیں

## اکاؤنٹ بنانے کا صفحہ۔
accounts-register-title = اکاؤنٹ بنائیں
accounts-register-intro = اپنے گروپ کے لیے فنڈنگ کی درخواست دینے، یا کسی گروپ کی درخواست میں مدد کرنے کے لیے آپ کو اکاؤنٹ کی ضرورت ہے۔
accounts-register-name-label = آپ کا پورا نام
accounts-register-email-hint = اکاؤنٹ بنانے کا کام مکمل کرنے کے لیے ہم آپ کو ای میل پر ایک لنک بھیجیں گے۔
accounts-register-password-label = پاس ورڈ بنائیں (اختیاری)
accounts-register-password-hint = کم از کم 10 حروف؛ تین یا چار بے ترتیب الفاظ ملا کر ایک مضبوط پاس ورڈ بنتا ہے۔ یا اسے خالی چھوڑ دیں اور ہر بار اس لنک سے سائن اِن کریں جو ہم آپ کو ای میل کریں گے۔
accounts-register-button = اکاؤنٹ بنائیں
accounts-register-have-account = کیا آپ کا اکاؤنٹ پہلے سے موجود ہے؟ { $link }۔
    .link = سائن اِن کریں
# نام کے خانے کا نام، جملے کے اندر ("آپ کا نام درج کریں")۔
accounts-what-your-name = آپ کا نام

## "اپنی ای میل دیکھیں"، ای میل پر لنک مانگنے کے بعد (ایڈریس کا اکاؤنٹ ہو یا نہ ہو، صفحہ ایک جیسا ہے)۔
accounts-check-email-title = اپنی ای میل دیکھیں
accounts-check-email-registration = ہم نے { $email } پر ایک ای میل بھیجی ہے۔ اس میں اکاؤنٹ بنانے کا کام مکمل کرنے کے لیے لنک ہے۔ اگر آپ کا اکاؤنٹ پہلے سے موجود ہے تو اس ای میل میں اس کی بجائے سائن اِن کرنے کا لنک ہو گا۔
accounts-check-email-sign-in = اگر { $email } کا اکاؤنٹ موجود ہے تو ہم نے اس پر سائن اِن کرنے کا لنک بھیج دیا ہے۔ یہ لنک 15 منٹ تک کام کرتا ہے۔
accounts-check-email-next = جہاں آپ تھے وہیں سے آگے بڑھنے کے لیے یہ لنک اسی فون یا کمپیوٹر پر کھولیں۔ اگر چند منٹ میں کچھ نہ آئے تو اپنا اسپام فولڈر دیکھیں، یا { $link }۔
    .link = نیا لنک منگوائیں

## ای میل والے سائن اِن لنک سے کھلنے والا صفحہ: سائن اِن مکمل کرنے کے لیے ایک بٹن۔
accounts-follow-link-title = سائن اِن کریں
accounts-follow-link-signing-in-as = آپ { $email } کے طور پر سائن اِن کر رہے ہیں۔
accounts-follow-link-button = جاری رکھیں

## سائن اِن کا صفحہ۔
accounts-login-title = سائن اِن کریں
accounts-login-code-label = آپ کی تصدیقی ایپ کا کوڈ (اگر آپ ایپ استعمال کرتے ہیں)
accounts-login-code-hint = ایپ پر اس وقت نظر آنے والے 6 ہندسے، یا آپ کے ریکوری کوڈز میں سے کوئی ایک۔
accounts-login-link-intro = پاس ورڈ نہیں ہے، یا یاد نہیں؟ ہم آپ کو ای میل پر ایسا لنک بھیج سکتے ہیں جس سے آپ سائن اِن ہو جائیں گے۔
accounts-login-link-button = مجھے سائن اِن کا لنک ای میل کریں
accounts-login-forgotten-link = مجھے اپنا پاس ورڈ یاد نہیں
accounts-login-no-account = ابھی تک اکاؤنٹ نہیں ہے؟ { $link }۔
    .link = اکاؤنٹ بنائیں

## سائن اِن میں مسائل۔ ای میل ایڈریس غلط ہو یا پاس ورڈ، الفاظ ایک جیسے ہیں، تاکہ کسی کو
## یہ پتہ نہ چلے کہ کوئی اکاؤنٹ موجود ہے یا نہیں۔
accounts-enter-email = اپنا ای میل ایڈریس درج کریں
accounts-enter-password = اپنا پاس ورڈ درج کریں
accounts-wrong-details = درست ای میل ایڈریس اور پاس ورڈ درج کریں
accounts-wrong-details-with-code = درست ای میل ایڈریس، پاس ورڈ اور کوڈ درج کریں
# After too many wrong passwords; $minutes is how long to wait.
accounts-too-many-sign-ins = سائن اِن کی بہت زیادہ کوششیں ہو چکی ہیں۔ { $minutes ->
        [one] { $minutes } منٹ
       *[other] { $minutes } منٹ
    } انتظار کریں اور دوبارہ کوشش کریں، یا اس لنک سے سائن اِن کریں جو ہم آپ کو ای میل کریں گے۔ اگر آپ تصدیقی ایپ استعمال کرتے ہیں تو ابھی اپنے پاس ورڈ اور ایپ کے کوڈ سے سائن اِن کر سکتے ہیں
# After too many emails to one address; $minutes is how long to wait.
accounts-too-many-emails = پچھلے ایک گھنٹے میں ہم اس ایڈریس پر کئی ای میلز بھیج چکے ہیں۔ { $minutes ->
        [one] { $minutes } منٹ
       *[other] { $minutes } منٹ
    } انتظار کریں اور دوبارہ کوشش کریں، اور اپنا اسپام فولڈر بھی دیکھ لیں

## ای میل ایڈریس میں مسائل۔
accounts-email-too-long = ای میل ایڈریس زیادہ سے زیادہ { $max } حروف کا ہو سکتا ہے
accounts-email-format = ای میل ایڈریس درست شکل میں درج کریں، جیسے name@example.com

## نئے پاس ورڈ میں مسائل۔
accounts-enter-new-password = پاس ورڈ درج کریں
accounts-password-too-short = پاس ورڈ کم از کم { $min } حروف کا ہونا چاہیے
accounts-password-too-long = پاس ورڈ زیادہ سے زیادہ { $max } حروف کا ہو سکتا ہے
accounts-password-too-common = یہ پاس ورڈ بہت عام ہے۔ تین یا چار بے ترتیب الفاظ ملا کر آزمائیں
accounts-password-is-email = آپ کا پاس ورڈ آپ کا ای میل ایڈریس نہیں ہو سکتا
accounts-password-is-name = آپ کا پاس ورڈ آپ کا نام نہیں ہو سکتا

## اگلے صفحے کے اوپر آنے والے پیغامات۔
# After following an emailed link that created the account.
accounts-welcome = خوش آمدید، { $name }۔ آپ کا اکاؤنٹ تیار ہے اور آپ کے ای میل ایڈریس کی تصدیق ہو گئی ہے۔
# After following an emailed link to sign in.
accounts-signed-in-as = آپ { $email } کے طور پر سائن اِن ہیں۔
accounts-signed-out = آپ سائن آؤٹ ہو گئے ہیں۔
accounts-password-changed = آپ کا پاس ورڈ بدل دیا گیا ہے۔ باقی ہر جگہ سے آپ کو سائن آؤٹ کر دیا گیا ہے۔
accounts-new-link-sent = ہم نے { $email } پر نیا لنک بھیج دیا ہے۔
accounts-signed-out-everywhere = آپ کو ہر ڈیوائس اور ہر براؤزر سے سائن آؤٹ کر دیا گیا ہے۔

## پاس ورڈ بھول جانے کا صفحہ۔
accounts-forgot-title = اپنا پاس ورڈ ری سیٹ کریں
accounts-forgot-intro = وہ ای میل ایڈریس درج کریں جو آپ اپنے اکاؤنٹ کے لیے استعمال کرتے ہیں۔ ہم آپ کو نیا پاس ورڈ چننے کے لیے ایک لنک بھیجیں گے۔
accounts-forgot-button = مجھے لنک بھیجیں
accounts-reset-sent = اگر { $email } کا اکاؤنٹ موجود ہے تو ہم نے اس پر پاس ورڈ ری سیٹ کرنے کا لنک بھیج دیا ہے۔
accounts-reset-sent-next = یہ لنک 1 گھنٹے تک کام کرتا ہے۔ اگر چند منٹ میں کچھ نہ آئے تو اپنا اسپام فولڈر دیکھیں، یا { $link }۔
    .link = نیا لنک منگوائیں

## نیا پاس ورڈ چننے کا صفحہ (ری سیٹ لنک سے)۔
accounts-reset-title = نیا پاس ورڈ چنیں
accounts-reset-password-hint = کم از کم 10 حروف۔
accounts-reset-button = نیا پاس ورڈ محفوظ کریں

## ای میل کا لنک جو استعمال نہیں ہو سکتا۔
accounts-link-used = یہ لنک پہلے ہی استعمال ہو چکا ہے
accounts-link-expired = اس لنک کی مدت ختم ہو چکی ہے
accounts-link-invalid = یہ لنک درست نہیں ہے
accounts-dead-link-title = یہ لنک استعمال نہیں ہو سکتا
accounts-dead-link-not-valid = یہ لنک درست نہیں ہے۔ دیکھ لیں کہ آپ نے ای میل سے پورا لنک کاپی کیا ہے۔
accounts-dead-sign-in-link-used = یہ لنک پہلے ہی استعمال ہو چکا ہے۔ ہر لنک صرف ایک بار کام کرتا ہے۔
accounts-dead-sign-in-link-expired = اس لنک کی مدت ختم ہو چکی ہے۔ سائن اِن کے لنک 15 منٹ تک کام کرتے ہیں، اور اکاؤنٹ بنانے کا کام مکمل کرنے کے لنک 24 گھنٹے تک۔
accounts-dead-sign-in-link-new = سائن اِن کے صفحے سے نیا لنک منگوائیں
accounts-dead-reset-link-used = یہ لنک پاس ورڈ ری سیٹ کرنے کے لیے پہلے ہی استعمال ہو چکا ہے۔ ہر لنک صرف ایک بار کام کرتا ہے۔
accounts-dead-reset-link-expired = اس لنک کی مدت ختم ہو چکی ہے۔ پاس ورڈ ری سیٹ کرنے کے لنک 1 گھنٹے تک کام کرتے ہیں۔
accounts-dead-reset-link-new = نیا لنک منگوائیں
# A link to confirm an email address that was already used.
accounts-verify-link-used = آپ کے ای میل ایڈریس کی پہلے ہی تصدیق ہو چکی ہے۔
accounts-verify-link-expired = سائن اِن کریں اور اپنے اکاؤنٹ کے صفحے سے نیا لنک منگوائیں۔
accounts-verify-link-invalid = دیکھ لیں کہ آپ نے ای میل سے پورا لنک کاپی کیا ہے۔

## ای میل ایڈریس کی تصدیق کا صفحہ۔
accounts-verified-title = ای میل ایڈریس کی تصدیق ہو گئی
accounts-verified = شکریہ۔ اب آپ اپنے گروپوں کی درخواستیں بھیج سکتے ہیں۔

## ای میل ایڈریس کی تصدیق کی یاد دہانی۔
accounts-verify-reminder-title = اپنے ای میل ایڈریس کی تصدیق کریں۔
accounts-verify-reminder = اکاؤنٹ بناتے وقت ہم نے آپ کو ایک لنک بھیجا تھا۔ آپ ابھی سے درخواستیں شروع کر سکتے ہیں؛ لیکن درخواست بھیجنے سے پہلے آپ کو اپنے ایڈریس کی تصدیق کرنی ہو گی۔
accounts-verify-reminder-button = لنک دوبارہ بھیجیں

## آپ کے اکاؤنٹ کا صفحہ۔
accounts-account-title = آپ کا اکاؤنٹ
accounts-account-name = نام
accounts-account-confirmed = تصدیق ہو چکی ہے
accounts-account-not-confirmed = ابھی تصدیق نہیں ہوئی
accounts-account-created = اکاؤنٹ کب بنا
accounts-account-change-password = اپنا پاس ورڈ بدلیں
accounts-account-no-password = کوئی نہیں: آپ ای میل پر آنے والے لنکس سے سائن اِن کرتے ہیں۔
accounts-account-choose-password = پاس ورڈ چنیں
accounts-roles-heading = آپ کے کردار
accounts-role-site-admin = سائٹ ایڈمن
# A role in one programme: $role is one of the role names below, $programme the programme's name.
accounts-role-in-programme = { $role }، { $programme }
# The same for a panel member who sits on the panel for their lived experience.
accounts-role-in-programme-lived-experience = { $role }، { $programme } (ذاتی تجربے کی بنیاد پر)
accounts-no-roles = آپ اپنے گروپوں کے لیے درخواست دیتے ہیں۔ پروگرام ٹیمیں آپ کو دوسرے کردار بھی دے سکتی ہیں، جیسے پینل ممبر۔
accounts-payments-for-time = آپ کے وقت کے لیے آپ کو کتنی ادائیگی ہوئی، اور آپ ادائیگی کیسے لینا چاہتے ہیں
accounts-sessions-heading = آپ کہاں کہاں سائن اِن ہیں
# $count is how many devices or browsers the person is signed in on.
accounts-sessions = آپ { $count ->
        [one] { $count } ڈیوائس یا براؤزر
       *[other] { $count } ڈیوائسز یا براؤزرز
    } پر سائن اِن ہیں۔ اگر آپ کی کوئی ڈیوائس گم ہو گئی ہے، یا آپ کو لگتا ہے کہ کسی اور نے آپ کا اکاؤنٹ استعمال کیا ہے، تو ہر جگہ سے سائن آؤٹ کریں اور اپنا پاس ورڈ بدل لیں۔
accounts-sign-out-everywhere-button = ہر جگہ سے سائن آؤٹ کریں
accounts-data-heading = آپ کا ڈیٹا
accounts-data-intro = اس پورٹل میں آپ کے بارے میں جو کچھ محفوظ ہے، وہ سب ایک JSON فائل کی صورت میں ڈاؤن لوڈ کریں۔
accounts-data-link = میرا ڈیٹا ڈاؤن لوڈ کریں
# Reminders before a round closes, about a group's bid that is started but not sent.
accounts-reminders-heading = راؤنڈ بند ہونے سے پہلے یاد دہانیاں
accounts-reminders-intro = جب آپ کے کسی گروپ نے درخواست شروع کی ہو لیکن بھیجی نہ ہو، تو ہم راؤنڈ بند ہونے سے 7 دن اور 1 دن پہلے آپ کو ای میل کرتے ہیں۔
accounts-reminders-always = جب کوئی راؤنڈ بند ہوتا ہے تو جو درخواست نہیں بھیجی گئی، اس میں آپ کے گروپ نے جو کچھ لکھا تھا وہ ہم ہمیشہ آپ کے گروپ کو ای میل کر دیتے ہیں، تاکہ کچھ ضائع نہ ہو۔ یاد دہانیاں بند ہوں تب بھی ایسا ہوتا ہے۔
accounts-reminders-on = یاد دہانیاں چالو ہیں۔
accounts-reminders-off = یاد دہانیاں بند ہیں۔
accounts-reminders-turn-off = یاد دہانیاں بند کریں
accounts-reminders-turn-on = یاد دہانیاں چالو کریں
# At the top of the account page after the change.
accounts-reminders-turned-off = یاد دہانیاں بند ہو گئی ہیں۔ راؤنڈ بند ہونے سے پہلے ہم آپ کو ای میل نہیں کریں گے۔
accounts-reminders-turned-on = یاد دہانیاں چالو ہو گئی ہیں۔ اگر آپ کے گروپ کی درخواست نہ بھیجی گئی ہو تو ہم راؤنڈ بند ہونے سے 7 دن اور 1 دن پہلے آپ کو ای میل کریں گے۔
# The form came back with neither choice.
accounts-reminders-choose = منتخب کریں کہ یاد دہانیاں چالو ہوں یا بند۔

## پاس ورڈ بدلنے یا چننے کا صفحہ۔
accounts-change-password-title = اپنا پاس ورڈ بدلیں
accounts-choose-password-title = پاس ورڈ چنیں
accounts-choose-password-intro = آپ ان لنکس سے سائن اِن کرتے ہیں جو ہم آپ کو ای میل کرتے ہیں۔ پاس ورڈ ہو تو آپ ای میل کا انتظار کیے بغیر سائن اِن کر سکتے ہیں؛ لنکس بھی آپ پہلے کی طرح استعمال کر سکیں گے۔
accounts-current-password-label = موجودہ پاس ورڈ
accounts-change-password-hint = کم از کم 10 حروف۔ آپ یہاں سائن اِن رہیں گے اور باقی ہر جگہ سے سائن آؤٹ ہو جائیں گے۔
accounts-change-password-button = پاس ورڈ بدلیں
accounts-choose-password-button = پاس ورڈ محفوظ کریں
accounts-enter-current-password = اپنا موجودہ پاس ورڈ درج کریں
accounts-current-password-wrong = آپ کا موجودہ پاس ورڈ درست نہیں ہے

## پروگرام میں کسی شخص کے کردار۔
accounts-role-lead = پروگرام لیڈ
accounts-role-panel = پینل ممبر
accounts-role-connector = کمیونٹی کنیکٹر

## اکاؤنٹس میں وہ تبدیلیاں جو نہیں ہو سکتیں۔
accounts-already-has-role = اس پروگرام میں یہ کردار ان کے پاس پہلے سے ہے
accounts-role-not-found = یہ کردار نہیں ملا
accounts-cannot-remove-own-admin = آپ اپنا سائٹ ایڈمن کا کردار خود نہیں ہٹا سکتے
accounts-cannot-disable-self = آپ اپنا اکاؤنٹ خود بند نہیں کر سکتے
accounts-no-such-person = یہ شخص موجود نہیں ہے
accounts-two-factor-already-on = آپ کے اکاؤنٹ پر دو مرحلوں والا سائن اِن پہلے سے چالو ہے
accounts-two-factor-not-on = آپ کے اکاؤنٹ پر دو مرحلوں والا سائن اِن چالو نہیں ہے
accounts-two-factor-must-keep = پروگرام لیڈز اور سائٹ ایڈمنز کے لیے دو مرحلوں والا سائن اِن چالو رکھنا ضروری ہے۔ اگر آپ کا فون گم ہو جائے تو سائٹ ایڈمن اسے ری سیٹ کر سکتا ہے۔
accounts-two-factor-cannot-reset-own = آپ اپنا دو مرحلوں والا سائن اِن خود ری سیٹ نہیں کر سکتے۔ ریکوری کوڈ استعمال کریں، یا کسی دوسرے سائٹ ایڈمن سے کہیں۔
accounts-two-factor-not-set-up = انہوں نے ابھی دو مرحلوں والا سائن اِن شروع نہیں کیا

## سائن اِن کے صفحے پر "یہاں نئے ہیں؟"
accounts-login-new-heading = یہاں نئے ہیں؟
accounts-login-new-intro = اپنا نام اور ای میل پتہ بتائیں۔ ہم آپ کو ایک لنک ای میل کریں گے جو آپ کا اکاؤنٹ بنائے گا اور آپ کو آپ کی درخواست تک لے جائے گا۔ پاس ورڈ کی ضرورت نہیں۔
accounts-login-new-email = ای میل
