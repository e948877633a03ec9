/**
 * Help lines the explanations name (DOMAIN.md §4, last paragraph). Validated in `index.ts`.
 */
import type { Helpline } from './schema';

export const HELPLINES = [
  {
    id: '1700',
    label: {
      nl: '1700, het gratis informatienummer van de Vlaamse overheid',
      en: '1700, the free information line of the Flemish government',
    },
    contact: '1700',
    advice: {
      nl: "Vraag naar iemand van het team 'gebruikersbeheer': zij zoeken wie uw (hoofd) lokale beheerder of toegangsbeheerder is.",
      en: "Ask for someone from the 'gebruikersbeheer' (user management) team: they can tell you who your (head) local administrator or access manager is.",
    },
    source: 'seeds/001_d440d333149fb13b.txt step 2 ("Contacteer de 1700 infolijn"); seeds/004_b2fc1da045cef06a.txt',
  },
  {
    id: 'vlaams-opleidingsverlof',
    label: {
      nl: 'Vlaams opleidingsverlof (e-mail)',
      en: 'Flemish training leave (e-mail)',
    },
    contact: 'vlaamsopleidingsverlof@vlaanderen.be',
    advice: {
      nl: 'Voor problemen met de terugbetalingsaanvraag zelf in het WSE-loket, niet voor rechten.',
      en: 'For trouble with the reimbursement application itself in the WSE-loket, not for rights.',
    },
    source: 'seeds/001_d440d333149fb13b.txt step 4 (last bullet)',
  },
  {
    id: 'sz-contactcenter',
    label: {
      nl: 'Contactcenter van de portaalsite van de Sociale Zekerheid',
      en: 'Contact centre of the social security portal',
    },
    contact: 'Contactcenter Sociale Zekerheid',
    advice: {
      nl: 'Houd het ticketnummer van uw toegangsaanvraag bij en vermeld het als u contact opneemt.',
      en: 'Keep the ticket number of your access request and quote it when you get in touch.',
    },
    source: 'seeds/002_54958e6e2f7ce4f2.txt "Hoe duidt u een lokale beheerder aan?" (ticketnummer)',
  },
] as const satisfies readonly Helpline[];
