## سائن اِن شخص کا اپنا صفحہ (/dashboard): اس کی درخواستیں، کھلے راؤنڈ اور اس کے گروپ۔

dashboard-title = آپ کے گروپ اور درخواستیں
dashboard-your-bids = آپ کی درخواستیں
dashboard-no-bids = ابھی تک آپ کی کوئی درخواست نہیں ہے۔
# Column headings of the list of bids.
dashboard-bid = درخواست
dashboard-status = صورتحال
dashboard-next = آگے کیا کرنا ہے
dashboard-open-rounds = اس وقت کھلے راؤنڈ
# $round is the round's name (a link), $closes the date and time it closes.
dashboard-open-round = { $round } — { $closes } کو بند ہو گا
dashboard-your-groups = آپ کے گروپ
dashboard-no-groups = اپنے گروپ کے بارے میں ایک بار بتائیں، پھر ہر درخواست میں وہی معلومات استعمال کریں۔
# After the name of a group the person helps.
dashboard-connector = (آپ کمیونٹی کنیکٹر کے طور پر مدد کرتے ہیں)
# The button, for a community connector.
dashboard-add-helped-group = اس گروپ کو شامل کریں جس کی آپ مدد کر رہے ہیں
dashboard-add-group = گروپ شامل کریں

## درخواست کے ساتھ آگے کیا کرنا ہے، چند الفاظ میں۔
# $closes is the date and time the round closes.
dashboard-next-finish = مکمل کریں اور { $closes } تک بھیج دیں
dashboard-next-closed = راؤنڈ بند ہو چکا ہے؛ یہ ڈرافٹ اب بھیجا نہیں جا سکتا
dashboard-next-answer = پروگرام ٹیم کے سوال کا جواب دیں اور درخواست دوبارہ بھیجیں
# $date is the day decisions are due.
dashboard-next-wait = کچھ کرنے کی ضرورت نہیں: فیصلے { $date } تک ہوں گے
dashboard-next-waitlisted = کچھ کرنے کی ضرورت نہیں: اگر رقم دستیاب ہوئی تو ہم آپ کو بتائیں گے
dashboard-next-accept = اپنی پیشکش پڑھیں اور اسے قبول کریں
dashboard-next-report = پروجیکٹ ختم ہونے پر ایک مختصر رپورٹ بھیجیں
