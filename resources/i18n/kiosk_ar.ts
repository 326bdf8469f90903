<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG" sourcelanguage="en">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>Make the screen easier to read</source>
        <translation>اجعل الشاشة أسهل في القراءة</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>نص كبير</translation>
    </message>
    <message>
        <source>Makes all text larger</source>
        <translation>يكبّر كل النصوص</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Black text on white, strong outlines</source>
        <translation>نص أسود على خلفية بيضاء وحدود واضحة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>Audio guidance</source>
        <translation>الإرشاد الصوتي</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>A voice for every language</source>
        <translation>يتوفر صوت لكل لغة</translation>
    </message>
    <message>
        <source>No voice for %1: spoken in %2 instead</source>
        <translation>لا يوجد صوت لـ %1: يُستخدم %2 بدلًا منها</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>Qminder</source>
        <translation>Qminder</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Saved check-ins</source>
        <translation>تسجيلات الوصول المحفوظة</translation>
    </message>
    <message>
        <source>Check-in store</source>
        <translation>مخزن تسجيلات الوصول</translation>
    </message>
    <message>
        <source>Last delivery error</source>
        <translation>آخر خطأ في الإرسال</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Last loaded %1</source>
        <translation>آخر تحميل: %1</translation>
    </message>
    <message>
        <source>%1 waiting to be sent, %2 expired, %3 rejected</source>
        <translation>%1 بانتظار الإرسال، %2 منتهية الصلاحية، %3 مرفوضة</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Exit the kiosk? Visitors cannot check in until it is started again.</source>
        <translation>هل تريد إغلاق الكشك؟ لن يتمكن الزوار من تسجيل الوصول حتى تتم إعادة تشغيله.</translation>
    </message>
    <message>
        <source>Saved check-ins still to be sent when it starts again: %1.</source>
        <translation>تسجيلات الوصول المحفوظة التي سترسل عند إعادة التشغيل: %1.</translation>
    </message>
    <message>
        <source>Reload configuration</source>
        <translation>إعادة تحميل الإعدادات</translation>
    </message>
    <message>
        <source>Print test ticket</source>
        <translation>طباعة تذكرة تجريبية</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>إغلاق الكشك</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The check-in store cannot be read with this key: %1 check-ins waiting. New check-ins are refused until the right key is back.</source>
        <translation>لا يمكن قراءة مخزن تسجيلات الوصول بهذا المفتاح: %1 من تسجيلات الوصول في الانتظار. تُرفض تسجيلات الوصول الجديدة حتى يعود المفتاح الصحيح.</translation>
    </message>
    <message>
        <source>No space left on the disk: new check-ins are refused.</source>
        <translation>لا توجد مساحة متبقية على القرص: تُرفض تسجيلات الوصول الجديدة.</translation>
    </message>
    <message>
        <source>The data folder cannot be written: new check-ins are refused.</source>
        <translation>لا يمكن الكتابة في مجلد البيانات: تُرفض تسجيلات الوصول الجديدة.</translation>
    </message>
    <message>
        <source>The check-in store was replaced or emptied outside the kiosk: check-ins may have been lost.</source>
        <translation>تم استبدال مخزن تسجيلات الوصول أو إفراغه خارج الكشك: ربما فُقدت بعض تسجيلات الوصول.</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>لا توجد مشكلات</translation>
    </message>
</context>
<context>
    <name>AppointmentTexts</name>
    <message>
        <source>I have an appointment</source>
        <translation>لديّ موعد</translation>
    </message>
    <message>
        <source>Find your appointment</source>
        <translation>ابحث عن موعدك</translation>
    </message>
    <message>
        <source>Enter the phone number you booked with</source>
        <translation>أدخل رقم الهاتف الذي حجزت به</translation>
    </message>
    <message>
        <source>Find my appointment</source>
        <translation>ابحث عن موعدي</translation>
    </message>
    <message>
        <source>Looking for your appointment…</source>
        <translation>جارٍ البحث عن موعدك…</translation>
    </message>
    <message>
        <source>Too many searches. Please wait a moment and try again.</source>
        <translation>عمليات بحث كثيرة جدًا. يرجى الانتظار قليلًا ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Is this your appointment?</source>
        <translation>هل هذا موعدك؟</translation>
    </message>
    <message>
        <source>Which appointment are you here for?</source>
        <translation>لأي موعد حضرت؟</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>appointment: time, service</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>appointment: name, time, service</comment>
        <translation>%1، %2، %3</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>تسجيل الوصول</translation>
    </message>
    <message>
        <source>We could not find an appointment for today with this number.</source>
        <translation>لم نعثر على موعد لليوم بهذا الرقم.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Check in without an appointment</source>
        <translation>تسجيل الوصول بدون موعد</translation>
    </message>
    <message>
        <source>Your appointment is at %1; you can check in from %2.</source>
        <translation>موعدك في الساعة %1؛ يمكنك تسجيل الوصول ابتداءً من الساعة %2.</translation>
    </message>
    <message>
        <source>Your appointment was at %1. Please see the front desk.</source>
        <translation>كان موعدك في الساعة %1. يرجى التوجه إلى مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>You're checked in. Please take a seat.</source>
        <translation>تم تسجيل وصولك. تفضّل بالجلوس.</translation>
    </message>
    <message>
        <source>You're checked in, %1. Please take a seat.</source>
        <translation>تم تسجيل وصولك يا %1. تفضّل بالجلوس.</translation>
    </message>
    <message>
        <source>We could not check you in. Please see the front desk.</source>
        <translation>تعذّر تسجيل وصولك. يرجى التوجه إلى مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>Skip the screen: scan to join on your phone</source>
        <translation>تجاوز الشاشة: امسح الرمز للانضمام من هاتفك</translation>
    </message>
    <message>
        <source>We use your details only to call you and to serve you today.</source>
        <translation>نستخدم بياناتك فقط لمناداتك وخدمتك اليوم.</translation>
    </message>
    <message>
        <source>Scan to read our full privacy policy</source>
        <translation>امسح الرمز لقراءة سياسة الخصوصية الكاملة</translation>
    </message>
</context>
<context>
    <name>ClosedNotice</name>
    <message>
        <source>We open again on %1 at %2.</source>
        <translation>نفتح مجددًا يوم %1 الساعة %2.</translation>
    </message>
    <message>
        <source>Closed today: %1.</source>
        <translation>مغلق اليوم: %1.</translation>
    </message>
    <message>
        <source>We are closed for now.</source>
        <translation>نحن مغلقون حاليًا.</translation>
    </message>
</context>
<context>
    <name>DateFieldWidget</name>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>اليوم السابق</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>اليوم التالي</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>الشهر السابق</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>الشهر التالي</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>السنة السابقة</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>السنة التالية</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>سنة</translation>
    </message>
    <message>
        <source>Clear date</source>
        <translation>مسح التاريخ</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <source>Your details</source>
        <translation>بياناتك</translation>
    </message>
    <message>
        <source>We will use your name to call you when it is your turn.</source>
        <translation>عندما يحين دورك، سننادي عليك باسمك.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>تسجيل الوصول</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Please choose one of the options.</source>
        <translation>يرجى اختيار أحد الخيارات.</translation>
    </message>
    <message>
        <source>Please choose at least one option.</source>
        <translation>يرجى اختيار خيار واحد على الأقل.</translation>
    </message>
    <message>
        <source>Please choose a date.</source>
        <translation>يرجى اختيار تاريخ.</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>يرجى تعبئة هذا الحقل.</translation>
    </message>
    <message>
        <source>Please enter a little more.</source>
        <translation>يرجى كتابة المزيد قليلًا.</translation>
    </message>
    <message>
        <source>Please enter at least one letter.</source>
        <translation>يرجى إدخال حرف واحد على الأقل.</translation>
    </message>
    <message numerus="yes">
        <source>Please enter at least %n letters.</source>
        <translation>
            <numerusform>يرجى إدخال %n حرف على الأقل.</numerusform>
            <numerusform>يرجى إدخال حرف واحد على الأقل.</numerusform>
            <numerusform>يرجى إدخال حرفين على الأقل.</numerusform>
            <numerusform>يرجى إدخال %n أحرف على الأقل.</numerusform>
            <numerusform>يرجى إدخال %n حرفًا على الأقل.</numerusform>
            <numerusform>يرجى إدخال %n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter at least one character.</source>
        <translation>يرجى إدخال رمز واحد على الأقل.</translation>
    </message>
    <message numerus="yes">
        <source>Please enter at least %n characters.</source>
        <translation>
            <numerusform>يرجى إدخال %n رمز على الأقل.</numerusform>
            <numerusform>يرجى إدخال رمز واحد على الأقل.</numerusform>
            <numerusform>يرجى إدخال رمزين على الأقل.</numerusform>
            <numerusform>يرجى إدخال %n رموز على الأقل.</numerusform>
            <numerusform>يرجى إدخال %n رمزًا على الأقل.</numerusform>
            <numerusform>يرجى إدخال %n رمز على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please make this shorter.</source>
        <translation>يرجى اختصار النص.</translation>
    </message>
    <message>
        <source>Please use only one character.</source>
        <translation>يرجى استخدام رمز واحد فقط.</translation>
    </message>
    <message numerus="yes">
        <source>Please use no more than %n characters.</source>
        <translation>
            <numerusform>يرجى ألا يتجاوز النص %n رمز.</numerusform>
            <numerusform>يرجى ألا يتجاوز النص رمزًا واحدًا.</numerusform>
            <numerusform>يرجى ألا يتجاوز النص رمزين.</numerusform>
            <numerusform>يرجى ألا يتجاوز النص %n رموز.</numerusform>
            <numerusform>يرجى ألا يتجاوز النص %n رمزًا.</numerusform>
            <numerusform>يرجى ألا يتجاوز النص %n رمز.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter a phone number, for example %1.</source>
        <translation>يرجى إدخال رقم هاتف، مثل %1.</translation>
    </message>
    <message>
        <source>Please enter a phone number with its area code.</source>
        <translation>يرجى إدخال رقم الهاتف مع رمز المنطقة.</translation>
    </message>
    <message>
        <source>Please enter an email address, like name@example.com.</source>
        <translation>يرجى إدخال عنوان بريد إلكتروني، مثل name@example.com.</translation>
    </message>
    <message>
        <source>Please enter a number.</source>
        <translation>يرجى إدخال عدد.</translation>
    </message>
    <message>
        <source>Please enter a number of at least %1.</source>
        <translation>يرجى إدخال عدد لا يقل عن %1.</translation>
    </message>
    <message>
        <source>Please enter a number no larger than %1.</source>
        <translation>يرجى إدخال عدد لا يزيد على %1.</translation>
    </message>
    <message>
        <source>Please enter a number in the allowed range.</source>
        <translation>يرجى إدخال عدد ضمن النطاق المسموح به.</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translation>يرجى إدخال عدد صحيح.</translation>
    </message>
    <message>
        <source>Please use fewer decimal places.</source>
        <translation>يرجى تقليل عدد المنازل العشرية.</translation>
    </message>
    <message>
        <source>Please use no more than one decimal place.</source>
        <translation>يرجى استخدام منزلة عشرية واحدة على الأكثر.</translation>
    </message>
    <message numerus="yes">
        <source>Please use no more than %n decimal places.</source>
        <translation>
            <numerusform>يرجى استخدام %n منزلة عشرية على الأكثر.</numerusform>
            <numerusform>يرجى استخدام منزلة عشرية واحدة على الأكثر.</numerusform>
            <numerusform>يرجى استخدام منزلتين عشريتين على الأكثر.</numerusform>
            <numerusform>يرجى استخدام %n منازل عشرية على الأكثر.</numerusform>
            <numerusform>يرجى استخدام %n منزلة عشرية على الأكثر.</numerusform>
            <numerusform>يرجى استخدام %n منزلة عشرية على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please choose a real date.</source>
        <translation>يرجى اختيار تاريخ صحيح.</translation>
    </message>
    <message>
        <source>Please choose one of the options shown.</source>
        <translation>يرجى اختيار أحد الخيارات المعروضة.</translation>
    </message>
    <message>
        <source>Please choose only one option.</source>
        <translation>يرجى اختيار خيار واحد فقط.</translation>
    </message>
    <message>
        <source>Please choose fewer options.</source>
        <translation>يرجى اختيار خيارات أقل.</translation>
    </message>
    <message numerus="yes">
        <source>Please choose no more than %n options.</source>
        <translation>
            <numerusform>يرجى اختيار %n خيار على الأكثر.</numerusform>
            <numerusform>يرجى اختيار خيار واحد على الأكثر.</numerusform>
            <numerusform>يرجى اختيار خيارين على الأكثر.</numerusform>
            <numerusform>يرجى اختيار %n خيارات على الأكثر.</numerusform>
            <numerusform>يرجى اختيار %n خيارًا على الأكثر.</numerusform>
            <numerusform>يرجى اختيار %n خيار على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please check your choice.</source>
        <translation>يرجى مراجعة اختيارك.</translation>
    </message>
    <message>
        <source>Please check this answer.</source>
        <translation>يرجى مراجعة هذه الإجابة.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>رقم الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
</context>
<context>
    <name>FieldWidget</name>
    <message>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Need more time?</source>
        <translation>هل تحتاج إلى مزيد من الوقت؟</translation>
    </message>
    <message numerus="yes">
        <source>The screen will start over in %n seconds.</source>
        <translation>
            <numerusform>ستعود الشاشة إلى البداية الآن.</numerusform>
            <numerusform>ستعود الشاشة إلى البداية خلال ثانية واحدة.</numerusform>
            <numerusform>ستعود الشاشة إلى البداية خلال ثانيتين.</numerusform>
            <numerusform>ستعود الشاشة إلى البداية خلال %n ثوانٍ.</numerusform>
            <numerusform>ستعود الشاشة إلى البداية خلال %n ثانية.</numerusform>
            <numerusform>ستعود الشاشة إلى البداية خلال %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>نعم، متابعة</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Audio on</source>
        <translation>الصوت مُفعّل</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <source>The screen read aloud</source>
        <translation>قراءة الشاشة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>تسجيل الوصول</translation>
    </message>
    <message>
        <source>Demo · admin PIN %1</source>
        <translation>عرض تجريبي · رمز PIN للإدارة %1</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>تجريبي</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>سهولة الوصول</translation>
    </message>
    <message>
        <source>Large text and high contrast</source>
        <translation>نص كبير وتباين عالٍ</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>Getting ready…</source>
        <translation>لحظة من فضلك…</translation>
    </message>
    <message>
        <source>We can&apos;t reach the queue right now.</source>
        <translation>يتعذّر الاتصال بنظام الانتظار حاليًا.</translation>
    </message>
    <message>
        <source>Please try again in a moment, or ask at the front desk.</source>
        <translation>يرجى المحاولة مرة أخرى بعد قليل، أو الاستفسار من مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>We couldn&apos;t check you in.</source>
        <translation>تعذّر تسجيل وصولك.</translation>
    </message>
    <message>
        <source>Please see the front desk.</source>
        <translation>يرجى التوجه إلى مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>This kiosk is temporarily unavailable.</source>
        <translation>هذا الجهاز غير متاح مؤقتًا.</translation>
    </message>
    <message>
        <source>We could not reach the queue right now.</source>
        <translation>تعذّر علينا الوصول إلى الطابور الآن.</translation>
    </message>
    <message numerus="yes">
        <source>Your check-in is saved and will be sent automatically. If you have not been called within %n minutes, please see the front desk.</source>
        <translation>
            <numerusform>تم حفظ تسجيلك وسيُرسل تلقائيًا. إذا لم يُنادَ عليك قريبًا، يرجى التوجه إلى مكتب الاستقبال.</numerusform>
            <numerusform>تم حفظ تسجيلك وسيُرسل تلقائيًا. إذا لم يُنادَ عليك خلال دقيقة واحدة، يرجى التوجه إلى مكتب الاستقبال.</numerusform>
            <numerusform>تم حفظ تسجيلك وسيُرسل تلقائيًا. إذا لم يُنادَ عليك خلال دقيقتين، يرجى التوجه إلى مكتب الاستقبال.</numerusform>
            <numerusform>تم حفظ تسجيلك وسيُرسل تلقائيًا. إذا لم يُنادَ عليك خلال %n دقائق، يرجى التوجه إلى مكتب الاستقبال.</numerusform>
            <numerusform>تم حفظ تسجيلك وسيُرسل تلقائيًا. إذا لم يُنادَ عليك خلال %n دقيقة، يرجى التوجه إلى مكتب الاستقبال.</numerusform>
            <numerusform>تم حفظ تسجيلك وسيُرسل تلقائيًا. إذا لم يُنادَ عليك خلال %n دقيقة، يرجى التوجه إلى مكتب الاستقبال.</numerusform>
        </translation>
    </message>
    <message>
        <source>We are closed right now.</source>
        <translation>نحن مغلقون الآن.</translation>
    </message>
    <message>
        <source>Please come back during our opening hours.</source>
        <translation>يرجى العودة خلال ساعات العمل.</translation>
    </message>
    <message>
        <source>This kiosk is not set up yet.</source>
        <translation>لم يتم إعداد هذا الكشك بعد.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <source>No service is available at the moment.</source>
        <translation>لا تتوفر أي خدمة في الوقت الحالي.</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>البدء من جديد</translation>
    </message>
</context>
<context>
    <name>NumericFieldWidget</name>
    <message>
        <source>From %1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 أو أكثر</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>حتى %1</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>إنقاص</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>زيادة</translation>
    </message>
</context>
<context>
    <name>PhoneFieldWidget</name>
    <message>
        <source>Add a country code</source>
        <translation>إضافة رمز الدولة</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>عدد كبير جدًا من أرقام PIN الخاطئة. حاول مرة أخرى بعد %1.</translation>
    </message>
    <message>
        <source>Digits entered: %1</source>
        <translation>الأرقام المُدخلة: %1</translation>
    </message>
    <message>
        <source>Wrong PIN. Attempts left: %1.</source>
        <translation>رمز PIN خاطئ. المحاولات المتبقية: %1.</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>رمز PIN للإدارة</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>A few questions</source>
        <translation>بعض الأسئلة</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>تسجيل الوصول</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>What can we help you with?</source>
        <translation>كيف يمكننا مساعدتك؟</translation>
    </message>
    <message>
        <source>Choose the service you came for.</source>
        <translation>يرجى اختيار الخدمة التي جئت من أجلها.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>لا أحد ينتظر</numerusform>
            <numerusform>شخص واحد ينتظر</numerusform>
            <numerusform>شخصان ينتظران</numerusform>
            <numerusform>%n أشخاص ينتظرون</numerusform>
            <numerusform>%n شخصًا ينتظرون</numerusform>
            <numerusform>%n شخص ينتظرون</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n services.</source>
        <translation>
            <numerusform>%n خدمة.</numerusform>
            <numerusform>خدمة واحدة.</numerusform>
            <numerusform>خدمتان.</numerusform>
            <numerusform>%n خدمات.</numerusform>
            <numerusform>%n خدمةً.</numerusform>
            <numerusform>%n خدمة.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 service.</source>
        <translation>1 خدمة.</translation>
    </message>
</context>
<context>
    <name>SpeechNarrator</name>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>button</source>
        <translation>زر</translation>
    </message>
    <message>
        <source>switch</source>
        <translation>مفتاح تبديل</translation>
    </message>
    <message>
        <source>check box</source>
        <translation>خانة اختيار</translation>
    </message>
    <message>
        <source>edit field</source>
        <translation>حقل نص</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>محدد</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>on</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>off</source>
        <translation>غير مفعّل</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>فارغ</translation>
    </message>
    <message numerus="yes">
        <source>%n characters entered</source>
        <translation>
            <numerusform>تم إدخال %n حرف</numerusform>
            <numerusform>تم إدخال حرف واحد</numerusform>
            <numerusform>تم إدخال حرفين</numerusform>
            <numerusform>تم إدخال %n أحرف</numerusform>
            <numerusform>تم إدخال %n حرفًا</numerusform>
            <numerusform>تم إدخال %n حرف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers need correcting.</source>
        <translation>
            <numerusform>%n إجابة تحتاج إلى تصحيح.</numerusform>
            <numerusform>إجابة واحدة تحتاج إلى تصحيح.</numerusform>
            <numerusform>إجابتان تحتاجان إلى تصحيح.</numerusform>
            <numerusform>%n إجابات تحتاج إلى تصحيح.</numerusform>
            <numerusform>%n إجابة تحتاج إلى تصحيح.</numerusform>
            <numerusform>%n إجابة تحتاج إلى تصحيح.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now at: %1</source>
        <translation>أنت الآن عند: %1</translation>
    </message>
    <message>
        <source>Your number is %1.</source>
        <translation>رقمك هو %1.</translation>
    </message>
    <message>
        <source>Press Help to hear it again.</source>
        <translation>اضغط على مساعدة لسماعه مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left.</source>
        <translation>
            <numerusform>بقيت %n ثانية.</numerusform>
            <numerusform>بقيت ثانية واحدة.</numerusform>
            <numerusform>بقيت ثانيتان.</numerusform>
            <numerusform>بقيت %n ثوانٍ.</numerusform>
            <numerusform>بقيت %n ثانية.</numerusform>
            <numerusform>بقيت %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter or touch the screen to continue.</source>
        <translation>اضغط على Enter أو المس الشاشة للمتابعة.</translation>
    </message>
    <message>
        <source>Audio guidance is on. Arrow keys move, Enter chooses, Back goes back, Help repeats. On the screen: tap to hear, double-tap to choose.</source>
        <translation>الإرشاد الصوتي مفعّل. مفاتيح الأسهم للتنقل، وEnter للاختيار، ورجوع للعودة، ومساعدة للتكرار. على الشاشة: المس مرة للاستماع، ومرتين للاختيار.</translation>
    </message>
    <message>
        <source>Volume %1 percent.</source>
        <translation>مستوى الصوت %1 بالمائة.</translation>
    </message>
    <message>
        <source>Audio guidance is not available in %1. It continues in %2.</source>
        <translation>الإرشاد الصوتي غير متاح باللغة %1. سيستمر باللغة %2.</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>مفتاح التبديل</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>مسافة للخلف</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>إدخال</translation>
    </message>
    <message>
        <source>Hide keyboard</source>
        <translation>إخفاء لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Keyboard language</source>
        <translation>لغة لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>الرموز</translation>
    </message>
    <message>
        <source>key</source>
        <translation>مفتاح</translation>
    </message>
    <message>
        <source>1 character entered</source>
        <translation>تم إدخال 1 حرف</translation>
    </message>
    <message>
        <source>1 second left.</source>
        <translation>بقيت 1 ثانية.</translation>
    </message>
</context>
<context>
    <name>TextFieldWidget</name>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <source>Your number is %1.</source>
        <translation>رقمك هو %1.</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>رقمك</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>We will call you by name, %1.</source>
        <translation>سننادي عليك باسمك، %1.</translation>
    </message>
    <message>
        <source>Thank you, %1!</source>
        <translation>شكرًا لك، %1!</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>شكرًا لك!</translation>
    </message>
    <message>
        <source>Please take a seat, we will call you.</source>
        <translation>تفضّل بالجلوس، وسننادي عليك.</translation>
    </message>
    <message>
        <source>Please take a seat. You are on our list.</source>
        <translation>تفضّل بالجلوس. اسمك مسجّل في قائمتنا.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Print ticket</source>
        <translation>طباعة التذكرة</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translation>لا يوجد أحد قبلك.</translation>
    </message>
    <message numerus="yes">
        <source>%n people ahead of you.</source>
        <translation>
            <numerusform>لا يوجد أحد قبلك.</numerusform>
            <numerusform>شخص واحد قبلك.</numerusform>
            <numerusform>شخصان قبلك.</numerusform>
            <numerusform>%n أشخاص قبلك.</numerusform>
            <numerusform>%n شخصًا قبلك.</numerusform>
            <numerusform>%n شخص قبلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated time: %1.</source>
        <translation>الوقت المتوقع: %1.</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>جارٍ طباعة تذكرتك…</translation>
    </message>
    <message>
        <source>Please take your ticket.</source>
        <translation>يرجى أخذ تذكرتك.</translation>
    </message>
    <message>
        <source>The printer is not working. Please note your number.</source>
        <translation>الطابعة لا تعمل. يرجى تدوين رقمك.</translation>
    </message>
    <message>
        <source>Returning to the start in 1 second.</source>
        <translation>العودة إلى البداية خلال ثانية واحدة.</translation>
    </message>
    <message numerus="yes">
        <source>Returning to the start in %n seconds.</source>
        <translation>
            <numerusform>العودة إلى البداية خلال %n ثانية.</numerusform>
            <numerusform>العودة إلى البداية خلال ثانية واحدة.</numerusform>
            <numerusform>العودة إلى البداية خلال ثانيتين.</numerusform>
            <numerusform>العودة إلى البداية خلال %n ثوانٍ.</numerusform>
            <numerusform>العودة إلى البداية خلال %n ثانية.</numerusform>
            <numerusform>العودة إلى البداية خلال %n ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketSlip</name>
    <message>
        <source>Your number</source>
        <translation>رقمك</translation>
    </message>
    <message>
        <source>People ahead of you</source>
        <translation>عدد الأشخاص قبلك</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>الوقت المتوقع</translation>
    </message>
    <message>
        <source>Scan to follow your place in the queue</source>
        <translation>امسح الرمز لمتابعة دورك في الطابور</translation>
    </message>
    <message>
        <source>Please take a seat. Your number will be called and shown on the screen.</source>
        <translation>تفضّل بالجلوس. سيُنادى رقمك ويظهر على الشاشة.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome! Please choose your language</source>
        <translation>أهلًا وسهلًا! يرجى اختيار لغتك</translation>
    </message>
</context>
</TS>
