## وہ صفحات جن کا مواد بدلتا نہیں: رسائی کا بیان اور رازداری کے نوٹس۔ قوانین، دفعات اور نگران
## اداروں کے نام (UK GDPR, Article 6(1)(e), ICO, EHRC) انگریزی میں، لاطینی حروف میں ہی رہتے ہیں۔

## رسائی کا بیان۔
pages-accessibility-title = رسائی کا بیان
# $site is the portal's address; $operator the organisation that runs it.
pages-accessibility-applies = یہ بیان { $site } پر چھوٹی گرانٹس کے پورٹل کے بارے میں ہے، جو { $operator } کی طرف سے چلایا جاتا ہے۔
pages-accessibility-intro = ہم چاہتے ہیں کہ زیادہ سے زیادہ لوگ یہ پورٹل استعمال کر سکیں: فون پر یا کمپیوٹر پر، کی بورڈ، اسکرین ریڈر یا آواز سے چلنے والے سافٹ ویئر کے ساتھ، اور متن کو 400% تک بڑا کر کے بھی۔
pages-accessibility-ways-to-apply = آپ ویڈیو، آواز کی ریکارڈنگ یا چند لکھے ہوئے الفاظ کے ذریعے فنڈنگ کی درخواست دے سکتے ہیں: درخواست کتنی اچھی لکھی گئی ہے، اس پر کبھی نمبر نہیں دیے جاتے۔
pages-accessibility-status-heading = یہ پورٹل کتنا قابلِ رسائی ہے
# One of the three, as a site admin sets it. WCAG is the name of the standard; keep its name and version.
pages-accessibility-status-full = یہ پورٹل ویب مواد کی رسائی کے رہنما اصولوں (WCAG) کے ورژن 2.2 کے AA درجے پر پوری طرح پورا اترتا ہے۔
pages-accessibility-status-partial = یہ پورٹل ویب مواد کی رسائی کے رہنما اصولوں (WCAG) کے ورژن 2.2 کے AA درجے پر جزوی طور پر پورا اترتا ہے، کیونکہ نیچے دیے گئے حصے ابھی قابلِ رسائی نہیں۔
pages-accessibility-status-not = یہ پورٹل ویب مواد کی رسائی کے رہنما اصولوں (WCAG) کے ورژن 2.2 کے AA درجے پر پورا نہیں اترتا۔ جو حصے قابلِ رسائی نہیں، وہ نیچے دیے گئے ہیں۔
pages-accessibility-gaps-heading = کیا چیز قابلِ رسائی نہیں
# What is known not to be accessible, shown until a site admin writes their own list.
pages-accessibility-gap-recordings = گروپ اپنی درخواستوں کے ساتھ جو ویڈیوز اور آواز کی ریکارڈنگز بھیجتے ہیں، ان کے ساتھ کیپشن یا لکھا ہوا متن نہیں ہوتا، سوائے اس کے کہ گروپ خود شامل کرے۔ پینل پروگرام ٹیم سے لکھا ہوا متن مانگ سکتا ہے۔
pages-accessibility-gap-video-links = ویڈیو کے لنکس دوسری ویب سائٹوں پر کھلتے ہیں (جیسے YouTube یا Google Drive)، جو ہمارے اختیار میں نہیں اور ہو سکتا ہے قابلِ رسائی نہ ہوں۔
pages-accessibility-gap-translations = پورٹل کے پولش اور اردو ورژن ابھی ابتدائی مسودے ہیں، اور ان زبانوں کے کسی ماہر نے انہیں ابھی نہیں جانچا۔
pages-accessibility-other-format-heading = کسی اور شکل میں معلومات مانگنا
pages-accessibility-other-format = اگر آپ کو اس پورٹل کی معلومات کسی اور شکل میں چاہییں، جیسے بڑے حروف میں، آسان الفاظ اور تصویروں کے ساتھ (easy read)، آواز کی ریکارڈنگ یا بریل میں، یا آپ فون پر درخواست دینا چاہتے ہیں، تو یہاں رابطہ کریں:
pages-accessibility-reply = ہم 5 کام کے دنوں کے اندر جواب دیں گے۔
pages-accessibility-problem-heading = کسی مسئلے کے بارے میں بتانا
pages-accessibility-problem = اگر اس پورٹل پر کوئی چیز آپ کے لیے ٹھیک کام نہیں کرتی، یا آپ کو کوئی ایسا مسئلہ نظر آئے جو اس صفحے پر درج نہیں، تو ہمیں یہاں بتائیں:
pages-accessibility-enforcement-heading = اگر آپ ہمارے جواب سے مطمئن نہیں
# Followed by a link to pages-accessibility-eass.
pages-accessibility-enforcement = سرکاری اداروں کی ویب سائٹوں اور ایپس کی رسائی کے قواعد (Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018) پر عمل Equality and Human Rights Commission (EHRC) کرواتا ہے۔ اگر آپ اپنی شکایت پر ہمارے جواب سے مطمئن نہیں تو اس ادارے سے رابطہ کریں:
pages-accessibility-eass = Equality Advisory and Support Service (EASS)
pages-accessibility-testing-heading = ہم نے اس پورٹل کو کیسے جانچا
pages-accessibility-how = ہماری کوشش ہے کہ یہ پورٹل WCAG 2.2 کے AA درجے پر پورا اترے۔ ہر صفحہ JavaScript کے بغیر کام کرتا ہے۔
pages-accessibility-testing = ہر نئے ورژن سے پہلے خود کار ٹیسٹ ہر صفحے کو فون جتنی اور کمپیوٹر جتنی اسکرین پر، پورٹل کی ہر زبان میں کھولتے ہیں، اور ہر صفحے کو رسائی جانچنے والے ٹول axe سے چیک کرتے ہیں۔ یہ ٹیسٹ پورٹل کے اہم مراحل صرف کی بورڈ کے ذریعے بھی پورے کرتے ہیں۔
pages-accessibility-prepared-heading = یہ بیان کب تیار کیا گیا
# $prepared and $reviewed are dates ("2 دسمبر 2026").
pages-accessibility-prepared = یہ بیان { $prepared } کو تیار کیا گیا۔ آخری بار اس کا جائزہ { $reviewed } کو لیا گیا۔

## رازداری کے نوٹس: پورٹل کا (اکاؤنٹس کے بارے میں) اور ہر پروگرام کا (درخواستوں اور گرانٹس کے بارے میں)۔
pages-privacy-title = رازداری کا نوٹس
pages-privacy-intro = یہ نوٹس بتاتا ہے کہ یہ پورٹل آپ کے بارے میں کیا معلومات رکھتا ہے، کیوں، انہیں کون دیکھتا ہے، وہ کتنی دیر رکھی جاتی ہیں اور آپ کے حقوق کیا ہیں۔
pages-privacy-who-heading = آپ کی معلومات کا ذمہ دار کون ہے
pages-privacy-who-installation = آپ کے اکاؤنٹ کی ذمہ دار وہ تنظیم ہے جو یہ پورٹل چلاتی ہے۔ ڈیٹا کے تحفظ کے قانون میں اسے "ڈیٹا کنٹرولر" کہا جاتا ہے۔
pages-privacy-who-programmes = ہر گرانٹ پروگرام ان درخواستوں اور گرانٹس کا ذمہ دار ہے جو اسے بھیجی جاتی ہیں۔ ہر پروگرام کا اپنا نوٹس ہے:
pages-privacy-controller = ڈیٹا کنٹرولر
pages-privacy-operator-unnamed = وہ تنظیم جو یہ پورٹل چلاتی ہے
pages-privacy-contact = رابطہ
pages-privacy-dpo = ڈیٹا پروٹیکشن آفیسر
pages-privacy-dpo-ask = اوپر دیے گئے رابطے پر لکھیں اور ڈیٹا پروٹیکشن آفیسر سے بات کرنے کو کہیں۔
pages-privacy-kept-heading = ہم کیا رکھتے ہیں، کیوں، اور کون سا قانون اس کی اجازت دیتا ہے
pages-privacy-kept-caption-account = آپ کا اکاؤنٹ
pages-privacy-kept-caption-bids = آپ کا گروپ، اس کی درخواستیں اور اس کی گرانٹس
pages-privacy-col-why = کیوں
pages-privacy-col-basis = قانونی بنیاد
pages-privacy-col-how-long = کتنی دیر رکھتے ہیں
pages-privacy-kept-account = آپ کا نام، ای میل ایڈریس، پاس ورڈ (اس طرح بدلا ہوا کہ کوئی اسے پڑھ نہ سکے) اور وہ زبان جس میں آپ پورٹل پڑھتے ہیں
pages-privacy-why-account = تاکہ آپ سائن اِن کر سکیں، اور ہم آپ کو آپ کی درخواستوں کے بارے میں ای میل کر سکیں
pages-privacy-kept-security = آپ نے کب سائن اِن کیا، آپ کے اکاؤنٹ میں سائن اِن کی ناکام کوششیں، اور وہ ایپ جو آپ دو مرحلوں والے سائن اِن کے لیے استعمال کرتے ہیں
pages-privacy-why-security = آپ کے اکاؤنٹ اور گرانٹ کی رقم کو محفوظ رکھنے کے لیے
pages-privacy-basis-public-task = عوامی ذمہ داری ⁨(UK GDPR Article 6(1)(e))⁩: کمیونٹی کی صحت کے لیے سرکاری رقم دینا
pages-privacy-long-account = جب تک آپ کا اکاؤنٹ کھلا ہے۔ آپ کسی بھی وقت ہم سے اسے بند کرنے کو کہہ سکتے ہیں۔
pages-privacy-emails = ہم جو بھی ای میل بھیجتے ہیں، اس کی ایک کاپی ان ریکارڈز کے ساتھ رکھی جاتی ہے جن کے بارے میں وہ ای میل ہے۔ سائن اِن کرنے یا پاس ورڈ ری سیٹ کرنے کے لنکس ای میل جاتے ہی ہماری کاپی سے ہٹا دیے جاتے ہیں۔
pages-privacy-kept-group = آپ کے گروپ کی تفصیلات: اس کا نام، قسم، علاقہ، رجسٹریشن نمبر اور رابطے کے افراد
pages-privacy-why-group = یہ جاننے کے لیے کہ کون درخواست دے رہا ہے، اور آپ سے رابطہ کرنے کے لیے
pages-privacy-kept-bid = آپ کی درخواستیں: جو کچھ آپ لکھتے ہیں، ویڈیو کے لنکس اور وہ فائلیں جو آپ شامل کرتے ہیں
pages-privacy-why-bid = انصاف سے یہ فیصلہ کرنے کے لیے کہ کسے فنڈنگ ملے، اور سرکاری رقم کا حساب دینے کے لیے
pages-privacy-kept-recording = ویڈیو اور آواز کی ریکارڈنگز جو آپ اپ لوڈ کرتے ہیں
# $months is a number ("12 مہینے بعد" for every number).
pages-privacy-long-recording = درخواست پر آخری فیصلے کے { $months } مہینے بعد تک، پھر یہ خود بخود مٹا دی جاتی ہیں۔ فیصلہ خود محفوظ رہتا ہے۔
pages-privacy-kept-scores = آپ کی درخواست پر پینل کے نمبر اور نوٹس
pages-privacy-why-scores = منصفانہ فیصلے کرنے اور یہ دکھانے کے لیے کہ فیصلے کیسے کیے گئے
pages-privacy-kept-equality = ان اختیاری سوالوں کے آپ کے جوابات کہ آپ کے گروپ کی قیادت کون کرتا ہے اور یہ کن لوگوں کے لیے کام کرتا ہے
pages-privacy-why-equality = یہ جانچنے کے لیے کہ رقم ہر کمیونٹی تک پہنچ رہی ہے، اور یہ جاننے کے لیے کہ کون پیچھے رہ گیا ہے
pages-privacy-basis-equality = عوامی ذمہ داری ⁨(UK GDPR Article 6(1)(e))⁩، اور اس "خاص قسم" کی معلومات کے لیے، سب کو برابر مواقع دینے میں اہم عوامی مفاد ⁨(Article 9(2)(g) اور Data Protection Act 2018, Schedule 1, paragraph 8)⁩۔ گرانٹ کے ساتھ شائع کرنا صرف آپ کے گروپ کی واضح رضامندی سے ⁨(Article 9(2)(a))⁩۔
pages-privacy-kept-grant = گرانٹس، ادائیگیاں اور گرانٹ کے اختتام کی رپورٹیں
pages-privacy-why-grant = گرانٹس ادا کرنے اور یہ دکھانے کے لیے کہ ان سے کیا حاصل ہوا
pages-privacy-basis-grant = عوامی ذمہ داری ⁨(UK GDPR Article 6(1)(e))⁩، اور مالی ریکارڈ رکھنے کا قانون ⁨(Article 6(1)(c))⁩
pages-privacy-long-records-default = اس مالی سال کے ختم ہونے کے 6 سال بعد تک جس میں گرانٹ ختم ہو، یا جس میں درخواست کا فیصلہ ہوا ہو
pages-privacy-equality-heading = آپ کے گروپ کی قیادت کے بارے میں سوال
pages-privacy-equality-questions = یہ سوال اختیاری ہیں کہ آپ کے گروپ کی قیادت کون کرتا ہے اور یہ کن لوگوں کے لیے کام کرتا ہے۔ ان کے جواب آپ کی درخواست سے الگ رکھے جاتے ہیں اور درخواست کو نمبر دینے والوں کو کبھی نہیں دکھائے جاتے۔ یہ جواب صرف اسی صورت میں شائع ہوتے ہیں جب آپ کا گروپ گرانٹ قبول کرتے وقت انہیں گرانٹ کے ساتھ شائع کرنا چنے (صرف وہ باتیں جن پر نشان لگایا گیا ہو، آپ کے لکھے نوٹس کبھی نہیں)۔
pages-privacy-equality-special = نسلی پس منظر، مذہب، معذوری، جنسی رجحان یا صحت کے بارے میں جوابات ڈیٹا کے تحفظ کے قانون میں "خاص قسم" کی معلومات ہیں، جنہیں زیادہ تحفظ حاصل ہے۔ ہم انہیں صرف پروگرام کی رپورٹوں میں گنتی کے طور پر استعمال کرتے ہیں، اور چھوٹی تعداد چھپا دیتے ہیں تاکہ کسی کو پہچانا نہ جا سکے۔
pages-privacy-who-sees-heading = آپ کی معلومات کون دیکھتا ہے
pages-privacy-sees-team = پروگرام ٹیم آپ کے گروپ کی تفصیلات اور درخواستیں دیکھتی ہے، تاکہ انہیں جانچ سکے، ان کا فیصلہ کر سکے اور گرانٹس ادا کر سکے۔
pages-privacy-sees-panel = پینل کے ارکان، جن میں ایسے لوگ بھی شامل ہیں جو خود ذہنی صحت کے مسائل سے گزر چکے ہیں، وہ درخواستیں دیکھتے ہیں جن پر انہیں نمبر دینے کو کہا جاتا ہے۔ وہ آپ کے گروپ کی قیادت کے بارے میں سوالوں کے جوابات کبھی نہیں دیکھتے۔
pages-privacy-sees-connector = جو کمیونٹی کنیکٹر آپ کے گروپ کو درخواست دینے میں مدد کرتا ہے، وہ آپ کے گروپ کی درخواستیں دیکھتا ہے۔
pages-privacy-sees-public = گرانٹ ملنے کے بعد، اگر آپ کا گروپ اپنا نام ظاہر کرنے پر راضی ہو، تو ہر کوئی دی گئی گرانٹس کے صفحے پر اور اوپن ڈیٹا فائل میں یہ دیکھ سکتا ہے: گروپ کا نام، رقم، گرانٹ کس کام کے لیے ہے اور علاقہ۔
pages-privacy-rights-heading = آپ کے حقوق
pages-privacy-rights = آپ کو حق ہے کہ:
pages-privacy-right-access = ہمارے پاس آپ کے بارے میں جو معلومات ہیں، وہ دیکھیں اور ان کی کاپی لیں
pages-privacy-right-correct = جو بات غلط ہو، اسے درست کروائیں
pages-privacy-right-erase = ہم سے انہیں مٹانے کو کہیں (سرکاری رقم کے کچھ ریکارڈ اوپر بتائے گئے وقت تک رکھنا ضروری ہے؛ ہم آپ کو بتائیں گے کہ کون سے اور کیوں)
pages-privacy-right-restrict = ہم سے کہیں کہ ہم انہیں کم استعمال کریں
pages-privacy-right-object = ہم انہیں جس طرح استعمال کرتے ہیں، اس پر اعتراض کریں
pages-privacy-download = آپ کسی بھی وقت اپنے اکاؤنٹ کے صفحے سے وہ سب کچھ ڈاؤن لوڈ کر سکتے ہیں جو پورٹل میں آپ کے بارے میں محفوظ ہے، اور گروپ کے صفحے سے وہ سب کچھ جو آپ کے گروپ کے بارے میں محفوظ ہے۔ کوئی اور حق استعمال کرنے کے لیے اوپر دیے گئے رابطے پر لکھیں۔ ہم ایک مہینے کے اندر جواب دیں گے۔
pages-privacy-complain-heading = شکایت کرنا
pages-privacy-complain = اگر آپ اس سے خوش نہیں کہ ہم آپ کی معلومات کیسے استعمال کرتے ہیں، تو براہِ کرم پہلے ہمیں اوپر دیے گئے رابطے پر بتائیں۔ آپ Information Commissioner's Office (ICO) سے بھی شکایت کر سکتے ہیں، جو معلومات کے حقوق کے لیے برطانیہ کا آزاد نگران ادارہ ہے۔
# Followed by the ICO's complaint page and phone number.
pages-privacy-ico = Information Commissioner's Office کی ویب سائٹ:
pages-privacy-ico-phone = ہیلپ لائن:
pages-privacy-more-heading = ٹیم کی طرف سے مزید معلومات

## کسی پروگرام کا رازداری کا نوٹس۔ $programme is its name.
pages-programme-privacy-title = { $programme } آپ کی معلومات کیسے استعمال کرتا ہے
pages-programme-privacy-intro = یہ نوٹس ان درخواستوں کے بارے میں ہے جو آپ کا گروپ اس پروگرام کو بھیجتا ہے، اور ان گرانٹس کے بارے میں جو آپ کے گروپ کو ملتی ہیں۔ اس میں بتایا گیا ہے کہ کیا رکھا جاتا ہے، کیوں، اسے کون دیکھتا ہے، کتنی دیر رکھا جاتا ہے اور آپ کے حقوق کیا ہیں۔
pages-programme-privacy-who = { $programme } کی درخواستوں اور گرانٹس کی ذمہ دار یہ تنظیم ہے:
# Followed by the link pages-programme-privacy-accounts-link.
pages-programme-privacy-accounts = آپ کا اکاؤنٹ (آپ کا نام، ای میل ایڈریس اور آپ کیسے سائن اِن کرتے ہیں) ایک الگ نوٹس میں شامل ہے:
pages-programme-privacy-accounts-link = پورٹل کا رازداری کا نوٹس
pages-accessibility-applies-unnamed = یہ بیان { $site } پر چھوٹی گرانٹس کے پورٹل کے بارے میں ہے۔
pages-accessibility-ask-team = پروگرام کی ٹیم سے، جس کا نام ہر راؤنڈ کے صفحے کے آخر میں دیا گیا ہے۔
