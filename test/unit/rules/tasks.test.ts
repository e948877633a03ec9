/**
 * One table row per task of DOMAIN.md §5: allowed with its minimal facts; each single missing fact
 * reported; all gaps at once, in fix order, when everything is missing. The requirements below are
 * copied from DOMAIN.md §5 by hand on purpose: they are the contract the data must meet.
 */
import { describe, expect, it } from 'vitest';
import { FLOW_IDS, GOAL_IDS } from '../../../lib/knowledge/index';
import { type Explanation, explain } from '../../../lib/rules/index';

type Role = 'beheerder' | 'behandelaar' | 'medewerker' | 'stemgerechtigde';

/** DOMAIN.md §5, Werkplek Duaal — sectoraal partnerschap (seed 003). */
const SP_ROLES: Record<string, Role[]> = {
  'erkenningsaanvragen-raadplegen': ['beheerder', 'behandelaar', 'stemgerechtigde'],
  'erkenningsaanvragen-behandelen': ['behandelaar'],
  'erkenningen-raadplegen': ['medewerker', 'stemgerechtigde'],
  'ondernemingen-opzoeken': ['beheerder', 'medewerker', 'behandelaar', 'stemgerechtigde'],
  'opleidingen-raadplegen': ['beheerder', 'behandelaar'],
  'knipperlichten-instellen': ['beheerder'],
  'knipperlichten-bekijken': ['beheerder', 'medewerker', 'behandelaar'],
  'acties-beheren': ['beheerder', 'medewerker', 'behandelaar'],
  'mijn-organisatie-csv': ['beheerder', 'behandelaar'],
  'overeenkomsten-opzoeken': ['medewerker', 'behandelaar'],
  'machtigingen-registreren': ['medewerker'],
  'erkenningsaanvraag-met-machtiging': ['medewerker'],
  'machtigingsaanvragen-opvolgen': ['medewerker'],
  prospectie: ['medewerker', 'behandelaar'],
  'taken-behandelen': ['behandelaar'],
  'mentoren-opvolgen': ['behandelaar'],
  'stem-registreren': ['stemgerechtigde'],
};
const ALL_ROLES: Role[] = ['beheerder', 'behandelaar', 'medewerker', 'stemgerechtigde'];
/**
 * "Smallest" = fewest capabilities = number of tasks that list the role (documented in
 * lib/rules/engine.ts): stemgerechtigde 4, beheerder 7, medewerker 9, behandelaar 11.
 */
const ROLES_SMALL_TO_LARGE: Role[] = ['stemgerechtigde', 'beheerder', 'medewerker', 'behandelaar'];

/** DOMAIN.md §5 STTS tasks: the lowest profile that allows each. */
const STTS_LOWEST: Record<string, 1 | 2 | 3> = {
  aanvraag: 1,
  transfer: 1,
  wijziging: 1,
  opzoeken: 1,
  stopzetting: 2,
  annulatie: 3,
  taken: 3,
};

const ONDERNEMING = [
  'erkenning-aanvragen',
  'mentor-aanvragen',
  'erkenning-hernieuwen',
  'overeenkomsten',
  'werkplekken-beheren',
  'gegevens-beheren',
];

const WPD = 'recht:werkplek-duaal-gebruiker';
const VOV = 'recht:dwse-organisatieverantwoordelijke#opleidingsverlof';

interface Row {
  goal: string;
  /** Smallest set of facts that allows the task. */
  minimal: string[];
  /** Other sets that allow it too. */
  alsoAllowed: string[][];
  /** For each fact of `minimal` taken away: the gaps expected, in order. */
  single: Record<string, string[]>;
  /** Gaps with nothing in `have`, in fix order. */
  none: string[];
  /** Sets that do not allow it, with the gaps expected. */
  notAllowed: [string[], string[]][];
}

const ROWS: Row[] = [
  {
    goal: 'wse.ss.aanvraag-voor-klant',
    minimal: ['org-type:dimona-mandaatnemer', 'werkrelatie', 'recht:dimona-mandaatuitvoerder'],
    alsoAllowed: [['org-type:dimona-mandaatnemer', 'werkrelatie', 'recht:ssm-mandaatuitvoerder']],
    single: {
      'org-type:dimona-mandaatnemer': ['org-type:dimona-mandaatnemer'],
      werkrelatie: ['werkrelatie'],
      'recht:dimona-mandaatuitvoerder': ['recht:dimona-mandaatuitvoerder'],
    },
    none: ['org-type:dimona-mandaatnemer', 'werkrelatie', 'recht:dimona-mandaatuitvoerder'],
    notAllowed: [
      [['werkrelatie'], ['org-type:dimona-mandaatnemer', 'recht:dimona-mandaatuitvoerder']],
      [['org-type:dimona-mandaatnemer'], ['werkrelatie', 'recht:dimona-mandaatuitvoerder']],
    ],
  },
  {
    goal: 'wse.vov.terugbetaling',
    minimal: ['werkrelatie', VOV],
    alsoAllowed: [],
    single: { werkrelatie: ['werkrelatie'], [VOV]: [VOV] },
    none: ['werkrelatie', VOV],
    notAllowed: [],
  },
  ...['sz.lokale-beheerder-aanduiden', 'sz.lokale-beheerder-vervangen'].map(
    (goal): Row => ({ goal, minimal: [], alsoAllowed: [], single: {}, none: [], notAllowed: [] }),
  ),
  {
    goal: 'sz.gebruikers-beheren',
    minimal: ['lokale-beheerder'],
    alsoAllowed: [],
    single: { 'lokale-beheerder': ['lokale-beheerder'] },
    none: ['lokale-beheerder'],
    notAllowed: [[['gebruiker-sz', 'profiel:stts3'], ['lokale-beheerder']]],
  },
  ...Object.entries(STTS_LOWEST).map(([name, lowest]): Row => {
    const profile = `profiel:stts${lowest}`;
    const higher = ([1, 2, 3] as const).filter((r) => r > lowest).map((r) => ['gebruiker-sz', `profiel:stts${r}`]);
    const lower = ([1, 2, 3] as const)
      .filter((r) => r < lowest)
      .map((r): [string[], string[]] => [['gebruiker-sz', `profiel:stts${r}`], [profile]]);
    return {
      goal: `stts.${name}`,
      minimal: ['gebruiker-sz', profile],
      alsoAllowed: higher,
      single: { 'gebruiker-sz': ['gebruiker-sz'], [profile]: [profile] },
      none: ['gebruiker-sz', profile],
      notAllowed: lower,
    };
  }),
  ...Object.entries(SP_ROLES).map(([name, roles]): Row => {
    const smallest = ROLES_SMALL_TO_LARGE.find((r) => roles.includes(r)) as Role;
    return {
      goal: `wpd.sp.${name}`,
      // A role implies the right, so the role alone is the minimal set.
      minimal: [`rol:${smallest}`],
      alsoAllowed: roles.flatMap((r) => [[`rol:${r}`], [WPD, `rol:${r}`]]),
      single: { [`rol:${smallest}`]: [WPD, `rol:${smallest}`] },
      none: [WPD, `rol:${smallest}`],
      notAllowed: [
        [[WPD], [`rol:${smallest}`]],
        ...ALL_ROLES.filter((r) => !roles.includes(r)).map((r): [string[], string[]] => [
          [`rol:${r}`],
          [`rol:${smallest}`],
        ]),
      ],
    };
  }),
  ...ONDERNEMING.map(
    (name): Row => ({
      goal: `wpd.ond.${name}`,
      minimal: ['wettelijk-vertegenwoordiger'],
      alsoAllowed: [[WPD], ['rol:medewerker'], ['wettelijk-vertegenwoordiger', 'org:btb-geregistreerd']],
      // Without the wettelijk vertegenwoordiger, staff need the right, which needs the company in
      // "Beheer der toegangsbeheerders" and a toegangsbeheerder first (seed 004).
      single: { 'wettelijk-vertegenwoordiger': ['org:btb-geregistreerd', 'toegangsbeheerder', WPD] },
      none: ['org:btb-geregistreerd', 'toegangsbeheerder', WPD],
      notAllowed: [
        [['org:btb-geregistreerd'], ['toegangsbeheerder', WPD]],
        [['org:btb-geregistreerd', 'toegangsbeheerder'], [WPD]],
        [['hoofdtoegangsbeheerder'], [WPD]],
        [['toegangsbeheerder'], [WPD]],
      ],
    }),
  ),
];

const ids = (e: Explanation) => e.missing.map((g) => g.id);

describe('the table covers every task', () => {
  it('one row per goal id in the knowledge base, and no other', () => {
    expect(ROWS.map((r) => r.goal).sort()).toEqual([...GOAL_IDS].sort());
  });
});

describe.each(ROWS)('$goal', (row) => {
  it('is allowed with its minimal facts', () => {
    const e = explain({ goal: row.goal, have: row.minimal });
    expect(e.allowed).toBe(true);
    expect(e.missing).toEqual([]);
  });

  it.each(row.alsoAllowed.map((have) => [have.join(' + '), have]))('is allowed with %s', (_, have) => {
    expect(explain({ goal: row.goal, have: have as string[] }).allowed).toBe(true);
  });

  it.each(Object.entries(row.single))('reports %s when only that is missing', (removed, expected) => {
    const e = explain({ goal: row.goal, have: row.minimal.filter((f) => f !== removed) });
    expect(e.allowed).toBe(false);
    expect(ids(e)).toEqual(expected);
  });

  it('reports all gaps at once, in fix order, when nothing is known', () => {
    const e = explain({ goal: row.goal, have: [] });
    expect(ids(e)).toEqual(row.none);
    expect(e.allowed).toBe(row.none.length === 0 && !(e.warnings ?? []).some((w) => w.severity === 'blocking'));
  });

  it.each(row.notAllowed.map(([have, gaps]) => [have.join(' + '), have, gaps]))(
    'is not allowed with %s',
    (_, have, gaps) => {
      const e = explain({ goal: row.goal, have: have as string[] });
      expect(e.allowed).toBe(false);
      expect(ids(e)).toEqual(gaps);
    },
  );

  it('says for every gap what it is, why, who grants it, where, how and the source', () => {
    const e = explain({ goal: row.goal, have: [] });
    for (const gap of e.missing) {
      for (const text of [gap.label, gap.why, gap.grantedBy, gap.where, gap.how]) {
        expect(text.nl.length, gap.id).toBeGreaterThan(0);
        expect(text.en.length, gap.id).toBeGreaterThan(0);
      }
      expect(gap.source).toMatch(/^(seeds\/\d{3}_[0-9a-f]{16}\.txt |public page: )/);
      if (gap.flow) expect(FLOW_IDS).toContain(gap.flow);
    }
    expect(e.goal).toBe(row.goal);
    expect(e.label.nl.length).toBeGreaterThan(0);
  });
});
