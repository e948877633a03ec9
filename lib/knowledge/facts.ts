/**
 * Rights, roles, profiles and positions (DOMAIN.md §4). The ids are the public contract: never
 * rename one; add an `idAliases` entry instead. A fact in `have` means "this is true for the person
 * in this situation" — for the organisation facts (`org:…`, `org-type:…`, the toegangsbeheerders,
 * `hoofd-lokale-beheerder`) that the organisation has it, whoever holds it.
 *
 * `requires` lists what must be true before someone can grant the fact, in fix order; the engine
 * reports those only when the fact itself is missing. `implies`: a werkplekduaal role is set
 * together with the right "Werkplek Duaal Gebruiker" (seed 003), so a role implies the right.
 */
import type { FactInput } from './schema';

const RRN_NL =
  'het rijksregisternummer van de persoon (rechts boven op de SIS-kaart of achteraan op de identiteitskaart)';
const RRN_EN =
  "the person's national register number (rijksregisternummer; top right on the SIS card or on the back of the identity card)";
/** The grantor needs the person's rijksregisternummer (seed 003 "RECHTEN GEVEN AAN GEBRUIKERS"; seed 002 "Gebruikers aanmaken"). */
export const RRN_NEED = { nl: RRN_NL, en: RRN_EN } as const;

const WPD_WHERE = {
  nl: "gebruikersbeheer.vlaanderen.be → aanmelden als 'een entiteit van de Vlaamse overheid' → 'Snel recht toekennen' → 'Nieuw recht toekennen'",
  en: "gebruikersbeheer.vlaanderen.be → log in as 'een entiteit van de Vlaamse overheid' → 'Snel recht toekennen' (quick grant) → 'Nieuw recht toekennen' (grant new right)",
};

/** The four werkplekduaal roles differ only in name and what they allow (seed 003 "ROLLEN IN HET DIGITALE LOKET"). */
function role(id: string, name: string, allowsNl: string, allowsEn: string): FactInput {
  return {
    id: `rol:${id}`,
    kind: 'rol',
    portal: 'wpd',
    label: { nl: `Rol '${name}' (Werkplek Duaal)`, en: `Role '${name}' (Werkplek Duaal)` },
    question: {
      nl: `Ik heb de rol '${name}' in het digitale loket Werkplek Duaal`,
      en: `I have the role '${name}' in the Werkplek Duaal portal`,
    },
    meaning: {
      nl: `Met de rol '${name}' kan een gebruiker van een sectoraal partnerschap in app.werkplekduaal.be: ${allowsNl}. De rol wordt samen met het gebruikersrecht 'Werkplek Duaal Gebruiker' toegekend; rollen kunnen gecombineerd worden.`,
      en: `With the role '${name}' a user of a sectoral partnership can, in app.werkplekduaal.be: ${allowsEn}. The role is granted together with the user right 'Werkplek Duaal Gebruiker'; roles can be combined.`,
    },
    names: [name],
    grantedBy: ['hoofd-lokale-beheerder-sp'],
    where: WPD_WHERE,
    how: {
      nl: `Kies bij gebruikersrecht 'Werkplek Duaal Gebruiker' en vink de rol '${name}' aan (een bestaande rol blijft: rollen kunnen gecombineerd worden).`,
      en: `Choose the user right 'Werkplek Duaal Gebruiker' and tick the role '${name}' (existing roles stay: roles can be combined).`,
    },
    needs: [RRN_NEED],
    flow: 'gb.snel-recht-toekennen',
    implies: ['recht:werkplek-duaal-gebruiker'],
    request: {
      nl: `de rol '${name}' bij het gebruikersrecht 'Werkplek Duaal Gebruiker' voor {organisatie}`,
      en: `the role '${name}' with the user right 'Werkplek Duaal Gebruiker' for {organisatie}`,
    },
    source: `seeds/003_d4bc706caa4b468e.txt "ROLLEN IN HET DIGITALE LOKET" (${name.toUpperCase()})`,
  };
}

const STTS_PROFILE_WHERE = {
  nl: "portaalsite van de Sociale Zekerheid → 'Beheer van gebruikers' → 'Wijzigen profiel' bij uw naam",
  en: "social security portal → 'Beheer van gebruikers' (user management) → 'Wijzigen profiel' (change profile) next to your name",
};

/** STTS profiles nest 1 ⊂ 2 ⊂ 3, and a user has one at a time (seed 002 "Gebruikersprofielen voor de STTS-toepassingen"). */
function sttsProfile(rank: 1 | 2 | 3, nameNl: string, nameEn: string, allowsNl: string, allowsEn: string): FactInput {
  return {
    id: `profiel:stts${rank}`,
    kind: 'profiel',
    portal: 'sz',
    label: { nl: `STTS-profiel STTS ${rank} (${nameNl})`, en: `STTS profile STTS ${rank} (${nameEn})` },
    question: {
      nl: `Mijn STTS-profiel is STTS ${rank} (${nameNl})`,
      en: `My STTS profile is STTS ${rank} (${nameEn})`,
    },
    meaning: {
      nl: `Het profiel STTS ${rank} geeft toegang tot: ${allowsNl}. Elke gebruiker heeft maar één STTS-profiel tegelijk.`,
      en: `The profile STTS ${rank} gives access to: ${allowsEn}. Each user has only one STTS profile at a time.`,
    },
    names: [`STTS ${rank}`, `STTS${rank}`],
    grantedBy: ['lokale-beheerder-sz'],
    where: STTS_PROFILE_WHERE,
    how: {
      nl: `De lokale beheerder kiest bij 'Wijzigen profiel' het profiel STTS ${rank} voor u.`,
      en: `The local administrator chooses the profile STTS ${rank} for you under 'Wijzigen profiel'.`,
    },
    needs: [
      {
        nl: 'uw naam of gebruikersnaam zoals die in "Beheer van gebruikers" staat',
        en: 'your name or user name as listed in "Beheer van gebruikers"',
      },
    ],
    flow: 'sz.profiel-wijzigen',
    requires: ['gebruiker-sz'],
    exclusive: { group: 'stts-profiel', rank },
    request: {
      nl: `het STTS-profiel STTS ${rank} (${nameNl}) voor mijn gebruiker bij {organisatie}`,
      en: `the STTS profile STTS ${rank} (${nameEn}) for my user at {organisatie}`,
    },
    source: `seeds/002_54958e6e2f7ce4f2.txt "STTS ${rank}: ${['Commercieel', 'Administratief', 'Uitgebreid administratief'][rank - 1]} profiel"`,
  };
}

export const FACTS: FactInput[] = [
  {
    id: 'org-type:dimona-mandaatnemer',
    kind: 'org-type',
    portal: 'gb',
    label: {
      nl: "Organisatietype 'Dimona Mandaatnemer'",
      en: "Organisation type 'Dimona Mandaatnemer'",
    },
    question: {
      nl: "Mijn sociaal secretariaat is in gebruikersbeheer gekend als type 'Dimona Mandaatnemer'",
      en: "My payroll bureau is known in user management as type 'Dimona Mandaatnemer'",
    },
    meaning: {
      nl: "In gebruikersbeheer moet het sociaal secretariaat gekend zijn als type 'Dimona Mandaatnemer'; pas dan kan het voor klanten optreden in het WSE-loket.",
      en: "In user management the payroll bureau must be known as type 'Dimona Mandaatnemer'; only then can it act for clients in the WSE-loket.",
    },
    names: ['Dimona Mandaatnemer'],
    grantedBy: ['dwse'],
    where: { nl: 'gebruikersbeheer Vlaamse overheid (door DWSE)', en: 'Flemish government user management (by DWSE)' },
    how: {
      nl: 'DWSE heeft dit al voor alle sociale secretariaten in orde gebracht; ontbreekt het, laat het dan nakijken via 1700.',
      en: 'DWSE has already set this for every payroll bureau; if it is missing, have it checked through 1700.',
    },
    request: {
      nl: "dat {organisatie} in gebruikersbeheer gekend is als type 'Dimona Mandaatnemer'",
      en: "that {organisatie} is known in user management as type 'Dimona Mandaatnemer'",
    },
    source: 'seeds/000_577eb114816f9d85.txt Stap 1.1',
  },
  {
    id: 'werkrelatie',
    kind: 'relatie',
    portal: 'gb',
    label: { nl: 'Werkrelatie met de organisatie', en: 'Work relation with the organisation' },
    question: {
      nl: 'Ik ben in gebruikersbeheer gekoppeld aan de organisatie waarvoor ik werk (werkrelatie)',
      en: 'I am linked in user management to the organisation I work for (work relation)',
    },
    meaning: {
      nl: 'Zonder werkrelatie met de organisatie ziet u na het aanmelden enkel uw persoonlijke naam en geen organisatie; rechten voor de organisatie hangen aan die werkrelatie.',
      en: 'Without a work relation with the organisation you see only your personal name and no organisation after logging in; rights for the organisation hang on that work relation.',
    },
    grantedBy: ['hoofd-lokale-beheerder'],
    where: {
      nl: "gebruikersbeheer.vlaanderen.be → 'Koppel gebruiker aan organisatie'",
      en: "gebruikersbeheer.vlaanderen.be → 'Koppel gebruiker aan organisatie' (link user to organisation)",
    },
    how: {
      nl: "'Koppel gebruiker aan organisatie': stap 1 KBO-nummer of naam van de organisatie → 'Verder'; stap 2 telefoonnummer en e-mailadres → 'Verder'; stap 3 'Bevestig'.",
      en: "'Koppel gebruiker aan organisatie': step 1 the organisation's KBO number or name → 'Verder'; step 2 phone number and e-mail address → 'Verder'; step 3 'Bevestig'.",
    },
    needs: [
      { nl: 'uw telefoonnummer en e-mailadres', en: 'your phone number and e-mail address' },
      { nl: 'het KBO-nummer of de naam van de organisatie', en: "the organisation's KBO number or name" },
    ],
    flow: 'gb.koppel-gebruiker',
    request: {
      nl: "een werkrelatie met {organisatie} (gebruikersbeheer → 'Koppel gebruiker aan organisatie')",
      en: "a work relation with {organisatie} (user management → 'Koppel gebruiker aan organisatie')",
    },
    source: 'seeds/000_577eb114816f9d85.txt Stap 1.2; seeds/001_d440d333149fb13b.txt step 2',
  },
  {
    id: 'recht:dimona-mandaatuitvoerder',
    kind: 'recht',
    portal: 'gb',
    label: { nl: "Gebruikersrecht 'Dimona Mandaatuitvoerder'", en: "User right 'Dimona Mandaatuitvoerder'" },
    question: {
      nl: "Ik heb het recht 'Dimona Mandaatuitvoerder' (ook 'SSM Mandaatuitvoerder' genoemd) voor het sociaal secretariaat",
      en: "I have the right 'Dimona Mandaatuitvoerder' (also called 'SSM Mandaatuitvoerder') for the payroll bureau",
    },
    meaning: {
      nl: "Met het recht 'Dimona Mandaatuitvoerder' kan een medewerker van een sociaal secretariaat in het WSE-loket optreden voor een klant (KBO-nummer van de klant).",
      en: "With the right 'Dimona Mandaatuitvoerder' a payroll bureau employee can act for a client in the WSE-loket (the client's KBO number).",
    },
    // Public pages call the mandate right "SSM Mandaatuitvoerder": both names mean this fact (DOMAIN.md §4).
    names: ['Dimona Mandaatuitvoerder', 'SSM Mandaatuitvoerder'],
    idAliases: ['recht:ssm-mandaatuitvoerder'],
    grantedBy: ['hoofd-lokale-beheerder'],
    where: {
      nl: "gebruikersbeheer.vlaanderen.be → 'Ken gebruikersrecht toe'",
      en: "gebruikersbeheer.vlaanderen.be → 'Ken gebruikersrecht toe' (grant user right)",
    },
    how: {
      nl: "'Ken gebruikersrecht toe': stap 1 'Dimona Mandaatuitvoerder' selecteren → 'Verder'; stap 2 begin- en einddatum nakijken → 'Verder'; stap 3 'Bevestig'.",
      en: "'Ken gebruikersrecht toe': step 1 select 'Dimona Mandaatuitvoerder' → 'Verder'; step 2 check start and end date → 'Verder'; step 3 'Bevestig'.",
    },
    needs: [{ nl: 'de gewenste begin- en einddatum van het recht', en: 'the start and end date wanted for the right' }],
    flow: 'gb.ken-recht-toe',
    requires: ['org-type:dimona-mandaatnemer', 'werkrelatie'],
    request: {
      nl: "het gebruikersrecht 'Dimona Mandaatuitvoerder' voor {organisatie} (gebruikersbeheer → 'Ken gebruikersrecht toe')",
      en: "the user right 'Dimona Mandaatuitvoerder' for {organisatie} (user management → 'Ken gebruikersrecht toe')",
    },
    source: 'seeds/000_577eb114816f9d85.txt Stap 1.3; public page: "SSM Mandaatuitvoerder" (name of the mandate right)',
  },
  {
    id: 'recht:dwse-organisatieverantwoordelijke#opleidingsverlof',
    kind: 'recht',
    portal: 'gb',
    label: {
      nl: "Gebruikersrecht 'DWSE organisatieverantwoordelijke' met context 'opleidingsverlof'",
      en: "User right 'DWSE organisatieverantwoordelijke' with context 'opleidingsverlof'",
    },
    question: {
      nl: "Ik heb het recht 'DWSE organisatieverantwoordelijke' met context 'opleidingsverlof'",
      en: "I have the right 'DWSE organisatieverantwoordelijke' with context 'opleidingsverlof'",
    },
    meaning: {
      nl: "Zonder het recht 'DWSE organisatieverantwoordelijke' met context 'opleidingsverlof' toont het WSE-loket bij 'Terugbetalingsaanvraag Vlaams opleidingsverlof' de blauwe knop 'Gebruikersrecht aanvragen' in plaats van 'Aanvragen'.",
      en: "Without the right 'DWSE organisatieverantwoordelijke' with context 'opleidingsverlof' the WSE-loket shows the blue button 'Gebruikersrecht aanvragen' (request user right) instead of 'Aanvragen' (apply) under 'Terugbetalingsaanvraag Vlaams opleidingsverlof'.",
    },
    names: ['DWSE organisatieverantwoordelijke'],
    context: 'opleidingsverlof',
    grantedBy: ['lokale-beheerder-organisatie'],
    where: {
      nl: "gebruikersbeheer.vlaanderen.be → 'Ken gebruikersrecht toe'; u kunt het vragen met de blauwe knop 'Gebruikersrecht aanvragen' in het WSE-loket",
      en: "gebruikersbeheer.vlaanderen.be → 'Ken gebruikersrecht toe'; you can ask for it with the blue button 'Gebruikersrecht aanvragen' in the WSE-loket",
    },
    how: {
      nl: "Klik in het WSE-loket bij 'Terugbetalingsaanvraag Vlaams opleidingsverlof' op 'Gebruikersrecht aanvragen': uw lokale beheerder krijgt automatisch een mail. Zodra het recht is toegekend krijgt u een mail; meld u dan opnieuw aan en klik op 'Aanvraag' → 'Aanvragen'.",
      en: "In the WSE-loket click 'Gebruikersrecht aanvragen' next to 'Terugbetalingsaanvraag Vlaams opleidingsverlof': your local administrator gets an automatic e-mail. Once the right is granted you get an e-mail; log in again and click 'Aanvraag' → 'Aanvragen'.",
    },
    flow: 'gb.ken-recht-toe',
    requires: ['werkrelatie'],
    request: {
      nl: "het gebruikersrecht 'DWSE organisatieverantwoordelijke' met context 'opleidingsverlof' voor {organisatie} (gebruikersbeheer → 'Ken gebruikersrecht toe')",
      en: "the user right 'DWSE organisatieverantwoordelijke' with context 'opleidingsverlof' for {organisatie} (user management → 'Ken gebruikersrecht toe')",
    },
    source: 'seeds/001_d440d333149fb13b.txt step 2 and step 4',
  },
  {
    id: 'recht:werkplek-duaal-gebruiker',
    kind: 'recht',
    portal: 'gb',
    label: { nl: "Gebruikersrecht 'Werkplek Duaal Gebruiker'", en: "User right 'Werkplek Duaal Gebruiker'" },
    question: {
      nl: "Ik heb het gebruikersrecht 'Werkplek Duaal Gebruiker' (bij een onderneming: 'DWSE - werkplekduaal gebruiker')",
      en: "I have the user right 'Werkplek Duaal Gebruiker' (for a company: 'DWSE - werkplekduaal gebruiker')",
    },
    meaning: {
      nl: "Met het gebruikersrecht 'Werkplek Duaal Gebruiker' kan een personeelslid zich aanmelden in app.werkplekduaal.be; een sectoraal partnerschap krijgt daarbij ook een of meer rollen.",
      en: "With the user right 'Werkplek Duaal Gebruiker' a staff member can log in to app.werkplekduaal.be; a sectoral partnership also gets one or more roles with it.",
    },
    // Company side the same right is listed as "DWSE - werkplekduaal gebruiker" (seed 004).
    names: ['Werkplek Duaal Gebruiker', 'DWSE - werkplekduaal gebruiker'],
    idAliases: ['recht:dwse-werkplekduaal-gebruiker'],
    grantedBy: ['hoofd-lokale-beheerder-sp', 'toegangsbeheerder-onderneming'],
    where: WPD_WHERE,
    how: {
      nl: "Kies bij gebruikersrecht 'Werkplek Duaal Gebruiker' (bij een onderneming: 'DWSE - werkplekduaal gebruiker') en, voor een sectoraal partnerschap, de rol(len). De gebruiker krijgt daarna automatisch een bevestigingsmail.",
      en: "Choose the user right 'Werkplek Duaal Gebruiker' (for a company: 'DWSE - werkplekduaal gebruiker') and, for a sectoral partnership, the role(s). The user then gets a confirmation e-mail automatically.",
    },
    needs: [RRN_NEED],
    flow: 'gb.snel-recht-toekennen',
    request: {
      nl: "het gebruikersrecht 'Werkplek Duaal Gebruiker' voor {organisatie} (gebruikersbeheer → 'Snel recht toekennen' → 'Nieuw recht toekennen')",
      en: "the user right 'Werkplek Duaal Gebruiker' for {organisatie} (user management → 'Snel recht toekennen' → 'Nieuw recht toekennen')",
    },
    source:
      'seeds/003_d4bc706caa4b468e.txt "RECHTEN GEVEN AAN GEBRUIKERS"; seeds/004_b2fc1da045cef06a.txt "GEBRUIKERS"',
  },
  role(
    'beheerder',
    'Beheerder',
    'erkenningsaanvragen raadplegen, ondernemingen opzoeken, opleidingen raadplegen, knipperlichten instellen, acties beheren en via "Mijn organisatie" CSV-bestanden downloaden',
    'view recognition applications, search companies, view training programmes, set warning lights, manage actions and download CSV files via "Mijn organisatie"',
  ),
  role(
    'behandelaar',
    'Behandelaar',
    'taken behandelen, erkenningsaanvragen raadplegen en behandelen, overeenkomsten en ondernemingen opzoeken, mentoren opvolgen, prospectie, opleidingen raadplegen, knipperlichten bekijken, acties beheren en CSV-bestanden downloaden',
    'handle tasks, view and handle recognition applications, search agreements and companies, follow up mentors, prospecting, view training programmes, view warning lights, manage actions and download CSV files',
  ),
  role(
    'medewerker',
    'Medewerker',
    'erkenningen raadplegen, overeenkomsten en ondernemingen opzoeken, machtigingen registreren, met machtiging erkenningsaanvragen indienen en opvolgen, prospectie, knipperlichten bekijken en acties beheren',
    'view recognitions, search agreements and companies, register authorisations, file and follow up recognition applications with an authorisation, prospecting, view warning lights and manage actions',
  ),
  role(
    'stemgerechtigde',
    'Stemgerechtigde',
    'erkenningsaanvragen en erkenningen raadplegen, een stem over een erkenningsaanvraag registreren en ondernemingen opzoeken',
    'view recognition applications and recognitions, register a vote on a recognition application and search companies',
  ),
  sttsProfile(
    1,
    'Commercieel profiel',
    'commercial profile',
    'aanvraag, transfer, wijziging en opzoeken van een dossier sociaal telefoontarief',
    'application, transfer, change and look-up of a social telephone tariff file',
  ),
  sttsProfile(
    2,
    'Administratief profiel',
    'administrative profile',
    'alles van STTS 1 plus de stopzetting van een reductie en van het sociaal telefoontarief',
    'everything of STTS 1 plus stopping a reduction and the social telephone tariff',
  ),
  sttsProfile(
    3,
    'Uitgebreid administratief profiel',
    'extended administrative profile',
    'alles van STTS 2 plus de annulatie van een actie en het consulteren en behandelen van taken voor de operator',
    "everything of STTS 2 plus cancelling an action and viewing and handling the operator's tasks",
  ),
  {
    id: 'lokale-beheerder',
    kind: 'beheerder',
    portal: 'sz',
    label: {
      nl: 'Lokale beheerder bij de Sociale Zekerheid',
      en: 'Local administrator at the social security portal',
    },
    question: {
      nl: 'Ik ben lokale beheerder van mijn onderneming op de portaalsite van de Sociale Zekerheid',
      en: "I am my company's local administrator on the social security portal",
    },
    meaning: {
      nl: 'De lokale beheerder is het aanspreekpunt voor de e-Governmenttoepassingen en beheert de andere gebruikers van de onderneming (aanmaken, wijzigen, blokkeren, verwijderen, STTS-profielen). Hij of zij moet onder het directe gezag van de onderneming staan.',
      en: "The local administrator is the contact for the e-Government applications and manages the company's other users (create, change, block, delete, STTS profiles). They must be under the company's direct authority.",
    },
    names: ['lokale beheerder', 'lokaal beheerder'],
    grantedBy: ['onderneming-verantwoordelijke'],
    where: {
      nl: "www.socialezekerheid.be → 'De onderneming' → 'Werkgevers RSZ' → 'Hoe registreren' → 'Elektronisch formulier voor de toegangsaanvraag'",
      en: "www.socialezekerheid.be → 'De onderneming' → 'Werkgevers RSZ' → 'Hoe registreren' → 'Elektronisch formulier voor de toegangsaanvraag' (access request form)",
    },
    how: {
      nl: "Doe een toegangsaanvraag voor de beveiligde omgeving, vink 'lokale beheerder' aan, identificeer onderneming, lokale beheerder en verantwoordelijke en klik 'Registreren'. Stuur het ondertekende originele formulier op; binnen 5 werkdagen na ontvangst volgen een voorlopige gebruikersnaam en wachtwoord.",
      en: "File an access request for the secure area, tick 'lokale beheerder', identify the company, the local administrator and the responsible person and click 'Registreren'. Send the signed original form; within 5 working days of receipt a provisional user name and password follow.",
    },
    needs: [
      {
        nl: 'het RSZ-identificatienummer of het KBO-nummer van de onderneming',
        en: "the company's RSZ (NSSO) number or KBO number",
      },
      {
        nl: 'van de lokale beheerder: naam en voornaam, rijksregisternummer, hoedanigheid (werknemer, bestuurder, zaakvoerder of vennoot) en contactgegevens',
        en: 'of the local administrator: name, national register number, capacity (employee, director, managing director or partner) and contact details',
      },
      {
        nl: 'een verantwoordelijke die tekent: bestuurder, zaakvoerder of vennoot (naam, rijksregisternummer, contactgegevens)',
        en: 'a responsible person who signs: director, managing director or partner (name, national register number, contact details)',
      },
      {
        nl: 'het originele ondertekende formulier (geen fax, fotokopie of e-mail); werkt de ondertekenaar niet in de onderneming, dan ook een kopie van de publicatie in het Belgisch Staatsblad',
        en: 'the signed original form (no fax, photocopy or e-mail); if the signer does not work in the company, also a copy of the publication in the Belgian Official Gazette',
      },
    ],
    flow: 'sz.lokale-beheerder-aanduiden',
    request: {
      nl: 'de aanduiding van een lokale beheerder voor {organisatie} bij de Sociale Zekerheid (toegangsaanvraag)',
      en: 'the appointment of a local administrator for {organisatie} at the social security portal (access request)',
    },
    source: 'seeds/002_54958e6e2f7ce4f2.txt "De lokale beheerder" and "Hoe duidt u een lokale beheerder aan?"',
  },
  {
    id: 'gebruiker-sz',
    kind: 'account',
    portal: 'sz',
    label: {
      nl: 'Gebruiker op de portaalsite van de Sociale Zekerheid',
      en: 'User on the social security portal',
    },
    question: {
      nl: 'Ik heb een gebruikersnaam en wachtwoord voor de portaalsite van de Sociale Zekerheid (voor mijn onderneming)',
      en: 'I have a user name and password for the social security portal (for my company)',
    },
    meaning: {
      nl: 'De STTS-toepassingen zijn beveiligd: elke gebruiker heeft een gebruikersnaam en wachtwoord nodig, aangemaakt door de lokale beheerder van de onderneming.',
      en: "The STTS applications are secured: every user needs a user name and password, created by the company's local administrator.",
    },
    grantedBy: ['lokale-beheerder-sz'],
    where: {
      nl: "portaalsite van de Sociale Zekerheid → 'Beheer van gebruikers' → 'Nieuwe gebruiker toevoegen'",
      en: "social security portal → 'Beheer van gebruikers' → 'Nieuwe gebruiker toevoegen' (add new user)",
    },
    how: {
      nl: "De lokale beheerder vult het formulier in (de gebruikersnaam kan nadien niet meer gewijzigd worden), duidt de toepassingen aan en klikt 'Registreren'. Is er nog geen lokale beheerder, duid er dan eerst een aan.",
      en: "The local administrator fills in the form (the user name cannot be changed later), ticks the applications and clicks 'Registreren'. If there is no local administrator yet, appoint one first.",
    },
    needs: [
      RRN_NEED,
      {
        nl: 'een gebruikersnaam (wordt tweemaal ingegeven en kan nadien niet meer gewijzigd worden)',
        en: 'a user name (typed twice; cannot be changed later)',
      },
    ],
    flow: 'sz.gebruiker-toevoegen',
    request: {
      nl: "een gebruiker voor mij op de portaalsite van de Sociale Zekerheid voor {organisatie} ('Beheer van gebruikers' → 'Nieuwe gebruiker toevoegen')",
      en: "a user for me on the social security portal for {organisatie} ('Beheer van gebruikers' → 'Nieuwe gebruiker toevoegen')",
    },
    source: 'seeds/002_54958e6e2f7ce4f2.txt "Inleiding" and "Gebruikers aanmaken"',
  },
  {
    id: 'wettelijk-vertegenwoordiger',
    kind: 'status',
    portal: 'kbo',
    label: {
      nl: 'Wettelijk vertegenwoordiger van de onderneming',
      en: 'Legal representative of the company',
    },
    question: {
      nl: 'Ik ben de wettelijk vertegenwoordiger van de onderneming (meestal de zaakvoerder)',
      en: 'I am the legal representative of the company (usually the managing director)',
    },
    meaning: {
      nl: 'De wettelijk vertegenwoordiger (meestal de zaakvoerder) kan rechtstreeks inloggen in app.werkplekduaal.be en meteen aan de slag, zonder gebruikersrecht.',
      en: 'The legal representative (usually the managing director) can log in to app.werkplekduaal.be directly and start right away, without a user right.',
    },
    names: ['wettelijk vertegenwoordiger', 'wettelijke vertegenwoordiger'],
    grantedBy: ['kbo'],
    where: { nl: 'Kruispuntbank van Ondernemingen (KBO)', en: 'Crossroads Bank for Enterprises (KBO)' },
    how: {
      nl: 'Dit volgt uit de inschrijving in de KBO; het wordt niet aangevraagd. Weet u niet wie het is, zoek het op in de KBO of bel 1700. De eerste keer meldt u zich aan met eID of een token van de federale of Vlaamse overheid, in Chrome of Edge.',
      en: 'This follows from the KBO registration; it is not requested. If you do not know who it is, look it up in the KBO or call 1700. The first time, log in with eID or a federal or Flemish token, in Chrome or Edge.',
    },
    requestable: false,
    request: {
      nl: 'de wettelijk vertegenwoordiger van {organisatie}',
      en: 'the legal representative of {organisatie}',
    },
    source: 'seeds/004_b2fc1da045cef06a.txt "WETTELIJKE VERTEGENWOORDIGER"',
  },
  {
    id: 'org:btb-geregistreerd',
    kind: 'status',
    portal: 'csam',
    label: {
      nl: "Onderneming geregistreerd in het 'Beheer der toegangsbeheerders'",
      en: "Company registered in 'Beheer der toegangsbeheerders' (access manager management)",
    },
    question: {
      nl: "Mijn onderneming is geregistreerd in het federale 'Beheer der toegangsbeheerders'",
      en: "My company is registered in the federal 'Beheer der toegangsbeheerders'",
    },
    meaning: {
      nl: "Pas als de onderneming geregistreerd is in het 'Beheer der toegangsbeheerders' kunnen personeelsleden toegang krijgen tot onlinediensten van de overheid, zoals app.werkplekduaal.be.",
      en: "Only once the company is registered in 'Beheer der toegangsbeheerders' can staff members get access to government online services such as app.werkplekduaal.be.",
    },
    names: ['Beheer der toegangsbeheerders'],
    grantedBy: ['wettelijk-vertegenwoordiger'],
    where: {
      nl: "CSAM: 'Beheer der toegangsbeheerders' (federaal)",
      en: "CSAM: 'Beheer der toegangsbeheerders' (federal)",
    },
    how: {
      nl: 'De wettelijk vertegenwoordiger meldt zich aan met eID of een andere digitale sleutel en registreert de onderneming.',
      en: 'The legal representative logs in with eID or another digital key and registers the company.',
    },
    request: {
      nl: "de registratie van {organisatie} in het 'Beheer der toegangsbeheerders'",
      en: "the registration of {organisatie} in 'Beheer der toegangsbeheerders'",
    },
    source: 'seeds/004_b2fc1da045cef06a.txt "PERSONEELSLEDEN"',
  },
  {
    id: 'hoofdtoegangsbeheerder',
    kind: 'beheerder',
    portal: 'csam',
    label: { nl: 'Hoofdtoegangsbeheerder van de onderneming', en: 'Head access manager of the company' },
    question: {
      nl: 'Mijn onderneming heeft een hoofdtoegangsbeheerder (ikzelf of een collega)',
      en: 'My company has a head access manager (me or a colleague)',
    },
    meaning: {
      nl: 'De hoofdtoegangsbeheerder, aangeduid door de wettelijk vertegenwoordiger, beheert gebruikers in gebruikersbeheer en geeft hen toegang tot het digitale loket.',
      en: 'The head access manager, appointed by the legal representative, manages users in user management and gives them access to the portal.',
    },
    names: ['Hoofdtoegangsbeheerder'],
    grantedBy: ['wettelijk-vertegenwoordiger'],
    where: {
      nl: "CSAM 'Beheer der toegangsbeheerders'; daarna gebruikersbeheer.vlaanderen.be",
      en: "CSAM 'Beheer der toegangsbeheerders'; then gebruikersbeheer.vlaanderen.be",
    },
    how: {
      nl: 'De wettelijk vertegenwoordiger kent zichzelf of een personeelslid het recht van hoofdtoegangsbeheerder toe. Misschien is er al een: vraag het na bij de gratis dienst 1700.',
      en: 'The legal representative grants the head access manager right to themselves or a staff member. There may already be one: ask the free 1700 service.',
    },
    requires: ['org:btb-geregistreerd'],
    request: {
      nl: 'de aanduiding van een hoofdtoegangsbeheerder voor {organisatie}',
      en: 'the appointment of a head access manager for {organisatie}',
    },
    source: 'seeds/004_b2fc1da045cef06a.txt "HOOFDTOEGANGSBEHEERDER EN TOEGANGSBEHEERDER(S)"',
  },
  {
    id: 'toegangsbeheerder',
    kind: 'beheerder',
    portal: 'csam',
    label: { nl: 'Toegangsbeheerder van de onderneming', en: 'Access manager of the company' },
    question: {
      nl: 'Mijn onderneming heeft een toegangsbeheerder (ikzelf of een collega)',
      en: 'My company has an access manager (me or a colleague)',
    },
    meaning: {
      nl: 'Een toegangsbeheerder, aangeduid door de wettelijk vertegenwoordiger, beheert gebruikers in gebruikersbeheer en geeft hen toegang tot het digitale loket.',
      en: 'An access manager, appointed by the legal representative, manages users in user management and gives them access to the portal.',
    },
    names: ['Toegangsbeheerder'],
    grantedBy: ['wettelijk-vertegenwoordiger'],
    where: {
      nl: "CSAM 'Beheer der toegangsbeheerders'; daarna gebruikersbeheer.vlaanderen.be",
      en: "CSAM 'Beheer der toegangsbeheerders'; then gebruikersbeheer.vlaanderen.be",
    },
    how: {
      nl: 'De wettelijk vertegenwoordiger kent zichzelf of een personeelslid het recht van toegangsbeheerder toe.',
      en: 'The legal representative grants the access manager right to themselves or a staff member.',
    },
    requires: ['org:btb-geregistreerd'],
    request: {
      nl: 'de aanduiding van een toegangsbeheerder voor {organisatie}',
      en: 'the appointment of an access manager for {organisatie}',
    },
    source: 'seeds/004_b2fc1da045cef06a.txt "HOOFDTOEGANGSBEHEERDER EN TOEGANGSBEHEERDER(S)"',
  },
  {
    id: 'hoofd-lokale-beheerder',
    kind: 'beheerder',
    portal: 'gb',
    label: {
      nl: 'Hoofd lokale beheerder van de organisatie (gebruikersbeheer)',
      en: 'Head local administrator of the organisation (user management)',
    },
    question: {
      nl: 'Mijn organisatie heeft een hoofd lokale beheerder in gebruikersbeheer (ikzelf of een collega)',
      en: 'My organisation has a head local administrator in user management (me or a colleague)',
    },
    meaning: {
      nl: 'De hoofd lokale beheerder koppelt gebruikers aan de organisatie en kent hen gebruikersrechten toe in het gebruikersbeheer van de Vlaamse overheid. Voor een sectoraal partnerschap registreert DWSE hem of haar.',
      en: 'The head local administrator links users to the organisation and grants them user rights in the Flemish government user management. For a sectoral partnership DWSE registers them.',
    },
    names: ['Hoofd lokale beheerder', 'Hoofd Lokale Beheerder'],
    grantedBy: ['dwse-of-organisatie'],
    where: { nl: 'gebruikersbeheer Vlaamse overheid', en: 'Flemish government user management' },
    how: {
      nl: "Voor een sectoraal partnerschap registreert DWSE de hoofd lokale beheerder; anders regelt de organisatie het. Weet u niet wie het is, bel 1700 en vraag naar het team 'gebruikersbeheer'.",
      en: "For a sectoral partnership DWSE registers the head local administrator; otherwise the organisation arranges it. If you do not know who it is, call 1700 and ask for the 'gebruikersbeheer' team.",
    },
    request: {
      nl: 'een hoofd lokale beheerder voor {organisatie} in gebruikersbeheer',
      en: 'a head local administrator for {organisatie} in user management',
    },
    source: 'seeds/000_577eb114816f9d85.txt Stap 1.2; seeds/003_d4bc706caa4b468e.txt intro',
  },
];
