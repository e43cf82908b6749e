## گروپ کی درخواست: شروع کرنا، ہر حصے کا فارم، فائلیں اپ لوڈ کرنا، جانچنا اور بھیجنا، درخواست کا
## اپنا صفحہ اور اس کی تاریخ، اور وہ صفحہ جہاں گروپ کا رابطہ کار کنیکٹر کی بھیجی ہوئی درخواست کی تصدیق کرتا ہے۔

# What a bid with no title yet is called on lists and pages.
bids-untitled = بغیر نام کی درخواست

## درخواست کی صورتحال، رنگین ٹیگ کی شکل میں۔
bids-state-draft = ڈرافٹ
bids-state-submitted = بھیج دی گئی
bids-state-returned = آپ کو واپس بھیجی گئی
bids-state-ineligible = اہل نہیں
bids-state-in-review = پینل کے پاس
bids-state-awarded = گرانٹ کی پیشکش
bids-state-declined = فنڈنگ نہیں ملی
bids-state-waitlisted = ویٹنگ لسٹ پر
bids-state-active = فنڈنگ مل گئی
bids-state-cancelled = منسوخ
bids-state-completed = مکمل
bids-state-withdrawn = واپس لے لی گئی
# The same status on the programme lead's pages ("Returned to you" speaks to the group).
bids-state-returned-lead = گروپ کو واپس بھیجی گئی

## جملے کے اندر درخواست کی صورتحال: "یہ درخواست { $state } ہے، اس لیے …" (درخواست مؤنث ہے؛
## یہاں اور گرانٹ اور گرانٹ کے اختتام والے صفحات پر بھی)۔
bids-state-describe-draft = ابھی ڈرافٹ
bids-state-describe-submitted = بھیجی جا چکی ہے اور جانچ کی منتظر
bids-state-describe-returned = گروپ کو واپس بھیجی گئی
bids-state-describe-ineligible = اہل نہیں
bids-state-describe-in-review = پینل کے پاس
bids-state-describe-awarded = فنڈنگ کے لیے منظور ہو چکی
bids-state-describe-declined = فنڈنگ کے لیے منظور نہیں ہوئی
bids-state-describe-waitlisted = ویٹنگ لسٹ پر
bids-state-describe-active = فنڈنگ حاصل کر چکی
bids-state-describe-cancelled = منسوخ ہو چکی
bids-state-describe-completed = مکمل ہو چکی
bids-state-describe-withdrawn = واپس لی جا چکی

## جب درخواست آگے نہ بڑھ سکے۔ $state اوپر والے bids-state-describe-… میں سے ایک ہے، $done نیچے والے
## bids-done-… میں سے ایک (ایک کام، مصدر کی شکل میں: "درخواست بھیجنا")، اور $who bids-who-… میں سے ایک۔
bids-transition-not-from-state = یہ درخواست { $state } ہے، اس لیے اب { $done } ممکن نہیں۔
bids-transition-not-by-actor = آپ یہ نہیں کر سکتے: { $done } صرف { $who } کا کام ہے۔
bids-done-sent = درخواست بھیجنا
bids-done-withdrawn = درخواست واپس لینا
bids-done-returned = درخواست گروپ کو واپس بھیجنا
bids-done-marked-ineligible = درخواست کو نااہل قرار دینا
bids-done-passed-to-panel = درخواست پینل کو بھیجنا
bids-done-awarded = درخواست منظور کرنا
bids-done-declined = درخواست نامنظور کرنا
bids-done-waitlisted = درخواست کو ویٹنگ لسٹ پر ڈالنا
bids-done-accepted = پیشکش قبول کرنا
bids-done-turned-down = پیشکش سے انکار کرنا
bids-done-cancelled = گرانٹ منسوخ کرنا
bids-done-completed = گرانٹ مکمل کرنا
bids-who-group-or-connector = گروپ یا اس کے کنیکٹر
bids-who-group = گروپ
bids-who-lead = پروگرام لیڈ

## درخواست یا اس پر کسی کام میں مسئلہ۔
bids-error-not-editable = یہ درخواست بھیجی جا چکی ہے، اس لیے اب اسے بدلا نہیں جا سکتا۔ اگر کچھ غلط ہے تو پروگرام ٹیم سے رابطہ کریں
bids-error-version-conflict = جب آپ یہ درخواست بدل رہے تھے، اسی دوران کسی اور نے بھی اس میں تبدیلی کر دی
bids-error-not-ready = درخواست ابھی بھیجی نہیں جا سکتی
bids-error-group-word-needed = اپنی درخواست صرف گروپ بھیج سکتا ہے۔ اس کے رابطہ کار کو بھیجنے کا لنک ای میل کریں، یا درج کریں کہ انہوں نے فون پر ہاں کہا۔
# Shown beside the form's first field when two people edited the same part at once.
bids-error-part-conflict = جب آپ درخواست کا یہ حصہ بدل رہے تھے، اسی دوران کسی اور نے اسے محفوظ کر دیا۔ آپ کے جوابات نیچے موجود ہیں؛ انہیں رکھنے کے لیے دوبارہ محفوظ کریں
bids-error-withdraw-group-only = درخواست صرف گروپ خود واپس لے سکتا ہے
# $min and $max are the round's smallest and largest awards.
bids-error-amount-between = { $min } اور { $max } کے درمیان رقم مانگیں
bids-error-amount-empty = لکھیں کہ آپ کتنی رقم مانگ رہے ہیں

## عام پیغامات میں ہر جواب کا نام ("{ $what } درج کریں"، "{ $what } زیادہ سے زیادہ … حروف میں لکھیں")۔
what-bid-title = اپنے پروجیکٹ کا مختصر نام
what-bid-summary = ایک سطر کا خلاصہ
what-bid-purpose = رقم کس چیز پر خرچ ہو گی، اس کی تفصیل
what-bid-need = ضرورت کے بارے میں اپنا جواب
what-bid-reach = رسائی کے بارے میں اپنا جواب
what-bid-impact = اثر کے بارے میں اپنا جواب

## درخواست ابھی کیوں نہیں بھیجی جا سکتی (جوابات جانچنے والے صفحے پر)۔
bids-problem-verify-email = درخواست بھیجنے سے پہلے اپنے ای میل ایڈریس کی تصدیق کریں: ہم نے آپ کو جو لنک ای میل کیا ہے اسے کھولیں
bids-problem-return-window-passed = پروگرام ٹیم کے سوال کا جواب دینے کا وقت گزر چکا ہے
bids-problem-round-upcoming = یہ راؤنڈ ابھی درخواستوں کے لیے نہیں کھلا
# $closed is a date and time, "20 جنوری 2027، 5:00 شام".
bids-problem-round-closed = یہ راؤنڈ { $closed } کو بند ہو گیا۔ آپ کا ڈرافٹ محفوظ ہے، لیکن اب اسے بھیجا نہیں جا سکتا
bids-problem-money-incomplete = رقم کے بارے میں ہر سوال کا جواب دیں
bids-problem-case-untold = ہمیں ضرورت، رسائی اور اثر کے بارے میں بتائیں: ویڈیو کا لنک یا ریکارڈنگ دیں، یا تینوں سوالوں کے جواب لکھ دیں

## ویڈیو کا لنک۔
bids-video-error-not-a-url = اپنی ویڈیو کا ویب ایڈریس درج کریں، جیسے https://youtu.be/…
bids-video-error-not-https = ویب ایڈریس https:// سے شروع ہونا چاہیے تاکہ اسے کھولنا محفوظ ہو
bids-video-error-unrecognised = یہ YouTube یا Vimeo ویڈیو کا لنک نہیں لگتا؛ دیکھ لیں کہ آپ نے پورا ایڈریس کاپی کیا ہے
# Where a video is, when it is not a site we know by name ("… پر دیکھیں").
bids-video-another-website = کسی اور ویب سائٹ
# The embedded player's title for screen readers; $title is the bid's title.
bids-video-frame-title = ویڈیو: { $title }
# $host is "YouTube", "Vimeo", "Google Drive" … or bids-video-another-website.
bids-video-watch-new-tab = { $host } پر دیکھیں (نئے ٹیب میں کھلے گی)
bids-video-watch = { $host } پر دیکھیں

## اپ لوڈ۔ $max_mb سب سے بڑا سائز ہے جس کی اجازت ہے، میگا بائٹ (MB) میں۔
bids-upload-missing-recording = اپ لوڈ کرنے کے لیے کوئی ویڈیو یا آواز کی ریکارڈنگ منتخب کریں
bids-upload-missing-file = شامل کرنے کے لیے کوئی فائل منتخب کریں
bids-upload-too-large-recording = ریکارڈنگ { $max_mb } MB سے چھوٹی ہونی چاہیے۔ چھوٹی ریکارڈنگ بنائیں، یا اس کی بجائے ویڈیو کا لنک دیں
bids-upload-too-large-file = فائل { $max_mb } MB سے چھوٹی ہونی چاہیے
bids-upload-wrong-type-recording = فائل ویڈیو یا آواز کی ریکارڈنگ ہونی چاہیے، جیسے فون پر بنائی گئی ریکارڈنگ
bids-upload-wrong-type-file = فائل PDF، تصویر یا آفس ڈاکیومنٹ ہونی چاہیے، اور اس کے اندر کا مواد بھی وہی ہونا چاہیے (اگر صرف فائل کا نام بدلا گیا ہو تو وہ قبول نہیں ہوتی)
bids-upload-interrupted = اپ لوڈ مکمل نہیں ہوا۔ اپنا انٹرنیٹ کنکشن دیکھیں اور دوبارہ کوشش کریں
# A file's size; $size is a number with one decimal place ("2.4").
bids-size-mb = { $size } MB
bids-size-kb = { $size } KB

## درخواست شروع کرنا۔
bids-start-title = درخواست شروع کریں
bids-start-no-group = پہلے ہمیں اپنے گروپ کے بارے میں بتائیں۔ یہ صرف ایک بار کرنا ہوتا ہے۔
bids-start-add-first-group = ہمیں اپنے گروپ کے بارے میں بتائیں
bids-start-which-group = یہ درخواست کس گروپ کے لیے ہے؟
bids-start-button = درخواست شروع کریں
bids-start-add-another-group = ایک اور گروپ شامل کریں
bids-start-error-no-group = منتخب کریں کہ یہ درخواست کس گروپ کے لیے ہے
# $round is the round's name, $opens a date and time.
bids-round-opens-on = { $round }، { $opens } کو کھلے گا۔
bids-round-closed-on = { $round }، { $closed } کو بند ہو گیا، اس لیے اب نئی درخواست شروع نہیں کی جا سکتی۔
bids-round-not-open-title = یہ راؤنڈ درخواستوں کے لیے کھلا نہیں ہے
bids-round-not-open-link = وہ راؤنڈ دیکھیں جو کھلے ہیں

## درخواست کے کاموں کی فہرست۔
bids-task-list-title = آپ کی درخواست
bids-returned-heading = پروگرام ٹیم کا ایک سوال ہے
# $date is the last day to send the bid again.
bids-returned-change-by = نیچے اپنے جوابات بدلیں، پھر { $date } تک درخواست جانچ کر دوبارہ بھیج دیں۔
bids-returned-change = نیچے اپنے جوابات بدلیں، پھر درخواست جانچ کر دوبارہ بھیج دیں۔
# $closes is the round's closing date and time, shown in bold.
bids-task-list-send-by = اپنی درخواست { $closes } تک بھیج دیں۔ آپ کسی بھی وقت محفوظ کر کے بعد میں واپس آ سکتے ہیں۔
bids-task-money-hint = پروجیکٹ کا نام، آپ کتنی رقم مانگ رہے ہیں اور وہ کس چیز پر خرچ ہو گی۔
bids-task-case-hint = ویڈیو کے لنک سے، ریکارڈنگ اپ لوڈ کر کے، یا چند لکھے ہوئے الفاظ میں۔
bids-task-files-hint = کوئی بھی چیز جو آپ ساتھ لگانا چاہیں، جیسے تصویر یا پوسٹر۔ یہ ضروری نہیں۔
bids-task-check = اپنے جوابات جانچیں اور بھیجیں
bids-task-check-hint = اوپر والے حصے مکمل ہونے کے بعد آپ یہ کر سکتے ہیں۔
bids-task-ready = تیار
bids-task-cannot-start = ابھی شروع نہیں ہو سکتا
bids-progress-not-started = شروع نہیں ہوا
bids-progress-in-progress = جاری ہے
bids-progress-completed = مکمل
bids-progress-optional = ضروری نہیں
bids-withdraw-button = یہ درخواست واپس لیں
# $reference is the bid's reference (SG-2027-0042), shown in bold.
bids-facts-reference = حوالہ نمبر: { $reference }
# $name is the community connector's name.
bids-facts-assisted-by = { $name } (کمیونٹی کنیکٹر) کی مدد سے
bids-save-continue = محفوظ کریں اور آگے بڑھیں
bids-save-later = محفوظ کریں اور بعد میں واپس آئیں
bids-kept-answers = آپ کے جوابات محفوظ ہونے سے پہلے آپ کا سیشن ختم ہو گیا۔ آپ نے جو لکھا تھا وہ ہم نے رکھ لیا ہے: اسے دیکھ کر محفوظ کریں۔

## رقم کے بارے میں۔
bids-money-title = رقم کے بارے میں
bids-money-project-name = آپ کے پروجیکٹ کا مختصر نام
    .hint = مثلاً: منگل کا سیر اور گپ شپ گروپ۔
bids-money-summary = ایک جملے میں آپ کا پروجیکٹ
bids-money-amount = آپ کتنی رقم مانگ رہے ہیں؟
# $min and $max are the round's smallest and largest awards.
bids-money-amount-hint = { $min } اور { $max } کے درمیان۔
bids-money-purpose = یہ رقم کس چیز پر خرچ ہو گی؟
    .hint = اہم چیزیں لکھیں، اور اگر معلوم ہو تو ان کا اندازاً خرچ بھی۔ مثلاً: کمرے کا کرایہ £40 فی ہفتہ، 40 ہفتوں کے لیے؛ ہر سیشن کے حساب سے کام کرنے والا ایک پیئر سپورٹ ورکر۔

## ضرورت، رسائی اور اثر۔
bids-case-title = ضرورت، رسائی اور اثر
bids-case-intro = جو طریقہ آپ کے گروپ کے لیے آسان ہو، اسی طرح بتائیں۔ پینل ویڈیو، ریکارڈنگ اور لکھے ہوئے جوابات کو برابر سمجھتا ہے، اور ہجے، گرامر یا لکھنے کے انداز پر نمبر نہیں دیتا۔
# A bold term, then what it means.
bids-case-need-term = ضرورت:
bids-case-need-meaning = کن لوگوں کو اس مدد کی ضرورت ہے، اور یہ مدد انہیں پہلے سے کیوں نہیں مل رہی۔
bids-case-reach-term = رسائی:
bids-case-reach-meaning = آپ کن لوگوں تک پہنچتے ہیں جن تک دوسری سروسز نہیں پہنچتیں، اور کتنے لوگوں تک۔
bids-case-impact-term = اثر:
bids-case-impact-meaning = کیا بدلے گا، اور آپ کو کیسے پتہ چلے گا کہ کام ہو گیا۔
bids-case-video-heading = ویڈیو
bids-case-video-link = ویڈیو کا لنک (ضروری نہیں)
    .hint = YouTube کا لنک (ان لسٹڈ ویڈیو بھی ٹھیک ہے) یا Vimeo کا لنک، یا Google Drive، Dropbox یا اسی طرح کی کسی جگہ پر رکھی ویڈیو کا لنک۔ فون پر بنی چند منٹ کی ویڈیو کافی ہے۔
bids-case-recording-heading = یا ریکارڈنگ
# $filename is the uploaded file's name, $size its size ("2.4 MB"). A link follows.
bids-case-recording-uploaded = آپ نے { $filename } ({ $size }) اپ لوڈ کی ہے۔
bids-case-recording-replace = سنیں، یا اس کی جگہ دوسری لگائیں
# $link is a link reading bids-case-recording-none-link.
bids-case-recording-none = { $link } (اپنے فون کے کیمرے یا مائیکروفون سے)۔
bids-case-recording-none-link = ویڈیو یا آواز کی ریکارڈنگ اپ لوڈ یا ریکارڈ کریں
bids-case-written-heading = یا چند لکھے ہوئے الفاظ
bids-case-written-optional = اگر آپ نے ہمیں ویڈیو یا ریکارڈنگ دے دی ہے تو کچھ لکھنے کی ضرورت نہیں۔
bids-need = ضرورت
bids-reach = رسائی
bids-impact = اثر
# The hint under a written answer: $words is about how many words are enough.
bids-word-guide = تقریباً { $words } الفاظ کافی ہیں۔ مختصر نوٹس بھی ٹھیک ہیں۔
# $count is how many words the person has written so far.
bids-word-guide-written = تقریباً { $words } الفاظ کافی ہیں۔ { $count ->
    [one] آپ نے اب تک { $count } لفظ لکھا ہے۔
   *[other] آپ نے اب تک { $count } الفاظ لکھے ہیں۔
}

## ریکارڈنگ اپ لوڈ کرنا۔
bids-recording-title = ریکارڈنگ اپ لوڈ کریں
bids-recording-yours = آپ کی ریکارڈنگ
bids-recording-remove = یہ ریکارڈنگ ہٹا دیں
bids-recording-replace = اس کی جگہ دوسری لگائیں
bids-recording-limit = زیادہ سے زیادہ { $max_mb } MB۔ فون پر بنی چند منٹ کی زیادہ تر ویڈیوز اس سے چھوٹی ہوتی ہیں۔ نیچے دیے گئے دو طریقوں میں سے ایک استعمال کریں۔
bids-recording-record-now = ابھی ریکارڈ کریں
    .hint = فون پر اس سے کیمرا یا مائیکروفون کھل جاتا ہے۔
bids-recording-choose = یا پہلے سے موجود ریکارڈنگ منتخب کریں
    .hint = آپ کے فون یا کمپیوٹر پر محفوظ کوئی ویڈیو یا آواز کی ریکارڈنگ۔
bids-recording-upload-button = ریکارڈنگ اپ لوڈ کریں
bids-recording-back = ضرورت، رسائی اور اثر پر واپس جائیں
# Inside the player, for browsers that cannot play the recording.
bids-recording-download = ریکارڈنگ ڈاؤن لوڈ کریں
bids-flash-recording-uploaded = آپ کی ریکارڈنگ اپ لوڈ ہو گئی ہے۔

## ساتھ لگانے والی فائلیں۔
bids-files-title = ساتھ لگانے والی فائلیں
bids-files-heading = ساتھ لگانے والی فائلیں (ضروری نہیں)
bids-files-intro = کچھ بھی لگانا ضروری نہیں۔ اگر آپ کے پاس کوئی ایسی چیز ہے جو آپ کا کام دکھانے میں مدد دے، جیسے تصویر، پمفلٹ یا مختصر منصوبہ، تو اسے یہاں لگائیں۔
# After a file's name: its size ("2.4 MB").
bids-files-size = ({ $size })
# A button beside each file; $filename is the file's name.
bids-files-remove = { $filename } ہٹا دیں
bids-files-add = فائل لگائیں
bids-files-add-hint = PDF، تصویر یا آفس ڈاکیومنٹ، زیادہ سے زیادہ { $max_mb } MB۔
bids-files-add-button = فائل لگائیں
bids-files-back = اپنی درخواست پر واپس جائیں
bids-files-continue = آگے بڑھیں
# $filename is the file's name.
bids-flash-file-added = { $filename } لگا دی گئی ہے۔
bids-flash-file-removed = فائل ہٹا دی گئی ہے۔

## ہر جواب، جیسے پینل اسے دیکھے گا۔
bids-answer-project = پروجیکٹ
bids-answer-summary = ایک جملے میں
bids-answer-amount = رقم
bids-answer-purpose = یہ کس چیز پر خرچ ہو گی
bids-answer-places = کام کے علاقے
bids-places-legend = آپ کا منصوبہ کن علاقوں میں کام کرے گا؟
bids-places-hint = ہر وہ علاقہ منتخب کریں جہاں وہ لوگ رہتے یا ملتے ہیں جن کی آپ مدد کرتے ہیں۔ اگر آپ کے گروپ کا پوسٹ کوڈ ان میں سے کسی علاقے میں ہے تو وہ پہلے سے منتخب ہے: اگر یہ درست نہیں تو اسے بدل دیں۔
bids-places-or = یا
bids-places-elsewhere = کسی اور جگہ
bids-places-none = کچھ منتخب نہیں کیا گیا۔ گروپ کا علاقہ: { $area }
bids-answer-video = ویڈیو
bids-answer-recording = ریکارڈنگ
bids-not-answered = جواب نہیں دیا
bids-none = کچھ نہیں
# A link to change a part; the part's name below follows it for screen readers only
# ("تبدیل کریں (رقم کے بارے میں)").
bids-change = تبدیل کریں
bids-change-money = (رقم کے بارے میں)
bids-change-case = (ضرورت، رسائی اور اثر)
bids-change-recording = (ریکارڈنگ)
bids-change-files = (ساتھ لگانے والی فائلیں)

## جانچنا اور بھیجنا۔
bids-check-title = درخواست بھیجنے سے پہلے اپنے جوابات جانچ لیں
bids-check-cannot-send = آپ کی درخواست ابھی بھیجی نہیں جا سکتی
bids-check-send-heading = اب اپنی درخواست بھیجیں
bids-check-declaration = یہ درخواست بھیج کر آپ تصدیق کرتے ہیں کہ جہاں تک آپ کو معلوم ہے، آپ نے ہمیں جو کچھ بتایا ہے وہ سچ ہے، اور آپ کا گروپ اسے بھیجنے پر راضی ہے۔
bids-check-send-button = تصدیق کریں اور بھیجیں

## درخواست بھیج دی گئی۔
bids-sent-title = درخواست بھیج دی گئی
bids-sent-reference = آپ کا حوالہ نمبر
# $email is the sender's email address, shown in bold.
bids-sent-receipt = ہم نے { $email } پر رسید بھیج دی ہے۔
bids-sent-next-heading = آگے کیا ہو گا
bids-sent-next-check = پروگرام ٹیم آپ کی درخواست دیکھے گی۔ اگر ان کا کوئی سوال ہوا تو وہ آپ کو ای میل کریں گے، اور آپ اپنے جوابات بدل سکیں گے۔
bids-sent-next-panel = پھر ایک پینل، جس میں ایسے لوگ بھی شامل ہیں جو خود ان حالات سے گزرے ہیں، ضرورت اور رسائی کی بنیاد پر اسے نمبر دے گا۔
# $date is the day the round's decisions are due.
bids-sent-next-decision = آپ کو { $date } تک فیصلہ بتا دیا جائے گا۔
# Two links: $bid_link reads bids-sent-bid-link, $dashboard_link bids-sent-dashboard-link.
bids-sent-links = { $bid_link } یا { $dashboard_link }
bids-sent-bid-link = اپنی درخواست دیکھیں
bids-sent-dashboard-link = اپنے گروپوں اور درخواستوں پر جائیں
bids-flash-withdrawn = درخواست واپس لے لی گئی ہے۔

## بھیجی ہوئی درخواست کا صفحہ۔
# $date is the day the round's decisions are due.
bids-summary-waiting = آپ کی درخواست بھیج دی گئی ہے اور پروگرام ٹیم کی جانچ کی منتظر ہے۔ آپ کو { $date } تک فیصلہ بتا دیا جائے گا۔

## درخواست کی تاریخ: ہر قدم کی ایک سطر، اس کی تاریخ اور وقت کے بعد۔ $who کسی شخص کا نام ہے، یا
## bids-history-programme-team۔
bids-history-heading = تاریخ
bids-history-programme-team = پروگرام ٹیم
bids-history-started = { $who } نے درخواست شروع کی۔
bids-history-submitted = { $who } نے درخواست بھیجی۔
bids-history-resubmitted = { $who } نے تبدیلیوں کے ساتھ درخواست دوبارہ بھیجی۔
bids-history-withdrawn = { $who } نے درخواست واپس لے لی۔
# The programme team's words follow on the next line.
bids-history-returned = پروگرام ٹیم نے ایک سوال کے ساتھ درخواست واپس بھیجی:
bids-history-marked-ineligible = پروگرام ٹیم کے مطابق یہ درخواست اس راؤنڈ کے لیے اہل نہیں:
bids-history-review-started = پینل نے درخواست کو نمبر دینا شروع کیا۔
bids-history-awarded = درخواست کو فنڈنگ کی پیشکش کی گئی۔
bids-history-declined = درخواست کو فنڈنگ نہیں ملی۔ پروگرام ٹیم کی رائے:
bids-history-waitlisted = درخواست کو ویٹنگ لسٹ پر رکھا گیا، اگر مزید رقم دستیاب ہو جائے۔
bids-history-offer-accepted = { $who } نے پیشکش قبول کر لی۔
bids-history-offer-declined = { $who } نے پیشکش قبول نہیں کی۔
bids-history-cancelled = گرانٹ منسوخ کر دی گئی:
# $amount is the amount paid.
bids-history-payment = گروپ کو { $amount } کی ادائیگی کی گئی۔
bids-history-payment-unknown = گروپ کو ادائیگی کی گئی۔
bids-history-report-submitted = { $who } نے گرانٹ کے اختتام کی رپورٹ بھیجی۔
bids-history-report-updated = { $who } نے گرانٹ کے اختتام کی رپورٹ میں تبدیلی کی۔
bids-history-completed = گرانٹ مکمل ہو گئی۔
bids-history-confirmed-by-group = گروپ کے رابطہ کار نے درخواست کی تصدیق کی۔

## گروپ کا رابطہ کار اس درخواست کی تصدیق کرتا ہے جو کمیونٹی کنیکٹر نے ان کے ساتھ مل کر بھیجی۔
bids-confirm-title = اپنے گروپ کے لیے بھیجی گئی درخواست دیکھ لیں
# $name is the community connector's name.
bids-confirm-sent-by = کمیونٹی کنیکٹر { $name } نے یہ درخواست آپ کے گروپ کے ساتھ مل کر بھیجی ہے۔
bids-confirm-done = شکریہ: آپ نے اس درخواست کی تصدیق کر دی ہے۔
bids-confirm-button = یہ درست ہے: درخواست کی تصدیق کریں
bids-confirm-if-wrong = اگر کچھ غلط ہے تو کنیکٹر یا پروگرام ٹیم سے رابطہ کریں۔
bids-flash-confirmed = درخواست کی تصدیق کرنے کا شکریہ۔

## درخواست واپس لینے سے پہلے پوچھنا۔ $title درخواست کا عنوان ہے۔
bids-withdraw-confirm-title = کیا “{ $title }” واپس لینی ہے؟
bids-withdraw-confirm-final = واپس لینے کے بعد اسے بدلا نہیں جا سکتا۔ اس درخواست کو نہ نمبر دیے جائیں گے نہ رقم ملے گی، اور اسے دوبارہ نہیں بھیجا جا سکتا۔
bids-withdraw-confirm-kept = آپ کے جوابات درخواست کے صفحے پر پڑھنے کے لیے موجود رہیں گے۔
# $closes راؤنڈ بند ہونے کی تاریخ اور وقت ہے۔
bids-withdraw-confirm-new-bid = جب تک راؤنڈ کھلا ہے، یعنی { $closes } تک، آپ نئی درخواست شروع کر سکتے ہیں۔
bids-withdraw-confirm-button = جی ہاں، درخواست واپس لیں
bids-withdraw-confirm-back = نہیں، درخواست پر واپس جائیں

## درخواست کا کوئی حصہ محفوظ کرنے کے بعد اگلے صفحے پر دکھایا جاتا ہے۔
bids-saved = محفوظ ہو گیا۔
bids-saved-nothing = اُس صفحے پر کچھ نہیں لکھا گیا تھا، اس لیے کچھ محفوظ نہیں ہوا۔
# $missing بتاتا ہے کہ ابھی کیا باقی ہے۔
bids-saved-missing = محفوظ ہو گیا۔ درخواست بھیجنے سے پہلے یہ شامل کریں: { $missing }۔
what-bid-amount = آپ کتنی رقم مانگ رہے ہیں
what-bid-case = ضرورت، رسائی اور اثر میں سے ہر ایک کے لیے ویڈیو، ریکارڈنگ یا چند الفاظ

## "درخواست بھیج دی گئی" کے صفحے پر، ایک بار: گروپ کی قیادت کے بارے میں اختیاری سوالات۔
bids-sent-equality-heading = اگر آپ کے پاس 2 منٹ ہیں تو ایک اور بات (اختیاری)
bids-sent-equality-why = ہم ہر گروپ سے پوچھتے ہیں کہ اس کی قیادت کون کرتا ہے اور وہ کن لوگوں کی مدد کرتا ہے، تاکہ دیکھ سکیں کہ رقم ہر برادری تک پہنچ رہی ہے اور کون رہ گیا ہے۔ آپ کے جوابات پینل کو کبھی نہیں دکھائے جاتے اور آپ کی درخواست کے نمبروں پر اثر نہیں ڈالتے۔ آپ اسے چھوڑ سکتے ہیں۔
bids-sent-equality-link = ہمیں بتائیں کہ آپ کے گروپ کی قیادت کون کرتا ہے

## ویڈیو یا ریکارڈنگ کن حصوں کے بارے میں بتاتی ہے۔
bids-case-covers-legend = اگر آپ ویڈیو یا ریکارڈنگ بھیج رہے ہیں تو اس میں ان میں سے کن باتوں کا ذکر ہے؟
bids-case-covers-hint = جس بات کا ذکر نہیں ہے اس کا نشان ہٹا دیں، اور اس کے بارے میں نیچے چند الفاظ لکھیں۔
bids-case-covers-need = اس میں ضرورت کا ذکر ہے
bids-case-covers-reach = اس میں رسائی کا ذکر ہے
bids-case-covers-impact = اس میں اثر کا ذکر ہے
bids-told-in-video = ویڈیو میں بتایا گیا
bids-told-in-recording = ریکارڈنگ میں بتایا گیا

## بھیجنے سے پہلے، جب پینل کو ویڈیو کسی اور ویب سائٹ پر کھولنی ہو گی۔
bids-check-video-elsewhere = پینل آپ کی ویڈیو اس صفحے پر نہیں بلکہ { $host } پر دیکھے گا۔ براہِ کرم دیکھ لیں کہ لنک رکھنے والا ہر شخص سائن اِن کیے بغیر اسے دیکھ سکتا ہے۔
bids-check-video-drive = پینل آپ کی ویڈیو یہیں Google Drive سے دیکھے گا۔ براہِ کرم دیکھ لیں کہ یہ "Anyone with the link" (لنک رکھنے والا ہر شخص) کے ساتھ شیئر ہے، ورنہ پینل اسے نہیں چلا سکے گا۔
bids-check-video-unknown-site = ہم اس ویب سائٹ کو ویڈیو کی ویب سائٹ کے طور پر نہیں پہچانتے، اس لیے پینل کو آپ کا لنک وہیں کھولنا ہو گا۔ براہِ کرم دیکھ لیں کہ یہ ہر کسی کے لیے سائن اِن کیے بغیر کھلتا ہے، یا YouTube یا Vimeo کا لنک استعمال کریں، یا ویڈیو اپ لوڈ کریں۔
