import { describe, expect, it } from 'vitest';
import {
  checkKnowledge,
  FACT_IDS,
  FACTS,
  FLOW_IDS,
  FLOWS,
  findFact,
  findFactByName,
  GOAL_IDS,
  GRANTORS,
  getFact,
  getTask,
  HELPLINES,
  KNOWLEDGE,
  type Knowledge,
  OBSERVATION_KINDS,
  requirementFactIds,
  TASKS,
} from '../../../lib/knowledge/index';
import { factSchema, knowledgeSchema } from '../../../lib/knowledge/schema';

// The contract: DOMAIN.md §4 fact ids, §5 goal ids, and the flow ids of issue 4. Hard-coded on purpose.
const SECTION_4_FACTS = [
  'org-type:dimona-mandaatnemer',
  'werkrelatie',
  'recht:dimona-mandaatuitvoerder',
  'recht:dwse-organisatieverantwoordelijke#opleidingsverlof',
  'recht:werkplek-duaal-gebruiker',
  'rol:beheerder',
  'rol:behandelaar',
  'rol:medewerker',
  'rol:stemgerechtigde',
  'profiel:stts1',
  'profiel:stts2',
  'profiel:stts3',
  'lokale-beheerder',
  'gebruiker-sz',
  'wettelijk-vertegenwoordiger',
  'org:btb-geregistreerd',
  'hoofdtoegangsbeheerder',
  'toegangsbeheerder',
  'hoofd-lokale-beheerder',
];

const SECTION_5_GOALS = [
  'wse.ss.aanvraag-voor-klant',
  'wse.vov.terugbetaling',
  'sz.lokale-beheerder-aanduiden',
  'sz.lokale-beheerder-vervangen',
  'sz.gebruikers-beheren',
  'stts.aanvraag',
  'stts.transfer',
  'stts.wijziging',
  'stts.opzoeken',
  'stts.stopzetting',
  'stts.annulatie',
  'stts.taken',
  'wpd.sp.erkenningsaanvragen-raadplegen',
  'wpd.sp.erkenningsaanvragen-behandelen',
  'wpd.sp.erkenningen-raadplegen',
  'wpd.sp.ondernemingen-opzoeken',
  'wpd.sp.opleidingen-raadplegen',
  'wpd.sp.knipperlichten-instellen',
  'wpd.sp.knipperlichten-bekijken',
  'wpd.sp.acties-beheren',
  'wpd.sp.mijn-organisatie-csv',
  'wpd.sp.overeenkomsten-opzoeken',
  'wpd.sp.machtigingen-registreren',
  'wpd.sp.erkenningsaanvraag-met-machtiging',
  'wpd.sp.machtigingsaanvragen-opvolgen',
  'wpd.sp.prospectie',
  'wpd.sp.taken-behandelen',
  'wpd.sp.mentoren-opvolgen',
  'wpd.sp.stem-registreren',
  'wpd.ond.erkenning-aanvragen',
  'wpd.ond.mentor-aanvragen',
  'wpd.ond.erkenning-hernieuwen',
  'wpd.ond.overeenkomsten',
  'wpd.ond.werkplekken-beheren',
  'wpd.ond.gegevens-beheren',
];

const KNOWN_FLOWS = [
  'gb.koppel-gebruiker',
  'gb.ken-recht-toe',
  'gb.snel-recht-toekennen',
  'sz.lokale-beheerder-aanduiden',
  'sz.lokale-beheerder-vervangen',
  'sz.gebruiker-toevoegen',
  'sz.profiel-wijzigen',
  'sz.gebruikers-beheren',
  'wpd.ond.erkenning-hernieuwen',
  'wpd.sp.rollen',
  'wse.ss.aanvraag-voor-klant',
  'wse.vov.terugbetaling',
];

const SEED_FILES = [
  'seeds/000_577eb114816f9d85.txt',
  'seeds/001_d440d333149fb13b.txt',
  'seeds/002_54958e6e2f7ce4f2.txt',
  'seeds/003_d4bc706caa4b468e.txt',
  'seeds/004_b2fc1da045cef06a.txt',
];

/** A writable deep copy of the knowledge base, to break on purpose. */
function copy(): Knowledge {
  return structuredClone(KNOWLEDGE) as Knowledge;
}

describe('the contract ids', () => {
  it.each(SECTION_4_FACTS)('fact %s of DOMAIN.md §4 exists', (id) => {
    expect(FACT_IDS).toContain(id);
  });

  it.each(SECTION_5_GOALS)('goal %s of DOMAIN.md §5 exists', (id) => {
    expect(GOAL_IDS).toContain(id);
  });

  it.each(KNOWN_FLOWS)('flow %s is listed', (id) => {
    expect(FLOW_IDS).toContain(id);
  });
});

describe('references', () => {
  it('the loaded knowledge base has no broken reference, duplicate or cycle', () => {
    expect(checkKnowledge(KNOWLEDGE)).toEqual([]);
  });

  it('every id referenced by a requirement exists', () => {
    for (const task of TASKS) {
      for (const id of requirementFactIds(task.requires)) expect(FACT_IDS, `${task.id} → ${id}`).toContain(id);
    }
  });

  it('every id referenced by a fact (grantor, flow, requires, implies) exists', () => {
    const grantors = GRANTORS.map((g) => g.id);
    for (const f of FACTS) {
      for (const g of f.grantedBy) expect(grantors, `${f.id} granted by ${g}`).toContain(g);
      if (f.flow) expect(FLOW_IDS, `${f.id} flow`).toContain(f.flow);
      for (const r of [...f.requires, ...f.implies]) expect(FACT_IDS, `${f.id} → ${r}`).toContain(r);
    }
  });

  it('every id referenced by a grantor, flow or observation exists', () => {
    const helplines = HELPLINES.map((h) => h.id);
    for (const g of GRANTORS) {
      for (const h of g.holderFacts) expect(FACT_IDS).toContain(h);
      for (const h of g.helplines) expect(helplines).toContain(h);
    }
    for (const fl of FLOWS) for (const id of fl.grants) expect(FACT_IDS).toContain(id);
    for (const o of OBSERVATION_KINDS) for (const id of o.proves) expect(FACT_IDS).toContain(id);
  });

  it('every flow a task or fact names is a known flow', () => {
    for (const t of TASKS) if (t.flow) expect(KNOWN_FLOWS).toContain(t.flow);
    for (const f of FACTS) if (f.flow) expect(KNOWN_FLOWS).toContain(f.flow);
  });

  it('catches a task that names an unknown fact', () => {
    const k = copy();
    (k.tasks[0] as { requires: unknown[] }).requires.push({ fact: 'recht:bestaat-niet' });
    expect(checkKnowledge(k).join('\n')).toContain('unknown fact "recht:bestaat-niet"');
  });

  it('catches an unknown grantor, flow and helpline', () => {
    const k = copy();
    (k.facts[0] as { grantedBy: string[] }).grantedBy = ['niemand'];
    (k.facts[1] as { flow?: string }).flow = 'gb.bestaat-niet';
    (k.grantors[0] as { helplines: string[] }).helplines = ['0800'];
    const problems = checkKnowledge(k).join('\n');
    expect(problems).toContain('unknown grantor "niemand"');
    expect(problems).toContain('unknown flow "gb.bestaat-niet"');
    expect(problems).toContain('unknown helpline "0800"');
  });

  it('catches a cycle through requires', () => {
    const k = copy();
    const werkrelatie = k.facts.find((f) => f.id === 'werkrelatie') as { requires: string[] };
    werkrelatie.requires = ['recht:dimona-mandaatuitvoerder'];
    expect(checkKnowledge(k).join('\n')).toContain('cycle');
  });

  it('catches a duplicate id', () => {
    const k = copy();
    k.facts.push(structuredClone(k.facts[0]) as (typeof k.facts)[number]);
    expect(checkKnowledge(k).join('\n')).toContain('defined twice');
  });
});

describe('sources', () => {
  const records: [string, string][] = [
    ...FACTS.map((f) => [`fact ${f.id}`, f.source] as [string, string]),
    ...TASKS.map((t) => [`task ${t.id}`, t.source] as [string, string]),
    ...GRANTORS.map((g) => [`grantor ${g.id}`, g.source] as [string, string]),
    ...HELPLINES.map((h) => [`helpline ${h.id}`, h.source] as [string, string]),
    ...FLOWS.map((f) => [`flow ${f.id}`, f.source] as [string, string]),
    ...OBSERVATION_KINDS.map((o) => [`observation ${o.id}`, o.source] as [string, string]),
  ];

  it.each(records)('%s has a source naming a seed file with a section, or a public page', (_, source) => {
    const seed = SEED_FILES.find((s) => source.startsWith(s));
    if (seed) expect(source.length).toBeGreaterThan(seed.length + 2);
    else expect(source).toMatch(/^public page: .+/);
  });

  it('the schema refuses a fact without a source', () => {
    const { source: _, ...withoutSource } = FACTS[0] as (typeof FACTS)[number];
    expect(factSchema.safeParse(withoutSource).success).toBe(false);
    expect(factSchema.safeParse({ ...withoutSource, source: 'somewhere' }).success).toBe(false);
  });

  it('the whole knowledge base passes its schema', () => {
    expect(knowledgeSchema.safeParse(copy()).success).toBe(true);
  });
});

describe('facts', () => {
  it('every fact has Dutch and English label, checkbox question, meaning, where and how', () => {
    for (const f of FACTS) {
      for (const t of [f.label, f.question, f.meaning, f.where, f.how, f.request]) {
        expect(t.nl.length, f.id).toBeGreaterThan(0);
        expect(t.en.length, f.id).toBeGreaterThan(0);
      }
    }
  });

  it.each([
    ['Dimona Mandaatuitvoerder', 'recht:dimona-mandaatuitvoerder'],
    ['SSM Mandaatuitvoerder', 'recht:dimona-mandaatuitvoerder'],
    ['ssm mandaatuitvoerder', 'recht:dimona-mandaatuitvoerder'],
    ['Werkplek Duaal Gebruiker', 'recht:werkplek-duaal-gebruiker'],
    ['DWSE - werkplekduaal gebruiker', 'recht:werkplek-duaal-gebruiker'],
    ['DWSE organisatieverantwoordelijke', 'recht:dwse-organisatieverantwoordelijke#opleidingsverlof'],
  ])('the portal name "%s" means %s', (name, id) => {
    expect(findFactByName(name)?.id).toBe(id);
  });

  it('id aliases resolve to the canonical fact', () => {
    expect(findFact('recht:ssm-mandaatuitvoerder')?.id).toBe('recht:dimona-mandaatuitvoerder');
    expect(findFact('recht:dwse-werkplekduaal-gebruiker')?.id).toBe('recht:werkplek-duaal-gebruiker');
  });

  it('the VOV right carries its context', () => {
    expect(getFact('recht:dwse-organisatieverantwoordelijke#opleidingsverlof').context).toBe('opleidingsverlof');
  });

  it.each(['rol:beheerder', 'rol:behandelaar', 'rol:medewerker', 'rol:stemgerechtigde'])(
    '%s implies the werkplekduaal right',
    (role) => {
      expect(getFact(role).implies).toContain('recht:werkplek-duaal-gebruiker');
    },
  );

  it('STTS profiles are one exclusive group ranked 1, 2, 3', () => {
    expect(['profiel:stts1', 'profiel:stts2', 'profiel:stts3'].map((id) => getFact(id).exclusive)).toEqual([
      { group: 'stts-profiel', rank: 1 },
      { group: 'stts-profiel', rank: 2 },
      { group: 'stts-profiel', rank: 3 },
    ]);
  });

  it('STTS profiles nest 1 ⊂ 2 ⊂ 3: a task that allows a profile allows every higher one', () => {
    for (const t of TASKS.filter((x) => x.id.startsWith('stts.'))) {
      const ranks = requirementFactIds(t.requires)
        .filter((id) => id.startsWith('profiel:stts'))
        .map((id) => Number(id.slice(-1)));
      const lowest = Math.min(...ranks);
      expect(ranks.sort(), t.id).toEqual([1, 2, 3].filter((r) => r >= lowest));
    }
  });

  it('the wettelijk vertegenwoordiger is a status nobody can be asked for', () => {
    expect(getFact('wettelijk-vertegenwoordiger').requestable).toBe(false);
  });

  it("who needs the person's rijksregisternummer says so", () => {
    for (const id of ['recht:werkplek-duaal-gebruiker', 'gebruiker-sz']) {
      expect(
        getFact(id).needs.some((n) => n.nl.includes('rijksregisternummer')),
        id,
      ).toBe(true);
    }
  });
});

describe('tasks', () => {
  it('every task has a portal, Dutch and English plain-word keywords and a description', () => {
    for (const t of TASKS) {
      expect(['wse', 'gb', 'sz', 'wpd']).toContain(t.portal);
      expect(t.keywords.nl.length, t.id).toBeGreaterThan(0);
      expect(t.keywords.en.length, t.id).toBeGreaterThan(0);
      expect(t.description.nl.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['wse.vov.terugbetaling', 'opleidingsverlof'],
    ['wpd.sp.stem-registreren', 'stemmen'],
    ['stts.annulatie', 'annulatie'],
    ['wse.ss.aanvraag-voor-klant', 'klant'],
  ])('%s has the plain word "%s"', (goal, word) => {
    expect(getTask(goal).keywords.nl).toContain(word);
  });

  it('the school rule is a condition of the secretariat task', () => {
    expect(getTask('wse.ss.aanvraag-voor-klant').conditions.map((c) => c.contextKey)).toEqual(['clientIsSchool']);
  });
});

describe('help lines', () => {
  it('names 1700 (team gebruikersbeheer), the VOV mailbox and the Contactcenter with the ticket number', () => {
    const byId = new Map(HELPLINES.map((h) => [h.id, h]));
    expect(byId.get('1700')?.contact).toBe('1700');
    expect(byId.get('1700')?.advice.nl).toContain("'gebruikersbeheer'");
    expect(byId.get('vlaams-opleidingsverlof')?.contact).toBe('vlaamsopleidingsverlof@vlaanderen.be');
    expect(byId.get('sz-contactcenter')?.advice.nl).toContain('ticketnummer');
  });
});

describe('loading', () => {
  it('freezes the knowledge base', () => {
    expect(Object.isFrozen(KNOWLEDGE)).toBe(true);
    expect(Object.isFrozen(getFact('werkrelatie').label)).toBe(true);
    expect(() => {
      (getFact('werkrelatie').grantedBy as string[]).push('x');
    }).toThrow();
  });
});
