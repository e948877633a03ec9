/**
 * Steps the social security portal's flows share: the way to the access request and what follows
 * it (appointing and replacing a lokale beheerder, seed 002 "Hoe duidt u een lokale beheerder
 * aan?", "De eerste maal aanloggen", "Hoe verandert u van lokale beheerder?"), and the welcome
 * page with "Beheer van gebruikers" (the user-management flows). Each flow file still lists its
 * own steps in order.
 */
import type { StepInput } from '../../guide/schema';

/** What to have ready before the access request (seed 002, the table "Te identificeren / Vereiste informatie"). */
export const CHECKLIST_LOKALE_BEHEERDER: StepInput['features'] = [
  {
    kind: 'checklist',
    title: {
      nl: 'Leg dit klaar voor u begint',
      en: 'Have this ready before you start',
      fr: 'Préparez ceci avant de commencer',
      de: 'Legen Sie dies bereit, bevor Sie beginnen',
    },
    items: [
      {
        id: 'onderneming',
        label: { nl: 'Uw onderneming', en: 'Your company', fr: 'Votre entreprise', de: 'Ihr Unternehmen' },
        detail: {
          nl: 'Het RSZ-identificatienummer of het ondernemingsnummer (KBO-nummer).',
          en: 'The NSSO (RSZ) employer number or the enterprise number (KBO number).',
          fr: "Le numéro d'identification ONSS ou le numéro d'entreprise (numéro BCE).",
          de: 'Die LSS-Identifikationsnummer oder die Unternehmensnummer (ZDU-Nummer).',
        },
      },
      {
        id: 'lokale-beheerder',
        label: {
          nl: 'De lokale beheerder',
          en: 'The local administrator',
          fr: 'Le gestionnaire local',
          de: 'Der lokale Verwalter',
        },
        detail: {
          nl: 'Naam en voornaam, rijksregisternummer (rechts boven op de SIS-kaart of achteraan op de identiteitskaart), hoedanigheid (werknemer, bestuurder, zaakvoerder of vennoot) en contactgegevens. Hij of zij staat onder het directe gezag van uw onderneming.',
          en: "Name and first name, national register number (top right on the SIS card or on the back of the identity card), capacity (employee, director, managing director or partner) and contact details. They must be under your company's direct authority.",
          fr: "Nom et prénom, numéro de registre national (en haut à droite sur la carte SIS ou au verso de la carte d'identité), qualité (travailleur, administrateur, gérant ou associé) et coordonnées. Il ou elle est sous l'autorité directe de votre entreprise.",
          de: 'Name und Vorname, Nationalregisternummer (oben rechts auf der SIS-Karte oder auf der Rückseite des Personalausweises), Eigenschaft (Arbeitnehmer, Verwaltungsratsmitglied, Geschäftsführer oder Gesellschafter) und Kontaktdaten. Er oder sie steht unter der direkten Autorität Ihres Unternehmens.',
        },
      },
      {
        id: 'verantwoordelijke',
        label: {
          nl: 'De verantwoordelijke (die ondertekent)',
          en: 'The responsible person (who signs)',
          fr: 'Le responsable (qui signe)',
          de: 'Der Verantwortliche (der unterschreibt)',
        },
        detail: {
          nl: 'Naam en voornaam, rijksregisternummer, hoedanigheid en contactgegevens. De ondertekenaar moet bestuurder, zaakvoerder of vennoot zijn.',
          en: 'Name and first name, national register number, capacity and contact details. The signer must be a director, managing director or partner.',
          fr: 'Nom et prénom, numéro de registre national, qualité et coordonnées. Le signataire doit être administrateur, gérant ou associé.',
          de: 'Name und Vorname, Nationalregisternummer, Eigenschaft und Kontaktdaten. Der Unterzeichner muss Verwaltungsratsmitglied, Geschäftsführer oder Gesellschafter sein.',
        },
      },
      {
        id: 'staatsblad',
        label: {
          nl: 'Werkt de ondertekenaar niet in de onderneming?',
          en: 'Does the signer not work in the company?',
          fr: "Le signataire ne travaille pas dans l'entreprise ?",
          de: 'Arbeitet der Unterzeichner nicht im Unternehmen?',
        },
        detail: {
          nl: 'Dan een document waaruit de hoedanigheid blijkt: een kopie van de publicatie in de bijlagen van het Belgisch Staatsblad.',
          en: 'Then a document that shows their capacity: a copy of the publication in the annexes of the Belgisch Staatsblad (Belgian Official Gazette).',
          fr: 'Dans ce cas, un document qui prouve sa qualité : une copie de la publication aux annexes du Moniteur belge.',
          de: 'Dann ein Dokument, aus dem die Eigenschaft hervorgeht: eine Kopie der Veröffentlichung in den Anlagen zum Belgischen Staatsblatt.',
        },
      },
    ],
  },
];

export const STEP_HOME: StepInput = {
  id: 'start',
  page: 'sz.home',
  target: 'werkgevers',
  title: {
    nl: "Klaarleggen, dan 'Werkgevers RSZ'",
    en: "Get ready, then 'Werkgevers RSZ'",
    fr: "Préparer, puis 'Employeurs ONSS'",
    de: "Bereitlegen, dann 'Arbeitgeber LSS'",
  },
  instruction: {
    nl: "Leg eerst klaar wat hieronder staat. Kies dan in het luik 'De onderneming', in het midden van het scherm, voor 'Werkgevers RSZ'.",
    en: "First get ready what is listed below. Then, in the panel 'De onderneming' in the middle of the screen, choose 'Werkgevers RSZ' (NSSO employers).",
    fr: "Préparez d'abord ce qui figure ci-dessous. Choisissez ensuite, dans le volet 'L'entreprise', au milieu de l'écran, 'Employeurs ONSS'.",
    de: "Legen Sie zuerst bereit, was unten steht. Wählen Sie dann im Bereich 'Das Unternehmen' in der Mitte des Bildschirms 'Arbeitgeber LSS'.",
  },
  completes: {
    by: 'click',
    text: {
      nl: "Klik op 'Werkgevers RSZ'.",
      en: "Click 'Werkgevers RSZ'.",
      fr: "Cliquez sur 'Employeurs ONSS'.",
      de: "Klicken Sie auf 'Arbeitgeber LSS'.",
    },
  },
  features: CHECKLIST_LOKALE_BEHEERDER,
};

export const STEP_WERKGEVERS: StepInput = {
  id: 'werkgevers',
  page: 'sz.werkgevers',
  target: 'hoe-registreren',
  title: {
    nl: "Naar 'Hoe registreren'",
    en: "Go to 'Hoe registreren'",
    fr: "Vers 'Comment s’enregistrer'",
    de: "Zu 'Wie registrieren'",
  },
  instruction: {
    nl: "Selecteer in het linker menu, bovenaan, 'Hoe registreren'.",
    en: "In the left menu, at the top, select 'Hoe registreren' (how to register).",
    fr: "Dans le menu de gauche, en haut, sélectionnez 'Comment s’enregistrer'.",
    de: "Wählen Sie im linken Menü oben 'Wie registrieren'.",
  },
  completes: {
    by: 'click',
    text: {
      nl: "Klik op 'Hoe registreren'.",
      en: "Click 'Hoe registreren'.",
      fr: "Cliquez sur 'Comment s’enregistrer'.",
      de: "Klicken Sie auf 'Wie registrieren'.",
    },
  },
};

export const STEP_HOE_REGISTREREN: StepInput = {
  id: 'hoe-registreren',
  page: 'sz.hoe-registreren',
  target: 'formulier',
  title: {
    nl: 'Het formulier voor de toegangsaanvraag',
    en: 'The access request form',
    fr: "Le formulaire de demande d'accès",
    de: 'Das Formular für den Zugangsantrag',
  },
  instruction: {
    nl: "Klik op 'Elektronisch formulier voor de toegangsaanvraag'.",
    en: "Click 'Elektronisch formulier voor de toegangsaanvraag' (electronic access request form).",
    fr: "Cliquez sur 'Formulaire électronique de demande d'accès'.",
    de: 'Klicken Sie auf den Link zum elektronischen Formular für den Zugangsantrag.',
  },
  completes: {
    by: 'click',
    text: {
      nl: 'Klik op de link.',
      en: 'Click the link.',
      fr: 'Cliquez sur le lien.',
      de: 'Klicken Sie auf den Link.',
    },
  },
};

/** The live checks on the access request: the company's number, both rijksregisternummers (never stored). */
export const TOEGANGSAANVRAAG_CHECKS: StepInput['features'] = [
  { kind: 'rsz-field-check', field: 'nummer' },
  { kind: 'rrn-field-check', field: 'lb-rrn' },
  { kind: 'rrn-field-check', field: 'vv-rrn' },
];

export const STEP_TICKET: StepInput = {
  id: 'ticket',
  page: 'sz.ticket',
  target: 'afdrukken',
  title: {
    nl: 'Ticketnummer bewaren en het origineel opsturen',
    en: 'Keep the ticket number and send the original',
    fr: "Conserver le numéro de ticket et envoyer l'original",
    de: 'Die Ticketnummer aufbewahren und das Original senden',
  },
  instruction: {
    nl: 'Noteer het ticketnummer: het Contactcenter vraagt ernaar als u contact opneemt over deze aanvraag. Druk het formulier af, laat het ondertekenen door de verantwoordelijke (bestuurder, zaakvoerder of vennoot) en stuur het ORIGINEEL naar de RSZ — een fax, fotokopie of e-mail wordt niet aanvaard. Binnen 5 werkdagen na ontvangst krijgt de lokale beheerder een voorlopige gebruikersnaam en wachtwoord.',
    en: 'Write down the ticket number: the Contactcenter asks for it when you contact them about this request. Print the form, have it signed by the responsible person (director, managing director or partner) and send the ORIGINAL to the RSZ (NSSO) — a fax, photocopy or e-mail is not accepted. Within 5 working days of receipt the local administrator gets a provisional user name and password.',
    fr: "Notez le numéro de ticket : le Contact center vous le demande lorsque vous le contactez au sujet de cette demande. Imprimez le formulaire, faites-le signer par le responsable (administrateur, gérant ou associé) et envoyez l'ORIGINAL à l'ONSS — un fax, une photocopie ou un e-mail n'est pas accepté. Dans les 5 jours ouvrables suivant la réception, le gestionnaire local reçoit un nom d'utilisateur et un mot de passe provisoires.",
    de: 'Notieren Sie die Ticketnummer: Das Contactcenter fragt danach, wenn Sie sich wegen dieses Antrags melden. Drucken Sie das Formular aus, lassen Sie es vom Verantwortlichen (Verwaltungsratsmitglied, Geschäftsführer oder Gesellschafter) unterschreiben und senden Sie das ORIGINAL an das LSS — ein Fax, eine Fotokopie oder eine E-Mail wird nicht angenommen. Innerhalb von 5 Werktagen nach Eingang erhält der lokale Verwalter einen vorläufigen Benutzernamen und ein vorläufiges Passwort.',
  },
  check: {
    nl: 'Werkt de ondertekenaar niet in uw onderneming? Voeg dan een kopie van de publicatie in het Belgisch Staatsblad toe.',
    en: 'Does the signer not work in your company? Then add a copy of the publication in the Belgisch Staatsblad.',
    fr: 'Le signataire ne travaille pas dans votre entreprise ? Joignez alors une copie de la publication au Moniteur belge.',
    de: 'Arbeitet der Unterzeichner nicht in Ihrem Unternehmen? Fügen Sie dann eine Kopie der Veröffentlichung im Belgischen Staatsblatt bei.',
  },
  completes: {
    by: 'click',
    text: {
      nl: 'Druk het formulier af en stuur het op. Kom terug naar Aanmelden zodra de voorlopige gebruikersnaam er is.',
      en: 'Print the form and send it. Come back to Aanmelden once the provisional user name has arrived.',
      fr: "Imprimez le formulaire et envoyez-le. Revenez à 'Se connecter' dès que le nom d'utilisateur provisoire est arrivé.",
      de: "Drucken Sie das Formular aus und senden Sie es ab. Kommen Sie zu 'Anmelden' zurück, sobald der vorläufige Benutzername da ist.",
    },
  },
  features: [{ kind: 'ticket-number' }],
};

export const STEP_EERSTE_AANMELDING: StepInput = {
  id: 'eerste-aanmelding',
  page: 'sz.aanmelden',
  target: 'gebruikersnaam',
  title: {
    nl: 'De eerste keer aanmelden',
    en: 'Logging in the first time',
    fr: 'Se connecter la première fois',
    de: 'Die erste Anmeldung',
  },
  instruction: {
    nl: "Kies 'Onderneming', geef de voorlopige gebruikersnaam en het wachtwoord in die de lokale beheerder kreeg, en klik op 'Login'.",
    en: "Choose 'Onderneming' (company), enter the provisional user name and password the local administrator received, and click 'Login'.",
    fr: "Choisissez 'Entreprise', saisissez le nom d'utilisateur et le mot de passe provisoires que le gestionnaire local a reçus, et cliquez sur 'Se connecter'.",
    de: "Wählen Sie 'Unternehmen', geben Sie den vorläufigen Benutzernamen und das Passwort ein, die der lokale Verwalter erhalten hat, und klicken Sie auf 'Anmelden'.",
  },
  completes: {
    by: 'submit',
    text: {
      nl: "Klik op 'Login'.",
      en: "Click 'Login'.",
      fr: "Cliquez sur 'Se connecter'.",
      de: "Klicken Sie auf 'Anmelden'.",
    },
  },
};

export const STEP_MAAK_LOKALE_BEHEERDER: StepInput = {
  id: 'maak-lokale-beheerder',
  page: 'sz.maak-lokale-beheerder',
  target: 'gebruikersnaam',
  title: {
    nl: "'Maak een lokale beheerder'",
    en: "'Maak een lokale beheerder' (create a local administrator)",
    fr: 'Créer le gestionnaire local',
    de: 'Den lokalen Verwalter anlegen',
  },
  instruction: {
    nl: "Let op voor u typt: de gebruikersnaam die u hier kiest, kan u later nooit meer wijzigen. Typ hem tweemaal, vul de rest van het formulier in en klik op 'registreren'.",
    en: "Careful before you type: the user name you choose here can never be changed later. Type it twice, complete the rest of the form and click 'registreren' (register).",
    fr: "Attention avant de taper : le nom d'utilisateur que vous choisissez ici, vous ne pourrez plus jamais le modifier. Tapez-le deux fois, complétez le reste du formulaire et cliquez sur 'Enregistrer'.",
    de: "Achtung, bevor Sie tippen: Den Benutzernamen, den Sie hier wählen, können Sie später nie mehr ändern. Tippen Sie ihn zweimal ein, füllen Sie den Rest des Formulars aus und klicken Sie auf 'Registrieren'.",
  },
  completes: {
    by: 'submit',
    text: {
      nl: "Klik op 'registreren'.",
      en: "Click 'registreren'.",
      fr: "Cliquez sur 'Enregistrer'.",
      de: "Klicken Sie auf 'Registrieren'.",
    },
  },
};

export const STEP_OPNIEUW_AANMELDEN: StepInput = {
  id: 'opnieuw-aanmelden',
  page: 'sz.aanmelden',
  target: 'gebruikersnaam',
  title: { nl: 'Opnieuw aanmelden', en: 'Log in again', fr: 'Se reconnecter', de: 'Erneut anmelden' },
  instruction: {
    nl: "Meld u opnieuw aan: kies 'Onderneming' en geef uw zelf gekozen gebruikersnaam en wachtwoord in (niet meer de voorlopige). Klik op 'Login'.",
    en: "Log in again: choose 'Onderneming' and enter the user name and password you chose yourself (no longer the provisional ones). Click 'Login'.",
    fr: "Reconnectez-vous : choisissez 'Entreprise' et saisissez le nom d'utilisateur et le mot de passe que vous avez choisis vous-même (et non plus les provisoires). Cliquez sur 'Se connecter'.",
    de: "Melden Sie sich erneut an: Wählen Sie 'Unternehmen' und geben Sie Ihren selbst gewählten Benutzernamen und Ihr Passwort ein (nicht mehr die vorläufigen). Klicken Sie auf 'Anmelden'.",
  },
  completes: {
    by: 'submit',
    text: {
      nl: "Klik op 'Login'.",
      en: "Click 'Login'.",
      fr: "Cliquez sur 'Se connecter'.",
      de: "Klicken Sie auf 'Anmelden'.",
    },
  },
};

export const STEP_WELKOM_KLAAR: StepInput = {
  id: 'welkom',
  page: 'sz.welkom',
  title: {
    nl: 'U bent lokale beheerder',
    en: 'You are the local administrator',
    fr: 'Vous êtes gestionnaire local',
    de: 'Sie sind lokaler Verwalter',
  },
  instruction: {
    nl: "Dit is uw welkomspagina als lokale beheerder. Via 'Beheer van gebruikers' maakt u nu gebruikers aan voor uw onderneming.",
    en: "This is your welcome page as local administrator. Via 'Beheer van gebruikers' you can now create users for your company.",
    fr: "Voici votre page d'accueil de gestionnaire local. Via 'Gestion des utilisateurs', vous créez maintenant des utilisateurs pour votre entreprise.",
    de: "Dies ist Ihre Willkommensseite als lokaler Verwalter. Über 'Benutzerverwaltung' legen Sie jetzt Benutzer für Ihr Unternehmen an.",
  },
  completes: { by: 'end', text: { nl: 'Klaar.', en: 'Done.', fr: 'Terminé.', de: 'Fertig.' } },
};

/** The welcome page as the start of a user-management flow. */
export const STEP_WELKOM_BEHEER: StepInput = {
  id: 'welkom',
  page: 'sz.welkom',
  target: 'beheer',
  title: {
    nl: "Naar 'Beheer van gebruikers'",
    en: "Go to 'Beheer van gebruikers'",
    fr: "Vers 'Gestion des utilisateurs'",
    de: "Zu 'Benutzerverwaltung'",
  },
  instruction: {
    nl: "Klik op uw welkomspagina onder 'Gebruikers' op 'Beheer van gebruikers'.",
    en: "On your welcome page, under 'Gebruikers', click 'Beheer van gebruikers' (user management).",
    fr: "Sur votre page d'accueil, sous 'Utilisateurs', cliquez sur 'Gestion des utilisateurs'.",
    de: "Klicken Sie auf Ihrer Willkommensseite unter 'Benutzer' auf 'Benutzerverwaltung'.",
  },
  completes: {
    by: 'click',
    text: {
      nl: 'Klik op de link.',
      en: 'Click the link.',
      fr: 'Cliquez sur le lien.',
      de: 'Klicken Sie auf den Link.',
    },
  },
};

/** STTS 1, 2 and 3 side by side (seed 002), from the knowledge base. */
export const STTS_FACTS: StepInput['features'] = [
  {
    kind: 'facts',
    title: {
      nl: 'De drie STTS-profielen',
      en: 'The three STTS profiles',
      fr: 'Les trois profils STTS',
      de: 'Die drei STTS-Profile',
    },
    facts: ['profiel:stts1', 'profiel:stts2', 'profiel:stts3'],
  },
];
