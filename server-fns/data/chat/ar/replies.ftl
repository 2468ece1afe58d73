chat-welcome = مرحبا! يمكنني عرض استهلاكك، وإيجاد باقة أرخص، وإيجاد فرع يتوفر فيه هاتف، والإجابة عن أسئلة الفاتورة والتجوال والشريحة وغيرها. كيف أساعدك؟
chat-welcome-name = مرحبا { $name }! يمكنني عرض استهلاكك، وإيجاد باقة أرخص، وإيجاد فرع يتوفر فيه هاتف، والإجابة عن أسئلة الفاتورة والتجوال والشريحة وغيرها. كيف أساعدك؟
chat-greeting = مرحبا! كيف يمكنني مساعدتك؟
chat-thanks = على الرحب والسعة. هل هناك شيء آخر؟
chat-goodbye = مع السلامة، وشكرا لتواصلك معنا.
chat-usage = هذا استهلاكك في الدورة الحالية.
chat-sign-in = يرجى تسجيل الدخول أولا: لا يمكنني عرض إلا حسابك.
chat-plans = بحثت عن باقات أرخص من باقتك.
chat-usage-data = هذه البيانات المتبقية لك في هذه الدورة.
chat-usage-voice = هذه الدقائق المتبقية لك في هذه الدورة.
chat-usage-sms = هذه الرسائل المتبقية لك في هذه الدورة.
chat-change-plan = هذه باقات يمكنك الانتقال إليها. قارن بينها كلها لتغيير باقتك.
chat-addons = هذه الإضافات التي يمكنك شراؤها لخطك. وللحصول على المزيد كل شهر، يمكنك أيضًا تغيير باقتك.
chat-qr-change-plan = تغيير باقتي
chat-qr-addons = شراء إضافة
chat-stores-which = أي { $family } تبحث عنه قرب { $place }؟
chat-plans-under = بحثت عن باقات بأقل من { $amount }.
chat-stores-stock = فروع قريبة من { $place } يتوفر فيها { $product }:
chat-stores-near = فروع قريبة من { $place }:
chat-stores-ask-place = أين تريد استلام { $product }؟ أخبرني باسم مدينة أو حي.
chat-stores-ask = ما الهاتف أو الملحق الذي تبحث عنه، وفي أي مدينة؟
chat-hours-ask = في أي مدينة؟ سأعرض لك أقرب الفروع ومواعيدها.
chat-rephrase = لست متأكدا أنني فهمت. هل تقصد أحد هذه؟
chat-dont-know = عذرا، لا يمكنني المساعدة في ذلك. هذا ما يمكنني فعله:
chat-offer-advisor = هل تريد التحدث مع موظف؟
chat-complaint = يؤسفني سماع ذلك. يمكن لموظف أن يتابع الأمر معك.
chat-cancel = يمكن لموظف مساعدتك في ذلك.
chat-queued = ترتيبك في قائمة الانتظار: { $position }. الانتظار المتوقع: { $minutes ->
    [zero] أقل من دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
   *[other] { $minutes } دقيقة
} تقريبا.
chat-advisors-closed = موظفونا غير متاحين الآن (مواعيدهم { $hours }). اترك رسالة وسنرد عليك هنا.
chat-ticket-created = شكرا. سُجلت رسالتك تحت الطلب { $id }، وسيظهر الرد في هذه المحادثة.
chat-advisor-joined = انضم { $name } إلى المحادثة.
chat-advisor-left = غادر { $name } المحادثة.
chat-transferred = يتم تحويلك إلى فريق آخر.
chat-rate = كيف تقيّم هذه المحادثة؟
chat-rated = شكرا على رأيك.
chat-qr-usage = استهلاكي
chat-qr-plans = باقة أرخص
chat-qr-stores = إيجاد فرع
chat-qr-network = مشكلة في الشبكة
chat-qr-bill = فاتورتي
chat-qr-roaming = التجوال
chat-qr-advisor = التحدث مع موظف
chat-qr-message = ترك رسالة
chat-qr-no = لا، شكرا
chat-incidents = أعطال الشبكة المعروفة قرب { $place }:
chat-incidents-title = الأعطال المعروفة
chat-incident-until = من المتوقع الإصلاح بحلول { $time }.
chat-no-incidents = لا يوجد عطل معروف في الشبكة قرب { $place }. إليك ما يمكنك تجربته:
chat-hours-ask-incidents = في أي مدينة أو حي أنت؟ سأتحقق من وجود أعطال معروفة هناك.
chat-shop-or-online = يمكن لموظف في { $store } أن يأتي إليك هنا، أو يمكنك التحدث مع موظف عبر الإنترنت.
chat-qr-shop-advisor = موظف في هذا المتجر
chat-qr-online-advisor = موظف عبر الإنترنت
chat-shop-queued = سيأتي إليك موظف من هذا المتجر. ترتيبك في قائمة انتظار المتجر: { $position }. يرجى البقاء أمام هذه الشاشة.
# Topping up with a recharge card (a voucher's code) in the chat.
chat-topup-ask = هل لديك بطاقة شحن؟ اكتب هنا الرمز الذي يظهر بعد كشط البطاقة، وسأضيفه إلى رصيدك.
# Variables:
#   $amount (String) - what the card added, e.g. "1000 XOF"
#   $end (String) - the code's last four digits
chat-topup-done = تم بنجاح: أُضيف { $amount } إلى رصيدك من البطاقة المنتهية بالأرقام { $end }.
chat-topup-not-found = الرمز المنتهي بالأرقام { $end } لا يطابق أي بطاقة شحن لدينا. تحقق من الأرقام واكتبه مرة أخرى.
chat-topup-used = استُخدمت البطاقة المنتهية بالأرقام { $end } من قبل. إذا كنت قد اشتريتها للتو، فيمكن للمتجر الذي باعها لك مساعدتك.
chat-topup-attempts = أُدخلت رموز خاطئة كثيرة اليوم. حفاظًا على أمانك، حاول مرة أخرى غدًا أو اشحن رصيدك في أحد المتاجر، ويمكن لموظف أيضًا مساعدتك.
chat-topup-postpaid = خطك على باقة شهرية تُدفع بالفاتورة: لا يوجد رصيد لشحنه.
# الرسالة النصية التي تحمل رمز الدخول إلى الكشك.
# Variables:
#   $code (String) - الرمز المكوّن من ستة أرقام
#   $minutes (Number) - مدة صلاحيته
kiosk-code-sms = رمز Selfcare الخاص بك: { $code }. صالح لمدة { $minutes ->
    [zero] أقل من دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}. لا تشاركه مع أي شخص.
