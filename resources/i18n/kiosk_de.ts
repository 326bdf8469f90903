<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>Make the screen easier to read</source>
        <translation>Bildschirm leichter lesbar machen</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Große Schrift</translation>
    </message>
    <message>
        <source>Makes all text larger</source>
        <translation>Vergrößert alle Texte</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Black text on white, strong outlines</source>
        <translation>Schwarze Schrift auf Weiß, kräftige Umrisse</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>Audio guidance</source>
        <translation>Sprachführung</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>A voice for every language</source>
        <translation>Eine Stimme für jede Sprache</translation>
    </message>
    <message>
        <source>No voice for %1: spoken in %2 instead</source>
        <translation>Keine Stimme für %1: stattdessen %2</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Qminder</source>
        <translation>Qminder</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Saved check-ins</source>
        <translation>Gespeicherte Anmeldungen</translation>
    </message>
    <message>
        <source>Check-in store</source>
        <translation>Check-in-Speicher</translation>
    </message>
    <message>
        <source>Last delivery error</source>
        <translation>Letzter Sendefehler</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Last loaded %1</source>
        <translation>Zuletzt geladen: %1</translation>
    </message>
    <message>
        <source>%1 waiting to be sent, %2 expired, %3 rejected</source>
        <translation>%1 warten auf Versand, %2 abgelaufen, %3 abgelehnt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Exit the kiosk? Visitors cannot check in until it is started again.</source>
        <translation>Kiosk beenden? Besucher können sich erst wieder anmelden, wenn er neu gestartet wurde.</translation>
    </message>
    <message>
        <source>Saved check-ins still to be sent when it starts again: %1.</source>
        <translation>Gespeicherte Anmeldungen, die nach dem Neustart gesendet werden: %1.</translation>
    </message>
    <message>
        <source>Reload configuration</source>
        <translation>Konfiguration neu laden</translation>
    </message>
    <message>
        <source>Print test ticket</source>
        <translation>Testticket drucken</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Kiosk beenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The check-in store cannot be read with this key: %1 check-ins waiting. New check-ins are refused until the right key is back.</source>
        <translation>Der Check-in-Speicher kann mit diesem Schlüssel nicht gelesen werden: %1 Check-ins warten. Neue Check-ins werden abgelehnt, bis der richtige Schlüssel wieder da ist.</translation>
    </message>
    <message>
        <source>No space left on the disk: new check-ins are refused.</source>
        <translation>Kein Platz mehr auf dem Datenträger: Neue Check-ins werden abgelehnt.</translation>
    </message>
    <message>
        <source>The data folder cannot be written: new check-ins are refused.</source>
        <translation>In den Datenordner kann nicht geschrieben werden: Neue Check-ins werden abgelehnt.</translation>
    </message>
    <message>
        <source>The check-in store was replaced or emptied outside the kiosk: check-ins may have been lost.</source>
        <translation>Der Check-in-Speicher wurde außerhalb des Kiosks ersetzt oder geleert: Check-ins sind möglicherweise verloren gegangen.</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
</context>
<context>
    <name>AppointmentTexts</name>
    <message>
        <source>I have an appointment</source>
        <translation>Ich habe einen Termin</translation>
    </message>
    <message>
        <source>Find your appointment</source>
        <translation>Termin finden</translation>
    </message>
    <message>
        <source>Enter the phone number you booked with</source>
        <translation>Geben Sie die Telefonnummer ein, mit der Sie gebucht haben</translation>
    </message>
    <message>
        <source>Find my appointment</source>
        <translation>Meinen Termin finden</translation>
    </message>
    <message>
        <source>Looking for your appointment…</source>
        <translation>Ihr Termin wird gesucht…</translation>
    </message>
    <message>
        <source>Too many searches. Please wait a moment and try again.</source>
        <translation>Zu viele Suchanfragen. Bitte warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Is this your appointment?</source>
        <translation>Ist das Ihr Termin?</translation>
    </message>
    <message>
        <source>Which appointment are you here for?</source>
        <translation>Für welchen Termin sind Sie hier?</translation>
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
        <translation>Einchecken</translation>
    </message>
    <message>
        <source>We could not find an appointment for today with this number.</source>
        <translation>Wir haben für heute keinen Termin mit dieser Nummer gefunden.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Check in without an appointment</source>
        <translation>Ohne Termin anmelden</translation>
    </message>
    <message>
        <source>Your appointment is at %1; you can check in from %2.</source>
        <translation>Ihr Termin ist um %1; Sie können ab %2 einchecken.</translation>
    </message>
    <message>
        <source>Your appointment was at %1. Please see the front desk.</source>
        <translation>Ihr Termin war um %1. Bitte wenden Sie sich an den Empfang.</translation>
    </message>
    <message>
        <source>You're checked in. Please take a seat.</source>
        <translation>Sie sind eingecheckt. Bitte nehmen Sie Platz.</translation>
    </message>
    <message>
        <source>You're checked in, %1. Please take a seat.</source>
        <translation>Sie sind eingecheckt, %1. Bitte nehmen Sie Platz.</translation>
    </message>
    <message>
        <source>We could not check you in. Please see the front desk.</source>
        <translation>Wir konnten Sie nicht einchecken. Bitte wenden Sie sich an den Empfang.</translation>
    </message>
    <message>
        <source>Skip the screen: scan to join on your phone</source>
        <translation>Ohne Warten am Bildschirm: scannen und mit dem Handy anmelden</translation>
    </message>
    <message>
        <source>We use your details only to call you and to serve you today.</source>
        <translation>Wir verwenden Ihre Daten nur, um Sie heute aufzurufen und zu bedienen.</translation>
    </message>
    <message>
        <source>Scan to read our full privacy policy</source>
        <translation>Scannen, um unsere vollständige Datenschutzerklärung zu lesen</translation>
    </message>
</context>
<context>
    <name>ClosedNotice</name>
    <message>
        <source>We open again on %1 at %2.</source>
        <translation>Wir öffnen wieder am %1 um %2.</translation>
    </message>
    <message>
        <source>Closed today: %1.</source>
        <translation>Heute geschlossen: %1.</translation>
    </message>
    <message>
        <source>We are closed for now.</source>
        <translation>Wir haben vorerst geschlossen.</translation>
    </message>
</context>
<context>
    <name>DateFieldWidget</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Vorheriges Jahr</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Nächstes Jahr</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>JJJJ</translation>
    </message>
    <message>
        <source>Clear date</source>
        <translation>Datum löschen</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <source>Your details</source>
        <translation>Ihre Angaben</translation>
    </message>
    <message>
        <source>We will use your name to call you when it is your turn.</source>
        <translation>Wenn Sie an der Reihe sind, rufen wir Sie mit Ihrem Namen auf.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Please choose one of the options.</source>
        <translation>Bitte wählen Sie eine der Optionen.</translation>
    </message>
    <message>
        <source>Please choose at least one option.</source>
        <translation>Bitte wählen Sie mindestens eine Option.</translation>
    </message>
    <message>
        <source>Please choose a date.</source>
        <translation>Bitte wählen Sie ein Datum.</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>Bitte füllen Sie dieses Feld aus.</translation>
    </message>
    <message>
        <source>Please enter a little more.</source>
        <translation>Bitte schreiben Sie etwas mehr.</translation>
    </message>
    <message>
        <source>Please enter at least one letter.</source>
        <translation>Bitte geben Sie mindestens einen Buchstaben ein.</translation>
    </message>
    <message numerus="yes">
        <source>Please enter at least %n letters.</source>
        <translation>
            <numerusform>Bitte geben Sie mindestens %n Buchstaben ein.</numerusform>
            <numerusform>Bitte geben Sie mindestens %n Buchstaben ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter at least one character.</source>
        <translation>Bitte geben Sie mindestens ein Zeichen ein.</translation>
    </message>
    <message numerus="yes">
        <source>Please enter at least %n characters.</source>
        <translation>
            <numerusform>Bitte geben Sie mindestens %n Zeichen ein.</numerusform>
            <numerusform>Bitte geben Sie mindestens %n Zeichen ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please make this shorter.</source>
        <translation>Bitte fassen Sie sich etwas kürzer.</translation>
    </message>
    <message>
        <source>Please use only one character.</source>
        <translation>Bitte verwenden Sie nur ein Zeichen.</translation>
    </message>
    <message numerus="yes">
        <source>Please use no more than %n characters.</source>
        <translation>
            <numerusform>Bitte verwenden Sie höchstens %n Zeichen.</numerusform>
            <numerusform>Bitte verwenden Sie höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter a phone number, for example %1.</source>
        <translation>Bitte geben Sie eine Telefonnummer ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>Please enter a phone number with its area code.</source>
        <translation>Bitte geben Sie eine Telefonnummer mit Vorwahl ein.</translation>
    </message>
    <message>
        <source>Please enter an email address, like name@example.com.</source>
        <translation>Bitte geben Sie eine E-Mail-Adresse ein, zum Beispiel name@beispiel.de.</translation>
    </message>
    <message>
        <source>Please enter a number.</source>
        <translation>Bitte geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>Please enter a number of at least %1.</source>
        <translation>Bitte geben Sie eine Zahl ab %1 ein.</translation>
    </message>
    <message>
        <source>Please enter a number no larger than %1.</source>
        <translation>Bitte geben Sie eine Zahl bis höchstens %1 ein.</translation>
    </message>
    <message>
        <source>Please enter a number in the allowed range.</source>
        <translation>Bitte geben Sie eine Zahl im erlaubten Bereich ein.</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translation>Bitte geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message>
        <source>Please use fewer decimal places.</source>
        <translation>Bitte verwenden Sie weniger Nachkommastellen.</translation>
    </message>
    <message>
        <source>Please use no more than one decimal place.</source>
        <translation>Bitte verwenden Sie höchstens eine Nachkommastelle.</translation>
    </message>
    <message numerus="yes">
        <source>Please use no more than %n decimal places.</source>
        <translation>
            <numerusform>Bitte verwenden Sie höchstens %n Nachkommastelle.</numerusform>
            <numerusform>Bitte verwenden Sie höchstens %n Nachkommastellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please choose a real date.</source>
        <translation>Bitte wählen Sie ein gültiges Datum.</translation>
    </message>
    <message>
        <source>Please choose one of the options shown.</source>
        <translation>Bitte wählen Sie eine der angezeigten Optionen.</translation>
    </message>
    <message>
        <source>Please choose only one option.</source>
        <translation>Bitte wählen Sie nur eine Option.</translation>
    </message>
    <message>
        <source>Please choose fewer options.</source>
        <translation>Bitte wählen Sie weniger Optionen.</translation>
    </message>
    <message numerus="yes">
        <source>Please choose no more than %n options.</source>
        <translation>
            <numerusform>Bitte wählen Sie höchstens %n Option.</numerusform>
            <numerusform>Bitte wählen Sie höchstens %n Optionen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please check your choice.</source>
        <translation>Bitte überprüfen Sie Ihre Auswahl.</translation>
    </message>
    <message>
        <source>Please check this answer.</source>
        <translation>Bitte überprüfen Sie diese Antwort.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>FieldWidget</name>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Need more time?</source>
        <translation>Brauchen Sie mehr Zeit?</translation>
    </message>
    <message numerus="yes">
        <source>The screen will start over in %n seconds.</source>
        <translation>
            <numerusform>Der Bildschirm beginnt in %n Sekunde von vorn.</numerusform>
            <numerusform>Der Bildschirm beginnt in %n Sekunden von vorn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>Ja, weiter</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Audio on</source>
        <translation>Audio an</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>The screen read aloud</source>
        <translation>Der Bildschirm wird vorgelesen</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Demo · admin PIN %1</source>
        <translation>Demo · Admin-PIN %1</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <source>Large text and high contrast</source>
        <translation>Große Schrift und hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>Getting ready…</source>
        <translation>Einen Moment, bitte…</translation>
    </message>
    <message>
        <source>We can&apos;t reach the queue right now.</source>
        <translation>Die Warteschlange ist gerade nicht erreichbar.</translation>
    </message>
    <message>
        <source>Please try again in a moment, or ask at the front desk.</source>
        <translation>Bitte versuchen Sie es gleich noch einmal oder fragen Sie am Empfang.</translation>
    </message>
    <message>
        <source>We couldn&apos;t check you in.</source>
        <translation>Wir konnten Sie leider nicht anmelden.</translation>
    </message>
    <message>
        <source>Please see the front desk.</source>
        <translation>Bitte wenden Sie sich an den Empfang.</translation>
    </message>
    <message>
        <source>This kiosk is temporarily unavailable.</source>
        <translation>Dieses Terminal ist vorübergehend außer Betrieb.</translation>
    </message>
    <message>
        <source>We could not reach the queue right now.</source>
        <translation>Wir konnten die Warteschlange gerade nicht erreichen.</translation>
    </message>
    <message numerus="yes">
        <source>Your check-in is saved and will be sent automatically. If you have not been called within %n minutes, please see the front desk.</source>
        <translation>
            <numerusform>Ihre Anmeldung ist gespeichert und wird automatisch gesendet. Wenn Sie nicht innerhalb von %n Minute aufgerufen werden, wenden Sie sich bitte an den Empfang.</numerusform>
            <numerusform>Ihre Anmeldung ist gespeichert und wird automatisch gesendet. Wenn Sie nicht innerhalb von %n Minuten aufgerufen werden, wenden Sie sich bitte an den Empfang.</numerusform>
        </translation>
    </message>
    <message>
        <source>We are closed right now.</source>
        <translation>Wir haben gerade geschlossen.</translation>
    </message>
    <message>
        <source>Please come back during our opening hours.</source>
        <translation>Bitte kommen Sie während unserer Öffnungszeiten wieder.</translation>
    </message>
    <message>
        <source>This kiosk is not set up yet.</source>
        <translation>Dieser Kiosk ist noch nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>No service is available at the moment.</source>
        <translation>Im Moment ist kein Service verfügbar.</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
</context>
<context>
    <name>NumericFieldWidget</name>
    <message>
        <source>From %1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 oder mehr</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>Bis %1</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>Verringern</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Erhöhen</translation>
    </message>
</context>
<context>
    <name>PhoneFieldWidget</name>
    <message>
        <source>Add a country code</source>
        <translation>Ländervorwahl hinzufügen</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Zu viele falsche PINs. Erneut versuchen in %1.</translation>
    </message>
    <message>
        <source>Digits entered: %1</source>
        <translation>Eingegebene Ziffern: %1</translation>
    </message>
    <message>
        <source>Wrong PIN. Attempts left: %1.</source>
        <translation>Falsche PIN. Verbleibende Versuche: %1.</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>Admin-PIN</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>A few questions</source>
        <translation>Ein paar Fragen</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>What can we help you with?</source>
        <translation>Wie können wir Ihnen helfen?</translation>
    </message>
    <message>
        <source>Choose the service you came for.</source>
        <translation>Wählen Sie Ihr Anliegen.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n Person wartet</numerusform>
            <numerusform>%n Personen warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n services.</source>
        <translation>
            <numerusform>%n Anliegen.</numerusform>
            <numerusform>%n Anliegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 service.</source>
        <translation>1 Anliegen.</translation>
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
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>button</source>
        <translation>Schaltfläche</translation>
    </message>
    <message>
        <source>switch</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <source>check box</source>
        <translation>Kontrollkästchen</translation>
    </message>
    <message>
        <source>edit field</source>
        <translation>Eingabefeld</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>nicht ausgewählt</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message numerus="yes">
        <source>%n characters entered</source>
        <translation>
            <numerusform>%n Zeichen eingegeben</numerusform>
            <numerusform>%n Zeichen eingegeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers need correcting.</source>
        <translation>
            <numerusform>%n Antwort muss korrigiert werden.</numerusform>
            <numerusform>%n Antworten müssen korrigiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now at: %1</source>
        <translation>Jetzt bei: %1</translation>
    </message>
    <message>
        <source>Your number is %1.</source>
        <translation>Ihre Nummer ist %1.</translation>
    </message>
    <message>
        <source>Press Help to hear it again.</source>
        <translation>Drücken Sie Hilfe, um sie erneut zu hören.</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left.</source>
        <translation>
            <numerusform>Noch %n Sekunde.</numerusform>
            <numerusform>Noch %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter or touch the screen to continue.</source>
        <translation>Drücken Sie Enter oder berühren Sie den Bildschirm, um fortzufahren.</translation>
    </message>
    <message>
        <source>Audio guidance is on. Arrow keys move, Enter chooses, Back goes back, Help repeats. On the screen: tap to hear, double-tap to choose.</source>
        <translation>Die Sprachführung ist an. Pfeiltasten bewegen, Enter wählt, Zurück geht zurück, Hilfe wiederholt. Auf dem Bildschirm: antippen zum Hören, doppelt antippen zum Wählen.</translation>
    </message>
    <message>
        <source>Volume %1 percent.</source>
        <translation>Lautstärke %1 Prozent.</translation>
    </message>
    <message>
        <source>Audio guidance is not available in %1. It continues in %2.</source>
        <translation>Die Sprachführung ist auf %1 nicht verfügbar. Sie wird auf %2 fortgesetzt.</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Umschalttaste</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Rücktaste</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <source>Hide keyboard</source>
        <translation>Tastatur ausblenden</translation>
    </message>
    <message>
        <source>Keyboard language</source>
        <translation>Tastatursprache</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>1 character entered</source>
        <translation>1 Zeichen eingegeben</translation>
    </message>
    <message>
        <source>1 second left.</source>
        <translation>Noch 1 Sekunde.</translation>
    </message>
</context>
<context>
    <name>TextFieldWidget</name>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <source>Your number is %1.</source>
        <translation>Ihre Nummer ist %1.</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Ihre Nummer</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>We will call you by name, %1.</source>
        <translation>Wir rufen Sie mit Ihrem Namen auf, %1.</translation>
    </message>
    <message>
        <source>Thank you, %1!</source>
        <translation>Vielen Dank, %1!</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Vielen Dank!</translation>
    </message>
    <message>
        <source>Please take a seat, we will call you.</source>
        <translation>Bitte nehmen Sie Platz, wir rufen Sie auf.</translation>
    </message>
    <message>
        <source>Please take a seat. You are on our list.</source>
        <translation>Bitte nehmen Sie Platz. Sie stehen auf unserer Liste.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Print ticket</source>
        <translation>Ticket drucken</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translation>Niemand ist vor Ihnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n people ahead of you.</source>
        <translation>
            <numerusform>%n Person vor Ihnen.</numerusform>
            <numerusform>%n Personen vor Ihnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated time: %1.</source>
        <translation>Voraussichtliche Zeit: %1.</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Ihr Ticket wird gedruckt …</translation>
    </message>
    <message>
        <source>Please take your ticket.</source>
        <translation>Bitte nehmen Sie Ihr Ticket.</translation>
    </message>
    <message>
        <source>The printer is not working. Please note your number.</source>
        <translation>Der Drucker funktioniert nicht. Bitte merken Sie sich Ihre Nummer.</translation>
    </message>
    <message>
        <source>Returning to the start in 1 second.</source>
        <translation>Zurück zum Start in 1 Sekunde.</translation>
    </message>
    <message numerus="yes">
        <source>Returning to the start in %n seconds.</source>
        <translation>
            <numerusform>Zurück zum Start in %n Sekunde.</numerusform>
            <numerusform>Zurück zum Start in %n Sekunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketSlip</name>
    <message>
        <source>Your number</source>
        <translation>Ihre Nummer</translation>
    </message>
    <message>
        <source>People ahead of you</source>
        <translation>Personen vor Ihnen</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>Voraussichtliche Zeit</translation>
    </message>
    <message>
        <source>Scan to follow your place in the queue</source>
        <translation>Scannen Sie, um Ihren Platz in der Warteschlange zu verfolgen</translation>
    </message>
    <message>
        <source>Please take a seat. Your number will be called and shown on the screen.</source>
        <translation>Bitte nehmen Sie Platz. Ihre Nummer wird aufgerufen und auf dem Bildschirm angezeigt.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome! Please choose your language</source>
        <translation>Willkommen! Bitte wählen Sie Ihre Sprache</translation>
    </message>
</context>
</TS>
