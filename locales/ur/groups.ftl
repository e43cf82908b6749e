## کمیونٹی گروپ کے صفحات: اس کی تفصیلات، ارکان، دعوتیں اور برابری کے سوالوں کے جواب۔

## گروپ کی قسمیں (گروپ کے فارم میں انتخاب، اور گروپ کا صفحہ)۔
groups-kind-unregistered = کمیونٹی گروپ (رجسٹرڈ نہیں)
groups-kind-faith = مذہبی گروپ
groups-kind-charity = رجسٹرڈ چیریٹی
groups-kind-cio = چیریٹیبل انکارپوریٹڈ آرگنائزیشن (CIO)
groups-kind-cic = کمیونٹی انٹرسٹ کمپنی (CIC)
groups-kind-community-benefit-society = کمیونٹی بینیفٹ سوسائٹی
groups-kind-social-enterprise = سوشل انٹرپرائز
groups-kind-other = کوئی اور

## گروپ کا فارم (/groups/new اور /groups/{id}/edit)۔
groups-new-title = ہمیں اپنے گروپ کے بارے میں بتائیں
groups-edit-title = اپنے گروپ کی تفصیلات بدلیں
groups-form-intro = یہ صرف ایک بار کرنا ہوتا ہے۔ آپ کے گروپ کی ہر درخواست میں یہی تفصیلات استعمال ہوں گی۔
groups-first-title = خوش آمدید۔ اب ہمیں اپنے گروپ کے بارے میں بتائیں
groups-first-intro = ای میل میں دیا گیا لنک کھولنے کا شکریہ۔ جب آپ اپنا گروپ محفوظ کریں گے تو آپ کا اکاؤنٹ تیار ہو جائے گا اور آپ کی درخواست شروع ہو جائے گی۔ یہ صرف ایک بار کرنا ہوتا ہے۔
groups-name = گروپ کا نام
groups-kind = آپ کا گروپ کس قسم کا ہے؟
    .hint = چھوٹے اور غیر رجسٹرڈ گروپوں کو بھی خوش آمدید: چیریٹی ہونا ضروری نہیں۔
groups-registration = رجسٹریشن نمبر (صرف اگر آپ کا گروپ رجسٹرڈ ہے)
    .hint = اگر آپ کا گروپ رجسٹرڈ نہیں ہے تو اسے چھوڑ دیں: زیادہ تر چھوٹے گروپ رجسٹرڈ نہیں ہوتے۔
groups-charity-number = چیریٹی نمبر (اختیاری)
    .hint = انگلینڈ اور ویلز: 7 ہندسے۔ اسکاٹ لینڈ: SC سے شروع ہوتا ہے۔ شمالی آئرلینڈ: NIC سے شروع ہوتا ہے۔
groups-company-number = کمپنی نمبر (اختیاری)
    .hint = 8 حروف یا ہندسے، کمپنیز ہاؤس (Companies House) سے۔
# Also the label of the group's area on its page.
groups-area = آپ کہاں کام کرتے ہیں
    .hint = مثلاً: اسپارک بروک اور بالسال ہیتھ، یا پورا ریور سائیڈ۔
groups-postcode = پوسٹ کوڈ (ضروری نہیں)
groups-website = ویب سائٹ یا سوشل میڈیا پیج (ضروری نہیں)
# Also the label of the contact's details on the group's page.
groups-contact = رابطے کے لیے اہم شخص
    .hint = آپ کی درخواستوں کے بارے میں پروگرام ٹیم کس سے بات کرے۔
groups-contact-name = نام
groups-contact-email = ای میل ایڈریس
groups-contact-phone = فون نمبر (ضروری نہیں)
groups-as-connector = میں کمیونٹی کنیکٹر ہوں: یہ تفصیلات گروپ کے ساتھ مل کر میری مدد سے درج ہو رہی ہیں
    .hint = گروپ کے رابطے والے اہم شخص کو شامل ہونے کی دعوت دی جائے گی، اور جن درخواستوں میں آپ مدد کریں گے ان پر یہ لکھا ہو گا۔
groups-save = گروپ محفوظ کریں

## گروپ کے فارم میں مسائل۔ `what-…` پیغامات جملے کے اندر خانے کا نام ہیں
## ("اپنے گروپ کا نام درج کریں"، "علاقہ زیادہ سے زیادہ 150 حروف میں لکھیں")۔
what-group-name = اپنے گروپ کا نام
what-group-area = علاقہ
what-group-contact-name = رابطے والے شخص کا نام
what-group-phone = فون نمبر
groups-error-kind = منتخب کریں کہ آپ کا گروپ کس قسم کا ہے
groups-error-charity-number = چیریٹی نمبر اس طرح لکھیں: 1234567، SC012345 یا NIC100123، یا اسے خالی چھوڑ دیں
groups-error-company-number = کمپنی نمبر اس طرح لکھیں: 01234567 یا SC123456، یا اسے خالی چھوڑ دیں
groups-error-postcode = برطانیہ کا پورا پوسٹ کوڈ لکھیں، جیسے B11 1AA، یا اسے خالی چھوڑ دیں
groups-error-website = ویب سائٹ کا ایڈریس لکھیں، جیسے www.ourgroup.org.uk
groups-error-phone = فون نمبر میں صرف ہندسے، خالی جگہ اور + استعمال کریں

## گروپ کا صفحہ (/groups/{id})۔
# Above the group's name.
groups-caption = گروپ
groups-summary-kind = قسم
groups-summary-charity-number = چیریٹی نمبر
groups-summary-company-number = کمپنی نمبر
groups-summary-website = ویب سائٹ
# A detail the group has not given.
groups-none = کوئی نہیں
groups-change-details = اپنے گروپ کی تفصیلات بدلیں
# $link is the link below.
groups-download-data = { $link } (JSON فائل)
groups-download-data-link = آپ کے گروپ کے بارے میں ہمارے پاس موجود سب کچھ ڈاؤن لوڈ کریں
groups-bids = درخواستیں
# $link is the link below.
groups-no-bids = ابھی کوئی درخواست نہیں۔ { $link }۔
groups-no-bids-link = درخواستوں کے لیے کھلے راؤنڈ دیکھیں
# One of the group's bids: $bid is the bid's title (a link), $round the round's name.
groups-bid-for-round = { $bid }، { $round } کے لیے
groups-members = ارکان
# After a member's name.
groups-member-connector = (کمیونٹی کنیکٹر)
# After the reader's own name in the list of members.
groups-member-you = (آپ)
# A button; $name is the member's name.
groups-remove-member = { $name } کو ہٹا دیں
# $emails is a list of email addresses.
groups-invited = دعوت بھیجی گئی، ابھی شامل نہیں ہوئے: { $emails }
groups-invite-email = کسی کو گروپ میں شامل ہونے کی دعوت دیں
    .hint = ہم انہیں شامل ہونے کا لنک ای میل کریں گے۔ پھر وہ آپ کے ساتھ گروپ کی درخواستوں پر کام کر سکیں گے۔
groups-send-invitation = دعوت بھیجیں
groups-leave = یہ گروپ چھوڑ دیں
groups-equality-heading = آپ کا گروپ کون چلاتا ہے اور کن لوگوں کی خدمت کرتا ہے (ضروری نہیں)
groups-equality-why = پروگرام جاننا چاہتے ہیں کہ کیا ان کی رقم ان گروپوں تک پہنچ رہی ہے جو پہلے پیچھے رہ گئے تھے۔ ان سوالوں کا جواب دینا آپ کی مرضی ہے۔ جواب آپ کی درخواستوں کو نمبر دینے والے پینل کو کبھی نہیں دکھائے جاتے، اور رپورٹوں میں صرف کل تعداد کی صورت میں آتے ہیں — سوائے اس کے کہ آپ کے گروپ کو فنڈنگ ملے اور وہ پیشکش قبول کرتے وقت انہیں گرانٹ کے ساتھ شائع کرنا چنے۔
# $link is the link "Change your answers".
groups-equality-answered = آپ ان سوالوں کے جواب دے چکے ہیں۔ { $link }
groups-equality-change = اپنے جوابات بدلیں
# $link is the link "Answer the questions".
groups-equality-not-answered = { $link } (آپ "ہم نہیں بتانا چاہتے" بھی چن سکتے ہیں)
groups-equality-answer = سوالوں کے جواب دیں

## گروپ میں تبدیلی کے بعد کیا ہوتا ہے (اگلے صفحے کے اوپر دکھایا جاتا ہے)۔
# $name is the group's name.
groups-flash-added = { $name } شامل کر دیا گیا ہے۔
groups-flash-welcome = خوش آمدید، { $name }۔ آپ کا اکاؤنٹ تیار ہے اور { $group } شامل کر دیا گیا ہے۔
groups-flash-saved = آپ کے گروپ کی تفصیلات محفوظ ہو گئی ہیں۔
groups-flash-invited = ہم نے { $email } پر دعوت ای میل کر دی ہے۔
groups-flash-member-removed = اب وہ اس گروپ کے رکن نہیں رہے۔
# $name is the group's name.
groups-flash-left = آپ نے { $name } چھوڑ دیا ہے۔
groups-flash-equality-saved = شکریہ۔ آپ کے جوابات محفوظ ہو گئے ہیں۔
groups-flash-equality-removed = آپ کے جوابات ہٹا دیے گئے ہیں۔
# $name is the group's name.
groups-flash-joined = اب آپ { $name } کے رکن ہیں۔

## گروپ میں وہ تبدیلیاں جو نہیں ہو سکتیں۔
groups-error-last-member = ہر گروپ میں کم از کم ایک رکن ہونا ضروری ہے، اس لیے آخری رکن گروپ چھوڑ نہیں سکتا اور نہ اسے ہٹایا جا سکتا ہے
groups-error-already-member = یہ شخص پہلے سے گروپ کا رکن ہے
groups-error-not-member = وہ اس گروپ کے رکن نہیں ہیں
groups-error-invitation-invalid = یہ دعوت کا لنک درست نہیں یا اس کی مدت ختم ہو چکی ہے۔ گروپ سے نیا لنک مانگیں
groups-error-invitation-someone-else = یہ دعوت کسی اور ای میل ایڈریس پر بھیجی گئی تھی

## برابری کے سوال (/groups/{id}/equality)۔
groups-equality-title = آپ کا گروپ کون چلاتا ہے اور کن لوگوں کی خدمت کرتا ہے
groups-equality-intro = ان سوالوں کا جواب دینا ضروری نہیں۔ آپ کے جوابات آپ کی درخواستوں سے الگ رکھے جاتے ہیں اور پینل کو کبھی نہیں دکھائے جاتے۔ رپورٹوں میں یہ صرف کل تعداد کی صورت میں آتے ہیں، اور پروگرام ٹیم کے علاوہ کسی کو چھوٹی تعداد نہیں دکھائی جاتی۔ اگر آپ کے گروپ کو فنڈنگ ملتی ہے تو پیشکش قبول کرتے وقت آپ چن سکتے ہیں کہ جن باتوں پر آپ نے نشان لگایا ہے وہ (آپ کے اپنے لکھے نوٹس کبھی نہیں) پروگرام کے اوپن ڈیٹا میں گرانٹ کے ساتھ شائع ہوں۔
groups-leadership = آپ کا گروپ کون چلاتا ہے؟
    .hint = ان باتوں پر نشان لگائیں جو آپ کے گروپ کو چلانے یا سنبھالنے والے زیادہ تر لوگوں پر پوری اترتی ہیں۔
groups-beneficiaries = آپ کا گروپ زیادہ تر کن لوگوں کی خدمت کرتا ہے؟
    .hint = ان باتوں پر نشان لگائیں جو ان لوگوں پر پوری اترتی ہیں جن کے لیے آپ کا گروپ زیادہ تر کام کرتا ہے۔
groups-equality-your-answer = آپ کا جواب
groups-equality-option-answered = ہم بتائیں گے
groups-equality-option-general = کوئی خاص گروپ نہیں: ہمارے علاقے کے سب لوگ
groups-equality-option-prefer-not-to-say = ہم نہیں بتانا چاہتے
groups-equality-note = اپنے الفاظ میں (ضروری نہیں)
    .hint = مثلاً: ذہنی بیماری کا ذاتی تجربہ رکھنے والے لوگ، یا کوئی خاص محلہ۔
groups-equality-save = جوابات محفوظ کریں
groups-equality-clear = میرے سارے جوابات ہٹا دیں
what-group-equality-note = اپنے الفاظ میں تفصیل
groups-error-equality-answer = کوئی جواب منتخب کریں، یا "ہم نہیں بتانا چاہتے"
groups-error-equality-nothing-ticked = کم از کم ایک بات پر نشان لگائیں، اپنے الفاظ میں بتائیں، یا کوئی اور جواب منتخب کریں

## گروپ میں شامل ہونے کی دعوت (/invitations/{token})۔
# $group is the group's name.
groups-invitation-title = { $group } میں شامل ہوں
groups-invitation-intro = آپ کو اس گروپ میں شامل ہونے کی دعوت دی گئی ہے، تاکہ آپ اس کی درخواستیں دیکھ سکیں اور ان پر کام کر سکیں۔
groups-invitation-join = گروپ میں شامل ہوں
# $sign_in and $register are the two links below.
groups-invitation-sign-in-first = پہلے { $sign_in } یا { $register }۔
groups-invitation-sign-in = سائن اِن کریں
groups-invitation-register = اکاؤنٹ بنائیں
groups-invitation-dead-title = یہ دعوت استعمال نہیں ہو سکتی
groups-invitation-dead = یہ لنک درست نہیں، پہلے استعمال ہو چکا ہے، یا اس کی مدت ختم ہو چکی ہے۔ گروپ سے کہیں کہ آپ کو دوبارہ دعوت بھیجے۔
groups-invitation-someone-else-title = یہ دعوت کسی اور کے لیے ہے
groups-invitation-someone-else = یہ دعوت اس ای میل ایڈریس پر نہیں بھیجی گئی جس سے آپ سائن اِن ہیں۔ سائن آؤٹ کریں اور اس ایڈریس سے سائن اِن کریں جس پر دعوت آئی تھی، یا گروپ سے کہیں کہ اس ایڈریس کو دعوت بھیجے۔
groups-invitation-to-dashboard = اپنے گروپوں اور درخواستوں پر جائیں

## 360Giving معیار کے مطابق لوگوں کے گروہوں کی تفصیل (برابری کے سوالوں کے خانے، اور برابری کی رپورٹ)۔
## کوڈ DEI…: ایک بڑا گروہ (…0000)، اس کے اندر کی قسمیں اور ان کی ذیلی قسمیں۔ اوپن ڈیٹا میں کوڈ شائع ہوتے ہیں۔
groups-dei-010000 = نسلی ناانصافی کا سامنا کرنے والی کمیونٹیز
groups-dei-010100 = سیاہ فام / افریقی / کیریبین / سیاہ فام برطانوی
groups-dei-010110 = افریقی
groups-dei-010120 = کیریبین
groups-dei-010199 = کوئی اور سیاہ فام / افریقی / کیریبین پس منظر
groups-dei-010200 = مخلوط نسل
groups-dei-010210 = سفید فام اور سیاہ فام
groups-dei-010220 = سفید فام اور ایشیائی
groups-dei-010299 = کوئی اور مخلوط یا ملا جلا نسلی پس منظر
groups-dei-010300 = ایشیائی / ایشیائی برطانوی
groups-dei-010310 = بھارتی
groups-dei-010320 = پاکستانی
groups-dei-010330 = بنگلہ دیشی
groups-dei-010340 = چینی
groups-dei-010399 = کوئی اور ایشیائی پس منظر
groups-dei-019900 = نسلی یا قومیتی ناانصافی کا سامنا کرنے والا کوئی اور گروہ
groups-dei-019910 = عرب
groups-dei-019920 = یہودی
groups-dei-019930 = جپسی، روما اور ٹریولر کمیونٹیز
groups-dei-019999 = کوئی اور نسلی گروہ
groups-dei-020000 = معذور افراد
groups-dei-020100 = جسمانی معذوری
groups-dei-020110 = چلنے پھرنے میں دشواری
groups-dei-020120 = نظر کی کمزوری / جزوی بینائی / بینائی سے محرومی
groups-dei-020130 = اونچا سننا / بہرا پن / سماعت سے محرومی
groups-dei-020140 = بولنے میں دشواری
groups-dei-020200 = ذہنی صحت
groups-dei-020300 = سوچنے سمجھنے کے انداز میں فرق
groups-dei-020310 = لرننگ ڈس ایبلٹی (سیکھنے کی معذوری)
groups-dei-020320 = سیکھنے میں دشواری
groups-dei-020330 = نیورو ڈائیورجنٹ (مثلاً آٹزم یا ADHD)
groups-dei-020400 = صحت کے مسائل
groups-dei-029900 = دیگر
groups-dei-030000 = مذہب
groups-dei-030100 = کیتھولک
groups-dei-030200 = پروٹسٹنٹ
groups-dei-030300 = دوسرے مسیحی فرقے
groups-dei-030400 = بدھ مت کے پیروکار
groups-dei-030500 = ہندو
groups-dei-030600 = یہودی
groups-dei-030700 = مسلمان
groups-dei-030800 = سکھ
groups-dei-030900 = ملحد (خدا کو نہ ماننے والے)
groups-dei-031000 = اگناسٹک (جنہیں خدا کے ہونے یا نہ ہونے کا یقین نہیں)
groups-dei-039900 = دیگر
groups-dei-040000 = LGBT+ افراد
groups-dei-040100 = بائی سیکشوئل افراد
groups-dei-040110 = بائی سیکشوئل مرد
groups-dei-040120 = بائی سیکشوئل خواتین
groups-dei-040200 = گے مرد
groups-dei-040300 = لیزبین / گے خواتین
groups-dei-040400 = ٹرانس جینڈر افراد
groups-dei-040410 = ٹرانس مرد
groups-dei-040420 = ٹرانس خواتین
groups-dei-040500 = نان بائنری افراد
groups-dei-049900 = دیگر
groups-dei-050000 = تارکینِ وطن
groups-dei-050100 = پناہ کے متلاشی (اسائلم سیکرز)
groups-dei-050200 = پناہ گزین (ریفیوجیز)
groups-dei-050300 = بغیر دستاویزات والے لوگ
groups-dei-059900 = دیگر تارکینِ وطن
groups-dei-060000 = بزرگ افراد
groups-dei-070000 = بچے اور نوجوان
groups-dei-070100 = کم عمر بالغ
groups-dei-070200 = نوجوان
groups-dei-070300 = بچے
groups-dei-070400 = شیر خوار بچے
groups-dei-080000 = تعلیمی یا معاشی طور پر پسماندہ لوگ
groups-dei-090000 = خواتین اور لڑکیاں
groups-dei-700000 = ویلش زبان بولنے والے
groups-dei-800010 = پروٹسٹنٹ کمیونٹی
groups-dei-800020 = کیتھولک کمیونٹی
groups-dei-800030 = دونوں میں سے کوئی نہیں
