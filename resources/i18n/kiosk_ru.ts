<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>Make the screen easier to read</source>
        <translation>Сделать экран удобнее для чтения</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Крупный текст</translation>
    </message>
    <message>
        <source>Makes all text larger</source>
        <translation>Увеличивает весь текст</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокая контрастность</translation>
    </message>
    <message>
        <source>Black text on white, strong outlines</source>
        <translation>Чёрный текст на белом, чёткие контуры</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>Audio guidance</source>
        <translation>Голосовые подсказки</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выключены</translation>
    </message>
    <message>
        <source>A voice for every language</source>
        <translation>Голос есть для всех языков</translation>
    </message>
    <message>
        <source>No voice for %1: spoken in %2 instead</source>
        <translation>Нет голоса для: %1; вместо этого звучит %2</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <source>Qminder</source>
        <translation>Qminder</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Конфигурация</translation>
    </message>
    <message>
        <source>Saved check-ins</source>
        <translation>Сохранённые регистрации</translation>
    </message>
    <message>
        <source>Check-in store</source>
        <translation>Хранилище регистраций</translation>
    </message>
    <message>
        <source>Last delivery error</source>
        <translation>Последняя ошибка отправки</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Нет подключения</translation>
    </message>
    <message>
        <source>Last loaded %1</source>
        <translation>Последняя загрузка: %1</translation>
    </message>
    <message>
        <source>%1 waiting to be sent, %2 expired, %3 rejected</source>
        <translation>%1 ожидают отправки, %2 просрочено, %3 отклонено</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Exit the kiosk? Visitors cannot check in until it is started again.</source>
        <translation>Закрыть киоск? Посетители не смогут зарегистрироваться, пока его снова не запустят.</translation>
    </message>
    <message>
        <source>Saved check-ins still to be sent when it starts again: %1.</source>
        <translation>Сохранённые регистрации, которые будут отправлены после перезапуска: %1.</translation>
    </message>
    <message>
        <source>Reload configuration</source>
        <translation>Перезагрузить конфигурацию</translation>
    </message>
    <message>
        <source>Print test ticket</source>
        <translation>Напечатать тестовый талон</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Закрыть киоск</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The check-in store cannot be read with this key: %1 check-ins waiting. New check-ins are refused until the right key is back.</source>
        <translation>Хранилище регистраций нельзя прочитать этим ключом: ожидают регистрации: %1. Новые регистрации не принимаются, пока не вернётся правильный ключ.</translation>
    </message>
    <message>
        <source>No space left on the disk: new check-ins are refused.</source>
        <translation>На диске нет места: новые регистрации не принимаются.</translation>
    </message>
    <message>
        <source>The data folder cannot be written: new check-ins are refused.</source>
        <translation>В папку данных нельзя записать: новые регистрации не принимаются.</translation>
    </message>
    <message>
        <source>The check-in store was replaced or emptied outside the kiosk: check-ins may have been lost.</source>
        <translation>Хранилище регистраций было заменено или очищено вне киоска: регистрации могли быть потеряны.</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Проблем нет</translation>
    </message>
</context>
<context>
    <name>AppointmentTexts</name>
    <message>
        <source>I have an appointment</source>
        <translation>У меня запись</translation>
    </message>
    <message>
        <source>Find your appointment</source>
        <translation>Найдите свою запись</translation>
    </message>
    <message>
        <source>Enter the phone number you booked with</source>
        <translation>Введите номер телефона, указанный при записи</translation>
    </message>
    <message>
        <source>Find my appointment</source>
        <translation>Найти мою запись</translation>
    </message>
    <message>
        <source>Looking for your appointment…</source>
        <translation>Ищем вашу запись…</translation>
    </message>
    <message>
        <source>Too many searches. Please wait a moment and try again.</source>
        <translation>Слишком много поисков. Пожалуйста, подождите немного и повторите попытку.</translation>
    </message>
    <message>
        <source>Is this your appointment?</source>
        <translation>Это ваша запись?</translation>
    </message>
    <message>
        <source>Which appointment are you here for?</source>
        <translation>На какую запись вы пришли?</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>appointment: time, service</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>appointment: name, time, service</comment>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Отметиться</translation>
    </message>
    <message>
        <source>We could not find an appointment for today with this number.</source>
        <translation>Мы не нашли записи на сегодня с этим номером.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Check in without an appointment</source>
        <translation>Получить талон без записи</translation>
    </message>
    <message>
        <source>Your appointment is at %1; you can check in from %2.</source>
        <translation>Ваша запись на %1; отметиться можно с %2.</translation>
    </message>
    <message>
        <source>Your appointment was at %1. Please see the front desk.</source>
        <translation>Ваша запись была на %1. Пожалуйста, обратитесь к администратору.</translation>
    </message>
    <message>
        <source>You're checked in. Please take a seat.</source>
        <translation>Вы отмечены. Присаживайтесь, пожалуйста.</translation>
    </message>
    <message>
        <source>You're checked in, %1. Please take a seat.</source>
        <translation>Вы отмечены, %1. Присаживайтесь, пожалуйста.</translation>
    </message>
    <message>
        <source>We could not check you in. Please see the front desk.</source>
        <translation>Не удалось вас отметить. Пожалуйста, обратитесь к администратору.</translation>
    </message>
    <message>
        <source>Skip the screen: scan to join on your phone</source>
        <translation>Не ждите у экрана: отсканируйте код и встаньте в очередь с телефона</translation>
    </message>
    <message>
        <source>We use your details only to call you and to serve you today.</source>
        <translation>Мы используем ваши данные только для того, чтобы пригласить и обслужить вас сегодня.</translation>
    </message>
    <message>
        <source>Scan to read our full privacy policy</source>
        <translation>Отсканируйте, чтобы прочитать полную политику конфиденциальности</translation>
    </message>
</context>
<context>
    <name>ClosedNotice</name>
    <message>
        <source>We open again on %1 at %2.</source>
        <translation>Мы снова открыты: %1, %2.</translation>
    </message>
    <message>
        <source>Closed today: %1.</source>
        <translation>Сегодня закрыто: %1.</translation>
    </message>
    <message>
        <source>We are closed for now.</source>
        <translation>Сейчас мы закрыты.</translation>
    </message>
</context>
<context>
    <name>DateFieldWidget</name>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Предыдущий день</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Следующий день</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Предыдущий месяц</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Следующий месяц</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Предыдущий год</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Следующий год</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>ДД</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>ГГГГ</translation>
    </message>
    <message>
        <source>Clear date</source>
        <translation>Очистить дату</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <source>Your details</source>
        <translation>Ваши данные</translation>
    </message>
    <message>
        <source>We will use your name to call you when it is your turn.</source>
        <translation>Когда подойдёт ваша очередь, мы пригласим вас по имени.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Получить талон</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Please choose one of the options.</source>
        <translation>Выберите один из вариантов.</translation>
    </message>
    <message>
        <source>Please choose at least one option.</source>
        <translation>Выберите хотя бы один вариант.</translation>
    </message>
    <message>
        <source>Please choose a date.</source>
        <translation>Выберите дату.</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>Заполните это поле.</translation>
    </message>
    <message>
        <source>Please enter a little more.</source>
        <translation>Напишите, пожалуйста, чуть подробнее.</translation>
    </message>
    <message>
        <source>Please enter at least one letter.</source>
        <translation>Введите хотя бы одну букву.</translation>
    </message>
    <message numerus="yes">
        <source>Please enter at least %n letters.</source>
        <translation>
            <numerusform>Введите не менее %n буквы.</numerusform>
            <numerusform>Введите не менее %n букв.</numerusform>
            <numerusform>Введите не менее %n букв.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter at least one character.</source>
        <translation>Введите хотя бы один символ.</translation>
    </message>
    <message numerus="yes">
        <source>Please enter at least %n characters.</source>
        <translation>
            <numerusform>Введите не менее %n символа.</numerusform>
            <numerusform>Введите не менее %n символов.</numerusform>
            <numerusform>Введите не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please make this shorter.</source>
        <translation>Сократите, пожалуйста, текст.</translation>
    </message>
    <message>
        <source>Please use only one character.</source>
        <translation>Используйте только один символ.</translation>
    </message>
    <message numerus="yes">
        <source>Please use no more than %n characters.</source>
        <translation>
            <numerusform>Используйте не более %n символа.</numerusform>
            <numerusform>Используйте не более %n символов.</numerusform>
            <numerusform>Используйте не более %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter a phone number, for example %1.</source>
        <translation>Введите номер телефона, например %1.</translation>
    </message>
    <message>
        <source>Please enter a phone number with its area code.</source>
        <translation>Введите номер телефона вместе с кодом.</translation>
    </message>
    <message>
        <source>Please enter an email address, like name@example.com.</source>
        <translation>Введите адрес электронной почты, например name@example.com.</translation>
    </message>
    <message>
        <source>Please enter a number.</source>
        <translation>Введите число.</translation>
    </message>
    <message>
        <source>Please enter a number of at least %1.</source>
        <translation>Введите число не меньше %1.</translation>
    </message>
    <message>
        <source>Please enter a number no larger than %1.</source>
        <translation>Введите число не больше %1.</translation>
    </message>
    <message>
        <source>Please enter a number in the allowed range.</source>
        <translation>Введите число из допустимого диапазона.</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translation>Введите целое число.</translation>
    </message>
    <message>
        <source>Please use fewer decimal places.</source>
        <translation>Используйте меньше знаков после запятой.</translation>
    </message>
    <message>
        <source>Please use no more than one decimal place.</source>
        <translation>Используйте не более одного знака после запятой.</translation>
    </message>
    <message numerus="yes">
        <source>Please use no more than %n decimal places.</source>
        <translation>
            <numerusform>Используйте не более %n знака после запятой.</numerusform>
            <numerusform>Используйте не более %n знаков после запятой.</numerusform>
            <numerusform>Используйте не более %n знаков после запятой.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please choose a real date.</source>
        <translation>Выберите существующую дату.</translation>
    </message>
    <message>
        <source>Please choose one of the options shown.</source>
        <translation>Выберите один из предложенных вариантов.</translation>
    </message>
    <message>
        <source>Please choose only one option.</source>
        <translation>Выберите только один вариант.</translation>
    </message>
    <message>
        <source>Please choose fewer options.</source>
        <translation>Выберите меньше вариантов.</translation>
    </message>
    <message numerus="yes">
        <source>Please choose no more than %n options.</source>
        <translation>
            <numerusform>Выберите не более %n варианта.</numerusform>
            <numerusform>Выберите не более %n вариантов.</numerusform>
            <numerusform>Выберите не более %n вариантов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please check your choice.</source>
        <translation>Проверьте, пожалуйста, свой выбор.</translation>
    </message>
    <message>
        <source>Please check this answer.</source>
        <translation>Проверьте, пожалуйста, этот ответ.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Электронная почта</translation>
    </message>
</context>
<context>
    <name>FieldWidget</name>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Need more time?</source>
        <translation>Нужно больше времени?</translation>
    </message>
    <message numerus="yes">
        <source>The screen will start over in %n seconds.</source>
        <translation>
            <numerusform>Экран вернётся к началу через %n секунду.</numerusform>
            <numerusform>Экран вернётся к началу через %n секунды.</numerusform>
            <numerusform>Экран вернётся к началу через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>Да, продолжить</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Audio on</source>
        <translation>Звук вкл.</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Звук</translation>
    </message>
    <message>
        <source>The screen read aloud</source>
        <translation>Озвучивание экрана</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Demo · admin PIN %1</source>
        <translation>Демо · PIN администратора %1</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Демо</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Специальные возможности</translation>
    </message>
    <message>
        <source>Large text and high contrast</source>
        <translation>Крупный текст и высокая контрастность</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>Getting ready…</source>
        <translation>Подождите немного…</translation>
    </message>
    <message>
        <source>We can&apos;t reach the queue right now.</source>
        <translation>Сейчас нет связи с системой очереди.</translation>
    </message>
    <message>
        <source>Please try again in a moment, or ask at the front desk.</source>
        <translation>Попробуйте ещё раз через минуту или обратитесь к администратору.</translation>
    </message>
    <message>
        <source>We couldn&apos;t check you in.</source>
        <translation>Не удалось поставить вас в очередь.</translation>
    </message>
    <message>
        <source>Please see the front desk.</source>
        <translation>Пожалуйста, обратитесь к администратору.</translation>
    </message>
    <message>
        <source>This kiosk is temporarily unavailable.</source>
        <translation>Терминал временно не работает.</translation>
    </message>
    <message>
        <source>We could not reach the queue right now.</source>
        <translation>Сейчас не удалось связаться с очередью.</translation>
    </message>
    <message numerus="yes">
        <source>Your check-in is saved and will be sent automatically. If you have not been called within %n minutes, please see the front desk.</source>
        <translation>
            <numerusform>Ваша регистрация сохранена и будет отправлена автоматически. Если вас не пригласят в течение %n минуты, обратитесь, пожалуйста, к администратору.</numerusform>
            <numerusform>Ваша регистрация сохранена и будет отправлена автоматически. Если вас не пригласят в течение %n минут, обратитесь, пожалуйста, к администратору.</numerusform>
            <numerusform>Ваша регистрация сохранена и будет отправлена автоматически. Если вас не пригласят в течение %n минут, обратитесь, пожалуйста, к администратору.</numerusform>
        </translation>
    </message>
    <message>
        <source>We are closed right now.</source>
        <translation>Сейчас мы закрыты.</translation>
    </message>
    <message>
        <source>Please come back during our opening hours.</source>
        <translation>Пожалуйста, приходите в часы работы.</translation>
    </message>
    <message>
        <source>This kiosk is not set up yet.</source>
        <translation>Этот киоск ещё не настроен.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <source>No service is available at the moment.</source>
        <translation>Сейчас ни одна услуга недоступна.</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Начать заново</translation>
    </message>
</context>
<context>
    <name>NumericFieldWidget</name>
    <message>
        <source>From %1 to %2</source>
        <translation>От %1 до %2</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 или больше</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>До %1</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Увеличить</translation>
    </message>
</context>
<context>
    <name>PhoneFieldWidget</name>
    <message>
        <source>Add a country code</source>
        <translation>Добавить код страны</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Слишком много неверных PIN-кодов. Повторите через %1.</translation>
    </message>
    <message>
        <source>Digits entered: %1</source>
        <translation>Введено цифр: %1</translation>
    </message>
    <message>
        <source>Wrong PIN. Attempts left: %1.</source>
        <translation>Неверный PIN. Осталось попыток: %1.</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>PIN администратора</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>A few questions</source>
        <translation>Несколько вопросов</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Получить талон</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>What can we help you with?</source>
        <translation>Чем мы можем вам помочь?</translation>
    </message>
    <message>
        <source>Choose the service you came for.</source>
        <translation>Выберите нужную услугу.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n человек ждёт</numerusform>
            <numerusform>%n человека ждут</numerusform>
            <numerusform>%n человек ждут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n services.</source>
        <translation>
            <numerusform>%n услуга.</numerusform>
            <numerusform>%n услуги.</numerusform>
            <numerusform>%n услуг.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 service.</source>
        <translation>1 услуга.</translation>
    </message>
</context>
<context>
    <name>SpeechNarrator</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>button</source>
        <translation>кнопка</translation>
    </message>
    <message>
        <source>switch</source>
        <translation>переключатель</translation>
    </message>
    <message>
        <source>check box</source>
        <translation>флажок</translation>
    </message>
    <message>
        <source>edit field</source>
        <translation>поле ввода</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>выбрано</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>не выбрано</translation>
    </message>
    <message>
        <source>on</source>
        <translation>включено</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выключено</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>недоступно</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message numerus="yes">
        <source>%n characters entered</source>
        <translation>
            <numerusform>введён %n символ</numerusform>
            <numerusform>введено %n символа</numerusform>
            <numerusform>введено %n символов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers need correcting.</source>
        <translation>
            <numerusform>%n ответ нужно исправить.</numerusform>
            <numerusform>%n ответа нужно исправить.</numerusform>
            <numerusform>%n ответов нужно исправить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now at: %1</source>
        <translation>Сейчас: %1</translation>
    </message>
    <message>
        <source>Your number is %1.</source>
        <translation>Ваш номер %1.</translation>
    </message>
    <message>
        <source>Press Help to hear it again.</source>
        <translation>Нажмите «Справка», чтобы услышать ещё раз.</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left.</source>
        <translation>
            <numerusform>Осталась %n секунда.</numerusform>
            <numerusform>Осталось %n секунды.</numerusform>
            <numerusform>Осталось %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter or touch the screen to continue.</source>
        <translation>Нажмите Enter или коснитесь экрана, чтобы продолжить.</translation>
    </message>
    <message>
        <source>Audio guidance is on. Arrow keys move, Enter chooses, Back goes back, Help repeats. On the screen: tap to hear, double-tap to choose.</source>
        <translation>Голосовые подсказки включены. Стрелки перемещают, Enter выбирает, «Назад» возвращает, «Справка» повторяет. На экране: коснитесь, чтобы услышать, коснитесь дважды, чтобы выбрать.</translation>
    </message>
    <message>
        <source>Volume %1 percent.</source>
        <translation>Громкость %1 из 100.</translation>
    </message>
    <message>
        <source>Audio guidance is not available in %1. It continues in %2.</source>
        <translation>Голосовые подсказки недоступны на языке %1. Они продолжатся на языке %2.</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Шифт</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Ввод</translation>
    </message>
    <message>
        <source>Hide keyboard</source>
        <translation>Скрыть клавиатуру</translation>
    </message>
    <message>
        <source>Keyboard language</source>
        <translation>Язык клавиатуры</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Символы</translation>
    </message>
    <message>
        <source>key</source>
        <translation>клавиша</translation>
    </message>
    <message>
        <source>1 character entered</source>
        <translation>введён 1 символ</translation>
    </message>
    <message>
        <source>1 second left.</source>
        <translation>Осталась 1 секунда.</translation>
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
        <translation>Ваш номер %1.</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Ваш номер</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>We will call you by name, %1.</source>
        <translation>Мы пригласим вас по имени, %1.</translation>
    </message>
    <message>
        <source>Thank you, %1!</source>
        <translation>Спасибо, %1!</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Спасибо!</translation>
    </message>
    <message>
        <source>Please take a seat, we will call you.</source>
        <translation>Присаживайтесь, пожалуйста, мы вас пригласим.</translation>
    </message>
    <message>
        <source>Please take a seat. You are on our list.</source>
        <translation>Присаживайтесь, пожалуйста. Вы в нашем списке.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Print ticket</source>
        <translation>Распечатать талон</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translation>Перед вами никого нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n people ahead of you.</source>
        <translation>
            <numerusform>Перед вами %n человек.</numerusform>
            <numerusform>Перед вами %n человека.</numerusform>
            <numerusform>Перед вами %n человек.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated time: %1.</source>
        <translation>Ожидаемое время: %1.</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Печатаем ваш талон…</translation>
    </message>
    <message>
        <source>Please take your ticket.</source>
        <translation>Пожалуйста, возьмите талон.</translation>
    </message>
    <message>
        <source>The printer is not working. Please note your number.</source>
        <translation>Принтер не работает. Пожалуйста, запомните свой номер.</translation>
    </message>
    <message>
        <source>Returning to the start in 1 second.</source>
        <translation>Возврат к началу через 1 секунду.</translation>
    </message>
    <message numerus="yes">
        <source>Returning to the start in %n seconds.</source>
        <translation>
            <numerusform>Возврат к началу через %n секунду.</numerusform>
            <numerusform>Возврат к началу через %n секунды.</numerusform>
            <numerusform>Возврат к началу через %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketSlip</name>
    <message>
        <source>Your number</source>
        <translation>Ваш номер</translation>
    </message>
    <message>
        <source>People ahead of you</source>
        <translation>Перед вами в очереди</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>Ожидаемое время</translation>
    </message>
    <message>
        <source>Scan to follow your place in the queue</source>
        <translation>Отсканируйте, чтобы следить за своей очередью</translation>
    </message>
    <message>
        <source>Please take a seat. Your number will be called and shown on the screen.</source>
        <translation>Присаживайтесь, пожалуйста. Ваш номер объявят и покажут на экране.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome! Please choose your language</source>
        <translation>Добро пожаловать! Выберите язык</translation>
    </message>
</context>
</TS>
