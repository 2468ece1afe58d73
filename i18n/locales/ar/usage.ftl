### الاستهلاك: الفترة الحالية والاستخدام اليومي والسجل والعقد.

usage-title = استهلاكي
usage-line-picker = الخط
# Variables:
#   $plan (String) - اسم الباقة
#   $ending (String) - آخر أربعة أرقام من رقم الهاتف
usage-line-option = { $plan }، الرقم المنتهي بـ { $ending }
# Variables:
#   $start (String) - أول يوم في فترة الفوترة
#   $end (String) - آخر يوم في فترة الفوترة
usage-cycle = فترة الفوترة من { $start } إلى { $end }
# Variables:
#   $days (Number) - الأيام المتبقية
usage-days-left =
    { $days ->
        [zero] اليوم الأخير من الفترة
        [one] يتبقى يوم واحد
        [two] يتبقى يومان
        [few] يتبقى { $days } أيام
        [many] يتبقى { $days } يومًا
       *[other] يتبقى { $days } يوم
    }

usage-type-data = الإنترنت
usage-type-voice = المكالمات
usage-type-sms = الرسائل
usage-type-roaming-data = الإنترنت أثناء التجوال

# Variables:
#   $used (String) - الكمية المستهلكة مع وحدتها
#   $allowance (String) - الكمية المتاحة مع وحدتها
usage-used-of-quantity = استُهلك { $used } من { $allowance }
# Variables:
#   $remaining (String) - الكمية المتبقية مع وحدتها
usage-remaining-quantity = يتبقى { $remaining }
usage-remaining-none = لم يتبقَّ شيء
# Variables:
#   $used (String) - الكمية المستهلكة مع وحدتها
usage-used-unlimited-quantity = استُهلك { $used }، غير محدود
# Variables:
#   $used (Number) - الرسائل المرسلة
#   $allowance (Number) - الرسائل المتاحة
usage-used-of-texts =
    { $allowance ->
        [zero] أُرسلت { $used } من { $allowance } رسالة
        [one] أُرسلت { $used } من رسالة واحدة
        [two] أُرسلت { $used } من رسالتين
        [few] أُرسلت { $used } من { $allowance } رسائل
        [many] أُرسلت { $used } من { $allowance } رسالة
       *[other] أُرسلت { $used } من { $allowance } رسالة
    }
# Variables:
#   $remaining (Number) - الرسائل المتبقية
usage-remaining-texts =
    { $remaining ->
        [zero] لم تتبقَّ أي رسالة
        [one] تتبقى رسالة واحدة
        [two] تتبقى رسالتان
        [few] تتبقى { $remaining } رسائل
        [many] تتبقى { $remaining } رسالة
       *[other] تتبقى { $remaining } رسالة
    }
# Variables:
#   $used (Number) - الرسائل المرسلة
usage-used-unlimited-texts =
    { $used ->
        [zero] لم تُرسل أي رسالة، غير محدود
        [one] أُرسلت رسالة واحدة، غير محدود
        [two] أُرسلت رسالتان، غير محدود
        [few] أُرسلت { $used } رسائل، غير محدود
        [many] أُرسلت { $used } رسالة، غير محدود
       *[other] أُرسلت { $used } رسالة، غير محدود
    }
usage-unlimited = غير محدود
# Variables:
#   $lines (Number) - عدد الخطوط التي تتشارك الرصيد
usage-shared =
    { $lines ->
        [zero] مشترك
        [one] مشترك
        [two] مشترك بين خطين
        [few] مشترك بين { $lines } خطوط
        [many] مشترك بين { $lines } خطًا
       *[other] مشترك بين { $lines } خط
    }
usage-addon = إضافة
# Variables:
#   $date (String) - آخر يوم صلاحية
usage-valid-until = صالح حتى { $date }
# Variables:
#   $percent (String) - النسبة المستهلكة
usage-warning = استُهلك { $percent } من هذا الرصيد.
usage-exhausted = نفد هذا الرصيد.
# Variables:
#   $date (String) - اليوم الذي سينفد فيه الرصيد
usage-runs-out = بهذا المعدل، سينفد في { $date }.
usage-on-track = بهذا المعدل، سيكفي حتى نهاية الفترة.

usage-daily-title = الإنترنت المستهلك كل يوم
# Variables:
#   $max (String) - أكبر استهلاك يومي مع وحدته
#   $day (String) - يوم ذلك الاستهلاك
usage-daily-summary = الأعلى: { $max } في { $day }
usage-daily-show-table = العرض في جدول
usage-daily-hide-table = إخفاء الجدول
usage-daily-caption = الاستهلاك في كل يوم من الفترة
usage-col-day = اليوم
usage-col-data = الإنترنت
usage-col-calls = المكالمات
usage-col-texts = الرسائل
usage-col-period = الفترة
usage-daily-empty = لم يُسجَّل أي استهلاك في هذه الفترة بعد.

usage-history-title = الفترات السابقة
# Variables:
#   $start (String) - أول يوم
#   $end (String) - آخر يوم
usage-history-period = من { $start } إلى { $end }
usage-history-empty = لا توجد فترة سابقة بعد.

usage-contract-title = عقدي
usage-contract-plan = الباقة
usage-contract-monthly-price = السعر الشهري
usage-contract-period-price = سعر الفترة
usage-contract-start = مشترك منذ
usage-contract-commitment = نهاية الالتزام
usage-contract-no-commitment = بدون التزام
usage-contract-renewal = التجديد
usage-renewal-monthly = يتجدد شهرًا بشهر
usage-renewal-none = مسبق الدفع: اشحن رصيدك للمتابعة
usage-balance-title = الرصيد المسبق الدفع
# Variables:
#   $date (String) - يوم انتهاء صلاحية الرصيد
usage-balance-expires = استخدمه قبل { $date }
usage-top-up = اشحن رصيدك
# A button beside the balance: opens the chat, where the assistant takes a recharge card's code.
usage-top-up-card = استخدم بطاقة شحن

## وصول الشركاء: الشركاء (الموزعون، بوابات الشركات) الذين يمكنهم التصرف نيابة عن العميل.

partners-title = وصول الشركاء
partners-intro = لا يمكن لشريك، مثل موزع، أن يرى حسابك أو يتصرف نيابة عنك إلا برمز تعطيه إياه. يدوم وصوله { 30 } يوما، ويمكنك سحبه في أي وقت.
partners-granted = الشركاء الذين يمكنهم التصرف نيابة عنك
partners-none = لا يوجد شريك يمكنه التصرف نيابة عنك.
partners-until = حتى { $date }
partners-withdraw = سحب الوصول
    .aria-label = سحب الوصول من { $partner }
# Variables:
#   $partner (String) - the partner's name
partners-withdraw-ask = هل تريد سحب وصول { $partner }؟ لن يتمكن من التصرف نيابة عنك بعد الآن.
partners-withdraw-yes = نعم، اسحبه
partners-withdraw-keep = لا، أبقِه
partners-withdrawn = لم يعد بإمكان { $partner } التصرف نيابة عنك.
partners-new = منح شريك حق الوصول
partners-partner = الشريك
partners-scopes = ما يمكنه فعله نيابة عنك
partners-scope-usage = رؤية استهلاكك
partners-scope-plans = رؤية الباقات التي يمكنك الانتقال إليها
partners-scope-order = تغيير باقتك وإضافاتك
partners-scope-reserve = حجز أجهزة في المتاجر
partners-choose = اختر شيئا واحدا على الأقل يمكن للشريك فعله نيابة عنك.
partners-get-code = الحصول على رمز موافقة
partners-code-for = اقرأ هذا الرمز لـ { $partner }:
partners-code-help = يعمل مرة واحدة فقط خلال { 10 } دقائق. لا تعطه لأي شخص آخر.
partners-done = تم

## A plan change from the usage view: its buttons, and the notice of a change to come.

tariff-change-plan = تغيير الباقة
tariff-buy-addon = إضافة بيانات أو تجوال
# Variables:
#   $plan (String) - the plan's name
#   $date (String) - the day it takes effect, formatted
tariff-pending = الانتقال إلى { $plan } مجدول في { $date }.
tariff-pending-cancel = إلغاء هذا التغيير
# Variables:
#   $plan (String) - the plan's name
tariff-pending-ask = هل تريد إلغاء الانتقال إلى { $plan }؟ ستبقى على باقتك الحالية.
tariff-pending-yes = نعم، ألغِ التغيير
tariff-pending-keep = لا، أبقِه
# Variables:
#   $plan (String) - the plan's name
tariff-pending-cancelled = أُلغي الانتقال إلى { $plan }. ستبقى على باقتك الحالية.
