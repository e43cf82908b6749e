## کمیونٹی ڈائریکٹری: گروپ کیا کیا چلاتے ہیں، ہر کسی کے دیکھنے کے لیے (/directory)، اور وہ فارم
## جس سے گروپ اپنی سرگرمی شامل کرتا ہے۔ ڈائریکٹری ٹیم کے الفاظ staff/directory.ftl میں ہیں۔

directory-title = کمیونٹی ڈائریکٹری
directory-intro = اپنے قریب ایسے گروپ اور سرگرمیاں تلاش کریں جو لوگوں کو تنہائی کم محسوس کرنے اور اپنا خیال رکھنے میں مدد دیتی ہیں: پیئر سپورٹ (ملتے جلتے تجربے والے لوگوں کا ایک دوسرے کو سہارا)، مل کر سیر کرنے والے گروپ، صبح کی چائے کافی کی محفلیں، دیکھ بھال کرنے والوں (کیئررز) کی بیٹھکیں اور بہت کچھ۔ یہ فہرست ہر کوئی استعمال کر سکتا ہے۔

## تلاش۔
directory-search-label = تلاش کریں
    .hint = مثلاً: ذہنی صحت، پیئر سپورٹ، سیر، اردو
directory-category-label = سرگرمی کی قسم
directory-any-category = کوئی بھی قسم
directory-day-label = دن
directory-any-day = کوئی بھی دن
directory-area-label = پوسٹ کوڈ کا علاقہ
    .hint = پوسٹ کوڈ کا پہلا حصہ، مثلاً B19
directory-language-label = بولی جانے والی زبان
    .hint = مثلاً: اردو یا Urdu
directory-free-label = صرف مفت
directory-online-label = صرف آن لائن
directory-search-button = تلاش کریں
directory-results = { $count ->
    [one] 1 سرگرمی ملی
   *[other] { $count } سرگرمیاں ملیں
}
directory-no-results = آپ کی تلاش سے کوئی سرگرمی نہیں ملی
directory-no-results-hint = کم الفاظ لکھ کر دیکھیں، یا کوئی فلٹر ہٹا دیں۔
directory-pages = نتائج کے صفحات
directory-ignored-category = ہمیں سرگرمی کی قسم "{ $value }" معلوم نہیں، اس لیے ہم نے سب قسموں میں تلاش کیا۔
directory-ignored-area = "{ $value }" پوسٹ کوڈ کا پہلا حصہ نہیں ہے (جیسے B19)، اس لیے ہم نے ہر علاقے میں تلاش کیا۔
directory-ignored-day = ہمیں دن "{ $value }" معلوم نہیں، اس لیے ہم نے ہر دن میں تلاش کیا۔
directory-add-heading = کیا آپ کا گروپ کوئی سرگرمی چلاتا ہے؟
directory-add-text = اسے ڈائریکٹری میں مفت شامل کریں۔ دکھائے جانے سے پہلے ڈائریکٹری ٹیم کا کوئی رکن اسے چیک کرتا ہے۔
directory-add-link = اپنے گروپوں پر جائیں
directory-add-sign-in = اسے شامل کرنے کے لیے سائن اِن کریں یا اکاؤنٹ بنائیں

## ہفتے کے دن۔
directory-day-1 = پیر
directory-day-2 = منگل
directory-day-3 = بدھ
directory-day-4 = جمعرات
directory-day-5 = جمعہ
directory-day-6 = ہفتہ
directory-day-7 = اتوار

## ایک اندراج۔
directory-back = ڈائریکٹری پر واپس جائیں
# "کو" after the day keeps "ہر ہفتہ کو" (every Saturday) apart from "ہر ہفتے" (every week).
directory-when-weekly = ہر { $day } کو، { $start } سے { $end } تک
directory-when-weekly-from = ہر { $day } کو، { $start } بجے سے
directory-when-monthly = مہینے میں ایک بار: { $note }
directory-online = آن لائن
directory-by-phone = فون پر
directory-free = مفت
directory-funded-by = فنڈنگ: { $programmes }
directory-fact-when = کب
directory-fact-where = کہاں
directory-fact-ages = عمر
directory-fact-communities = کن لوگوں کے لیے
directory-fact-languages = بولی جانے والی زبانیں
directory-fact-cost = خرچ
directory-fact-join = کیسے شامل ہوں
directory-fact-access = رسائی
directory-fact-contact = رابطہ
directory-fact-categories = سرگرمی کی قسم
directory-join-drop-in = بس آ جائیں
directory-join-book = پہلے اپنی جگہ بُک کروائیں
directory-join-referral = ریفرل کے ذریعے (مثلاً جی پی یا سوشل پریسکرائبر کی طرف سے)
directory-status-pending = یہ اندراج ڈائریکٹری ٹیم کی جانچ کا انتظار کر رہا ہے۔ تب تک اسے صرف آپ کا گروپ اور ڈائریکٹری ٹیم دیکھ سکتے ہیں۔
directory-status-hidden = ڈائریکٹری ٹیم نے یہ اندراج ڈائریکٹری سے ہٹا دیا ہے۔ اسے صرف آپ کا گروپ اور ڈائریکٹری ٹیم دیکھ سکتے ہیں۔ اگر آپ کے خیال میں یہ غلط ہے تو ڈائریکٹری ٹیم کو لکھیں۔
directory-status-out-of-date = گروپ نے 6 مہینے سے زیادہ عرصے سے یہ اندراج چیک نہیں کیا۔ جانے سے پہلے گروپ سے رابطہ کر لیں۔
directory-status-lapsed = گروپ نے ایک سال سے زیادہ عرصے سے یہ اندراج چیک نہیں کیا، اس لیے یہ ڈائریکٹری میں نہیں دکھایا جاتا۔ بتا دیں کہ یہ اب بھی درست ہے، تو یہ دوبارہ دکھایا جائے گا۔
directory-keep-current = اس اندراج کو درست رکھیں
directory-change = یہ اندراج بدلیں
directory-confirm = یہ اب بھی درست ہے
directory-added = شکریہ۔ آپ کا اندراج محفوظ ہو گیا ہے۔ ڈائریکٹری ٹیم اسے چیک کرے گی، عام طور پر ایک ہفتے کے اندر۔
directory-changed = آپ کی تبدیلیاں محفوظ ہو گئی ہیں۔
directory-confirmed = چیک کرنے کا شکریہ۔ اب یہ اندراج تازہ ترین دکھایا جائے گا۔

## رسائی۔
directory-access-step_free = سیڑھیوں کے بغیر رسائی
directory-access-accessible_toilet = معذور افراد کے لیے موزوں ٹوائلٹ
directory-access-hearing_loop = ہیئرنگ لوپ (سننے کی مشین استعمال کرنے والوں کے لیے)
directory-access-bsl = برطانوی اشاروں کی زبان (BSL)
directory-access-large_print = بڑے حروف میں چھپی تحریر
directory-access-quiet_space = ایک پُرسکون جگہ

## کتنی بار۔
directory-schedule-weekly = ہر ہفتے
directory-schedule-monthly = مہینے میں ایک بار
directory-schedule-dates = طے شدہ تاریخوں پر

## شروع میں بنائی گئی قسمیں (سائٹ ایڈمن مزید قسمیں شامل کر سکتا ہے، جو ویسے ہی دکھائی جاتی ہیں جیسے اس نے لکھیں)۔
directory-category-peer-support = پیئر سپورٹ
directory-category-social-isolation = تنہائی اور میل جول کی کمی
directory-category-faith-based-support = مذہبی بنیاد پر مدد
directory-category-physical-activity = جسمانی سرگرمی
directory-category-arts-and-creativity = فنون اور تخلیقی کام
directory-category-food = کھانا
directory-category-carers = دیکھ بھال کرنے والے (کیئررز)
directory-category-young-people = نوجوان
directory-category-older-people = بزرگ
directory-category-bereavement = کسی پیارے کی وفات کا غم
directory-category-money-and-housing-advice = پیسے اور رہائش کے بارے میں مشورہ
directory-category-mental-health = ذہنی صحت اور تندرستی
directory-category-language-and-culture = زبان اور ثقافت
directory-category-nature-and-gardening = فطرت اور باغبانی

## گروپ کے صفحے پر اس کے اندراج۔
directory-group-heading = کمیونٹی ڈائریکٹری میں
directory-group-intro = لوگوں کو بتائیں کہ آپ کا گروپ کیا کیا چلاتا ہے، تاکہ وہ اسے ڈھونڈ سکیں۔ یہ مفت ہے۔
directory-group-add = ڈائریکٹری میں کوئی سرگرمی شامل کریں
directory-tag-pending = چیک ہونے کا انتظار
directory-tag-public = ڈائریکٹری میں
directory-tag-hidden = چھپا ہوا

## اندراج کا فارم۔
directory-form-new-title = ڈائریکٹری میں کوئی سرگرمی شامل کریں
directory-form-intro = لوگوں کو بتائیں کہ کیا ہوتا ہے، کب اور کہاں، اور اس میں کیسے شامل ہوں۔ دکھائے جانے سے پہلے ڈائریکٹری ٹیم کا کوئی رکن اسے چیک کرتا ہے۔
directory-form-what = یہ کیا ہے
directory-form-name = سرگرمی کا نام
    .hint = مثلاً: منگل کی چائے اور گپ شپ
directory-form-description = وہاں کیا ہوتا ہے
    .hint = چند جملے، آسان الفاظ میں، جیسے آپ کسی دوست کو بتائیں گے۔
directory-form-categories = یہ کس قسم کی سرگرمی ہے؟
directory-form-categories-hint = زیادہ سے زیادہ 4 منتخب کریں۔
directory-form-when = کب
directory-form-schedule = یہ کتنی بار ہوتی ہے؟
directory-form-weekday = دن
    .hint = ہر ہفتے ہونے والی سرگرمی کے لیے۔
directory-form-choose-day = دن منتخب کریں
directory-form-starts = شروع ہونے کا وقت
    .hint = مثلاً: 10:30
directory-form-ends = ختم ہونے کا وقت (ضروری نہیں)
directory-form-schedule-note = کب ہوتی ہے، اپنے الفاظ میں
    .hint = مثلاً: ہر مہینے کا پہلا اتوار، یا 3، 10 اور 17 مارچ۔
directory-form-where = کہاں
directory-form-venue = جگہ کا نام
    .hint = مثلاً: St Mark's church hall
directory-form-address = پتہ (ضروری نہیں)
directory-form-postcode = پوسٹ کوڈ
directory-form-online = یہ آن لائن ہوتی ہے
directory-form-by-phone = یہ فون پر ہوتی ہے
directory-form-who = کن لوگوں کے لیے
directory-form-ages = عمر (ضروری نہیں)
    .hint = مثلاً: 18 سال اور اس سے زیادہ، یا سب کے لیے
directory-form-communities = یہ کن لوگوں کے لیے ہے؟ (ضروری نہیں)
    .hint = مثلاً: خواتین، دیکھ بھال کرنے والے، اردو بولنے والے، سب کو خوش آمدید
directory-form-languages = بولی جانے والی زبانیں (ضروری نہیں)
    .hint = مثلاً: انگریزی، اردو، پنجابی
directory-form-joining = شرکت
directory-form-cost = کیا اس کے پیسے لگتے ہیں؟
directory-form-paid = پیسے لگتے ہیں
directory-form-cost-note = کتنے پیسے لگتے ہیں
    .hint = صرف اگر پیسے لگتے ہوں۔ مثلاً: £2 فی سیشن، چائے کے ساتھ
directory-form-join = لوگ اس میں کیسے شامل ہوتے ہیں؟
directory-form-access = رسائی (جو جو بات لاگو ہو، سب پر نشان لگائیں)
directory-form-contact = لوگ آپ سے کیسے رابطہ کر سکتے ہیں
directory-form-contact-intro = یہ تفصیلات ہر کسی کو دکھائی جاتی ہیں۔ رابطے کا کم از کم ایک طریقہ دیں۔ ایسا ایڈریس یا نمبر دیں جو آپ کا گروپ سب کو بتانے پر راضی ہو، اپنا ذاتی نہیں، سوائے اس کے کہ آپ خود یہی چاہیں۔
directory-form-contact-name = رابطے کے لیے نام (ضروری نہیں)
directory-form-contact-email = ای میل ایڈریس
directory-form-contact-phone = فون نمبر
directory-form-website = ویب سائٹ (ضروری نہیں)
directory-form-save = محفوظ کریں
directory-error-category = منتخب کریں کہ یہ کس قسم کی سرگرمی ہے
directory-error-categories = زیادہ سے زیادہ { $max } قسمیں منتخب کریں
directory-error-schedule = منتخب کریں کہ یہ کتنی بار ہوتی ہے
directory-error-weekday = وہ دن منتخب کریں جس دن یہ ہوتی ہے
directory-error-start = شروع ہونے کا وقت درج کریں، مثلاً 10:30
directory-error-time = وقت اس طرح لکھیں: 10:30 یا 18:00
directory-error-end = ختم ہونے کا وقت شروع ہونے کے وقت کے بعد کا ہونا چاہیے
directory-error-when = بتائیں کہ یہ کب ہوتی ہے، مثلاً ہر مہینے کا پہلا اتوار
directory-error-postcode = درست پوسٹ کوڈ لکھیں، جیسے B11 4AA، یا اسے خالی چھوڑ دیں
directory-error-where = بتائیں کہ یہ کہاں ہوتی ہے: جگہ کا نام، پوسٹ کوڈ، آن لائن یا فون پر
directory-error-cost = بتائیں کہ کتنے پیسے لگتے ہیں، یا "مفت" منتخب کریں
directory-error-how-to-join = منتخب کریں کہ لوگ اس میں کیسے شامل ہوتے ہیں
directory-error-contact = رابطے کا کم از کم ایک طریقہ دیں: ای میل ایڈریس، فون نمبر یا ویب سائٹ
what-listing-name = سرگرمی کا نام
what-listing-description = وہاں کیا ہوتا ہے، اس کی تفصیل
what-listing-when = یہ کب ہوتی ہے، اس کی تفصیل
what-listing-venue = جگہ کا نام
what-listing-address = پتہ
what-listing-ages = عمر
what-listing-communities = یہ کن لوگوں کے لیے ہے، اس کی تفصیل
what-listing-languages = بولی جانے والی زبانیں
what-listing-cost = کتنے پیسے لگتے ہیں، اس کی تفصیل
what-listing-contact-name = رابطے کے لیے نام
what-listing-phone = فون نمبر
directory-filters = نتائج فلٹر کریں
directory-form-language = اس اندراج کی زبان
    .hint = وہ زبان جس میں آپ یہ لکھ رہے ہیں۔ آپ اپنی کمیونٹی کی زبان میں لکھ سکتے ہیں۔
