## ہر صفحے پر آنے والے الفاظ، اور رقم اور تاریخ لکھنے کا طریقہ۔

format-decimal-separator = .
format-group-separator = ,
format-group-minimum-digits = 1
# Amounts are isolated left to right (U+2066 … U+2069) so "£500 سے £5,000" keeps its order.
format-money = ⁦£{ $amount }⁩
format-date = { $day } { $month } { $year }
format-month-1 = جنوری
format-month-2 = فروری
format-month-3 = مارچ
format-month-4 = اپریل
format-month-5 = مئی
format-month-6 = جون
format-month-7 = جولائی
format-month-8 = اگست
format-month-9 = ستمبر
format-month-10 = اکتوبر
format-month-11 = نومبر
format-month-12 = دسمبر
format-time = { $hour12 }:{ $minute } { $period ->
    [am] صبح
   *[pm] شام
}
format-time-midday = دوپہر 12 بجے
format-time-midnight = رات 12 بجے
format-date-time = { $date }، { $time }

error-enter = { $what } درج کریں
error-control-character = { $what } دوبارہ لکھیں: اس میں ایک چھپا ہوا کنٹرول حرف ہے
error-one-line = { $what } ایک ہی سطر میں لکھیں، ٹیب یا چھپے ہوئے حروف کے بغیر
error-too-long = { $what } زیادہ سے زیادہ { $max } حروف میں لکھیں

layout-skip-link = سیدھا اصل مواد پر جائیں
layout-nav-label = مرکزی فہرست
layout-signed-in-as = آپ اس نام سے سائن اِن ہیں:
layout-sign-out = سائن آؤٹ کریں
layout-two-factor-prompt = پروگرام لیڈ یا سائٹ ایڈمن کے ٹولز استعمال کرنے کے لیے دو مرحلوں والا سائن اِن شروع کریں۔
layout-two-factor-prompt-time = فون پر تصدیقی ایپ کے ساتھ اس میں دو منٹ لگتے ہیں۔
layout-two-factor-prompt-link = دو مرحلوں والا سائن اِن شروع کریں
layout-languages-label = زبانیں
layout-draft-translation = یہ ترجمہ ابھی ابتدائی مسودہ ہے۔
layout-draft-translation-tell-us = جو بات ٹھیک نہ لگے ہمیں بتائیں۔
layout-draft-translation-tell-us-at = جو بات ٹھیک نہ لگے ہمیں بتائیں:
layout-draft-translation-more = ہمارے ترجموں کے بارے میں
layout-footer-heading = مددگار لنکس
layout-footer-accessibility = رسائی کا بیان
layout-footer-privacy = رازداری
layout-footer-languages = زبانیں
layout-footer-awards = دی گئی گرانٹس
layout-footer-directory = کمیونٹی ڈائریکٹری
layout-footer-about = smallgrants مقامی گرانٹ پروگراموں کے لیے مفت سافٹ ویئر ہے۔

nav-funding-rounds = فنڈنگ راؤنڈ
nav-sign-in = سائن اِن کریں
nav-register = اکاؤنٹ بنائیں
nav-dashboard = آپ کے گروپ اور درخواستیں
nav-dashboard-work = آپ کا کام
nav-panel = پینل
nav-directory-review = ڈائریکٹری
nav-programmes = پروگرام
nav-people = لوگ
nav-account = آپ کا اکاؤنٹ

error-summary-title = ایک مسئلہ ہے
error-prefix = غلطی:
error-title = غلطی: { $title }
pagination-previous = پچھلا صفحہ
pagination-next = اگلا صفحہ
pagination-page-of = صفحہ { $page } از { $last_page }

money-error-empty = رقم درج کریں
money-error-not-money = رقم پاؤنڈ میں درج کریں، جیسے 2500 یا £2,500.50
money-error-too-precise = اعشاریہ کے بعد 2 سے زیادہ ہندسے نہ لکھیں
money-error-negative = ایسی رقم درج کریں جو منفی نہ ہو
money-error-too-large = £1,000,000,000 یا اس سے کم رقم درج کریں
# Who runs the portal, in the footer of pages that belong to no one programme. $operator is the
# organisation's name. Shown with dir="auto": keep an Urdu word first.
layout-footer-run-by = یہ پورٹل { $operator } کی طرف سے چلایا جاتا ہے۔
# Followed by the email address.
layout-footer-write-to = کوئی سوال ہے؟ اس پتے پر ای میل کریں:
# A page's description for search engines and link previews. $title is the page's title.
layout-description = { $title }: کمیونٹی گروپوں کے لیے چھوٹی گرانٹس، جن کے لیے ویڈیو، ریکارڈنگ یا چند الفاظ کے ذریعے درخواست دی جا سکتی ہے۔
layout-description-operator = { $title }: کمیونٹی گروپوں کے لیے چھوٹی گرانٹس، جو { $operator } کی طرف سے چلائی جاتی ہیں۔
layout-description-programme = { $title }: { $programme }، کمیونٹی گروپوں کے لیے چھوٹی گرانٹس، جو { $team } کی طرف سے چلائی جاتی ہیں۔

## کوئی پروگرام کون چلاتا ہے اور وہاں کسی فرد سے کیسے رابطہ کیا جائے۔ $team is the team's name,
## $funder the organisation that funds the programme (often the same). Shown with dir="auto":
## keep an Urdu word first.
team-run-by = یہ پروگرام { $team } کی طرف سے { $funder } کے لیے چلایا جاتا ہے
team-run-by-funder = یہ پروگرام { $funder } کی طرف سے چلایا جاتا ہے
team-panel-heading = کوئی سوال ہے؟ ہماری ٹیم کے کسی فرد سے بات کریں
team-email = ای میل:
team-phone = فون:
team-privacy-link = یہ پروگرام آپ کی معلومات کیسے استعمال کرتا ہے
