## پروگرام کا ٹریکر (/programmes/{slug}/tracker): پروگرام کن باتوں کا فیصلہ کر رہا ہے، لوگ ابھی کن
## باتوں پر اثر ڈال سکتے ہیں، اور ان کی رائے سے کیا بدلا۔
tracker-title = ہم کن باتوں کا فیصلہ کر رہے ہیں، اور آپ اپنی رائے کیسے دے سکتے ہیں
# In the browser tab; $programme is the programme's name.
tracker-page-title = پروگرام { $programme } کن باتوں کا فیصلہ کر رہا ہے
# For search engines and link previews.
tracker-description = پروگرام { $programme } کے لیے { $team } کا کام، وہ فیصلے جن پر آپ ابھی اثر ڈال سکتے ہیں، اور لوگوں کی رائے سے کیا بدلا۔
# $team is who runs the programme.
tracker-intro = یہ صفحہ { $team } کی طرف سے ہے۔ یہاں ہم بتاتے ہیں کہ ہم کس کام پر لگے ہوئے ہیں، آپ ابھی کیا بدل سکتے ہیں، اور ہم نے کیا فیصلہ کیا۔ جب کسی بات پر رائے لی جا رہی ہو تو ہمیں بتائیں کہ آپ کیا سوچتے ہیں۔ ہم ہر رائے پڑھتے ہیں اور ہر شخص کو جواب دیتے ہیں۔
tracker-manage-link = اس صفحے کو تازہ ترین رکھیں
tracker-no-items = ابھی یہاں کچھ نہیں لکھا گیا۔ راؤنڈ اور ان کی تاریخیں نیچے ہیں۔
tracker-heading-open = آپ کی رائے کا انتظار ہے
tracker-heading-in-progress = کام جاری ہے
tracker-heading-planned = آگے کا منصوبہ
tracker-heading-decided = فیصلے: آپ نے کہا، ہم نے کیا
tracker-status-open = رائے کے لیے کھلا
tracker-status-in-progress = جاری ہے
tracker-status-planned = منصوبے میں
tracker-status-decided = فیصلہ ہو گیا
tracker-aim = یہ کس لیے ہے
tracker-can-influence = آپ کن باتوں پر اثر ڈال سکتے ہیں
tracker-cannot-influence = کیا پہلے سے طے ہے
tracker-starts-on = شروع ہونے کی تاریخ
tracker-decide-by = فیصلہ اس تاریخ تک
tracker-how-to-take-part = حصہ کیسے لیں
tracker-decision = ہم نے کیا فیصلہ کیا
tracker-you-said-we-did = آپ کی رائے سے کیا بدلا
tracker-what-we-heard = ہم نے کیا سنا
tracker-decided-on = فیصلے کی تاریخ
# A link on an item open for views; $item is its title.
tracker-give-view-link = { $item } پر اپنی رائے دیں
tracker-rounds-heading = راؤنڈ اور ان کی تاریخیں
tracker-no-rounds = ابھی کوئی راؤنڈ نہیں ہے۔

## ایک معاملے کا صفحہ۔
tracker-back = فہرست پر واپس جائیں
tracker-manage-item-link = رائے کے جواب دیں اور اس معاملے کو تازہ کریں
tracker-what-it-was = یہ کس بارے میں تھا
# $round is the round's name.
tracker-draft-criteria = { $round } میں نمبر دینے کے معیار کا مسودہ
tracker-draft-criteria-intro = پینل ہر درخواست کو ان باتوں پر نمبر دے گا۔ یہاں یہ بھی لکھا ہے کہ ہر نمبر کا کیا مطلب ہے۔ یہ ابھی بدل سکتے ہیں: ہمیں بتائیں کہ آپ کیا سوچتے ہیں۔
tracker-your-views = آپ کی رائے
# $when is a date and time.
tracker-you-wrote-on = آپ نے { $when } کو لکھا:
tracker-no-answer-yet = ہم نے ابھی جواب نہیں دیا۔ جواب دیتے ہی ہم آپ کو ای میل کریں گے۔
tracker-our-answer = ہمارا جواب
tracker-give-view = اپنی رائے دیں
tracker-your-view = آپ کی رائے
    .hint = اسے صرف پروگرام ٹیم پڑھتی ہے، اور وہ آپ کو یہیں جواب دے گی۔ آپ کو اپنا نام یا کسی اور کی ذاتی معلومات دینے کی ضرورت نہیں۔
tracker-send-view = اپنی رائے بھیجیں
tracker-sign-in-to-give = اپنی رائے دینے کے لیے سائن اِن کریں
tracker-or = یا
tracker-register-to-give = اکاؤنٹ بنائیں
tracker-not-open = اس وقت اس پر رائے نہیں لی جا رہی۔ فہرست میں لکھا ہے کہ رائے کب لی جائے گی۔
tracker-view-sent = شکریہ۔ آپ کی رائے پروگرام ٹیم کو بھیج دی گئی ہے۔ وہ آپ کو یہیں جواب دے گی، اور جب وہ جواب دے گی تو ہم آپ کو ای میل کریں گے۔
what-your-view = اپنی رائے
tracker-error-not-open = اب اس پر رائے نہیں لی جا رہی۔ آپ کی رائے نہیں بھیجی گئی۔
# $max is how many views an hour; $time is when the person can send another (UK time).
tracker-error-too-many-views = آپ پچھلے ایک گھنٹے میں { $max } بار رائے بھیج چکے ہیں۔ آپ { $time } کے بعد دوبارہ بھیج سکتے ہیں۔ آپ کے الفاظ نیچے محفوظ ہیں۔

## راؤنڈ کے صفحے پر، راؤنڈ کے معیار میں ہونے والی تبدیلیاں۔
# $count is how many changes.
tracker-criteria-history = { $count ->
        [one] معیار کیسے بدلے (1 تبدیلی)
       *[other] معیار کیسے بدلے ({ $count } تبدیلیاں)
    }
tracker-criteria-someone = پروگرام ٹیم
# $when, $who, $title: when, who, and the criterion's name.
tracker-criteria-added = { $when }: { $who } نے "{ $title }" شامل کیا
tracker-criteria-removed = { $when }: { $who } نے "{ $title }" ہٹا دیا
# $parts lists what changed.
tracker-criteria-changed = { $when }: { $who } نے "{ $title }" میں یہ بدلا: { $parts }
# $score is a number from 1 to 5.
tracker-criteria-part-score = نمبر { $score } کا مطلب
# $from and $to are the weights before and after.
tracker-criteria-part-weight = اس کا وزن، { $from } سے بدل کر { $to }
# $new is the new name.
tracker-criteria-part-title = اس کا نام، بدل کر "{ $new }"
tracker-criteria-part-description = اس کی تفصیل
tracker-criteria-part-unknown = اس کے الفاظ
