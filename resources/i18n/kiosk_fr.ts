<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>Make the screen easier to read</source>
        <translation>Rendre l&apos;écran plus facile à lire</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Texte agrandi</translation>
    </message>
    <message>
        <source>Makes all text larger</source>
        <translation>Agrandit tout le texte</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Black text on white, strong outlines</source>
        <translation>Texte noir sur blanc, contours marqués</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>Audio guidance</source>
        <translation>Guidage vocal</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>A voice for every language</source>
        <translation>Une voix pour chaque langue</translation>
    </message>
    <message>
        <source>No voice for %1: spoken in %2 instead</source>
        <translation>Pas de voix pour %1 : %2 est utilisé à la place</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Qminder</source>
        <translation>Qminder</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Saved check-ins</source>
        <translation>Enregistrements en attente</translation>
    </message>
    <message>
        <source>Check-in store</source>
        <translation>Stockage des enregistrements</translation>
    </message>
    <message>
        <source>Last delivery error</source>
        <translation>Dernière erreur d’envoi</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Last loaded %1</source>
        <translation>Dernier chargement : %1</translation>
    </message>
    <message>
        <source>%1 waiting to be sent, %2 expired, %3 rejected</source>
        <translation>%1 en attente d’envoi, %2 expirés, %3 refusés</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Exit the kiosk? Visitors cannot check in until it is started again.</source>
        <translation>Quitter la borne ? Les visiteurs ne pourront pas s’enregistrer avant son redémarrage.</translation>
    </message>
    <message>
        <source>Saved check-ins still to be sent when it starts again: %1.</source>
        <translation>Enregistrements sauvegardés qui seront envoyés au redémarrage : %1.</translation>
    </message>
    <message>
        <source>Reload configuration</source>
        <translation>Recharger la configuration</translation>
    </message>
    <message>
        <source>Print test ticket</source>
        <translation>Imprimer un ticket de test</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Quitter la borne</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The check-in store cannot be read with this key: %1 check-ins waiting. New check-ins are refused until the right key is back.</source>
        <translation>Le stockage des enregistrements ne peut pas être lu avec cette clé : %1 enregistrements en attente. Les nouveaux enregistrements sont refusés jusqu&apos;au retour de la bonne clé.</translation>
    </message>
    <message>
        <source>No space left on the disk: new check-ins are refused.</source>
        <translation>Plus d&apos;espace sur le disque : les nouveaux enregistrements sont refusés.</translation>
    </message>
    <message>
        <source>The data folder cannot be written: new check-ins are refused.</source>
        <translation>Impossible d&apos;écrire dans le dossier de données : les nouveaux enregistrements sont refusés.</translation>
    </message>
    <message>
        <source>The check-in store was replaced or emptied outside the kiosk: check-ins may have been lost.</source>
        <translation>Le stockage des enregistrements a été remplacé ou vidé en dehors de la borne : des enregistrements ont pu être perdus.</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
</context>
<context>
    <name>AppointmentTexts</name>
    <message>
        <source>I have an appointment</source>
        <translation>J’ai un rendez-vous</translation>
    </message>
    <message>
        <source>Find your appointment</source>
        <translation>Trouvez votre rendez-vous</translation>
    </message>
    <message>
        <source>Enter the phone number you booked with</source>
        <translation>Saisissez le numéro de téléphone utilisé pour la réservation</translation>
    </message>
    <message>
        <source>Find my appointment</source>
        <translation>Trouver mon rendez-vous</translation>
    </message>
    <message>
        <source>Looking for your appointment…</source>
        <translation>Recherche de votre rendez-vous…</translation>
    </message>
    <message>
        <source>Too many searches. Please wait a moment and try again.</source>
        <translation>Trop de recherches. Veuillez patienter un instant puis réessayer.</translation>
    </message>
    <message>
        <source>Is this your appointment?</source>
        <translation>Est-ce votre rendez-vous ?</translation>
    </message>
    <message>
        <source>Which appointment are you here for?</source>
        <translation>Pour quel rendez-vous venez-vous ?</translation>
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
        <translation>Enregistrer mon arrivée</translation>
    </message>
    <message>
        <source>We could not find an appointment for today with this number.</source>
        <translation>Nous n’avons trouvé aucun rendez-vous pour aujourd’hui avec ce numéro.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Check in without an appointment</source>
        <translation>Prendre un ticket sans rendez-vous</translation>
    </message>
    <message>
        <source>Your appointment is at %1; you can check in from %2.</source>
        <translation>Votre rendez-vous est à %1 ; vous pouvez enregistrer votre arrivée à partir de %2.</translation>
    </message>
    <message>
        <source>Your appointment was at %1. Please see the front desk.</source>
        <translation>Votre rendez-vous était à %1. Veuillez vous adresser à l’accueil.</translation>
    </message>
    <message>
        <source>You're checked in. Please take a seat.</source>
        <translation>Votre arrivée est enregistrée. Veuillez vous asseoir.</translation>
    </message>
    <message>
        <source>You're checked in, %1. Please take a seat.</source>
        <translation>Votre arrivée est enregistrée, %1. Veuillez vous asseoir.</translation>
    </message>
    <message>
        <source>We could not check you in. Please see the front desk.</source>
        <translation>Nous n’avons pas pu enregistrer votre arrivée. Veuillez vous adresser à l’accueil.</translation>
    </message>
    <message>
        <source>Skip the screen: scan to join on your phone</source>
        <translation>Évitez l’écran : scannez pour rejoindre la file depuis votre téléphone</translation>
    </message>
    <message>
        <source>We use your details only to call you and to serve you today.</source>
        <translation>Nous utilisons vos données uniquement pour vous appeler et vous servir aujourd’hui.</translation>
    </message>
    <message>
        <source>Scan to read our full privacy policy</source>
        <translation>Scannez pour lire notre politique de confidentialité complète</translation>
    </message>
</context>
<context>
    <name>ClosedNotice</name>
    <message>
        <source>We open again on %1 at %2.</source>
        <translation>Nous rouvrons %1 à %2.</translation>
    </message>
    <message>
        <source>Closed today: %1.</source>
        <translation>Fermé aujourd’hui : %1.</translation>
    </message>
    <message>
        <source>We are closed for now.</source>
        <translation>Nous sommes fermés pour le moment.</translation>
    </message>
</context>
<context>
    <name>DateFieldWidget</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Année précédente</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Année suivante</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>JJ</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <source>Clear date</source>
        <translation>Effacer la date</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <source>Your details</source>
        <translation>Vos coordonnées</translation>
    </message>
    <message>
        <source>We will use your name to call you when it is your turn.</source>
        <translation>Nous vous appellerons par votre nom quand ce sera votre tour.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Prendre un ticket</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Please choose one of the options.</source>
        <translation>Veuillez choisir l’une des options.</translation>
    </message>
    <message>
        <source>Please choose at least one option.</source>
        <translation>Veuillez choisir au moins une option.</translation>
    </message>
    <message>
        <source>Please choose a date.</source>
        <translation>Veuillez choisir une date.</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>Veuillez remplir ce champ.</translation>
    </message>
    <message>
        <source>Please enter a little more.</source>
        <translation>Veuillez en écrire un peu plus.</translation>
    </message>
    <message>
        <source>Please enter at least one letter.</source>
        <translation>Veuillez saisir au moins une lettre.</translation>
    </message>
    <message numerus="yes">
        <source>Please enter at least %n letters.</source>
        <translation>
            <numerusform>Veuillez saisir au moins %n lettre.</numerusform>
            <numerusform>Veuillez saisir au moins %n lettres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter at least one character.</source>
        <translation>Veuillez saisir au moins un caractère.</translation>
    </message>
    <message numerus="yes">
        <source>Please enter at least %n characters.</source>
        <translation>
            <numerusform>Veuillez saisir au moins %n caractère.</numerusform>
            <numerusform>Veuillez saisir au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please make this shorter.</source>
        <translation>Veuillez raccourcir ce texte.</translation>
    </message>
    <message>
        <source>Please use only one character.</source>
        <translation>Veuillez n’utiliser qu’un seul caractère.</translation>
    </message>
    <message numerus="yes">
        <source>Please use no more than %n characters.</source>
        <translation>
            <numerusform>Veuillez utiliser %n caractère au maximum.</numerusform>
            <numerusform>Veuillez utiliser %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter a phone number, for example %1.</source>
        <translation>Veuillez saisir un numéro de téléphone, par exemple %1.</translation>
    </message>
    <message>
        <source>Please enter a phone number with its area code.</source>
        <translation>Veuillez saisir un numéro de téléphone avec son indicatif.</translation>
    </message>
    <message>
        <source>Please enter an email address, like name@example.com.</source>
        <translation>Veuillez saisir une adresse e-mail, par exemple nom@exemple.fr.</translation>
    </message>
    <message>
        <source>Please enter a number.</source>
        <translation>Veuillez saisir un nombre.</translation>
    </message>
    <message>
        <source>Please enter a number of at least %1.</source>
        <translation>Veuillez saisir un nombre supérieur ou égal à %1.</translation>
    </message>
    <message>
        <source>Please enter a number no larger than %1.</source>
        <translation>Veuillez saisir un nombre inférieur ou égal à %1.</translation>
    </message>
    <message>
        <source>Please enter a number in the allowed range.</source>
        <translation>Veuillez saisir un nombre compris dans la plage autorisée.</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translation>Veuillez saisir un nombre entier.</translation>
    </message>
    <message>
        <source>Please use fewer decimal places.</source>
        <translation>Veuillez utiliser moins de décimales.</translation>
    </message>
    <message>
        <source>Please use no more than one decimal place.</source>
        <translation>Veuillez utiliser une décimale au maximum.</translation>
    </message>
    <message numerus="yes">
        <source>Please use no more than %n decimal places.</source>
        <translation>
            <numerusform>Veuillez utiliser %n décimale au maximum.</numerusform>
            <numerusform>Veuillez utiliser %n décimales au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please choose a real date.</source>
        <translation>Veuillez choisir une date qui existe.</translation>
    </message>
    <message>
        <source>Please choose one of the options shown.</source>
        <translation>Veuillez choisir l’une des options proposées.</translation>
    </message>
    <message>
        <source>Please choose only one option.</source>
        <translation>Veuillez ne choisir qu’une seule option.</translation>
    </message>
    <message>
        <source>Please choose fewer options.</source>
        <translation>Veuillez choisir moins d’options.</translation>
    </message>
    <message numerus="yes">
        <source>Please choose no more than %n options.</source>
        <translation>
            <numerusform>Veuillez choisir %n option au maximum.</numerusform>
            <numerusform>Veuillez choisir %n options au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please check your choice.</source>
        <translation>Veuillez vérifier votre choix.</translation>
    </message>
    <message>
        <source>Please check this answer.</source>
        <translation>Veuillez vérifier cette réponse.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Adresse e-mail</translation>
    </message>
</context>
<context>
    <name>FieldWidget</name>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Need more time?</source>
        <translation>Besoin de plus de temps&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>The screen will start over in %n seconds.</source>
        <translation>
            <numerusform>L&apos;écran recommencera dans %n seconde.</numerusform>
            <numerusform>L&apos;écran recommencera dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>Oui, continuer</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Audio on</source>
        <translation>Audio activé</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>The screen read aloud</source>
        <translation>L&apos;écran lu à voix haute</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Demo · admin PIN %1</source>
        <translation>Démo · code PIN admin %1</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>Large text and high contrast</source>
        <translation>Texte agrandi et contraste élevé</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>Getting ready…</source>
        <translation>Un instant…</translation>
    </message>
    <message>
        <source>We can&apos;t reach the queue right now.</source>
        <translation>Impossible de joindre la file d’attente pour le moment.</translation>
    </message>
    <message>
        <source>Please try again in a moment, or ask at the front desk.</source>
        <translation>Veuillez réessayer dans un instant ou vous adresser à l’accueil.</translation>
    </message>
    <message>
        <source>We couldn&apos;t check you in.</source>
        <translation>Nous n’avons pas pu vous enregistrer.</translation>
    </message>
    <message>
        <source>Please see the front desk.</source>
        <translation>Veuillez vous adresser à l’accueil.</translation>
    </message>
    <message>
        <source>This kiosk is temporarily unavailable.</source>
        <translation>Cette borne est momentanément indisponible.</translation>
    </message>
    <message>
        <source>We could not reach the queue right now.</source>
        <translation>Nous n&apos;avons pas pu joindre la file d&apos;attente pour le moment.</translation>
    </message>
    <message numerus="yes">
        <source>Your check-in is saved and will be sent automatically. If you have not been called within %n minutes, please see the front desk.</source>
        <translation>
            <numerusform>Votre enregistrement est sauvegardé et sera envoyé automatiquement. Si vous n&apos;êtes pas appelé d&apos;ici %n minute, veuillez vous adresser à l&apos;accueil.</numerusform>
            <numerusform>Votre enregistrement est sauvegardé et sera envoyé automatiquement. Si vous n&apos;êtes pas appelé d&apos;ici %n minutes, veuillez vous adresser à l&apos;accueil.</numerusform>
        </translation>
    </message>
    <message>
        <source>We are closed right now.</source>
        <translation>Nous sommes fermés pour le moment.</translation>
    </message>
    <message>
        <source>Please come back during our opening hours.</source>
        <translation>Veuillez revenir pendant nos heures d’ouverture.</translation>
    </message>
    <message>
        <source>This kiosk is not set up yet.</source>
        <translation>Cette borne n’est pas encore configurée.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>No service is available at the moment.</source>
        <translation>Aucun service n’est disponible pour le moment.</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
</context>
<context>
    <name>NumericFieldWidget</name>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 à %2</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 ou plus</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>Jusqu’à %1</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>Diminuer</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Augmenter</translation>
    </message>
</context>
<context>
    <name>PhoneFieldWidget</name>
    <message>
        <source>Add a country code</source>
        <translation>Ajouter l’indicatif du pays</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Trop de codes PIN erronés. Réessayez dans %1.</translation>
    </message>
    <message>
        <source>Digits entered: %1</source>
        <translation>Chiffres saisis : %1</translation>
    </message>
    <message>
        <source>Wrong PIN. Attempts left: %1.</source>
        <translation>Code PIN erroné. Essais restants : %1.</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>Code PIN admin</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>A few questions</source>
        <translation>Quelques questions</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Prendre un ticket</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>What can we help you with?</source>
        <translation>Comment pouvons-nous vous aider&#xa0;?</translation>
    </message>
    <message>
        <source>Choose the service you came for.</source>
        <translation>Choisissez le service qui vous amène.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n personne en attente</numerusform>
            <numerusform>%n personnes en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n services.</source>
        <translation>
            <numerusform>%n service.</numerusform>
            <numerusform>%n services.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 service.</source>
        <translation>1 service.</translation>
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
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>button</source>
        <translation>bouton</translation>
    </message>
    <message>
        <source>switch</source>
        <translation>interrupteur</translation>
    </message>
    <message>
        <source>check box</source>
        <translation>case à cocher</translation>
    </message>
    <message>
        <source>edit field</source>
        <translation>champ de saisie</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>sélectionné</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>non sélectionné</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message numerus="yes">
        <source>%n characters entered</source>
        <translation>
            <numerusform>%n caractère saisi</numerusform>
            <numerusform>%n caractères saisis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers need correcting.</source>
        <translation>
            <numerusform>%n réponse à corriger.</numerusform>
            <numerusform>%n réponses à corriger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now at: %1</source>
        <translation>Vous êtes sur : %1</translation>
    </message>
    <message>
        <source>Your number is %1.</source>
        <translation>Votre numéro est %1.</translation>
    </message>
    <message>
        <source>Press Help to hear it again.</source>
        <translation>Appuyez sur Aide pour l'entendre à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left.</source>
        <translation>
            <numerusform>Il reste %n seconde.</numerusform>
            <numerusform>Il reste %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter or touch the screen to continue.</source>
        <translation>Appuyez sur Entrée ou touchez l'écran pour continuer.</translation>
    </message>
    <message>
        <source>Audio guidance is on. Arrow keys move, Enter chooses, Back goes back, Help repeats. On the screen: tap to hear, double-tap to choose.</source>
        <translation>Le guidage vocal est activé. Les flèches déplacent, Entrée choisit, Retour revient, Aide répète. Sur l'écran : touchez pour entendre, touchez deux fois pour choisir.</translation>
    </message>
    <message>
        <source>Volume %1 percent.</source>
        <translation>Volume %1 pour cent.</translation>
    </message>
    <message>
        <source>Audio guidance is not available in %1. It continues in %2.</source>
        <translation>Le guidage vocal n'est pas disponible en %1. Il continue en %2.</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Majuscule</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Hide keyboard</source>
        <translation>Masquer le clavier</translation>
    </message>
    <message>
        <source>Keyboard language</source>
        <translation>Langue du clavier</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Symboles</translation>
    </message>
    <message>
        <source>key</source>
        <translation>touche</translation>
    </message>
    <message>
        <source>1 character entered</source>
        <translation>1 caractère saisi</translation>
    </message>
    <message>
        <source>1 second left.</source>
        <translation>Il reste 1 seconde.</translation>
    </message>
</context>
<context>
    <name>TextFieldWidget</name>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <source>Your number is %1.</source>
        <translation>Votre numéro est le %1.</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Votre numéro</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>We will call you by name, %1.</source>
        <translation>Nous vous appellerons par votre nom, %1.</translation>
    </message>
    <message>
        <source>Thank you, %1!</source>
        <translation>Merci, %1&#xa0;!</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Merci&#xa0;!</translation>
    </message>
    <message>
        <source>Please take a seat, we will call you.</source>
        <translation>Veuillez vous asseoir, nous allons vous appeler.</translation>
    </message>
    <message>
        <source>Please take a seat. You are on our list.</source>
        <translation>Veuillez vous asseoir. Vous êtes sur notre liste.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Print ticket</source>
        <translation>Imprimer le ticket</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translation>Personne n&apos;attend avant vous.</translation>
    </message>
    <message numerus="yes">
        <source>%n people ahead of you.</source>
        <translation>
            <numerusform>%n personne avant vous.</numerusform>
            <numerusform>%n personnes avant vous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated time: %1.</source>
        <translation>Heure estimée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Impression de votre ticket…</translation>
    </message>
    <message>
        <source>Please take your ticket.</source>
        <translation>Veuillez prendre votre ticket.</translation>
    </message>
    <message>
        <source>The printer is not working. Please note your number.</source>
        <translation>L&apos;imprimante ne fonctionne pas. Veuillez noter votre numéro.</translation>
    </message>
    <message>
        <source>Returning to the start in 1 second.</source>
        <translation>Retour à l’accueil dans 1 seconde.</translation>
    </message>
    <message numerus="yes">
        <source>Returning to the start in %n seconds.</source>
        <translation>
            <numerusform>Retour à l’accueil dans %n seconde.</numerusform>
            <numerusform>Retour à l’accueil dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketSlip</name>
    <message>
        <source>Your number</source>
        <translation>Votre numéro</translation>
    </message>
    <message>
        <source>People ahead of you</source>
        <translation>Personnes avant vous</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>Heure estimée</translation>
    </message>
    <message>
        <source>Scan to follow your place in the queue</source>
        <translation>Scannez pour suivre votre place dans la file</translation>
    </message>
    <message>
        <source>Please take a seat. Your number will be called and shown on the screen.</source>
        <translation>Veuillez vous asseoir. Votre numéro sera appelé et affiché à l&apos;écran.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome! Please choose your language</source>
        <translation>Bienvenue&#xa0;! Veuillez choisir votre langue</translation>
    </message>
</context>
</TS>
