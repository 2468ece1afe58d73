### واجهة الأداة وتسجيل الدخول والأخطاء واختيار اللغة.

-brand-name = Selfcare

widget-title = حسابي
widget-region =
    .aria-label = { -brand-name }: حسابي
launcher-open = حسابي
    .aria-label = فتح حسابي
launcher-close = إغلاق
    .aria-label = إغلاق حسابي
language-switcher = اللغة
loading = جارٍ التحميل…
retry = إعادة المحاولة
signin-required-title = سجّل الدخول لعرض حسابك
signin-required-body = سجّل الدخول لعرض استهلاكك وعقدك وحجوزاتك.
signin-button = تسجيل الدخول
no-lines = لا يوجد خط هاتف محمول في حسابك.
nav-label =
    .aria-label = الأقسام

## أخطاء يردّ بها الخادم، حسب المعرّف.

error-unauthenticated = تعذّر التحقق من هويتك. سجّل الدخول مرة أخرى.
error-token-expired = انتهت صلاحية جلستك. سجّل الدخول مرة أخرى للمتابعة.
error-line-not-found = هذا الخط غير موجود في حسابك.
error-bad-request = تعذّر فهم هذا الطلب. أعد تحميل الصفحة وحاول مرة أخرى.
error-network = تعذّر الوصول إلى الخدمة. تحقّق من اتصالك وحاول مرة أخرى.
error-unavailable = الخدمة مشغولة حاليًا. حاول مرة أخرى بعد قليل.
error-internal = حدث خطأ من جهتنا. حاول مرة أخرى لاحقًا.
error-offering-not-found = هذا العرض لم يعد متاحًا.
error-order-not-found = هذا الطلب ليس في حسابك.
error-not-eligible = لم يعد من الممكن اختيار هذا العرض لهذا الخط. توضح قائمة العروض السبب.
error-conflict = تم إجراء تغيير آخر على هذا الخط في الوقت نفسه. تحقق من الخط ثم حاول مرة أخرى.
error-price-changed = تغيّر السعر منذ أن اطلعت عليه. راجع السعر الجديد قبل التأكيد.
error-idempotency-key-reused = تم إرسال هذا الطلب من قبل ببيانات مختلفة. ابدأ من جديد.
error-idempotency-key-expired = انتهت صلاحية هذا التأكيد. ابدأ من جديد.
error-order-not-cancellable = أصبح هذا التغيير ساريًا ولا يمكن إلغاؤه.
error-consent-required = ضع علامة في المربع للموافقة قبل التأكيد.

## Store locator errors and sections.

error-bad-coordinates = هذا المكان غير موجود على الخريطة. اختر مكانًا من الاقتراحات.
error-radius-too-large = منطقة البحث هذه كبيرة جدًا. اختر مدينة أو استخدم موقعك.
error-query-empty = اكتب اسم مدينة أو حي أو رمزًا بريديًا.
error-store-not-found = هذا المتجر لم يعد موجودًا.
error-product-not-found = هذا المنتج لم يعد معروضًا للبيع.
error-out-of-stock = لم يعد هذا المنتج متوفرًا في هذا المتجر. قد يتوفر في متجر قريب آخر.
error-reservation-limit = لا يمكنك حجز المزيد من هذا المنتج. استلم حجزًا أو ألغِه أولًا.
error-reservation-not-found = هذا الحجز غير موجود في حسابك.
error-reservation-not-cancellable = انتهى هذا الحجز بالفعل.
nav-usage = استهلاكي
nav-stores = المتاجر
nav-chat = المحادثة

## أخطاء المحادثة.

error-conversation-not-found = هذه المحادثة لم تعد متاحة. ابدأ محادثة جديدة.
error-message-empty = اكتب رسالة أولا.
error-message-too-long = هذه الرسالة طويلة جدا. اختصرها أو أرسلها على أجزاء.
error-message-invalid = تحتوي هذه الرسالة على رموز لا يمكن إرسالها. احذفها وحاول مرة أخرى.
error-rate-limited = أنت ترسل الرسائل بسرعة كبيرة. انتظر دقيقة ثم حاول مرة أخرى.
error-conversation-closed = انتهت هذه المحادثة. ابدأ محادثة جديدة.
error-forbidden = ليس لديك صلاحية الوصول إلى هذا.
error-delegation-invalid = هذا الرمز خاطئ أو مستخدم أو منتهي الصلاحية. اطلب من العميل رمزا جديدا.
error-code-invalid = هذا الرمز خاطئ أو منتهي الصلاحية. تحقق منه أو اطلب رمزا جديدا.
error-pairing-not-found = انتهت صلاحية طلب تسجيل الدخول هذا أو استُخدم من قبل. امسح الرمز على الشاشة مرة أخرى.
error-code-locked = محاولات خاطئة كثيرة. اطلب رمزا جديدا.

## A shop's hours and stock, shown by the locator, the chat's cards and a kiosk's attract screen.

stores-week = مواعيد العمل هذا الأسبوع
stores-closed = مغلق
stores-closed-opens = مغلق · يفتح الساعة { $time }
stores-closed-opens-day = مغلق · يفتح { $day }
stores-closed-opens-tomorrow = مغلق · يفتح غدًا الساعة { $time }
stores-exceptional = مواعيد استثنائية اليوم
stores-exceptional-day = مواعيد استثنائية
stores-holiday = عطلة رسمية: { $name }
stores-open-always = مفتوح على مدار الساعة
stores-open-until = مفتوح · يغلق الساعة { $time }
stores-open-until-tomorrow = مفتوح · يغلق غدًا الساعة { $time }
stores-stock-count =
    { $count ->
        [zero] غير متوفر
        [one] قطعة واحدة متوفرة
        [two] قطعتان متوفرتان
        [few] { $count } قطع متوفرة
        [many] { $count } قطعة متوفرة
       *[other] { $count } قطعة متوفرة
    }
stores-stock-few = كمية قليلة متبقية
stores-stock-few-count =
    { $count ->
        [zero] لم يتبق شيء
        [one] لم تتبق إلا قطعة واحدة
        [two] لم تتبق إلا قطعتان
        [few] لم يتبق إلا { $count } قطع
        [many] لم يتبق إلا { $count } قطعة
       *[other] لم يتبق إلا { $count } قطعة
    }
stores-stock-in = متوفر
stores-stock-out = غير متوفر

## Topping up a prepaid line with a voucher (a scratch card sold in shops).

error-voucher-invalid = يتكون رمز الشحن من { 10 } إلى { 20 } رقمًا. اكتب الأرقام التي تظهر بعد كشط البطاقة.
error-voucher-not-found = رمز الشحن هذا غير صالح. تحقق منه وحاول مرة أخرى.
error-voucher-used = استُخدمت بطاقة الشحن هذه من قبل.
error-voucher-attempts = محاولات خاطئة كثيرة. حاول مرة أخرى غدًا، أو اشحن رصيدك في أحد المتاجر.
error-line-not-prepaid = بطاقات الشحن مخصصة للخطوط مسبقة الدفع فقط.
