<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE" sourcelanguage="en">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>Make the screen easier to read</source>
        <translation>Muuda ekraan paremini loetavaks</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Suur tekst</translation>
    </message>
    <message>
        <source>Makes all text larger</source>
        <translation>Muudab kogu teksti suuremaks</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Suur kontrastsus</translation>
    </message>
    <message>
        <source>Black text on white, strong outlines</source>
        <translation>Must tekst valgel taustal, selged äärised</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>Audio guidance</source>
        <translation>Hääljuhend</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Väljas</translation>
    </message>
    <message>
        <source>A voice for every language</source>
        <translation>Igal keelel on hääl</translation>
    </message>
    <message>
        <source>No voice for %1: spoken in %2 instead</source>
        <translation>Hääl puudub: %1; räägitakse keeles %2</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Haldus</translation>
    </message>
    <message>
        <source>Qminder</source>
        <translation>Qminder</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Seadistus</translation>
    </message>
    <message>
        <source>Saved check-ins</source>
        <translation>Salvestatud registreerimised</translation>
    </message>
    <message>
        <source>Check-in store</source>
        <translation>Registreerimiste hoidla</translation>
    </message>
    <message>
        <source>Last delivery error</source>
        <translation>Viimane saatmisviga</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versioon</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Ühendatud</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ühendus puudub</translation>
    </message>
    <message>
        <source>Last loaded %1</source>
        <translation>Viimati laaditud %1</translation>
    </message>
    <message>
        <source>%1 waiting to be sent, %2 expired, %3 rejected</source>
        <translation>%1 ootab saatmist, %2 aegunud, %3 tagasi lükatud</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Puudub</translation>
    </message>
    <message>
        <source>Exit the kiosk? Visitors cannot check in until it is started again.</source>
        <translation>Kas sulgeda kiosk? Külastajad ei saa registreeruda enne, kui see uuesti käivitatakse.</translation>
    </message>
    <message>
        <source>Saved check-ins still to be sent when it starts again: %1.</source>
        <translation>Salvestatud registreerimised, mis saadetakse pärast uuesti käivitamist: %1.</translation>
    </message>
    <message>
        <source>Reload configuration</source>
        <translation>Laadi seadistus uuesti</translation>
    </message>
    <message>
        <source>Print test ticket</source>
        <translation>Prindi testpilet</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Sulge kiosk</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Välju</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>The check-in store cannot be read with this key: %1 check-ins waiting. New check-ins are refused until the right key is back.</source>
        <translation>Registreerimiste hoidlat ei saa selle võtmega lugeda: %1 registreerimist ootab. Uusi registreerimisi ei võeta vastu, kuni õige võti on tagasi.</translation>
    </message>
    <message>
        <source>No space left on the disk: new check-ins are refused.</source>
        <translation>Kettal pole ruumi: uusi registreerimisi ei võeta vastu.</translation>
    </message>
    <message>
        <source>The data folder cannot be written: new check-ins are refused.</source>
        <translation>Andmekausta ei saa kirjutada: uusi registreerimisi ei võeta vastu.</translation>
    </message>
    <message>
        <source>The check-in store was replaced or emptied outside the kiosk: check-ins may have been lost.</source>
        <translation>Registreerimiste hoidla asendati või tühjendati väljaspool kioskit: registreerimisi võis kaduma minna.</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Probleeme pole</translation>
    </message>
</context>
<context>
    <name>AppointmentTexts</name>
    <message>
        <source>I have an appointment</source>
        <translation>Mul on broneeritud aeg</translation>
    </message>
    <message>
        <source>Find your appointment</source>
        <translation>Leidke oma broneering</translation>
    </message>
    <message>
        <source>Enter the phone number you booked with</source>
        <translation>Sisestage telefoninumber, millega aja broneerisite</translation>
    </message>
    <message>
        <source>Find my appointment</source>
        <translation>Otsi minu broneeringut</translation>
    </message>
    <message>
        <source>Looking for your appointment…</source>
        <translation>Otsime teie broneeringut…</translation>
    </message>
    <message>
        <source>Too many searches. Please wait a moment and try again.</source>
        <translation>Liiga palju otsinguid. Palun oodake hetk ja proovige uuesti.</translation>
    </message>
    <message>
        <source>Is this your appointment?</source>
        <translation>Kas see on teie broneering?</translation>
    </message>
    <message>
        <source>Which appointment are you here for?</source>
        <translation>Millise broneeringu jaoks te tulite?</translation>
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
        <translation>Registreeru</translation>
    </message>
    <message>
        <source>We could not find an appointment for today with this number.</source>
        <translation>Selle numbriga ei leidnud me tänaseks ühtegi broneeringut.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Proovi uuesti</translation>
    </message>
    <message>
        <source>Check in without an appointment</source>
        <translation>Registreeru ilma broneeringuta</translation>
    </message>
    <message>
        <source>Your appointment is at %1; you can check in from %2.</source>
        <translation>Teie aeg on kell %1; saate registreeruda alates kella %2.</translation>
    </message>
    <message>
        <source>Your appointment was at %1. Please see the front desk.</source>
        <translation>Teie aeg oli kell %1. Palun pöörduge infoletti.</translation>
    </message>
    <message>
        <source>You're checked in. Please take a seat.</source>
        <translation>Olete registreeritud. Palun võtke istet.</translation>
    </message>
    <message>
        <source>You're checked in, %1. Please take a seat.</source>
        <translation>Olete registreeritud, %1. Palun võtke istet.</translation>
    </message>
    <message>
        <source>We could not check you in. Please see the front desk.</source>
        <translation>Me ei saanud teid registreerida. Palun pöörduge infoletti.</translation>
    </message>
    <message>
        <source>Skip the screen: scan to join on your phone</source>
        <translation>Jätke ekraan vahele: skannige ja liituge järjekorraga oma telefonis</translation>
    </message>
    <message>
        <source>We use your details only to call you and to serve you today.</source>
        <translation>Kasutame teie andmeid ainult selleks, et teid täna välja kutsuda ja teenindada.</translation>
    </message>
    <message>
        <source>Scan to read our full privacy policy</source>
        <translation>Skannige, et lugeda meie täielikku privaatsuspoliitikat</translation>
    </message>
</context>
<context>
    <name>ClosedNotice</name>
    <message>
        <source>We open again on %1 at %2.</source>
        <translation>Avame uuesti: %1 kell %2.</translation>
    </message>
    <message>
        <source>Closed today: %1.</source>
        <translation>Täna suletud: %1.</translation>
    </message>
    <message>
        <source>We are closed for now.</source>
        <translation>Oleme praegu suletud.</translation>
    </message>
</context>
<context>
    <name>DateFieldWidget</name>
    <message>
        <source>Day</source>
        <translation>Päev</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Kuu</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Aasta</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Eelmine päev</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Järgmine päev</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Eelmine kuu</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Järgmine kuu</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Eelmine aasta</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Järgmine aasta</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>PP</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <source>Clear date</source>
        <translation>Tühjenda kuupäev</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <source>Your details</source>
        <translation>Teie andmed</translation>
    </message>
    <message>
        <source>We will use your name to call you when it is your turn.</source>
        <translation>Kui on teie kord, kutsume teid nimepidi.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registreeru</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Edasi</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Please choose one of the options.</source>
        <translation>Palun valige üks valikutest.</translation>
    </message>
    <message>
        <source>Please choose at least one option.</source>
        <translation>Palun valige vähemalt üks valik.</translation>
    </message>
    <message>
        <source>Please choose a date.</source>
        <translation>Palun valige kuupäev.</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>Palun täitke see väli.</translation>
    </message>
    <message>
        <source>Please enter a little more.</source>
        <translation>Palun kirjutage veidi pikemalt.</translation>
    </message>
    <message>
        <source>Please enter at least one letter.</source>
        <translation>Palun sisestage vähemalt üks täht.</translation>
    </message>
    <message numerus="yes">
        <source>Please enter at least %n letters.</source>
        <translation>
            <numerusform>Palun sisestage vähemalt %n täht.</numerusform>
            <numerusform>Palun sisestage vähemalt %n tähte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter at least one character.</source>
        <translation>Palun sisestage vähemalt üks märk.</translation>
    </message>
    <message numerus="yes">
        <source>Please enter at least %n characters.</source>
        <translation>
            <numerusform>Palun sisestage vähemalt %n märk.</numerusform>
            <numerusform>Palun sisestage vähemalt %n märki.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please make this shorter.</source>
        <translation>Palun lühendage teksti.</translation>
    </message>
    <message>
        <source>Please use only one character.</source>
        <translation>Palun kasutage ainult üht märki.</translation>
    </message>
    <message numerus="yes">
        <source>Please use no more than %n characters.</source>
        <translation>
            <numerusform>Palun kasutage kõige rohkem %n märki.</numerusform>
            <numerusform>Palun kasutage kõige rohkem %n märki.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter a phone number, for example %1.</source>
        <translation>Palun sisestage telefoninumber, näiteks %1.</translation>
    </message>
    <message>
        <source>Please enter a phone number with its area code.</source>
        <translation>Palun sisestage telefoninumber koos suunakoodiga.</translation>
    </message>
    <message>
        <source>Please enter an email address, like name@example.com.</source>
        <translation>Palun sisestage e-posti aadress, näiteks nimi@naide.ee.</translation>
    </message>
    <message>
        <source>Please enter a number.</source>
        <translation>Palun sisestage arv.</translation>
    </message>
    <message>
        <source>Please enter a number of at least %1.</source>
        <translation>Palun sisestage arv, mis on vähemalt %1.</translation>
    </message>
    <message>
        <source>Please enter a number no larger than %1.</source>
        <translation>Palun sisestage arv, mis on kõige rohkem %1.</translation>
    </message>
    <message>
        <source>Please enter a number in the allowed range.</source>
        <translation>Palun sisestage lubatud vahemikku jääv arv.</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translation>Palun sisestage täisarv.</translation>
    </message>
    <message>
        <source>Please use fewer decimal places.</source>
        <translation>Palun kasutage vähem komakohti.</translation>
    </message>
    <message>
        <source>Please use no more than one decimal place.</source>
        <translation>Palun kasutage kõige rohkem üht komakohta.</translation>
    </message>
    <message numerus="yes">
        <source>Please use no more than %n decimal places.</source>
        <translation>
            <numerusform>Palun kasutage kõige rohkem %n komakohta.</numerusform>
            <numerusform>Palun kasutage kõige rohkem %n komakohta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please choose a real date.</source>
        <translation>Palun valige olemasolev kuupäev.</translation>
    </message>
    <message>
        <source>Please choose one of the options shown.</source>
        <translation>Palun valige üks näidatud valikutest.</translation>
    </message>
    <message>
        <source>Please choose only one option.</source>
        <translation>Palun valige ainult üks valik.</translation>
    </message>
    <message>
        <source>Please choose fewer options.</source>
        <translation>Palun valige vähem valikuid.</translation>
    </message>
    <message numerus="yes">
        <source>Please choose no more than %n options.</source>
        <translation>
            <numerusform>Palun valige kõige rohkem %n valik.</numerusform>
            <numerusform>Palun valige kõige rohkem %n valikut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please check your choice.</source>
        <translation>Palun kontrollige oma valikut.</translation>
    </message>
    <message>
        <source>Please check this answer.</source>
        <translation>Palun kontrollige seda vastust.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>First name</source>
        <translation>Eesnimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Perekonnanimi</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefoninumber</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
</context>
<context>
    <name>FieldWidget</name>
    <message>
        <source>Required</source>
        <translation>Kohustuslik</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Need more time?</source>
        <translation>Kas vajate rohkem aega?</translation>
    </message>
    <message numerus="yes">
        <source>The screen will start over in %n seconds.</source>
        <translation>
            <numerusform>Ekraan alustab uuesti %n sekundi pärast.</numerusform>
            <numerusform>Ekraan alustab uuesti %n sekundi pärast.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>Jah, jätkan</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Audio on</source>
        <translation>Heli sees</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Heli</translation>
    </message>
    <message>
        <source>The screen read aloud</source>
        <translation>Ekraan ette loetuna</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Registreerimine</translation>
    </message>
    <message>
        <source>Demo · admin PIN %1</source>
        <translation>Demo · halduse PIN %1</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Ligipääsetavus</translation>
    </message>
    <message>
        <source>Large text and high contrast</source>
        <translation>Suur tekst ja suur kontrastsus</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>Getting ready…</source>
        <translation>Üks hetk…</translation>
    </message>
    <message>
        <source>We can&apos;t reach the queue right now.</source>
        <translation>Järjekorrasüsteemiga ei saa praegu ühendust.</translation>
    </message>
    <message>
        <source>Please try again in a moment, or ask at the front desk.</source>
        <translation>Palun proovige hetke pärast uuesti või pöörduge infoletti.</translation>
    </message>
    <message>
        <source>We couldn&apos;t check you in.</source>
        <translation>Teid ei õnnestunud registreerida.</translation>
    </message>
    <message>
        <source>Please see the front desk.</source>
        <translation>Palun pöörduge infoletti.</translation>
    </message>
    <message>
        <source>This kiosk is temporarily unavailable.</source>
        <translation>See terminal on ajutiselt kasutusest väljas.</translation>
    </message>
    <message>
        <source>We could not reach the queue right now.</source>
        <translation>Me ei saanud praegu järjekorraga ühendust.</translation>
    </message>
    <message numerus="yes">
        <source>Your check-in is saved and will be sent automatically. If you have not been called within %n minutes, please see the front desk.</source>
        <translation>
            <numerusform>Teie registreering on salvestatud ja saadetakse automaatselt. Kui teid pole %n minuti jooksul kutsutud, pöörduge palun infoletti.</numerusform>
            <numerusform>Teie registreering on salvestatud ja saadetakse automaatselt. Kui teid pole %n minuti jooksul kutsutud, pöörduge palun infoletti.</numerusform>
        </translation>
    </message>
    <message>
        <source>We are closed right now.</source>
        <translation>Oleme praegu suletud.</translation>
    </message>
    <message>
        <source>Please come back during our opening hours.</source>
        <translation>Palun tulge tagasi meie lahtiolekuajal.</translation>
    </message>
    <message>
        <source>This kiosk is not set up yet.</source>
        <translation>See kiosk pole veel seadistatud.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Proovi uuesti</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Alusta uuesti</translation>
    </message>
    <message>
        <source>No service is available at the moment.</source>
        <translation>Praegu ei ole ükski teenus saadaval.</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Back</source>
        <translation>Tagasi</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Alusta uuesti</translation>
    </message>
</context>
<context>
    <name>NumericFieldWidget</name>
    <message>
        <source>From %1 to %2</source>
        <translation>%1 kuni %2</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 või rohkem</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>Kuni %1</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>Vähenda</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Suurenda</translation>
    </message>
</context>
<context>
    <name>PhoneFieldWidget</name>
    <message>
        <source>Add a country code</source>
        <translation>Lisa riigikood</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Liiga palju valesid PIN-koode. Proovige uuesti %1 pärast.</translation>
    </message>
    <message>
        <source>Digits entered: %1</source>
        <translation>Sisestatud numbreid: %1</translation>
    </message>
    <message>
        <source>Wrong PIN. Attempts left: %1.</source>
        <translation>Vale PIN. Katseid jäänud: %1.</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>Halduse PIN</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Kustuta</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>A few questions</source>
        <translation>Mõned küsimused</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Lehekülg %1/%2</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registreeru</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Edasi</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>What can we help you with?</source>
        <translation>Kuidas saame teid aidata?</translation>
    </message>
    <message>
        <source>Choose the service you came for.</source>
        <translation>Valige teenus, mille pärast tulite.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n ootab</numerusform>
            <numerusform>%n ootab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n services.</source>
        <translation>
            <numerusform>%n teenus.</numerusform>
            <numerusform>%n teenust.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 service.</source>
        <translation>1 teenus.</translation>
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
        <translation>%1 %2-st</translation>
    </message>
    <message>
        <source>button</source>
        <translation>nupp</translation>
    </message>
    <message>
        <source>switch</source>
        <translation>lüliti</translation>
    </message>
    <message>
        <source>check box</source>
        <translation>märkeruut</translation>
    </message>
    <message>
        <source>edit field</source>
        <translation>tekstiväli</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>valitud</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>valimata</translation>
    </message>
    <message>
        <source>on</source>
        <translation>sees</translation>
    </message>
    <message>
        <source>off</source>
        <translation>väljas</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>pole saadaval</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tühi</translation>
    </message>
    <message numerus="yes">
        <source>%n characters entered</source>
        <translation>
            <numerusform>sisestatud %n märk</numerusform>
            <numerusform>sisestatud %n märki</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers need correcting.</source>
        <translation>
            <numerusform>%n vastus vajab parandamist.</numerusform>
            <numerusform>%n vastust vajavad parandamist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now at: %1</source>
        <translation>Praegu: %1</translation>
    </message>
    <message>
        <source>Your number is %1.</source>
        <translation>Teie number on %1.</translation>
    </message>
    <message>
        <source>Press Help to hear it again.</source>
        <translation>Vajutage Abi, et seda uuesti kuulda.</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left.</source>
        <translation>
            <numerusform>Jäänud on %n sekund.</numerusform>
            <numerusform>Jäänud on %n sekundit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter or touch the screen to continue.</source>
        <translation>Jätkamiseks vajutage Enter või puudutage ekraani.</translation>
    </message>
    <message>
        <source>Audio guidance is on. Arrow keys move, Enter chooses, Back goes back, Help repeats. On the screen: tap to hear, double-tap to choose.</source>
        <translation>Hääljuhend on sees. Nooleklahvid liiguvad, Enter valib, Tagasi läheb tagasi, Abi kordab. Ekraanil: puudutage, et kuulda, topeltpuudutage, et valida.</translation>
    </message>
    <message>
        <source>Volume %1 percent.</source>
        <translation>Helitugevus %1 protsenti.</translation>
    </message>
    <message>
        <source>Audio guidance is not available in %1. It continues in %2.</source>
        <translation>Hääljuhend pole keeles %1 saadaval. See jätkub keeles %2.</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Tõstuklahv</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Tagasilüke</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Tühik</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Sisestusklahv</translation>
    </message>
    <message>
        <source>Hide keyboard</source>
        <translation>Peida klaviatuur</translation>
    </message>
    <message>
        <source>Keyboard language</source>
        <translation>Klaviatuuri keel</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Sümbolid</translation>
    </message>
    <message>
        <source>key</source>
        <translation>klahv</translation>
    </message>
    <message>
        <source>1 character entered</source>
        <translation>sisestatud 1 märk</translation>
    </message>
    <message>
        <source>1 second left.</source>
        <translation>Jäänud on 1 sekund.</translation>
    </message>
</context>
<context>
    <name>TextFieldWidget</name>
    <message>
        <source>name@example.com</source>
        <translation>nimi@naide.ee</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <source>Your number is %1.</source>
        <translation>Teie number on %1.</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Teie number</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>We will call you by name, %1.</source>
        <translation>Kutsume teid nimepidi, %1.</translation>
    </message>
    <message>
        <source>Thank you, %1!</source>
        <translation>Aitäh, %1!</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Aitäh!</translation>
    </message>
    <message>
        <source>Please take a seat, we will call you.</source>
        <translation>Palun võtke istet, me kutsume teid.</translation>
    </message>
    <message>
        <source>Please take a seat. You are on our list.</source>
        <translation>Palun võtke istet. Olete meie nimekirjas.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Print ticket</source>
        <translation>Prindi pilet</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translation>Teie ees pole kedagi.</translation>
    </message>
    <message numerus="yes">
        <source>%n people ahead of you.</source>
        <translation>
            <numerusform>Teie ees on %n inimene.</numerusform>
            <numerusform>Teie ees on %n inimest.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated time: %1.</source>
        <translation>Eeldatav aeg: %1.</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Teie piletit prinditakse…</translation>
    </message>
    <message>
        <source>Please take your ticket.</source>
        <translation>Palun võtke oma pilet.</translation>
    </message>
    <message>
        <source>The printer is not working. Please note your number.</source>
        <translation>Printer ei tööta. Palun jätke oma number meelde.</translation>
    </message>
    <message>
        <source>Returning to the start in 1 second.</source>
        <translation>Algusesse tagasi 1 sekundi pärast.</translation>
    </message>
    <message numerus="yes">
        <source>Returning to the start in %n seconds.</source>
        <translation>
            <numerusform>Algusesse tagasi %n sekundi pärast.</numerusform>
            <numerusform>Algusesse tagasi %n sekundi pärast.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketSlip</name>
    <message>
        <source>Your number</source>
        <translation>Teie number</translation>
    </message>
    <message>
        <source>People ahead of you</source>
        <translation>Teie ees järjekorras</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>Eeldatav aeg</translation>
    </message>
    <message>
        <source>Scan to follow your place in the queue</source>
        <translation>Skannige, et jälgida oma kohta järjekorras</translation>
    </message>
    <message>
        <source>Please take a seat. Your number will be called and shown on the screen.</source>
        <translation>Palun võtke istet. Teie number kuulutatakse välja ja kuvatakse ekraanil.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome! Please choose your language</source>
        <translation>Tere tulemast! Palun valige keel</translation>
    </message>
</context>
</TS>
