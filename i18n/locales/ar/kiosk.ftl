### وضع الكشك (شاشة مشتركة في المتجر)، وجهة الهاتف عند تسجيل الدخول في كشك، وتنبيه انقطاع الاتصال.

kiosk-welcome = مرحبا! اطلع على استهلاكك، أو غيّر باقتك، أو ابحث عن هاتف متوفر، أو اطرح علينا سؤالا.
kiosk-start = المس الشاشة للبدء
kiosk-tools =
    .aria-label = خيارات الشاشة
kiosk-read-aloud = القراءة بصوت عال
kiosk-contrast = تباين عال
kiosk-larger-text = نص أكبر
kiosk-sign-out = تسجيل الخروج والمسح
kiosk-finish = إنهاء ومسح الشاشة
kiosk-idle-title = هل تحتاج إلى مزيد من الوقت؟
kiosk-idle-body = { $seconds ->
    [zero] حفاظا على خصوصيتك، ستُمسح هذه الشاشة الآن.
    [one] حفاظا على خصوصيتك، ستُمسح هذه الشاشة خلال ثانية واحدة.
    [two] حفاظا على خصوصيتك، ستُمسح هذه الشاشة خلال ثانيتين.
    [few] حفاظا على خصوصيتك، ستُمسح هذه الشاشة خلال { $seconds } ثوان.
    [many] حفاظا على خصوصيتك، ستُمسح هذه الشاشة خلال { $seconds } ثانية.
   *[other] حفاظا على خصوصيتك، ستُمسح هذه الشاشة خلال { $seconds } ثانية.
}
kiosk-idle-more = نعم، مزيد من الوقت
kiosk-signin-title = سجّل الدخول برقم هاتفك المحمول
kiosk-phone-hint = سنرسل رمزا في رسالة نصية إلى هذا الرقم. لا يُحفظ شيء على هذه الشاشة بعد مغادرتك.
kiosk-phone-label = رقم الهاتف المحمول
kiosk-phone-submit = أرسلوا لي رمزا
kiosk-code-title = أدخل الرمز
kiosk-code-sent = أرسلنا رمزا من 6 أرقام في رسالة نصية إلى { $number }.
kiosk-code-label = الرمز
kiosk-code-submit = تسجيل الدخول
kiosk-delete = ⌫
    .aria-label = حذف آخر رقم
kiosk-qr-start = تسجيل الدخول بهاتفي بدلا من ذلك
kiosk-qr-title = سجّل الدخول بهاتفك
kiosk-qr-hint = امسح هذا الرمز بالهاتف الذي سجّلت فيه الدخول إلى حسابك، ثم وافق عليه هناك.
kiosk-qr-label = رمز QR
    .aria-label = رمز QR لتسجيل الدخول من هاتفك
kiosk-start-again = البدء من جديد
kiosk-phone = المتابعة على هاتفي
kiosk-phone-qr = رمز QR
    .aria-label = رمز QR لرابط هذه الصفحة على هاتفك
kiosk-phone-explained = امسحه بكاميرا هاتفك. يعمل الرابط 15 دقيقة ولا يحتوي على أي بيانات شخصية.
kiosk-approve-title = تسجيل الدخول في كشك
kiosk-approve = يطلب كشك تسجيل الدخول إلى حسابك لمدة 10 دقائق. لا توافق إلا إذا كنت واقفا أمامه.
kiosk-approve-store = يطلب الكشك في { $store } تسجيل الدخول إلى حسابك لمدة 10 دقائق. لا توافق إلا إذا كنت واقفا أمامه.
kiosk-approve-button = موافقة
kiosk-approve-dismiss = ليس الآن
kiosk-approved = تم: سُجّل دخول الكشك. ينسى كل شيء عند تسجيل خروجك منه أو مغادرته.
offline-title = لا يوجد اتصال
offline-body = لا يمكن عرض بعض المعلومات الآن. سنتابع تلقائيا عند عودة الاتصال.
