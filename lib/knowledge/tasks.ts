/**
 * Tasks (goal ids) and what each requires (DOMAIN.md §5). Requirements are listed in the order to
 * fix them; `anyOf` means any one option will do (the engine suggests the smallest). The goal ids
 * are the public contract: never rename one.
 */
import type { Requirement, TaskInput } from './schema';

const SEED_SS = 'seeds/000_577eb114816f9d85.txt';
const SEED_VOV = 'seeds/001_d440d333149fb13b.txt';
const SEED_SZ = 'seeds/002_54958e6e2f7ce4f2.txt';
const SEED_WPD_SP = 'seeds/003_d4bc706caa4b468e.txt';
const SEED_WPD_OND = 'seeds/004_b2fc1da045cef06a.txt';

type RoleName = 'beheerder' | 'behandelaar' | 'medewerker' | 'stemgerechtigde';

/**
 * A sectoraal-partnerschap task: the right "Werkplek Duaal Gebruiker" plus one of the roles (seed 003
 * "ROLLEN IN HET DIGITALE LOKET"); here the right comes from the partnership's hoofd lokale beheerder.
 */
function spTask(
  id: string,
  roles: RoleName[],
  label: { nl: string; en: string },
  description: { nl: string; en: string },
  keywords: { nl: string[]; en: string[] },
): TaskInput {
  const roleReqs: Requirement[] = roles.map((r) => ({ fact: `rol:${r}` }));
  return {
    id: `wpd.sp.${id}`,
    portal: 'wpd',
    label,
    description,
    keywords: {
      nl: [...keywords.nl, 'werkplek duaal', 'sectoraal partnerschap', 'duaal leren'],
      en: [...keywords.en, 'dual learning', 'sectoral partnership'],
    },
    requires: [
      { fact: 'recht:werkplek-duaal-gebruiker', grantedBy: ['hoofd-lokale-beheerder-sp'] },
      roleReqs.length === 1 ? (roleReqs[0] as Requirement) : { anyOf: roleReqs },
    ],
    source: `${SEED_WPD_SP} "ROLLEN IN HET DIGITALE LOKET" (${roles.map((r) => r.toUpperCase()).join(', ')})`,
  };
}

/**
 * A company task in Werkplek Duaal (seed 004): the wettelijk vertegenwoordiger may do it directly;
 * staff need "DWSE - werkplekduaal gebruiker", which a (hoofd)toegangsbeheerder grants once the
 * company is registered in "Beheer der toegangsbeheerders" (the toegangsbeheerder facts require that).
 */
const ONDERNEMING_ACCESS: Requirement = {
  anyOf: [
    {
      fact: 'recht:werkplek-duaal-gebruiker',
      grantedBy: ['toegangsbeheerder-onderneming'],
      via: [{ anyOf: [{ fact: 'toegangsbeheerder' }, { fact: 'hoofdtoegangsbeheerder' }] }],
    },
    { fact: 'wettelijk-vertegenwoordiger' },
  ],
};

function ondTask(
  id: string,
  label: { nl: string; en: string },
  description: { nl: string; en: string },
  keywords: { nl: string[]; en: string[] },
): TaskInput {
  return {
    id: `wpd.ond.${id}`,
    portal: 'wpd',
    label,
    description,
    keywords: {
      nl: [...keywords.nl, 'werkplek duaal', 'onderneming', 'duaal leren'],
      en: [...keywords.en, 'dual learning', 'company'],
    },
    requires: [ONDERNEMING_ACCESS],
    needs: [
      {
        nl: 'de eerste keer: aanmelden met eID of een token van de federale of Vlaamse overheid, in Google Chrome of Microsoft Edge (niet Internet Explorer)',
        en: 'the first time: log in with eID or a federal or Flemish token, in Google Chrome or Microsoft Edge (not Internet Explorer)',
      },
    ],
    source: `${SEED_WPD_OND} "HET DIGITALE LOKET" and "WETTELIJKE VERTEGENWOORDIGER"`,
  };
}

type Profile = 1 | 2 | 3;

/** An STTS task: a user account plus one of the profiles that allow it (seed 002; profiles nest 1 ⊂ 2 ⊂ 3). */
function sttsTask(
  id: string,
  lowest: Profile,
  label: { nl: string; en: string },
  description: { nl: string; en: string },
  keywords: { nl: string[]; en: string[] },
  section: string,
): TaskInput {
  const profiles = ([1, 2, 3] as const).filter((p) => p >= lowest).map((p) => ({ fact: `profiel:stts${p}` }));
  return {
    id: `stts.${id}`,
    portal: 'sz',
    label,
    description,
    keywords: {
      nl: [...keywords.nl, 'stts', 'sociaal telefoontarief', 'telefoontarief'],
      en: [...keywords.en, 'social telephone tariff'],
    },
    requires: [{ fact: 'gebruiker-sz' }, profiles.length === 1 ? (profiles[0] as Requirement) : { anyOf: profiles }],
    source: `${SEED_SZ} "Gebruikersprofielen voor de STTS-toepassingen" (${section})`,
  };
}

const LOKALE_BEHEERDER_NEEDS = [
  {
    nl: 'het RSZ-identificatienummer of het KBO-nummer van de onderneming',
    en: "the company's RSZ (NSSO) number or KBO number",
  },
  {
    nl: 'van de lokale beheerder: naam en voornaam, rijksregisternummer, hoedanigheid (werknemer, bestuurder, zaakvoerder of vennoot) en contactgegevens',
    en: 'of the local administrator: name, national register number, capacity (employee, director, managing director or partner) and contact details',
  },
  {
    nl: 'de verantwoordelijke die de aanvraag tekent: bestuurder, zaakvoerder of vennoot (naam, rijksregisternummer, hoedanigheid, contactgegevens)',
    en: 'the responsible person who signs: director, managing director or partner (name, national register number, capacity, contact details)',
  },
  {
    nl: 'het originele ondertekende formulier: geen fax, geen fotokopie en geen e-mail',
    en: 'the signed original form: no fax, no photocopy and no e-mail',
  },
  {
    nl: 'werkt de ondertekenaar niet in de onderneming: een kopie van de publicatie in de bijlagen van het Belgisch Staatsblad',
    en: 'if the signer does not work in the company: a copy of the publication in the annexes of the Belgian Official Gazette',
  },
  {
    nl: 'het ticketnummer van de aanvraag (bijhouden voor het Contactcenter); binnen 5 werkdagen na ontvangst van het formulier volgen een voorlopige gebruikersnaam en wachtwoord',
    en: 'the ticket number of the request (keep it for the contact centre); within 5 working days of receiving the form a provisional user name and password follow',
  },
];

export const TASKS: TaskInput[] = [
  // ── WSE-loket ────────────────────────────────────────────────────────────────
  {
    id: 'wse.ss.aanvraag-voor-klant',
    portal: 'wse',
    label: {
      nl: 'Als sociaal secretariaat een aanvraag indienen voor een klant',
      en: 'File an application for a client as a payroll bureau',
    },
    description: {
      nl: 'In het WSE-loket voor een klant-werkgever werken (KBO-nummer van de klant) en een aanvraag aanmaken en indienen.',
      en: "Work for a client employer in the WSE-loket (the client's KBO number) and create and file an application.",
    },
    keywords: {
      nl: [
        'klant',
        'klanten',
        'sociaal secretariaat',
        'kbo',
        'kbo-nummer',
        'aanvraag',
        'indienen',
        'mandaat',
        'dimona',
        'wse-loket',
      ],
      en: ['client', 'customer', 'payroll bureau', 'social secretariat', 'application', 'mandate'],
    },
    requires: [
      { fact: 'org-type:dimona-mandaatnemer' },
      { fact: 'werkrelatie' },
      { fact: 'recht:dimona-mandaatuitvoerder' },
    ],
    conditions: [
      {
        id: 'voorwaarde:klant-geen-school',
        contextKey: 'clientIsSchool',
        broken: {
          nl: 'Deze klant is een school: geef geen KBO-nummer van een school in. Kies een andere klant.',
          en: "This client is a school: do not enter a school's KBO number. Choose another client.",
        },
        reminder: {
          nl: 'Opgelet: geef geen KBO-nummer van een school in.',
          en: "Note: do not enter a school's KBO number.",
        },
        source: `${SEED_SS} Stap 2.3 ("Opgelet: Geen KBO nummer van een school ingeven")`,
      },
    ],
    needs: [{ nl: 'het KBO-nummer van de klant', en: "the client's KBO number" }],
    flow: 'wse.ss.aanvraag-voor-klant',
    source: `${SEED_SS} Stap 1–3`,
  },
  {
    id: 'wse.vov.terugbetaling',
    portal: 'wse',
    label: {
      nl: 'Terugbetalingsaanvraag Vlaams opleidingsverlof indienen',
      en: 'File a Flemish training leave reimbursement application',
    },
    description: {
      nl: 'Als werkgever in het WSE-loket een terugbetalingsaanvraag Vlaams opleidingsverlof (VOV) indienen voor de eigen organisatie.',
      en: 'As an employer, file a Flemish training leave (VOV) reimbursement application for your own organisation in the WSE-loket.',
    },
    keywords: {
      nl: [
        'opleidingsverlof',
        'vlaams opleidingsverlof',
        'vov',
        'terugbetaling',
        'terugbetalingsaanvraag',
        'werkgever',
        'aanvraag',
      ],
      en: ['training leave', 'educational leave', 'reimbursement', 'refund', 'employer'],
    },
    requires: [{ fact: 'werkrelatie' }, { fact: 'recht:dwse-organisatieverantwoordelijke#opleidingsverlof' }],
    flow: 'wse.vov.terugbetaling',
    source: `${SEED_VOV} steps 1–4`,
  },

  // ── Portaal van de Sociale Zekerheid ─────────────────────────────────────────
  {
    id: 'sz.lokale-beheerder-aanduiden',
    portal: 'sz',
    label: {
      nl: 'Een lokale beheerder aanduiden bij de Sociale Zekerheid',
      en: 'Appoint a local administrator at the social security portal',
    },
    description: {
      nl: 'Met een toegangsaanvraag een lokale beheerder voor de onderneming aanduiden; daarvoor is geen recht nodig.',
      en: 'Appoint a local administrator for the company with an access request; no right is needed for that.',
    },
    keywords: {
      nl: ['lokale beheerder', 'aanduiden', 'toegangsaanvraag', 'sociale zekerheid', 'rsz', 'registreren'],
      en: ['local administrator', 'appoint', 'access request', 'social security'],
    },
    needs: LOKALE_BEHEERDER_NEEDS,
    flow: 'sz.lokale-beheerder-aanduiden',
    source: `${SEED_SZ} "Hoe duidt u een lokale beheerder aan?"`,
  },
  {
    id: 'sz.lokale-beheerder-vervangen',
    portal: 'sz',
    label: {
      nl: 'De lokale beheerder vervangen bij de Sociale Zekerheid',
      en: 'Replace the local administrator at the social security portal',
    },
    description: {
      nl: "Dezelfde toegangsaanvraag opnieuw doen en 'ja' antwoorden op de vraag of u de huidige lokale beheerder wilt vervangen; de gegevens van de huidige worden overschreven.",
      en: "File the same access request again and answer 'ja' (yes) to replacing the current local administrator; the current one's details are overwritten.",
    },
    keywords: {
      nl: ['lokale beheerder', 'vervangen', 'veranderen', 'wijzigen', 'andere beheerder', 'sociale zekerheid'],
      en: ['local administrator', 'replace', 'change', 'social security'],
    },
    needs: [
      {
        nl: "'ja' antwoorden op de vraag of u de huidige lokale beheerder wilt vervangen",
        en: "answer 'ja' (yes) when asked whether to replace the current local administrator",
      },
      ...LOKALE_BEHEERDER_NEEDS,
    ],
    flow: 'sz.lokale-beheerder-vervangen',
    source: `${SEED_SZ} "Hoe verandert u van lokale beheerder?"`,
  },
  {
    id: 'sz.gebruikers-beheren',
    portal: 'sz',
    label: {
      nl: 'Gebruikers beheren bij de Sociale Zekerheid (aanmaken, wijzigen, blokkeren, verwijderen, opzoeken)',
      en: 'Manage users at the social security portal (create, change, block, delete, search)',
    },
    description: {
      nl: "Als lokale beheerder via 'Beheer van gebruikers' en 'Opzoeking van gebruikers' gebruikers en hun STTS-profielen beheren.",
      en: "As local administrator, manage users and their STTS profiles via 'Beheer van gebruikers' and 'Opzoeking van gebruikers'.",
    },
    keywords: {
      nl: [
        'gebruikers',
        'gebruiker toevoegen',
        'aanmaken',
        'blokkeren',
        'verwijderen',
        'opzoeken',
        'profiel wijzigen',
        'wachtwoord',
        'lokale beheerder',
      ],
      en: ['users', 'add user', 'create', 'block', 'delete', 'search users', 'change profile', 'password'],
    },
    requires: [{ fact: 'lokale-beheerder' }],
    flow: 'sz.gebruikers-beheren',
    source: `${SEED_SZ} "Gebruikersbeheer" (aanmaken, wijzigen, blokkeren en verwijderen, opzoeken)`,
  },
  sttsTask(
    'aanvraag',
    1,
    { nl: 'Een sociaal telefoontarief aanvragen (STTS)', en: 'Apply for a social telephone tariff (STTS)' },
    {
      nl: 'Aanvraag van een sociaal telefoontarief in de STTS-toepassing.',
      en: 'Application for a social telephone tariff in the STTS application.',
    },
    { nl: ['aanvraag', 'aanvragen'], en: ['application', 'apply'] },
    'STTS 1–3',
  ),
  sttsTask(
    'transfer',
    1,
    {
      nl: 'Een sociaal telefoontarief overdragen naar een andere operator (STTS)',
      en: 'Transfer a social telephone tariff to another operator (STTS)',
    },
    {
      nl: 'Transfer van een sociaal telefoontarief van operator A naar operator B.',
      en: 'Transfer of a social telephone tariff from operator A to operator B.',
    },
    { nl: ['transfer', 'overdracht', 'operator'], en: ['transfer', 'operator'] },
    'STTS 1–3',
  ),
  sttsTask(
    'wijziging',
    1,
    { nl: 'Een STTS-dossier wijzigen', en: 'Change an STTS file' },
    { nl: 'Wijziging van een dossier sociaal telefoontarief.', en: 'Change of a social telephone tariff file.' },
    { nl: ['wijziging', 'wijzigen', 'dossier'], en: ['change', 'modify', 'file'] },
    'STTS 1–3',
  ),
  sttsTask(
    'opzoeken',
    1,
    { nl: 'Een STTS-dossier opzoeken', en: 'Look up an STTS file' },
    { nl: 'Opzoeken van een dossier sociaal telefoontarief.', en: 'Look-up of a social telephone tariff file.' },
    { nl: ['opzoeken', 'zoeken', 'dossier'], en: ['look up', 'search', 'file'] },
    'STTS 1–3',
  ),
  sttsTask(
    'stopzetting',
    2,
    {
      nl: 'Een reductie en het sociaal telefoontarief stopzetten (STTS)',
      en: 'Stop a reduction and the social telephone tariff (STTS)',
    },
    {
      nl: 'Stopzetting van een reductie en van het sociaal telefoontarief; kan met STTS 2 of STTS 3.',
      en: 'Stopping a reduction and the social telephone tariff; possible with STTS 2 or STTS 3.',
    },
    { nl: ['stopzetting', 'stopzetten', 'stoppen', 'reductie'], en: ['stop', 'end', 'reduction'] },
    'STTS 2 and STTS 3',
  ),
  sttsTask(
    'annulatie',
    3,
    { nl: 'Een actie annuleren (STTS)', en: 'Cancel an action (STTS)' },
    {
      nl: 'Annulatie van een actie in de STTS-toepassing; enkel met STTS 3.',
      en: 'Cancelling an action in the STTS application; only with STTS 3.',
    },
    { nl: ['annulatie', 'annuleren', 'actie', 'ongedaan maken'], en: ['cancel', 'cancellation', 'undo', 'action'] },
    'STTS 3',
  ),
  sttsTask(
    'taken',
    3,
    {
      nl: 'Taken voor de operator consulteren en behandelen (STTS)',
      en: "View and handle the operator's tasks (STTS)",
    },
    {
      nl: 'Consulteren en behandelen van taken voor de operator; enkel met STTS 3.',
      en: "Viewing and handling the operator's tasks; only with STTS 3.",
    },
    { nl: ['taken', 'taak', 'consulteren', 'behandelen', 'opvolgen'], en: ['tasks', 'task', 'handle', 'follow up'] },
    'STTS 3',
  ),

  // ── Werkplek Duaal — sectoraal partnerschap (seed 003) ───────────────────────
  spTask(
    'erkenningsaanvragen-raadplegen',
    ['beheerder', 'behandelaar', 'stemgerechtigde'],
    { nl: 'Erkenningsaanvragen raadplegen', en: 'View recognition applications' },
    {
      nl: 'Erkenningsaanvragen raadplegen waarvoor uw sectoraal partnerschap bevoegd is.',
      en: 'View recognition applications your sectoral partnership is competent for.',
    },
    {
      nl: ['erkenningsaanvragen', 'erkenningsaanvraag', 'raadplegen', 'bekijken'],
      en: ['recognition applications', 'view'],
    },
  ),
  spTask(
    'erkenningsaanvragen-behandelen',
    ['behandelaar'],
    { nl: 'Erkenningsaanvragen controleren en behandelen', en: 'Check and handle recognition applications' },
    {
      nl: 'Erkenningsaanvragen waarvoor uw partnerschap bevoegd is controleren en behandelen.',
      en: 'Check and handle recognition applications your partnership is competent for.',
    },
    {
      nl: ['erkenningsaanvragen', 'behandelen', 'controleren', 'goedkeuren'],
      en: ['recognition applications', 'handle', 'check', 'approve'],
    },
  ),
  spTask(
    'erkenningen-raadplegen',
    ['medewerker', 'stemgerechtigde'],
    { nl: 'Erkenningen raadplegen', en: 'View recognitions' },
    {
      nl: 'Erkenningen raadplegen waarvoor uw partnerschap bevoegd is.',
      en: 'View recognitions your partnership is competent for.',
    },
    { nl: ['erkenningen', 'erkenning', 'raadplegen', 'bekijken'], en: ['recognitions', 'view'] },
  ),
  spTask(
    'ondernemingen-opzoeken',
    ['beheerder', 'medewerker', 'behandelaar', 'stemgerechtigde'],
    { nl: 'Ondernemingen opzoeken', en: 'Search companies' },
    {
      nl: 'Alle in het digitale loket gekende ondernemingen opzoeken.',
      en: 'Search all companies known in the portal.',
    },
    { nl: ['ondernemingen', 'onderneming', 'bedrijven', 'opzoeken', 'zoeken'], en: ['companies', 'search'] },
  ),
  spTask(
    'opleidingen-raadplegen',
    ['beheerder', 'behandelaar'],
    { nl: 'Opleidingen raadplegen', en: 'View training programmes' },
    { nl: 'Opleidingen raadplegen in het digitale loket.', en: 'View training programmes in the portal.' },
    { nl: ['opleidingen', 'opleiding', 'raadplegen'], en: ['training programmes', 'courses', 'view'] },
  ),
  spTask(
    'knipperlichten-instellen',
    ['beheerder'],
    { nl: 'Knipperlichten instellen', en: 'Set warning lights' },
    {
      nl: 'Knipperlichten instellen voor opvolging en begeleiding van erkende ondernemingen.',
      en: 'Set warning lights to follow up and support recognised companies.',
    },
    { nl: ['knipperlichten', 'knipperlicht', 'instellen', 'signaal'], en: ['warning lights', 'flags', 'set'] },
  ),
  spTask(
    'knipperlichten-bekijken',
    ['beheerder', 'medewerker', 'behandelaar'],
    { nl: 'Knipperlichten bekijken', en: 'View warning lights' },
    {
      nl: 'Knipperlichten bekijken die voor ondernemingen zijn ingesteld.',
      en: 'View warning lights set for companies.',
    },
    { nl: ['knipperlichten', 'knipperlicht', 'bekijken', 'signaal'], en: ['warning lights', 'flags', 'view'] },
  ),
  spTask(
    'acties-beheren',
    ['beheerder', 'medewerker', 'behandelaar'],
    { nl: 'Acties beheren (aanmaken, annuleren, bewerken)', en: 'Manage actions (create, cancel, edit)' },
    { nl: 'Acties aanmaken, annuleren en bewerken.', en: 'Create, cancel and edit actions.' },
    { nl: ['acties', 'actie', 'aanmaken', 'annuleren', 'bewerken'], en: ['actions', 'create', 'cancel', 'edit'] },
  ),
  spTask(
    'mijn-organisatie-csv',
    ['beheerder', 'behandelaar'],
    { nl: "Via 'Mijn organisatie' CSV-bestanden downloaden", en: "Download CSV files via 'Mijn organisatie'" },
    {
      nl: "Via 'Mijn organisatie' het beheerscherm van uw sectoraal partnerschap raadplegen en CSV-bestanden downloaden.",
      en: "View your sectoral partnership's management screen via 'Mijn organisatie' and download CSV files.",
    },
    {
      nl: ['mijn organisatie', 'csv', 'downloaden', 'beheerscherm', 'export'],
      en: ['my organisation', 'csv', 'download', 'export'],
    },
  ),
  spTask(
    'overeenkomsten-opzoeken',
    ['medewerker', 'behandelaar'],
    { nl: 'Overeenkomsten opzoeken', en: 'Search agreements' },
    {
      nl: 'Overeenkomsten opzoeken van ondernemingen waarvoor uw sectoraal partnerschap bevoegd is.',
      en: 'Search agreements of companies your sectoral partnership is competent for.',
    },
    { nl: ['overeenkomsten', 'overeenkomst', 'opzoeken', 'contracten'], en: ['agreements', 'contracts', 'search'] },
  ),
  spTask(
    'machtigingen-registreren',
    ['medewerker'],
    { nl: 'Machtigingen van ondernemingen registreren', en: 'Register authorisations of companies' },
    { nl: 'Machtigingen van ondernemingen registreren.', en: 'Register authorisations given by companies.' },
    {
      nl: ['machtigingen', 'machtiging', 'registreren', 'volmacht'],
      en: ['authorisations', 'authorization', 'register', 'proxy'],
    },
  ),
  spTask(
    'erkenningsaanvraag-met-machtiging',
    ['medewerker'],
    {
      nl: 'Met machtiging een erkenningsaanvraag indienen',
      en: 'File a recognition application with an authorisation',
    },
    {
      nl: 'Met machtiging erkenningsaanvragen indienen en gegevens in het digitale loket beheren voor een onderneming.',
      en: "File recognition applications and manage a company's data in the portal with an authorisation.",
    },
    {
      nl: ['machtiging', 'erkenningsaanvraag', 'indienen', 'namens'],
      en: ['authorisation', 'recognition application', 'file', 'on behalf'],
    },
  ),
  spTask(
    'machtigingsaanvragen-opvolgen',
    ['medewerker'],
    {
      nl: 'De status opvolgen van erkenningsaanvragen ingediend met machtiging',
      en: 'Follow up applications filed with an authorisation',
    },
    {
      nl: 'De status opvolgen van erkenningsaanvragen die uw sectoraal partnerschap indiende met machtiging.',
      en: 'Follow up the status of recognition applications your sectoral partnership filed with an authorisation.',
    },
    { nl: ['machtiging', 'opvolgen', 'status'], en: ['authorisation', 'follow up', 'status'] },
  ),
  spTask(
    'prospectie',
    ['medewerker', 'behandelaar'],
    {
      nl: 'Prospectie: werkplekken zoeken met te weinig erkende vestigingen',
      en: 'Prospecting: find workplaces lacking recognised sites',
    },
    {
      nl: 'Werkplekken zoeken waarvoor er onvoldoende erkende vestigingen zijn.',
      en: 'Find workplaces for which there are not enough recognised sites.',
    },
    { nl: ['prospectie', 'werkplekken', 'vestigingen', 'zoeken'], en: ['prospecting', 'workplaces', 'sites'] },
  ),
  spTask(
    'taken-behandelen',
    ['behandelaar'],
    { nl: 'Taken behandelen via het dashboard', en: 'Handle tasks via the dashboard' },
    { nl: 'Taken behandelen via het dashboard.', en: 'Handle tasks via the dashboard.' },
    { nl: ['taken', 'taak', 'dashboard', 'behandelen'], en: ['tasks', 'dashboard', 'handle'] },
  ),
  spTask(
    'mentoren-opvolgen',
    ['behandelaar'],
    { nl: 'Mentoren opzoeken en opvolgen', en: 'Search and follow up mentors' },
    {
      nl: 'Alle gekende mentoren waarvoor uw sectoraal partnerschap bevoegd is opzoeken en opvolgen.',
      en: 'Search and follow up all known mentors your sectoral partnership is competent for.',
    },
    { nl: ['mentoren', 'mentor', 'opvolgen'], en: ['mentors', 'mentor', 'follow up'] },
  ),
  spTask(
    'stem-registreren',
    ['stemgerechtigde'],
    { nl: 'Uw stem over een erkenningsaanvraag registreren', en: 'Register your vote on a recognition application' },
    {
      nl: 'Als stemgerechtigde uw stem over een erkenningsaanvraag registreren.',
      en: 'As a voting member, register your vote on a recognition application.',
    },
    { nl: ['stemmen', 'stem', 'stemming', 'stemgerechtigde', 'erkenningsaanvraag'], en: ['vote', 'voting'] },
  ),

  // ── Werkplek Duaal — onderneming (seed 004) ──────────────────────────────────
  ondTask(
    'erkenning-aanvragen',
    { nl: 'Een erkenning aanvragen (onderneming)', en: 'Apply for a recognition (company)' },
    {
      nl: 'Als onderneming in app.werkplekduaal.be een erkenningsaanvraag indienen en opvolgen.',
      en: 'As a company, file and follow up a recognition application in app.werkplekduaal.be.',
    },
    { nl: ['erkenning', 'erkenningsaanvraag', 'aanvragen', 'erkend'], en: ['recognition', 'apply'] },
  ),
  ondTask(
    'mentor-aanvragen',
    { nl: 'Een mentoraanvraag indienen (onderneming)', en: 'File a mentor application (company)' },
    {
      nl: 'Als onderneming een mentoraanvraag indienen en opvolgen.',
      en: 'As a company, file and follow up a mentor application.',
    },
    { nl: ['mentor', 'mentoraanvraag', 'aanvragen'], en: ['mentor', 'apply'] },
  ),
  ondTask(
    'erkenning-hernieuwen',
    { nl: 'Een erkenning hernieuwen (onderneming)', en: 'Renew a recognition (company)' },
    {
      nl: "Erkenningen zijn 5 jaar geldig; de hernieuwing verschijnt als taak 'Beslissen hernieuwing erkenning' met 'Dagen resterend' op het dashboard.",
      en: "Recognitions are valid 5 years; renewal appears as the dashboard task 'Beslissen hernieuwing erkenning' with 'Dagen resterend' (days left).",
    },
    {
      nl: ['hernieuwen', 'hernieuwing', 'verlengen', 'erkenning', 'vervalt'],
      en: ['renew', 'renewal', 'extend', 'recognition'],
    },
  ),
  ondTask(
    'overeenkomsten',
    {
      nl: 'Overeenkomsten alternerend leren aanmaken, registreren en raadplegen',
      en: 'Create, register and view dual learning agreements',
    },
    {
      nl: 'Als onderneming overeenkomsten alternerend leren opmaken, registreren en raadplegen.',
      en: 'As a company, draw up, register and view dual learning agreements.',
    },
    {
      nl: ['overeenkomsten', 'overeenkomst', 'alternerend leren', 'contract', 'registreren'],
      en: ['agreements', 'contract', 'register'],
    },
  ),
  ondTask(
    'werkplekken-beheren',
    { nl: 'Werkplekken beheren (onderneming)', en: 'Manage workplaces (company)' },
    { nl: "Uw werkplek(ken) beheren via 'Mijn werkplekken'.", en: "Manage your workplace(s) via 'Mijn werkplekken'." },
    { nl: ['werkplekken', 'werkplek', 'mijn werkplekken', 'beheren'], en: ['workplaces', 'workplace', 'manage'] },
  ),
  ondTask(
    'gegevens-beheren',
    { nl: 'Gegevens van onderneming en vestigingen beheren', en: 'Manage company and site data' },
    {
      nl: "De gegevens van uw onderneming, organisatie en vestigingen beheren via 'Mijn organisatie'.",
      en: "Manage the data of your company, organisation and sites via 'Mijn organisatie'.",
    },
    {
      nl: ['gegevens', 'mijn organisatie', 'vestigingen', 'beheerscherm', 'profiel'],
      en: ['data', 'details', 'my organisation', 'sites'],
    },
  ),
];
