/**
 * `gb.ken-recht-toe`: the hoofd lokale beheerder grants a colleague the right "Dimona
 * Mandaatuitvoerder" for the secretariat ("Ken gebruikersrecht toe", seed 000 Stap 1.3).
 */
import type { FlowInput } from '../../guide/schema';

export const KEN_RECHT_TOE: FlowInput = {
  id: 'gb.ken-recht-toe',
  portal: 'gb',
  title: { nl: 'Ken gebruikersrecht toe', en: 'Grant user right' },
  grants: ['recht:dimona-mandaatuitvoerder'],
  profiles: [],
  source: 'seeds/000_577eb114816f9d85.txt Stap 1.3',
  steps: [
    {
      id: 'gebruiker',
      page: 'gb.beheer',
      target: 'ken-recht',
      title: { nl: 'De gebruiker openen', en: 'Open the user' },
      instruction: {
        nl: "Open de gebruiker en klik op 'Ken gebruikersrecht toe'.",
        en: "Open the user and click 'Ken gebruikersrecht toe'.",
      },
      completes: { by: 'click', text: { nl: 'Klik op de knop.', en: 'Click the button.' } },
    },
    {
      id: 'recht',
      page: 'gb.recht-stap-1',
      target: 'dimona',
      title: { nl: 'Stap 1 van 3: gebruikersrecht', en: 'Step 1 of 3: user right' },
      instruction: {
        nl: "Selecteer 'Dimona Mandaatuitvoerder' en klik op 'Verder'.",
        en: "Select 'Dimona Mandaatuitvoerder' and click 'Verder'.",
      },
      completes: { by: 'submit', text: { nl: "Klik op 'Verder'.", en: "Click 'Verder'." } },
      features: [
        {
          kind: 'facts',
          title: { nl: 'Wat dit recht doet', en: 'What this right does' },
          facts: ['recht:dimona-mandaatuitvoerder'],
        },
      ],
    },
    {
      id: 'datums',
      page: 'gb.recht-stap-2',
      target: 'begindatum',
      title: { nl: 'Stap 2 van 3: datums', en: 'Step 2 of 3: dates' },
      instruction: {
        nl: "Kijk de Begindatum en Einddatum na en klik op 'Verder'.",
        en: "Check the Begindatum (start) and Einddatum (end) dates and click 'Verder'.",
      },
      completes: { by: 'submit', text: { nl: "Klik op 'Verder'.", en: "Click 'Verder'." } },
    },
    {
      id: 'bevestig',
      page: 'gb.recht-stap-3',
      target: 'bevestig',
      title: { nl: 'Stap 3 van 3: bevestigen', en: 'Step 3 of 3: confirm' },
      instruction: { nl: "Kijk de gegevens na en klik op 'Bevestig'.", en: "Check the details and click 'Bevestig'." },
      completes: { by: 'submit', text: { nl: "Klik op 'Bevestig'.", en: "Click 'Bevestig'." } },
    },
    {
      id: 'klaar',
      page: 'gb.recht-klaar',
      title: { nl: 'Recht toegekend', en: 'Right granted' },
      instruction: {
        nl: 'Het gebruikersrecht is toegekend. De medewerker kan nu voor klanten werken in het WSE-loket.',
        en: 'The user right has been granted. The colleague can now work for clients in the WSE-loket.',
      },
      completes: { by: 'end', text: { nl: 'Klaar.', en: 'Done.' } },
    },
  ],
};
