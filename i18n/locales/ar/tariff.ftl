### تغيير الباقة والإضافات: العروض والمقارنة وملخص العقد والتأكيد والإيصال.

tariff-back = العودة إلى استهلاكي
tariff-back-to-list = العودة إلى العروض
tariff-plans-title = تغيير الباقة
tariff-addons-title = إضافة بيانات أو تجوال
# Variables:
#   $plan (String) - the current plan's name
tariff-current = باقتك: { $plan }
tariff-show-all = اعرض أيضًا الباقات غير المتاحة لي
tariff-none = لا توجد باقة أخرى متاحة لهذا الخط.
tariff-none-addons = لا توجد إضافة متاحة لهذا الخط.
# Variables:
#   $price (String) - formatted amount
tariff-price-month = { $price } شهريًا
# Variables:
#   $price (String) - formatted amount
tariff-price-period = { $price } كل { 30 } يومًا
# Variables:
#   $price (String) - formatted amount
tariff-price-once = { $price } مرة واحدة
# A price or a difference while a promotion lasts, then after it.
# Variables:
#   $first (String) - during the promotion (a price or a difference, with its period)
#   $months (Number) - how many months the promotion lasts
#   $after (String) - after the promotion (a price or a difference, with its period)
tariff-then =
    { $months ->
        [zero] { $after }
        [one] { $first } للشهر الأول، ثم { $after }
        [two] { $first } لمدة شهرين، ثم { $after }
        [few] { $first } لمدة { $months } أشهر، ثم { $after }
        [many] { $first } لمدة { $months } شهرًا، ثم { $after }
       *[other] { $first } لمدة { $months } شهر، ثم { $after }
    }
tariff-term-none = بدون التزام
# Variables:
#   $months (Number) - length of the commitment
tariff-term =
    { $months ->
        [zero] بدون التزام
        [one] التزام لمدة شهر
        [two] التزام لمدة شهرين
        [few] التزام لمدة { $months } أشهر
        [many] التزام لمدة { $months } شهرًا
       *[other] التزام لمدة { $months } شهر
    }
tariff-unlimited = غير محدود
tariff-not-included = غير مشمولة
# Variables:
#   $days (Number) - how long an add-on lasts
tariff-validity =
    { $days ->
        [zero] صالحة اليوم فقط
        [one] صالحة ليوم واحد
        [two] صالحة ليومين
        [few] صالحة لمدة { $days } أيام
        [many] صالحة لمدة { $days } يومًا
       *[other] صالحة لمدة { $days } يوم
    }
tariff-compare = مقارنة
tariff-choose = اختيار
    .aria-label = اختيار { $plan }
tariff-buy = شراء
    .aria-label = شراء { $plan }
tariff-unavailable = لماذا لا يمكنك اختيارها
tariff-comparison = مقارنة باقتك
tariff-col-current = باقتك
tariff-row-price = السعر
tariff-row-data = البيانات
tariff-row-calls = المكالمات
tariff-row-texts = الرسائل
tariff-row-roaming = بيانات التجوال
tariff-row-term = الالتزام
tariff-row-speed = السرعة
tariff-row-gained = ما تكسبه
tariff-row-lost = ما تخسره
tariff-nothing = لا شيء
# Variables:
#   $down (Number) - maximum download speed
#   $up (Number) - maximum upload speed
tariff-speed = تنزيل { $down } ميغابت/ث، رفع { $up } ميغابت/ث

## أسباب عدم إتاحة العرض (معرّفات من الخادم).

# Variables:
#   $date (String) - the day the commitment ends, formatted
reason-commitment = ينتهي التزامك في { $date }. حتى ذلك الحين يمكنك الانتقال فقط إلى باقة بالسعر نفسه أو أعلى.
reason-unpaid-bill = توجد فاتورة غير مدفوعة. ادفعها لتغيير باقتك أو شراء إضافات.
reason-business-only = لعملاء الشركات فقط.
reason-consumer-only = للأفراد فقط.
reason-not-online = غير متاحة عبر الإنترنت: اسأل في أحد المتاجر.
reason-not-in-shops = غير متاحة في المتاجر: متاحة على موقعنا.
reason-not-with-partner = لا تُباع هنا: تواصل مع مشغّلك.
reason-payment-change = لا يمكن الانتقال بين الدفع المسبق والفاتورة في بلدك.
# Variables:
#   $date (String) - first day another change is possible, formatted
reason-recent-change = غيّرت باقتك مؤخرًا. يمكنك التغيير مرة أخرى ابتداءً من { $date }.
reason-pending-change = يوجد تغيير مجدول بالفعل. ألغه لاختيار باقة أخرى.
reason-insufficient-balance = رصيدك غير كافٍ. اشحن رصيدك لشراء هذه الإضافة.
reason-current-plan = هذه باقتك.

## المراجعة وملخص العقد والتأكيد.

tariff-review-title = المراجعة والتأكيد
tariff-when = متى يسري التغيير؟
tariff-when-now = الآن
# Variables:
#   $amount (String) - formatted amount
#   $days (Number) - days left in the billing period
tariff-charge-now =
    { $days ->
        [zero] يُضاف { $amount } إلى فاتورتك القادمة عن هذه الفترة
        [one] يُضاف { $amount } إلى فاتورتك القادمة عن اليوم، آخر يوم في هذه الفترة
        [two] يُضاف { $amount } إلى فاتورتك القادمة عن يومين من اليوم حتى نهاية هذه الفترة
        [few] يُضاف { $amount } إلى فاتورتك القادمة عن { $days } أيام من اليوم حتى نهاية هذه الفترة
        [many] يُضاف { $amount } إلى فاتورتك القادمة عن { $days } يومًا من اليوم حتى نهاية هذه الفترة
       *[other] يُضاف { $amount } إلى فاتورتك القادمة عن { $days } يوم من اليوم حتى نهاية هذه الفترة
    }
# Variables:
#   $amount (String) - formatted amount
#   $days (Number) - days left in the billing period
tariff-credit-now =
    { $days ->
        [zero] يُخصم { $amount } من فاتورتك القادمة عن هذه الفترة
        [one] يُخصم { $amount } من فاتورتك القادمة عن اليوم، آخر يوم في هذه الفترة
        [two] يُخصم { $amount } من فاتورتك القادمة عن يومين من اليوم حتى نهاية هذه الفترة
        [few] يُخصم { $amount } من فاتورتك القادمة عن { $days } أيام من اليوم حتى نهاية هذه الفترة
        [many] يُخصم { $amount } من فاتورتك القادمة عن { $days } يومًا من اليوم حتى نهاية هذه الفترة
       *[other] يُخصم { $amount } من فاتورتك القادمة عن { $days } يوم من اليوم حتى نهاية هذه الفترة
    }
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-bill-charge = يُضاف { $amount } إلى فاتورتك القادمة
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-bill-credit = يُخصم { $amount } من فاتورتك القادمة
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-balance-charge = يُخصم { $amount } من رصيدك
tariff-nothing-now = لا شيء للدفع الآن
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-more-month = أكثر بـ{ $amount } شهريًا
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-less-month = أقل بـ{ $amount } شهريًا
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-more-period = أكثر بـ{ $amount } كل { 30 } يومًا
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-less-period = أقل بـ{ $amount } كل { 30 } يومًا
tariff-same-price = بنفس سعر باقتك الحالية
# Variables:
#   $date (String) - first day of the next period, formatted
tariff-when-next = في الفترة القادمة، ابتداءً من { $date }، دون دفع أي شيء الآن
tariff-summary-title = ملخص العقد
tariff-summary-service = الخدمة
tariff-summary-price = السعر
tariff-summary-difference = الفرق عن باقتك
tariff-summary-one-time = مبلغ لمرة واحدة
tariff-summary-start = البداية
tariff-summary-duration = المدة
tariff-summary-renewal = التجديد والإنهاء
tariff-summary-speeds = السرعات القصوى
tariff-summary-allowances = المشمول
tariff-renewal-postpaid = تتجدد كل شهر. بعد انتهاء أي التزام، يمكنك إنهاؤها بإشعار مدته شهر.
tariff-renewal-prepaid = لا تتجدد تلقائيًا: تشتري كل فترة من { 30 } يومًا.
tariff-renewal-addon = تنتهي تلقائيًا بانتهاء صلاحيتها.
# Variables:
#   $data (String) - data allowance
#   $calls (String) - calls allowance
#   $texts (String) - texts allowance
#   $roaming (String) - roaming data allowance
tariff-allowances = البيانات: { $data }. المكالمات: { $calls }. الرسائل: { $texts }. بيانات التجوال: { $roaming }.
tariff-consent = قرأت ملخص العقد وأوافق على تقديم هذا الطلب.
tariff-confirm = تأكيد الطلب
tariff-confirming = جارٍ تقديم طلبك…
tariff-receipt-title = تم تأكيد الطلب
tariff-receipt-reference = رقم الطلب
tariff-receipt-effective = يسري من
tariff-receipt-monthly = السعر الجديد
# Variables:
#   $date (String) - the day the change takes effect, formatted
tariff-receipt-scheduled = تبدأ باقتك الجديدة في { $date }. يمكنك إلغاء التغيير حتى ذلك الحين.
tariff-receipt-done = تم: أصبح ساريًا على خطك.
