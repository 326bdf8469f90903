<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>Make the screen easier to read</source>
        <translation>Hacer la pantalla más fácil de leer</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Texto grande</translation>
    </message>
    <message>
        <source>Makes all text larger</source>
        <translation>Agranda todo el texto</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Black text on white, strong outlines</source>
        <translation>Texto negro sobre blanco, bordes marcados</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>Audio guidance</source>
        <translation>Guía por voz</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>A voice for every language</source>
        <translation>Hay voz para todos los idiomas</translation>
    </message>
    <message>
        <source>No voice for %1: spoken in %2 instead</source>
        <translation>Sin voz para %1: se habla en %2</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Qminder</source>
        <translation>Qminder</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Saved check-ins</source>
        <translation>Registros guardados</translation>
    </message>
    <message>
        <source>Check-in store</source>
        <translation>Almacén de registros</translation>
    </message>
    <message>
        <source>Last delivery error</source>
        <translation>Último error de envío</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Last loaded %1</source>
        <translation>Cargada por última vez: %1</translation>
    </message>
    <message>
        <source>%1 waiting to be sent, %2 expired, %3 rejected</source>
        <translation>%1 pendientes de envío, %2 caducados, %3 rechazados</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Exit the kiosk? Visitors cannot check in until it is started again.</source>
        <translation>¿Cerrar el quiosco? Los visitantes no podrán registrarse hasta que se vuelva a iniciar.</translation>
    </message>
    <message>
        <source>Saved check-ins still to be sent when it starts again: %1.</source>
        <translation>Registros guardados que se enviarán cuando vuelva a iniciarse: %1.</translation>
    </message>
    <message>
        <source>Reload configuration</source>
        <translation>Volver a cargar la configuración</translation>
    </message>
    <message>
        <source>Print test ticket</source>
        <translation>Imprimir ticket de prueba</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Cerrar el quiosco</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The check-in store cannot be read with this key: %1 check-ins waiting. New check-ins are refused until the right key is back.</source>
        <translation>El almacén de registros no se puede leer con esta clave: %1 registros en espera. Se rechazan nuevos registros hasta que vuelva la clave correcta.</translation>
    </message>
    <message>
        <source>No space left on the disk: new check-ins are refused.</source>
        <translation>No queda espacio en el disco: se rechazan nuevos registros.</translation>
    </message>
    <message>
        <source>The data folder cannot be written: new check-ins are refused.</source>
        <translation>No se puede escribir en la carpeta de datos: se rechazan nuevos registros.</translation>
    </message>
    <message>
        <source>The check-in store was replaced or emptied outside the kiosk: check-ins may have been lost.</source>
        <translation>El almacén de registros se reemplazó o vació fuera del quiosco: es posible que se hayan perdido registros.</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Sin problemas</translation>
    </message>
</context>
<context>
    <name>AppointmentTexts</name>
    <message>
        <source>I have an appointment</source>
        <translation>Tengo una cita</translation>
    </message>
    <message>
        <source>Find your appointment</source>
        <translation>Busque su cita</translation>
    </message>
    <message>
        <source>Enter the phone number you booked with</source>
        <translation>Introduzca el número de teléfono con el que reservó</translation>
    </message>
    <message>
        <source>Find my appointment</source>
        <translation>Buscar mi cita</translation>
    </message>
    <message>
        <source>Looking for your appointment…</source>
        <translation>Buscando su cita…</translation>
    </message>
    <message>
        <source>Too many searches. Please wait a moment and try again.</source>
        <translation>Demasiadas búsquedas. Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Is this your appointment?</source>
        <translation>¿Es esta su cita?</translation>
    </message>
    <message>
        <source>Which appointment are you here for?</source>
        <translation>¿Para qué cita viene?</translation>
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
        <translation>Registrar mi llegada</translation>
    </message>
    <message>
        <source>We could not find an appointment for today with this number.</source>
        <translation>No hemos encontrado ninguna cita para hoy con este número.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Check in without an appointment</source>
        <translation>Pedir turno sin cita</translation>
    </message>
    <message>
        <source>Your appointment is at %1; you can check in from %2.</source>
        <translation>Su cita es a las %1; puede registrar su llegada a partir de las %2.</translation>
    </message>
    <message>
        <source>Your appointment was at %1. Please see the front desk.</source>
        <translation>Su cita era a las %1. Por favor, diríjase a recepción.</translation>
    </message>
    <message>
        <source>You're checked in. Please take a seat.</source>
        <translation>Ya está registrado. Tome asiento, por favor.</translation>
    </message>
    <message>
        <source>You're checked in, %1. Please take a seat.</source>
        <translation>Ya está registrado, %1. Tome asiento, por favor.</translation>
    </message>
    <message>
        <source>We could not check you in. Please see the front desk.</source>
        <translation>No hemos podido registrar su llegada. Por favor, diríjase a recepción.</translation>
    </message>
    <message>
        <source>Skip the screen: scan to join on your phone</source>
        <translation>Evite la pantalla: escanee para unirse a la cola desde su teléfono</translation>
    </message>
    <message>
        <source>We use your details only to call you and to serve you today.</source>
        <translation>Usamos sus datos solo para llamarle y atenderle hoy.</translation>
    </message>
    <message>
        <source>Scan to read our full privacy policy</source>
        <translation>Escanee para leer nuestra política de privacidad completa</translation>
    </message>
</context>
<context>
    <name>ClosedNotice</name>
    <message>
        <source>We open again on %1 at %2.</source>
        <translation>Volvemos a abrir el %1 a las %2.</translation>
    </message>
    <message>
        <source>Closed today: %1.</source>
        <translation>Hoy cerrado: %1.</translation>
    </message>
    <message>
        <source>We are closed for now.</source>
        <translation>Por ahora estamos cerrados.</translation>
    </message>
</context>
<context>
    <name>DateFieldWidget</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Año anterior</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Año siguiente</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <source>Clear date</source>
        <translation>Borrar la fecha</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <source>Your details</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>We will use your name to call you when it is your turn.</source>
        <translation>Le llamaremos por su nombre cuando sea su turno.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Pedir turno</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Please choose one of the options.</source>
        <translation>Elija una de las opciones.</translation>
    </message>
    <message>
        <source>Please choose at least one option.</source>
        <translation>Elija al menos una opción.</translation>
    </message>
    <message>
        <source>Please choose a date.</source>
        <translation>Elija una fecha.</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>Rellene este campo, por favor.</translation>
    </message>
    <message>
        <source>Please enter a little more.</source>
        <translation>Escriba un poco más, por favor.</translation>
    </message>
    <message>
        <source>Please enter at least one letter.</source>
        <translation>Escriba al menos una letra.</translation>
    </message>
    <message numerus="yes">
        <source>Please enter at least %n letters.</source>
        <translation>
            <numerusform>Escriba al menos %n letra.</numerusform>
            <numerusform>Escriba al menos %n letras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter at least one character.</source>
        <translation>Escriba al menos un carácter.</translation>
    </message>
    <message numerus="yes">
        <source>Please enter at least %n characters.</source>
        <translation>
            <numerusform>Escriba al menos %n carácter.</numerusform>
            <numerusform>Escriba al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please make this shorter.</source>
        <translation>Acorte un poco el texto, por favor.</translation>
    </message>
    <message>
        <source>Please use only one character.</source>
        <translation>Use un solo carácter.</translation>
    </message>
    <message numerus="yes">
        <source>Please use no more than %n characters.</source>
        <translation>
            <numerusform>Use como máximo %n carácter.</numerusform>
            <numerusform>Use como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter a phone number, for example %1.</source>
        <translation>Escriba un número de teléfono, por ejemplo, %1.</translation>
    </message>
    <message>
        <source>Please enter a phone number with its area code.</source>
        <translation>Escriba un número de teléfono con su prefijo.</translation>
    </message>
    <message>
        <source>Please enter an email address, like name@example.com.</source>
        <translation>Escriba una dirección de correo electrónico, como nombre@ejemplo.com.</translation>
    </message>
    <message>
        <source>Please enter a number.</source>
        <translation>Escriba un número.</translation>
    </message>
    <message>
        <source>Please enter a number of at least %1.</source>
        <translation>Escriba un número igual o mayor que %1.</translation>
    </message>
    <message>
        <source>Please enter a number no larger than %1.</source>
        <translation>Escriba un número igual o menor que %1.</translation>
    </message>
    <message>
        <source>Please enter a number in the allowed range.</source>
        <translation>Escriba un número dentro del rango permitido.</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translation>Escriba un número entero.</translation>
    </message>
    <message>
        <source>Please use fewer decimal places.</source>
        <translation>Use menos decimales.</translation>
    </message>
    <message>
        <source>Please use no more than one decimal place.</source>
        <translation>Use como máximo un decimal.</translation>
    </message>
    <message numerus="yes">
        <source>Please use no more than %n decimal places.</source>
        <translation>
            <numerusform>Use como máximo %n decimal.</numerusform>
            <numerusform>Use como máximo %n decimales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please choose a real date.</source>
        <translation>Elija una fecha que exista.</translation>
    </message>
    <message>
        <source>Please choose one of the options shown.</source>
        <translation>Elija una de las opciones que se muestran.</translation>
    </message>
    <message>
        <source>Please choose only one option.</source>
        <translation>Elija solo una opción.</translation>
    </message>
    <message>
        <source>Please choose fewer options.</source>
        <translation>Elija menos opciones.</translation>
    </message>
    <message numerus="yes">
        <source>Please choose no more than %n options.</source>
        <translation>
            <numerusform>Elija como máximo %n opción.</numerusform>
            <numerusform>Elija como máximo %n opciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please check your choice.</source>
        <translation>Revise su elección, por favor.</translation>
    </message>
    <message>
        <source>Please check this answer.</source>
        <translation>Revise esta respuesta, por favor.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
</context>
<context>
    <name>FieldWidget</name>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Need more time?</source>
        <translation>¿Necesita más tiempo?</translation>
    </message>
    <message numerus="yes">
        <source>The screen will start over in %n seconds.</source>
        <translation>
            <numerusform>La pantalla volverá al inicio en %n segundo.</numerusform>
            <numerusform>La pantalla volverá al inicio en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>Sí, continuar</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Audio on</source>
        <translation>Audio activado</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>The screen read aloud</source>
        <translation>La pantalla leída en voz alta</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Registro de llegada</translation>
    </message>
    <message>
        <source>Demo · admin PIN %1</source>
        <translation>Demo · PIN de administración %1</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>Large text and high contrast</source>
        <translation>Texto grande y alto contraste</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>Getting ready…</source>
        <translation>Un momento…</translation>
    </message>
    <message>
        <source>We can&apos;t reach the queue right now.</source>
        <translation>Ahora mismo no podemos conectar con el sistema de turnos.</translation>
    </message>
    <message>
        <source>Please try again in a moment, or ask at the front desk.</source>
        <translation>Vuelva a intentarlo en un momento o pregunte en recepción.</translation>
    </message>
    <message>
        <source>We couldn&apos;t check you in.</source>
        <translation>No hemos podido darle turno.</translation>
    </message>
    <message>
        <source>Please see the front desk.</source>
        <translation>Por favor, diríjase a recepción.</translation>
    </message>
    <message>
        <source>This kiosk is temporarily unavailable.</source>
        <translation>Este terminal no está disponible en este momento.</translation>
    </message>
    <message>
        <source>We could not reach the queue right now.</source>
        <translation>No hemos podido conectar con la fila en este momento.</translation>
    </message>
    <message numerus="yes">
        <source>Your check-in is saved and will be sent automatically. If you have not been called within %n minutes, please see the front desk.</source>
        <translation>
            <numerusform>Su registro está guardado y se enviará automáticamente. Si no le llaman en %n minuto, acuda a recepción.</numerusform>
            <numerusform>Su registro está guardado y se enviará automáticamente. Si no le llaman en %n minutos, acuda a recepción.</numerusform>
        </translation>
    </message>
    <message>
        <source>We are closed right now.</source>
        <translation>Ahora mismo estamos cerrados.</translation>
    </message>
    <message>
        <source>Please come back during our opening hours.</source>
        <translation>Vuelva dentro de nuestro horario de atención, por favor.</translation>
    </message>
    <message>
        <source>This kiosk is not set up yet.</source>
        <translation>Este quiosco aún no está configurado.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>No service is available at the moment.</source>
        <translation>No hay ningún servicio disponible en este momento.</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
</context>
<context>
    <name>NumericFieldWidget</name>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 o más</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>Hasta %1</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Aumentar</translation>
    </message>
</context>
<context>
    <name>PhoneFieldWidget</name>
    <message>
        <source>Add a country code</source>
        <translation>Añadir el prefijo del país</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Demasiados PIN incorrectos. Inténtelo de nuevo en %1.</translation>
    </message>
    <message>
        <source>Digits entered: %1</source>
        <translation>Dígitos introducidos: %1</translation>
    </message>
    <message>
        <source>Wrong PIN. Attempts left: %1.</source>
        <translation>PIN incorrecto. Intentos restantes: %1.</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>PIN de administración</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>A few questions</source>
        <translation>Unas preguntas</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Pedir turno</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>What can we help you with?</source>
        <translation>¿En qué podemos ayudarle?</translation>
    </message>
    <message>
        <source>Choose the service you came for.</source>
        <translation>Elija el servicio que necesita.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n persona esperando</numerusform>
            <numerusform>%n personas esperando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n services.</source>
        <translation>
            <numerusform>%n servicio.</numerusform>
            <numerusform>%n servicios.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 service.</source>
        <translation>1 servicio.</translation>
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
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>button</source>
        <translation>botón</translation>
    </message>
    <message>
        <source>switch</source>
        <translation>interruptor</translation>
    </message>
    <message>
        <source>check box</source>
        <translation>casilla</translation>
    </message>
    <message>
        <source>edit field</source>
        <translation>campo de texto</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>seleccionado</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>no seleccionado</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message numerus="yes">
        <source>%n characters entered</source>
        <translation>
            <numerusform>%n carácter introducido</numerusform>
            <numerusform>%n caracteres introducidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers need correcting.</source>
        <translation>
            <numerusform>%n respuesta necesita corrección.</numerusform>
            <numerusform>%n respuestas necesitan corrección.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now at: %1</source>
        <translation>Ahora en: %1</translation>
    </message>
    <message>
        <source>Your number is %1.</source>
        <translation>Su número es %1.</translation>
    </message>
    <message>
        <source>Press Help to hear it again.</source>
        <translation>Pulse Ayuda para volver a oírlo.</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left.</source>
        <translation>
            <numerusform>Queda %n segundo.</numerusform>
            <numerusform>Quedan %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter or touch the screen to continue.</source>
        <translation>Pulse Intro o toque la pantalla para continuar.</translation>
    </message>
    <message>
        <source>Audio guidance is on. Arrow keys move, Enter chooses, Back goes back, Help repeats. On the screen: tap to hear, double-tap to choose.</source>
        <translation>La guía por voz está activada. Las flechas mueven, Intro elige, Atrás vuelve, Ayuda repite. En la pantalla: toque para oír, toque dos veces para elegir.</translation>
    </message>
    <message>
        <source>Volume %1 percent.</source>
        <translation>Volumen al %1 por ciento.</translation>
    </message>
    <message>
        <source>Audio guidance is not available in %1. It continues in %2.</source>
        <translation>La guía por voz no está disponible en %1. Continúa en %2.</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Mayúsculas</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Retroceso</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Hide keyboard</source>
        <translation>Ocultar teclado</translation>
    </message>
    <message>
        <source>Keyboard language</source>
        <translation>Idioma del teclado</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Símbolos</translation>
    </message>
    <message>
        <source>key</source>
        <translation>tecla</translation>
    </message>
    <message>
        <source>1 character entered</source>
        <translation>1 carácter introducido</translation>
    </message>
    <message>
        <source>1 second left.</source>
        <translation>Queda 1 segundo.</translation>
    </message>
</context>
<context>
    <name>TextFieldWidget</name>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <source>Your number is %1.</source>
        <translation>Su número es %1.</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Su número</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>We will call you by name, %1.</source>
        <translation>Le llamaremos por su nombre, %1.</translation>
    </message>
    <message>
        <source>Thank you, %1!</source>
        <translation>¡Gracias, %1!</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <source>Please take a seat, we will call you.</source>
        <translation>Tome asiento, por favor. Le llamaremos.</translation>
    </message>
    <message>
        <source>Please take a seat. You are on our list.</source>
        <translation>Tome asiento, por favor. Ya está en nuestra lista.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Print ticket</source>
        <translation>Imprimir ticket</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translation>No hay nadie delante de usted.</translation>
    </message>
    <message numerus="yes">
        <source>%n people ahead of you.</source>
        <translation>
            <numerusform>%n persona delante de usted.</numerusform>
            <numerusform>%n personas delante de usted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated time: %1.</source>
        <translation>Hora estimada: %1.</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Imprimiendo su ticket…</translation>
    </message>
    <message>
        <source>Please take your ticket.</source>
        <translation>Recoja su ticket, por favor.</translation>
    </message>
    <message>
        <source>The printer is not working. Please note your number.</source>
        <translation>La impresora no funciona. Anote su número, por favor.</translation>
    </message>
    <message>
        <source>Returning to the start in 1 second.</source>
        <translation>Volvemos al inicio en 1 segundo.</translation>
    </message>
    <message numerus="yes">
        <source>Returning to the start in %n seconds.</source>
        <translation>
            <numerusform>Volvemos al inicio en %n segundo.</numerusform>
            <numerusform>Volvemos al inicio en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketSlip</name>
    <message>
        <source>Your number</source>
        <translation>Su número</translation>
    </message>
    <message>
        <source>People ahead of you</source>
        <translation>Personas delante de usted</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>Hora estimada</translation>
    </message>
    <message>
        <source>Scan to follow your place in the queue</source>
        <translation>Escanee para seguir su turno en la fila</translation>
    </message>
    <message>
        <source>Please take a seat. Your number will be called and shown on the screen.</source>
        <translation>Tome asiento, por favor. Su número se anunciará y aparecerá en la pantalla.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome! Please choose your language</source>
        <translation>¡Le damos la bienvenida! Elija su idioma</translation>
    </message>
</context>
</TS>
