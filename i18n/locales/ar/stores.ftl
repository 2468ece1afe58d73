### محدد مواقع المتاجر: الأماكن والمنتجات والمخزون ومواعيد العمل والحجز للاستلام.

stores-title = ابحث عن متجر
stores-reserve-title = احجز للاستلام من المتجر
stores-receipt-title = تم الحجز
stores-mine-title = حجوزاتي
stores-back = العودة إلى المتاجر
stores-where = المدينة أو الحي أو الرمز البريدي
stores-where-hint = اكتب حرفين على الأقل، ثم اختر مكانًا.
stores-suggestions =
    { $count ->
        [zero] لم يُعثر على أي مكان
        [one] عُثر على مكان واحد
        [two] عُثر على مكانين
        [few] عُثر على { $count } أماكن
        [many] عُثر على { $count } مكانًا
       *[other] عُثر على { $count } مكان
    }
stores-use-location = استخدم موقعي
stores-geo-locating = جارٍ تحديد موقعك…
stores-geo-denied = خدمة الموقع متوقفة لهذه الصفحة. اكتب اسم مدينة أو رمزًا بريديًا بدلًا من ذلك، أو اسمح بالوصول إلى الموقع في إعدادات المتصفح.
stores-geo-unavailable = موقعك غير متاح حاليًا. اكتب اسم مدينة أو رمزًا بريديًا بدلًا من ذلك.
stores-product = المنتج
stores-variant = اللون والسعة
stores-product-clear = اختر منتجًا آخر
stores-kind-device = هاتف أو جهاز لوحي
stores-kind-sim = شريحة SIM
stores-kind-accessory = ملحق
stores-filters = تصفية المتاجر
stores-open-now = المفتوحة الآن
stores-in-stock = المتاجر التي يتوفر فيها المنتج
stores-service = الخدمة
stores-service-any = كل الخدمات
service-repairs = الإصلاح
service-sim = شرائح SIM وeSIM
service-financing = تقسيط الأجهزة
service-mobile-money = المحفظة الإلكترونية
service-step-free = مدخل بلا درج
stores-results = أقرب المتاجر
stores-none = لا يوجد متجر مطابق في نطاق { 100 } كم. جرّب مكانًا آخر أو عوامل تصفية أقل.
stores-here = هذا المتجر
stores-distance = على بعد { $distance }
stores-services =
    .aria-label = الخدمات
stores-directions = الاتجاهات
    .aria-label = الاتجاهات إلى { $store }
stores-reserve = احجز
    .aria-label = احجز في { $store }
stores-store = المتجر
stores-opening = الآن
stores-quantity = الكمية
stores-price-from = ابتداءً من { $price }
stores-price = السعر
stores-price-each = { $price } للقطعة الواحدة
stores-to-pay = المبلغ المطلوب دفعه في المتجر
stores-to-pay-units = { $total } ({ $count } × { $price })
stores-hold-explained = نحتفظ به لك حتى موعد الإغلاق في يوم العمل التالي للمتجر. تدفع في المتجر عند الاستلام.
stores-confirm = احجز الآن
stores-confirming = جارٍ الحجز…
stores-receipt-done = تم تأكيد حجزك. اعرض هذا الرمز في المتجر.
stores-code = رمز الاستلام
stores-qr =
    .aria-label = رمز QR لرمز الاستلام { $code }
stores-status = الحالة
stores-state-active = محجوز لك
stores-state-cancelled = ملغى
stores-state-expired = منتهي الصلاحية
stores-state-collected = تم الاستلام
stores-hold = محجوز حتى
stores-cancel = إلغاء الحجز
    .aria-label = إلغاء الحجز: { $product }
stores-cancel-ask = هل تريد إلغاء هذا الحجز؟ لن يحتفظ المتجر به لك بعد الآن.
stores-cancel-yes = نعم، ألغِه
stores-cancel-keep = لا، أبقِه
stores-cancelled = أُلغي حجزك.
stores-mine-none = ليست لديك أي حجوزات.


## الخريطة، عندما يتوفر خادم خرائط.

stores-map =
    .aria-label = خريطة المتاجر
stores-map-zoom-in =
    .aria-label = تكبير
stores-map-zoom-out =
    .aria-label = تصغير
stores-map-north =
    .aria-label = تحريك الخريطة شمالًا
stores-map-south =
    .aria-label = تحريك الخريطة جنوبًا
stores-map-east =
    .aria-label = تحريك الخريطة شرقًا
stores-map-west =
    .aria-label = تحريك الخريطة غربًا
stores-map-marker =
    .aria-label = { $number }. { $store }: اعرضه في القائمة

## ألوان المنتجات.

colour-black = أسود
colour-white = أبيض
colour-blue = أزرق
colour-navy = كحلي
colour-lilac = ليلكي
colour-silver = فضي
colour-grey = رمادي
colour-pink = وردي
colour-teal = أزرق مخضر
colour-gold = ذهبي
colour-green = أخضر
colour-purple = بنفسجي
