/**
 * `gb.snel-recht-toekennen`: the hoofd lokale beheerder of a sectoraal partnerschap grants
 * "Werkplek Duaal Gebruiker" with one or more roles (seed 003): log in as 'een entiteit van de
 * Vlaamse overheid', 'Snel recht toekennen' → 'Nieuw recht toekennen', the person's
 * rijksregisternummer (checked live, never stored), the right and the roles.
 */
import type { FlowInput } from '../../guide/schema';

export const WPD_ROLES = ['rol:beheerder', 'rol:behandelaar', 'rol:medewerker', 'rol:stemgerechtigde'];

export const SNEL_RECHT_TOEKENNEN: FlowInput = {
  id: 'gb.snel-recht-toekennen',
  portal: 'gb',
  title: { nl: 'Snel recht toekennen (Werkplek Duaal)', en: 'Quick grant (Werkplek Duaal)' },
  grants: ['recht:werkplek-duaal-gebruiker', ...WPD_ROLES],
  profiles: ['sectoraal-partnerschap'],
  source: 'seeds/003_d4bc706caa4b468e.txt "RECHTEN GEVEN AAN GEBRUIKERS"',
  steps: [
    {
      id: 'aanmelden',
      page: 'gb.aanmelden',
      target: 'entiteit',
      title: { nl: 'Aanmelden als entiteit', en: 'Log in as an entity' },
      instruction: {
        nl: "Selecteer bij Aanmelden 'een entiteit van de Vlaamse overheid'.",
        en: "Under Aanmelden select 'een entiteit van de Vlaamse overheid'.",
      },
      completes: { by: 'click', text: { nl: 'Meld u aan.', en: 'Log in.' } },
    },
    {
      id: 'menu',
      page: 'gb.beheer',
      target: 'snel-recht',
      title: { nl: "Naar 'Snel recht toekennen'", en: "Go to 'Snel recht toekennen'" },
      instruction: { nl: "Kies 'Snel recht toekennen'.", en: "Choose 'Snel recht toekennen' (quick grant)." },
      completes: { by: 'click', text: { nl: 'Klik op de link.', en: 'Click the link.' } },
    },
    {
      id: 'nieuw-recht',
      page: 'gb.snel-recht',
      target: 'nieuw-recht',
      title: { nl: 'Nieuw recht toekennen', en: 'Grant a new right' },
      instruction: {
        nl: "Klik op 'Nieuw recht toekennen'. Houd het rijksregisternummer van de persoon bij de hand.",
        en: "Click 'Nieuw recht toekennen'. Have the person's national register number at hand.",
      },
      completes: { by: 'click', text: { nl: 'Klik op de knop.', en: 'Click the button.' } },
    },
    {
      id: 'persoon',
      page: 'gb.snel-recht-persoon',
      target: 'rrn-veld',
      title: { nl: 'Persoon toevoegen', en: 'Add the person' },
      instruction: {
        nl: "Typ het rijksregisternummer van de persoon en klik op 'Volgende'. Loketgids controleert het nummer, maar bewaart het nooit.",
        en: "Type the person's national register number and click 'Volgende'. Loketgids checks the number but never keeps it.",
      },
      completes: { by: 'submit', text: { nl: "Klik op 'Volgende'.", en: "Click 'Volgende'." } },
      features: [{ kind: 'rrn-field-check', field: 'rrn-veld' }],
    },
    {
      id: 'recht-en-rollen',
      page: 'gb.snel-recht-recht',
      target: 'werkplek-duaal',
      title: { nl: "'Werkplek Duaal Gebruiker' en rollen", en: "'Werkplek Duaal Gebruiker' and roles" },
      instruction: {
        nl: "Kies bij gebruikersrecht 'Werkplek Duaal Gebruiker' en vink een of meer rollen aan (ze kunnen gecombineerd worden). Klik dan op 'Volgende'.",
        en: "Choose the user right 'Werkplek Duaal Gebruiker' and tick one or more roles (they can be combined). Then click 'Volgende'.",
      },
      completes: { by: 'submit', text: { nl: "Klik op 'Volgende'.", en: "Click 'Volgende'." } },
      features: [
        {
          kind: 'facts',
          title: { nl: 'Wat elke rol mag', en: 'What each role may do' },
          facts: WPD_ROLES,
        },
      ],
    },
    {
      id: 'bevestig',
      page: 'gb.snel-recht-bevestig',
      target: 'bevestig',
      title: { nl: 'Bevestigen', en: 'Confirm' },
      instruction: { nl: "Kijk de gegevens na en klik op 'Bevestig'.", en: "Check the details and click 'Bevestig'." },
      completes: { by: 'submit', text: { nl: "Klik op 'Bevestig'.", en: "Click 'Bevestig'." } },
    },
    {
      id: 'klaar',
      page: 'gb.snel-recht-klaar',
      title: { nl: 'Recht toegekend', en: 'Right granted' },
      instruction: {
        nl: 'De persoon krijgt automatisch een bevestigingsmail en kan aan de slag in app.werkplekduaal.be.',
        en: 'The person gets a confirmation e-mail automatically and can start in app.werkplekduaal.be.',
      },
      completes: { by: 'end', text: { nl: 'Klaar.', en: 'Done.' } },
    },
  ],
};
