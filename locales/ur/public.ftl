## وہ صفحات جو کوئی بھی پڑھ سکتا ہے، سائن اِن ہو یا نہ ہو۔

## کئی صفحات پر آنے والے الفاظ۔
# Above the range of grant sizes, e.g. "£500 سے £2,500 تک".
public-grants-of = گرانٹ کی رقم
# $min and $max are amounts.
public-grants-range = { $min } سے { $max } تک
public-total-available = کل دستیاب رقم
public-round-kept = اس رقم میں سے { $share } ان گروپوں کے لیے مخصوص ہے جن کی قیادت کرنے والے خود کو یوں بیان کرتے ہیں: { $community }۔ آپ کا گروپ اس میں شامل ہے اگر وہ درخواست بھیجتے وقت برابری کے سوالوں کے جواب میں یہ بتائے۔
public-closing-date = آخری تاریخ
public-opens = کھلنے کا وقت
public-closes = بند ہونے کا وقت
public-decisions-by = فیصلے اس تاریخ تک

## ہوم پیج (/)۔
public-home-title = کمیونٹی گروپوں کے لیے فنڈنگ
public-home-intro = لوگوں کی ذہنی صحت میں مدد کرنے والے کمیونٹی، مذہبی اور رضاکار گروپوں کے لیے چھوٹی گرانٹس۔ مختصر ویڈیو، آواز کی ریکارڈنگ یا چند لکھے ہوئے الفاظ کے ذریعے درخواست دیں: درخواست کتنی اچھی لکھی گئی ہے، اس پر کبھی نمبر نہیں دیے جاتے۔
public-home-none-open = اس وقت کوئی راؤنڈ کھلا نہیں ہے۔
public-how-to-apply = درخواست کیسے دیں
public-how-to-apply-account = اکاؤنٹ بنائیں اور ہمیں اپنے گروپ کے بارے میں بتائیں۔ یہ کام صرف ایک بار کرنا ہوتا ہے۔
public-how-to-apply-start = درخواست شروع کریں: بتائیں کہ رقم کس کام کے لیے ہے، اور ضرورت کے بارے میں اور ان لوگوں کے بارے میں بتائیں جن تک آپ پہنچتے ہیں، ویڈیو، ریکارڈنگ یا چند الفاظ میں۔
public-how-to-apply-send = راؤنڈ بند ہونے سے پہلے اسے بھیج دیں۔ ایک پینل ہر درخواست کو ضرورت اور رسائی کی بنیاد پر نمبر دیتا ہے؛ اس پینل میں ایسے لوگ بھی شامل ہیں جو خود ذہنی صحت کے مسائل سے گزر چکے ہیں۔
public-home-connector = کوئی کمیونٹی کنیکٹر درخواست دینے میں آپ کی مدد کر سکتا ہے، یا آپ کے ساتھ مل کر درخواست دے سکتا ہے۔ پروگرام ٹیم سے پوچھیں۔
public-recent-rounds = حالیہ راؤنڈ
# $round is the round's name (a link), $time_left when it closed, e.g. "14 مارچ 2027 کو بند ہوا".
public-recent-round = { $round } — { $time_left }

## راؤنڈ کا صفحہ (/rounds/{slug})۔
# The button.
public-start-bid = درخواست شروع کریں
public-tracker-heading = یہ راؤنڈ کس مرحلے پر ہے
public-uses-heading = یہ رقم کن کاموں پر خرچ کی جا سکتی ہے
public-eligibility-heading = کون درخواست دے سکتا ہے
public-scoring-heading = درخواستوں کو نمبر کیسے دیے جاتے ہیں
public-scoring-panel = ایک پینل ہر درخواست کو نمبر دیتا ہے؛ اس پینل میں ایسے لوگ بھی شامل ہیں جو خود ذہنی صحت کے مسائل سے گزر چکے ہیں۔
public-scoring-fair = ویڈیو، ریکارڈنگ اور لکھی ہوئی درخواستوں کو برابر سمجھا جاتا ہے، اور ہجے، گرامر اور درخواست کتنی اچھی لکھی گئی ہے، اس پر نمبر نہیں دیے جاتے۔
# For screen readers; $criterion is the name of what is scored, e.g. "ضرورت".
public-score-caption = { $criterion } کے ہر نمبر کا کیا مطلب ہے
public-score = نمبر
public-score-meaning = اس کا مطلب

## راؤنڈ کے مرحلے، ان کی تاریخوں کے ساتھ۔
public-tracker-open = درخواستوں کے لیے کھلا
public-tracker-panel = پینل درخواستوں کو نمبر دیتا ہے
public-tracker-panel-when = راؤنڈ بند ہونے کے بعد
public-tracker-decisions = فیصلے
# $date is the day decisions are due.
public-tracker-decisions-by = { $date } تک
# For screen readers, after a stage that has passed.
public-tracker-done = (مکمل)
# For screen readers, after the stage the round is at.
public-tracker-now = (موجودہ مرحلہ)
public-bids-so-far = اب تک کی درخواستیں

## دی گئی گرانٹس (/awards)۔
public-awards-title = دی گئی گرانٹس
public-awards-none = ابھی تک کوئی گرانٹ نہیں دی گئی۔ جب گروپ اپنی گرانٹس قبول کر لیں گے تو وہ یہاں دکھائی جائیں گی۔
# $money is the total awarded, $count the number of grants.
public-awards-total = کمیونٹی گروپوں کو { $count ->
        [one] { $count } گرانٹ
       *[other] { $count } گرانٹس
    } کی صورت میں { $money } دیے گئے۔
# Follows public-awards-total when some groups chose not to be named; $count is how many.
public-awards-unnamed = { $count ->
        [one] { $count } گروپ نے اپنا نام ظاہر نہ کرنا چنا، اس لیے اسے یہاں گنا گیا ہے لیکن فہرست میں نہیں دکھایا گیا۔
       *[other] { $count } گروپوں نے اپنا نام ظاہر نہ کرنا چنا، اس لیے انہیں یہاں گنا گیا ہے لیکن فہرست میں نہیں دکھایا گیا۔
    }
public-awards-none-named = اب تک جن گروپوں کو فنڈنگ ملی ہے ان میں سے کسی نے اپنا نام ظاہر کرنا نہیں چنا، اس لیے ابھی فہرست میں دکھانے کے لیے کچھ نہیں۔
# $standard, $json and $csv are the three links below.
public-awards-open-data = یہاں دکھائی گئی گرانٹس { $standard } کے مطابق اوپن ڈیٹا کے طور پر بھی شائع کی جاتی ہیں: { $json } یا { $csv }۔
public-awards-standard = 360Giving ڈیٹا اسٹینڈرڈ
public-awards-json = 360Giving کی JSON فائل
public-awards-csv = اسپریڈشیٹ (CSV)
# For screen readers.
public-awards-caption = ان گروپوں کو دی گئی گرانٹس جنہوں نے اپنا نام دکھانے کی اجازت دی، سب سے نئی پہلے
public-awards-group = گروپ
public-awards-amount = رقم
public-awards-for = کس کام کے لیے
public-awards-awarded = کب دی گئی
public-awards-round = راؤنڈ
# For screen readers: the links to other pages of the list.
public-awards-pages = گرانٹس کی فہرست کے صفحات

## اوپن ڈیٹا فائل (/open-data/360giving.json)، جب تک کوئی گرانٹ شائع نہ ہو سکے۔
public-open-data-no-awards = ابھی تک کوئی گرانٹ شائع نہیں کی گئی۔ 360Giving فائل میں کم از کم ایک گرانٹ ہونا ضروری ہے، اس لیے یہ فائل تب دکھائی دے گی جب نام ظاہر کرنے پر راضی کوئی گروپ اپنی گرانٹ قبول کر لے گا۔

## سرچ انجنوں اور لنک کے پیش منظر کے لیے عوامی صفحات کی تفصیل۔
# $funders lists the organisations funding the open rounds ("Riverside ICB, Northfield Council").
public-home-description-funders = کمیونٹی گروپوں کے لیے چھوٹی گرانٹس، { $funders } کی مالی مدد سے۔ ویڈیو، ریکارڈنگ یا چند لکھے ہوئے الفاظ کے ذریعے درخواست دیں۔
public-home-description-operator = کمیونٹی گروپوں کے لیے چھوٹی گرانٹس، جو { $operator } کی طرف سے چلائی جاتی ہیں۔ ویڈیو، ریکارڈنگ یا چند لکھے ہوئے الفاظ کے ذریعے درخواست دیں۔
public-home-description = کمیونٹی گروپوں کے لیے چھوٹی گرانٹس۔ ویڈیو، ریکارڈنگ یا چند لکھے ہوئے الفاظ کے ذریعے درخواست دیں۔
# $range is "£500 سے £2,500 تک" (public-grants-range); $closes the closing date and time.
public-round-description = { $round }: { $funder } کی مالی مدد سے { $range } کی گرانٹس، جو { $team } کی طرف سے چلائی جاتی ہیں۔ آخری تاریخ: { $closes }۔

## کھلے راؤنڈ کے صفحے کے آخر میں، دوسرے "درخواست شروع کریں" بٹن سے پہلے۔
public-ready-heading = درخواست دینے کے لیے تیار ہیں؟
public-ready = اس میں تقریباً 15 منٹ لگتے ہیں۔ راؤنڈ بند ہونے تک آپ اپنی درخواست محفوظ کر کے بعد میں واپس آ سکتے ہیں۔

## اکاؤنٹ بنانے سے پہلے یہ دیکھنا کہ گروپ درخواست دے سکتا ہے یا نہیں (/rounds/{slug}/eligibility)۔
# The two answers to a yes/no question.
public-eligibility-yes = ہاں
public-eligibility-no = نہیں
# On the round's page, under "Who can apply", before the list of the round's questions.
public-eligibility-we-ask = درخواست دینے سے پہلے ہم آپ سے پوچھتے ہیں:
public-eligibility-check-link = دیکھیں کہ آپ کا گروپ درخواست دے سکتا ہے یا نہیں
public-eligibility-title = کیا آپ کا گروپ درخواست دے سکتا ہے؟
# For search engines and link previews. $round is the round's name; $count how many questions it asks.
public-eligibility-description = ایک منٹ میں دیکھیں کہ آپ کا گروپ { $round } کے لیے درخواست دے سکتا ہے یا نہیں: { $count ->
        [one] ہاں یا نہیں والا { $count } سوال
       *[other] ہاں یا نہیں والے { $count } سوال
    }، کسی اکاؤنٹ کی ضرورت نہیں۔
# $count is how many questions the round asks.
public-eligibility-intro = { $count ->
        [one] یہ دیکھنے کے لیے کہ آپ کا گروپ درخواست دے سکتا ہے یا نہیں، اس سوال کا جواب دیں۔
       *[other] یہ دیکھنے کے لیے کہ آپ کا گروپ درخواست دے سکتا ہے یا نہیں، ان { $count } سوالوں کے جواب دیں۔
    }
public-eligibility-no-account = اس کے لیے آپ کو اکاؤنٹ کی ضرورت نہیں، اور جب تک آپ درخواست شروع نہ کریں ہم کچھ محفوظ نہیں کرتے۔
# The form's button.
public-eligibility-continue = آگے بڑھیں
# At a question left unanswered; $question is the question.
public-eligibility-error-answer = ہاں یا نہیں میں جواب دیں: { $question }
public-eligibility-not-open = یہ راؤنڈ اس وقت درخواستوں کے لیے کھلا نہیں ہے۔
public-eligibility-back-to-round = راؤنڈ کے صفحے پر واپس جائیں
public-eligibility-nothing-to-check = شروع کرنے سے پہلے کچھ دیکھنے کی ضرورت نہیں: راؤنڈ کے صفحے پر پڑھیں کہ کون درخواست دے سکتا ہے، پھر اپنی درخواست شروع کریں۔
# When the answers let the group apply. $round is the round's name.
public-eligibility-through-title = آپ کا گروپ درخواست دے سکتا ہے
public-eligibility-through = آپ کے جوابات کے مطابق آپ کا گروپ { $round } کے لیے درخواست دے سکتا ہے۔
public-eligibility-change = اپنے جوابات بدلیں
public-eligibility-kept = آپ کے جوابات آپ کی درخواست کے ساتھ محفوظ رہیں گے۔
public-eligibility-have-account = کیا آپ کا اکاؤنٹ پہلے سے موجود ہے؟
public-eligibility-sign-in = اپنی درخواست جاری رکھنے کے لیے سائن اِن کریں
# When an answer means the group cannot apply. $round is the round's name.
public-eligibility-ruled-out-title = آپ کا گروپ اس راؤنڈ کے لیے درخواست نہیں دے سکتا
public-eligibility-ruled-out = ہمیں افسوس ہے: آپ کے جوابات کے مطابق آپ کا گروپ { $round } کے لیے درخواست نہیں دے سکتا۔
# Before the reason; $answer is "ہاں" or "نہیں", $question the question.
public-eligibility-you-answered = سوال "{ $question }" کا آپ کا جواب: "{ $answer }"
public-eligibility-talk-heading = یقین نہیں، یا لگتا ہے کہ یہ غلط ہے؟
public-eligibility-talk = پروگرام ٹیم سے بات کریں۔ وہ خوشی سے مدد کریں گے، اور آپ کو دوسری فنڈنگ کے بارے میں بتا سکتے ہیں۔
public-eligibility-other-rounds = اس وقت کھلے دوسرے راؤنڈ
public-eligibility-no-other-rounds = اس وقت کوئی دوسرا راؤنڈ کھلا نہیں ہے۔
public-eligibility-all-rounds = تمام راؤنڈ دیکھیں

## ہوم پیج اور راؤنڈ کے صفحات پر پروگرام کا ٹریکر۔
public-have-your-say = اپنی رائے دیں
public-have-your-say-intro = دیکھیں کہ ہر پروگرام کس کام پر لگا ہوا ہے، آپ ابھی کن فیصلوں پر اثر ڈال سکتے ہیں، اور لوگوں کی رائے سے کیا بدلا۔
# $programme is the programme's name.
public-programme-tracker-link = پروگرام { $programme } کن باتوں کا فیصلہ کر رہا ہے، اور آپ اپنی رائے کیسے دے سکتے ہیں
public-criteria-open-for-views = اس راؤنڈ میں نمبر دینے کے معیار پر آپ کی رائے لی جا رہی ہے: ہمیں بتائیں کہ آپ کیا سوچتے ہیں
# The panel's stage when the lead set a date; $date is that date.
public-tracker-panel-by = { $date } تک نمبر دیے جائیں گے
public-tracker-payments = گرانٹس کی ادائیگی
public-tracker-payments-when = جب گروپ اپنی پیشکش قبول کر لیں
# $date is the day the first grant was paid.
public-tracker-payments-first = پہلی ادائیگی { $date } کو ہوئی
