chat-title = تحدث معنا
chat-log =
    .aria-label = المحادثة
chat-you = أنت
chat-assistant = المساعد
chat-advisor = الموظف
chat-event = تحديث
chat-input = رسالتك
chat-send = إرسال
chat-sending = جارٍ الإرسال…
chat-sent = أُرسلت
chat-not-sent = لم تُرسل.
chat-resend = إعادة الإرسال
chat-typing = المساعد يكتب…
chat-end = إنهاء المحادثة
chat-new = بدء محادثة جديدة
chat-leave-message = اكتب رسالتك لموظفينا أدناه، وسيردون عليك هنا.
chat-usage-more = عرض كل استهلاكي
chat-plans-compare = مقارنة الباقات
chat-plans-none = لا توجد باقة يمكنك الانتقال إليها بهذا السعر المنخفض.
chat-plans-cheapest = باقتك هي الأرخص بالفعل لخطك.
chat-addons-open = عرض الإضافات
chat-card-show = اعرضه مرة أخرى
chat-stores-open = فتح في البحث عن الفروع
chat-stores-none = لا يوجد فرع قريب يتوفر فيه حاليا.
chat-rating-legend = كيف تقيّم هذه المحادثة؟
chat-rating-value = { $stars ->
    [zero] لا نجوم
    [one] نجمة واحدة
    [two] نجمتان
    [few] { $stars } نجوم
    [many] { $stars } نجمة
   *[other] { $stars } نجمة
}
chat-comment = تعليق (اختياري)
chat-rating-send = إرسال تقييمي
chat-advisor-typing = { $name } يكتب…
