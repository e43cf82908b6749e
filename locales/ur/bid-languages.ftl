## وہ زبانیں جن میں درخواست لکھی یا ریکارڈ کی جا سکتی ہے، اور درخواست کے ساتھ دکھایا جانے والا ترجمہ۔

bid-language-en = انگریزی
bid-language-bfi = برطانوی اشاروں کی زبان (BSL)
bid-language-ur = اردو
bid-language-pl = پولش
bid-language-pa = پنجابی
bid-language-bn = بنگالی
bid-language-gu = گجراتی
bid-language-ar = عربی
bid-language-so = صومالی
bid-language-ro = رومانیائی
bid-language-pt = پرتگالی
bid-language-es = ہسپانوی
bid-language-ta = تامل
bid-language-tr = ترکی
bid-language-zh = چینی
bid-language-ku = کرد
bid-language-fa = فارسی
bid-language-ps = پشتو
bid-language-ti = تگرینیا
bid-language-cy = ویلش
bid-language-other = کوئی اور زبان
bid-language-error-choose = وہ زبان منتخب کریں جس میں آپ کی درخواست ہے
what-bid-language-other = زبان کا نام
what-bid-translation = انگریزی ترجمہ

## درخواست کی زبان اور اس کا انگریزی ترجمہ، درخواست کے صفحات پر۔
bid-language-label = درخواست کی زبان:
bid-translation-none = ابھی کوئی انگریزی ترجمہ نہیں ہے۔
bid-translation-add-link = انگریزی ترجمہ شامل کریں
bid-translation-correct-link = انگریزی ترجمہ درست کریں
# Above a translation: $name is who translated it, $date when.
bid-translation-by = انگریزی ترجمہ: { $name }، { $date }
bid-translation-saved = انگریزی ترجمہ محفوظ ہو گیا ہے۔

## ترجمہ شامل کرنے یا درست کرنے کا صفحہ۔ $group گروپ کا نام ہے۔
bid-translation-heading = { $group } کی درخواست کا انگریزی ترجمہ
bid-translation-group-words = گروپ کے اپنے الفاظ
bid-words-title = عنوان
bid-words-summary = خلاصہ
bid-words-purpose = رقم کس چیز پر خرچ ہو گی
bid-words-need = ضرورت
bid-words-reach = رسائی
bid-words-impact = اس سے کیا فرق پڑے گا
bid-words-video = ویڈیو یا ریکارڈنگ کا لنک
bid-translation-form-label = انگریزی ترجمہ
bid-translation-form-hint = گروپ نے جو لکھا یا کہا، اس کا جتنا ہو سکے قریب ترین ترجمہ کریں۔ ان کے اپنے الفاظ ویسے ہی رہیں گے؛ آپ کا ترجمہ آپ کے نام کے ساتھ ان کے ساتھ دکھایا جائے گا۔
bid-translation-form-limit = زیادہ سے زیادہ { $max } حروف۔
bid-translation-save = ترجمہ محفوظ کریں
bid-translation-back = درخواست پر واپس جائیں

## "ضرورت، رسائی اور اثر" والے صفحے پر سوال۔
bid-language-heading = زبان
bid-language-question = آپ کی درخواست کس زبان میں ہے؟
bid-language-question-hint = آپ اپنی درخواست کسی بھی زبان میں لکھ یا ریکارڈ کر سکتے ہیں، برطانوی اشاروں کی زبان سمیت۔ اگر یہ انگریزی میں نہیں ہے تو پروگرام کی ٹیم پینل کے لیے آپ کے اپنے الفاظ کے ساتھ انگریزی ترجمہ شامل کرے گی۔
bid-language-other-label = اگر کوئی اور زبان ہے تو کون سی؟
bid-translation-section = انگریزی ترجمہ
