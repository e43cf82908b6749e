## گرانٹ ملنے کے بعد، جیسے گروپ اسے اپنی درخواست کے صفحے پر دیکھتا ہے: پیشکش، اسے قبول کرنا یا
## اس سے انکار کرنا، اب تک کتنی ادائیگی ہوئی، اور گرانٹ کے اختتام کی مختصر رپورٹ۔

## کئی جگہ استعمال ہونے والے الفاظ۔
grants-yes = جی ہاں
grants-no = جی نہیں
# A detail the award does not have (no conditions).
grants-none = کوئی نہیں

## پیشکش (درخواست منظور ہونے کے بعد اس کے صفحے پر)۔
# $amount is the amount offered.
grants-offered = آپ کو { $amount } کی پیشکش کی گئی ہے
grants-award = گرانٹ
# $award is the amount awarded (in bold), $asked the amount the group asked for.
grants-award-and-asked = { $award } (آپ نے { $asked } مانگے تھے)
grants-conditions = شرائط
grants-payment-plan = ادائیگی کیسے ہو گی
grants-report-due = مختصر رپورٹ کی آخری تاریخ
grants-no-report-needed = رپورٹ کی ضرورت نہیں
grants-accept-heading = پیشکش قبول کریں
grants-accepted-name = آپ کا پورا نام
    .hint = آپ اپنے گروپ کی طرف سے قبول کر رہے ہیں، اس لیے آپ کو ایسا شخص ہونا چاہیے جو گروپ کی طرف سے ہاں کہہ سکے۔
grants-agree = ہمارا گروپ شرائط سے متفق ہے اور یہ رقم اسی طرح استعمال کرے گا جیسے ہماری درخواست میں لکھا ہے
grants-public = کیا ہم گرانٹس کی عوامی فہرست میں آپ کے گروپ کا نام لکھ سکتے ہیں؟
    .hint = فنڈ دینے والے بتاتے ہیں کہ انہوں نے کسے فنڈنگ دی۔ اگر آپ منع کریں تو گرانٹ کل تعداد میں تو گنی جائے گی، لیکن آپ کے گروپ کا نام نہیں لکھا جائے گا۔
grants-public-yes = جی ہاں، ہمارے گروپ کا نام اور گرانٹ فہرست میں لکھیں
grants-public-no = جی نہیں، ہمارے گروپ کا نام ظاہر نہ کریں
grants-share-equality = برابری کے سوالوں کے ہمارے جوابات بھی گرانٹ کے ساتھ شائع کریں (ضروری نہیں)
    .hint = صرف اس صورت میں جب آپ کے گروپ کا نام لکھا جائے۔ اوپن ڈیٹا میں وہ گروہ دکھائے جائیں گے جن کے بارے میں آپ نے بتایا کہ وہ آپ کا گروپ چلاتے ہیں اور جن کی آپ خدمت کرتے ہیں، 360Giving معیار کے کوڈز کی صورت میں؛ آپ کے اپنے لکھے نوٹس کبھی شائع نہیں ہوتے۔
# The button.
grants-accept = پیشکش قبول کریں
# Opens the form to turn the offer down.
grants-decline-heading = پیشکش سے انکار کریں
grants-decline-reason = ہمیں وجہ بتائیں (ضروری نہیں)
# The button.
grants-decline = پیشکش سے انکار کریں
# Above the form to accept. $date is the date the group is asked to answer by (in bold).
grants-accept-by = براہ کرم { $date } تک پیشکش قبول کریں یا اس سے انکار کر دیں۔

## پیشکش قبول کرنے یا اس سے انکار کرنے میں مسائل۔
what-grant-accepted-name = اپنا پورا نام
what-grant-decline-reason = وجہ
grants-error-agree = تصدیق کریں کہ گروپ گرانٹ کی شرائط سے متفق ہے
grants-error-public = منتخب کریں کہ آیا گرانٹس کی عوامی فہرست میں آپ کے گروپ کا نام لکھا جا سکتا ہے
grants-flash-accepted = آپ نے پیشکش قبول کر لی ہے۔ پروگرام ٹیم کو بتا دیا گیا ہے اور وہ ادائیگی کا انتظام کرے گی۔
grants-flash-declined = آپ نے پیشکش سے انکار کر دیا ہے۔ ہمیں بتانے کا شکریہ۔

## جاری گرانٹ: اب تک کتنی ادائیگی ہوئی اور رپورٹ (گروپ کے لیے عنوان "آپ کی گرانٹ" ہے،
## پروگرام ٹیم کے لیے "اب تک کی گرانٹ")۔
grants-your-grant = آپ کی گرانٹ
grants-grant-so-far = اب تک کی گرانٹ
grants-accepted = قبول کی گئی
# $date is the day the offer was accepted, $name the person who accepted it.
grants-accepted-on-by = { $date } کو، { $name } نے
grants-not-yet = ابھی نہیں
grants-named-publicly = نام عوامی طور پر لکھا گیا
grants-paid-so-far = اب تک ادا کی گئی رقم
# $paid is the amount paid so far (in bold), $award the amount awarded.
grants-paid-of = { $award } میں سے { $paid }
grants-payments = ادائیگیاں
grants-payment-date = تاریخ
grants-payment-amount = رقم
grants-payment-reference = حوالہ
grants-report-heading = گرانٹ کے اختتام کی رپورٹ
grants-report-to-come = آپ کا پروجیکٹ ختم ہونے پر چند اعداد اور ایک مختصر کہانی۔
# $date is the day the report is due (in bold).
grants-report-to-come-by = آپ کا پروجیکٹ ختم ہونے پر چند اعداد اور ایک مختصر کہانی، { $date } تک۔
grants-change-report = اپنی رپورٹ بدلیں
grants-send-report = اپنی مختصر رپورٹ بھیجیں

## بھیجی گئی رپورٹ۔
grants-report-story = کہانی
# The name of the report's video, for screen readers.
grants-report-video-title = گرانٹ کے اختتام کی ویڈیو
grants-report-download-recording = ریکارڈنگ ڈاؤن لوڈ کریں
grants-report-spent = منصوبے کے مطابق خرچ ہوا

## رپورٹ کا فارم (/bids/{id}/report)۔
grants-report-title = گرانٹ کے اختتام کی آپ کی مختصر رپورٹ
grants-report-intro = چند اعداد اور ایک مختصر کہانی۔ اس میں تقریباً دس منٹ لگیں گے۔ یہ اہم نہیں کہ یہ کتنا اچھا لکھا گیا ہے۔
grants-report-how-did-it-go = سب کیسا رہا؟
    .hint = چند جملے: کیا ہوا، اور اس سے کیا فرق پڑا۔ یا اس کی بجائے ویڈیو کا لنک یا ریکارڈنگ بھیجیں۔
grants-report-video = ویڈیو کا لنک (ضروری نہیں)
grants-report-recording = یا ریکارڈنگ (ضروری نہیں)
# $mb is the largest file size in megabytes.
grants-report-recording-hint = ویڈیو یا آواز کی ریکارڈنگ، زیادہ سے زیادہ { $mb } MB۔
grants-report-spent-as-planned = کیا آپ نے رقم منصوبے کے مطابق خرچ کی؟
grants-report-explanation = کچھ وضاحت کرنا چاہیں گے؟ (ضروری نہیں)
    .hint = مثلاً، کیا بدلا اور کیوں۔
grants-report-send = رپورٹ بھیجیں
grants-flash-report-sent = شکریہ۔ آپ کی رپورٹ پروگرام ٹیم کو بھیج دی گئی ہے۔

# The programme's own questions (its measures) are in its community's words; these help answer them.
grants-report-number-hint = پورا عدد، جیسے 12۔ اگر کوئی نہیں تو 0 لکھیں۔
# $most is the most letters a short answer may have.
grants-report-words-hint = چند الفاظ، زیادہ سے زیادہ { $most } حروف۔
grants-report-not-answered = جواب نہیں دیا گیا
# $question is the programme's question, in its own words.
measures-error-number-empty = „{ $question }“ کے لیے عدد لکھیں (اگر کوئی نہیں تو 0)
measures-error-number = „{ $question }“ کا جواب پورے عدد میں لکھیں، جیسے 12
measures-error-number-negative = „{ $question }“ کا جواب 0 سے کم نہیں ہو سکتا
measures-error-number-too-large = „{ $question }“ کا جواب 1,000,000 یا اس سے کم ہونا چاہیے
measures-error-yes-no = „{ $question }“ کے لیے ہاں یا نہیں چنیں
what-measure-answer = آپ کا جواب
grants-error-measures-changed = آپ کے لکھنے کے دوران پروگرام ٹیم نے رپورٹ کے سوالات بدل دیے۔ نئے سوالات دیکھنے کے لیے رپورٹ دوبارہ کھولیں۔

## رپورٹ میں مسائل۔
what-grant-story = اپنی کہانی
what-grant-explanation = وضاحت
grants-error-story = ہمیں مختصراً بتائیں کہ سب کیسا رہا: چند الفاظ، ویڈیو کا لنک یا ریکارڈنگ
grants-error-spent-as-planned = بتائیں کہ کیا آپ نے رقم منصوبے کے مطابق خرچ کی
grants-error-recording-again = اپنی ریکارڈنگ دوبارہ منتخب کریں (فارم میں مسئلہ ہو تو فائلیں رکھی نہیں جا سکتیں)
grants-error-field-too-long = فارم کا ایک خانہ بہت لمبا تھا۔
# $state is the bid's state as a sentence says it (bids-state-describe-…).
grants-no-report-to-send = یہ درخواست { $state } ہے، اس لیے گرانٹ کے اختتام کی کوئی رپورٹ نہیں بھیجنی۔
# $state is the grant's state as a sentence says it (bids-state-describe-…, feminine).
grants-error-report-state = یہ گرانٹ { $state } ہے، اس لیے ابھی رپورٹ کی ضرورت نہیں

## گرانٹ کی ادا نہ کی گئی رقم واپس جانے پر رقم کے کھاتے میں لکھی جانے والی وجوہات (کام کرنے والے
## شخص کی زبان میں)۔
grants-ledger-turned-down = گروپ نے پیشکش سے انکار کیا
grants-ledger-cancelled = گرانٹ منسوخ کی گئی
grants-ledger-underspend = مکمل ہونے پر بچ جانے والی رقم
# In the bid's history, when a recording is deleted after the bid is over (written in the
# source language: no one acts).
grants-recording-forgotten = فیصلے کے بعد ریکارڈنگ رکھنے کی مدت ختم ہو گئی

## جاری گرانٹ کی قسطیں: کب ادا ہوں گی۔
grants-instalments = ہم آپ کی گرانٹ کب ادا کریں گے
grants-instalment-due = تاریخ
grants-instalment-amount = رقم
grants-instalment-state = ادا ہو گئی؟
grants-instalment-paid = ادا ہو گئی
grants-instalment-part = اب تک { $paid } ادا ہوئے
grants-instalment-to-pay = ابھی نہیں
host-paid-through = کے ذریعے ادائیگی
