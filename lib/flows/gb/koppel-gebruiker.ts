/**
 * `gb.koppel-gebruiker`: the hoofd lokale beheerder gives a colleague a werkrelatie with the
 * organisation ("Koppel gebruiker aan organisatie", seed 000 Stap 1.2, three wizard steps).
 */
import type { FlowInput } from '../../guide/schema';

export const KOPPEL_GEBRUIKER: FlowInput = {
  id: 'gb.koppel-gebruiker',
  portal: 'gb',
  title: { nl: 'Koppel gebruiker aan organisatie', en: 'Link user to organisation' },
  grants: ['werkrelatie'],
  profiles: ['lokale-beheerder', 'secretariaat', 'werkgever'],
  source: 'seeds/000_577eb114816f9d85.txt Stap 1.2',
  steps: [
    {
      id: 'gebruiker',
      page: 'gb.beheer',
      target: 'koppel',
      title: { nl: 'De gebruiker openen', en: 'Open the user' },
      instruction: {
        nl: "Open de gebruiker die een werkrelatie nodig heeft en klik op 'Koppel gebruiker aan organisatie'.",
        en: "Open the user who needs a work relation and click 'Koppel gebruiker aan organisatie'.",
      },
      completes: { by: 'click', text: { nl: 'Klik op de knop.', en: 'Click the button.' } },
    },
    {
      id: 'organisatie',
      page: 'gb.koppel-stap-1',
      target: 'organisatie-veld',
      title: { nl: 'Stap 1 van 3: organisatie', en: 'Step 1 of 3: organisation' },
      instruction: {
        nl: "Geef het KBO-nummer of de naam van de organisatie in en klik op 'Verder'.",
        en: "Enter the organisation's KBO number or name and click 'Verder'.",
      },
      completes: { by: 'submit', text: { nl: "Klik op 'Verder'.", en: "Click 'Verder'." } },
      features: [{ kind: 'kbo-or-name-check', field: 'organisatie-veld' }],
    },
    {
      id: 'werkrelatie',
      page: 'gb.koppel-stap-2',
      target: 'telefoon',
      title: { nl: 'Stap 2 van 3: werkrelatie', en: 'Step 2 of 3: work relation' },
      instruction: {
        nl: "Geef het telefoonnummer en het e-mailadres in en klik op 'Verder'.",
        en: "Enter the phone number and e-mail address and click 'Verder'.",
      },
      completes: { by: 'submit', text: { nl: "Klik op 'Verder'.", en: "Click 'Verder'." } },
    },
    {
      id: 'bevestig',
      page: 'gb.koppel-stap-3',
      target: 'bevestig',
      title: { nl: 'Stap 3 van 3: bevestigen', en: 'Step 3 of 3: confirm' },
      instruction: { nl: "Kijk de gegevens na en klik op 'Bevestig'.", en: "Check the details and click 'Bevestig'." },
      completes: { by: 'submit', text: { nl: "Klik op 'Bevestig'.", en: "Click 'Bevestig'." } },
    },
    {
      id: 'klaar',
      page: 'gb.koppel-klaar',
      title: { nl: 'Werkrelatie gemaakt', en: 'Work relation created' },
      instruction: {
        nl: 'De gebruiker is gekoppeld aan de organisatie. Nu kan een gebruikersrecht toegekend worden.',
        en: 'The user is linked to the organisation. Now a user right can be granted.',
      },
      completes: { by: 'end', text: { nl: 'Klaar.', en: 'Done.' } },
    },
  ],
};
