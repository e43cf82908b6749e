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
