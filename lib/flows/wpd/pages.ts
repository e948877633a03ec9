/**
 * Page states of app.werkplekduaal.be (DOMAIN.md §7 "Werkplek Duaal", §8 "handleiding voor
 * sectoren"; seeds 003 and 004) as weighted evidence, and what to point at.
 *
 * Design note (2026-12): every screen carries the same top line (organisation, role, KBO number,
 * "Mijn werkplekken | Mijn organisatie | Wissel van organisatie | Afmelden", seed 004) and tabs
 * ("Dashboard Erkenningen Overeenkomsten"): they tell that this is the portal, not which screen.
 * The company's dashboard is told by its renewal tasks ("Beslissen hernieuwing erkenning",
 * "Dagen resterend"), a sectoraal partnerschap's by its dashboard title ("Dashboard medewerker
 * sectoraal partnerschap", §8) and its tasks ("Erkenning behandelen", "Hervatten"). Only wording
 * the seeds or §8 quote is required.
 */
import type { PageStateInput, SignalInput } from '../../guide/schema';

const REPLICA = '2026-12: replica markup; real markup unknown';

const TABS: SignalInput = {
  kind: 'role',
  roles: ['tab', 'link'],
  names: ['Dashboard', 'Erkenningen', 'Overeenkomsten'],
  weight: 1,
  source: 'seed:004 ("Dashboard Erkenningen Overeenkomsten")',
};
const TOP_LINE: SignalInput = {
  kind: 'role',
  roles: ['link', 'button'],
  names: ['Wissel van organisatie', 'Mijn organisatie', 'Mijn werkplekken'],
  weight: 1,
  source: 'seed:004 (the top line)',
};
const RENEWAL_TASK: SignalInput = {
  kind: 'text',
  any: ['Beslissen hernieuwing erkenning'],
  weight: 4,
  source: 'seed:004 (TAKEN: "Beslissen hernieuwing erkenning")',
};
const SP_DASHBOARD = [
  'Dashboard beheerder',
  'Dashboard medewerker sectoraal partnerschap',
  'Dashboard stemgerechtigde',
  'Dashboard behandelaar',
];
const SP_WORK: SignalInput = {
  kind: 'role',
  roles: ['link', 'button'],
  names: ['Erkenning behandelen', 'Hervatten', 'Machtiging aanmaken', 'Machtiging opzoeken', 'Beheer machtigingen'],
  weight: 3,
  source: 'domain:§8 (handleiding voor sectoren)',
};
const NOT_SUPPORTED: SignalInput = {
  kind: 'text',
  any: ['Deze browser wordt niet ondersteund'],
  weight: -5,
  source: 'seed:004 ("DEZE BROWSER WORDT NIET ONDERSTEUND!")',
};

export const WPD_PAGES: PageStateInput[] = [
  {
    id: 'wpd.dashboard',
    title: { nl: 'Dashboard (onderneming)', en: 'Dashboard (company)' },
    recognise: {
      signals: [
        {
          kind: 'text',
          any: ['Dashboard'],
          weight: 1,
          required: true,
          source: 'seed:004 ("Het eerste scherm is het Dashboard")',
        },
        { ...RENEWAL_TASK, weight: 2 },
        {
          kind: 'role',
          roles: ['link', 'button'],
          names: ['Verdergaan'],
          weight: 3,
          source: 'seed:004 (each task: "Verdergaan")',
        },
        { kind: 'text', any: ['Taken'], in: 'heading', weight: 2, source: 'seed:004 ("TAKEN")' },
        { kind: 'text', any: ['Dagen resterend'], weight: 1, source: 'seed:004' },
        {
          kind: 'text',
          any: ['Onze dienstverlening', 'Beheerscherm', 'Economische Actor'],
          weight: 1,
          source: 'seed:004 ("Onze dienstverlening", "Beheerscherm", "ACM Economische Actor")',
        },
        TABS,
        TOP_LINE,
        {
          kind: 'text',
          any: SP_DASHBOARD,
          in: 'heading',
          weight: -5,
          source: 'domain:§8 + replica ("Dashboard behandelaar")',
        },
        { ...SP_WORK, weight: -3 },
        { kind: 'text', any: ['Hernieuwing erkenning'], in: 'heading', weight: -2, source: 'seed:004' },
        {
          kind: 'role',
          roles: ['radio'],
          names: ['Erkenning hernieuwen'],
          weight: -4,
          source: 'seed:004 ("Erkenning hernieuwen"); replica',
        },
        NOT_SUPPORTED,
      ],
      threshold: 0.6,
    },
    source: 'seeds/004_b2fc1da045cef06a.txt "HET DIGITALE LOKET" ("Het eerste scherm is het Dashboard", TAKEN)',
  },
  {
    id: 'wpd.sp-dashboard',
    title: { nl: 'Dashboard (sectoraal partnerschap)', en: 'Dashboard (sectoral partnership)' },
    recognise: {
      signals: [
        {
          kind: 'text',
          any: [
            'Dashboard beheerder',
            'Dashboard medewerker sectoraal partnerschap',
            'Dashboard stemgerechtigde',
            'sectoraal partnerschap',
          ],
          weight: 3,
          required: true,
          source: 'domain:§8 ("Dashboard beheerder", "Dashboard medewerker sectoraal partnerschap"); seed:003',
        },
        {
          kind: 'text',
          any: SP_DASHBOARD,
          in: 'heading',
          weight: 3,
          source: 'domain:§8 + replica ("Dashboard behandelaar")',
        },
        SP_WORK,
        {
          kind: 'text',
          any: ['Werkversie', 'Dossier volledig', 'In behandeling', 'Behandeld'],
          weight: 1,
          source: 'domain:§8 (statuses)',
        },
        TABS,
        TOP_LINE,
        { ...RENEWAL_TASK, weight: -3 },
        { kind: 'text', any: ['Economische Actor'], weight: -3, source: 'seed:004 (a company)' },
        NOT_SUPPORTED,
      ],
      threshold: 0.5,
    },
    source: 'DOMAIN.md §8 Werkplek Duaal ("Dashboard medewerker sectoraal partnerschap", "Erkenning behandelen")',
  },
  {
    id: 'wpd.hernieuwing',
    title: { nl: 'Hernieuwing erkenning', en: 'Renewal of a recognition' },
    recognise: {
      signals: [
        {
          kind: 'text',
          any: ['Hernieuwing erkenning', 'Erkenning hernieuwen', 'hernieuwing van de erkenning'],
          weight: 2,
          required: true,
          source: 'seed:004 ("Beslissen hernieuwing erkenning"; "Erkenning hernieuwen")',
        },
        {
          kind: 'text',
          any: ['Hernieuwing erkenning', 'Erkenning hernieuwen'],
          in: 'heading',
          weight: 3,
          source: 'seed:004',
        },
        {
          kind: 'role',
          roles: ['radio', 'button', 'checkbox'],
          names: ['Erkenning hernieuwen', 'Hernieuwen'],
          weight: 3,
          source: 'seed:004 ("Erkenning hernieuwen"); replica',
        },
        { kind: 'text', any: ['Erkenning', 'Vestiging', 'Dagen resterend'], weight: 1, source: 'seed:004' },
        {
          kind: 'text',
          any: ['5 jaar geldig'],
          weight: 1,
          source: 'seed:004 ("Goedgekeurde erkenningen zijn 5 jaar geldig")',
        },
        // The task's name is the dashboard's, but the task's own screen may well be titled by
        // it (a blind variant was): weak evidence against; "Verdergaan" tells the list apart.
        { ...RENEWAL_TASK, weight: -2 },
        {
          kind: 'role',
          roles: ['link', 'button'],
          names: ['Verdergaan'],
          weight: -3,
          source: 'seed:004 (the dashboard)',
        },
        NOT_SUPPORTED,
      ],
      threshold: 0.55,
    },
    targets: {
      bevestigen: {
        roles: ['button'],
        names: ['Beslissing bevestigen', 'Bevestigen', 'Hernieuwing aanvragen', 'Indienen', 'Verder'],
        selectors: [{ css: 'form [type="submit"]', note: REPLICA }],
        lookFor: {
          nl: "Kies 'Erkenning hernieuwen' en bevestig uw beslissing onderaan.",
          en: "Choose 'Erkenning hernieuwen' (renew) and confirm your decision at the bottom.",
        },
      },
    },
    source: 'seeds/004_b2fc1da045cef06a.txt "TAKEN" (Handleiding onderneming - Erkenning hernieuwen)',
  },
  {
    id: 'wpd.niet-ondersteund',
    title: { nl: 'Browser niet ondersteund', en: 'Browser not supported' },
    recognise: {
      signals: [
        {
          kind: 'text',
          any: ['Deze browser wordt niet ondersteund'],
          weight: 5,
          required: true,
          source: 'seed:004 ("DEZE BROWSER WORDT NIET ONDERSTEUND!")',
        },
        { kind: 'text', any: ['Kies een andere browser'], weight: 3, source: 'seed:004 ("KIES EEN ANDERE BROWSER")' },
        {
          kind: 'text',
          any: ['Google Chrome', 'Microsoft Edge', 'Internet Explorer'],
          weight: 1,
          source: 'seed:004 ("Gebruik als browser Google Chrome of Microsoft Edge")',
        },
        { ...TABS, weight: -2 },
        { ...RENEWAL_TASK, weight: -3 },
      ],
      threshold: 0.55,
    },
    source: 'seeds/004_b2fc1da045cef06a.txt ("DEZE BROWSER WORDT NIET ONDERSTEUND! KIES EEN ANDERE BROWSER")',
  },
];
