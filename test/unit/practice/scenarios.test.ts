import { describe, expect, it } from 'vitest';
import { FLOWS, findGuideFlow, PAGES_BY_ID } from '../../../lib/flows/registry';
import { findFact, findObservationKind, findTask } from '../../../lib/knowledge/index';
import { PRACTICE_PAGES } from '../../../lib/practice/catalog';
import { findScenario, SCENARIOS, type Scenario } from '../../../lib/practice/scenarios';
import { explain } from '../../../lib/rules/index';
import { PROFILES } from '../../../lib/state';

/** The practice pages that show a page state (its replicas, by default the page of the same id). */
const replicasOf = (pageId: string) => PAGES_BY_ID.get(pageId)?.replicas ?? [pageId];

/** Every practice page a flow passes: each step's page and each step's problem pages. */
function pagesOfFlow(flowId: string): string[] {
  const flow = findGuideFlow(flowId);
  if (!flow) return [];
  return flow.steps.flatMap((step) => [
    ...replicasOf(step.page),
    ...step.problems.flatMap((problem) => replicasOf(problem.page)),
  ]);
}

const rows = SCENARIOS.map((scenario) => [scenario.id, scenario] as const);

describe('SCENARIOS', () => {
  it('are six, with unique ids, found by findScenario', () => {
    expect(SCENARIOS).toHaveLength(6);
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(6);
    for (const scenario of SCENARIOS) expect(findScenario(scenario.id)).toBe(scenario);
    expect(findScenario('bestaat-niet')).toBeUndefined();
    expect(findScenario(undefined)).toBeUndefined();
  });

  it.each(rows)('%s: title and story in Dutch and English, a known profile', (_id, scenario) => {
    for (const text of [scenario.title, scenario.story]) {
      expect(text.nl.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
    }
    expect(PROFILES).toContain(scenario.profile);
  });

  it.each(rows)('%s: its flow exists in FLOWS', (_id, scenario) => {
    expect(FLOWS.map((flow) => flow.id)).toContain(scenario.flow);
  });

  it.each(rows)('%s: the start page is in the catalog and a replica of a step of the flow', (_id, scenario) => {
    const page = PRACTICE_PAGES.find((p) => p.id === scenario.page);
    expect(page, scenario.page).toBeDefined();
    expect(page?.decoy).not.toBe(true);
    expect(page?.portal).toBe(findGuideFlow(scenario.flow)?.portal);
    expect(pagesOfFlow(scenario.flow)).toContain(scenario.page);
  });

  it.each(rows)('%s: the goal is a known task; every fact is known', (_id, scenario) => {
    expect(findTask(scenario.goal)?.id).toBe(scenario.goal);
    for (const fact of scenario.facts) expect(findFact(fact), fact).toBeDefined();
    if (scenario.missing) {
      expect(findFact(scenario.missing), scenario.missing).toBeDefined();
      expect(scenario.facts).not.toContain(scenario.missing);
    }
  });

  const observed = SCENARIOS.filter((s) => s.observation !== undefined);

  it('two scenarios show an observation', () => {
    expect(observed.map((s) => s.id)).toEqual(['werkgever-zonder-vov', 'enkel-persoonlijke-naam']);
  });

  it.each(observed.map((s) => [s.id, s] as const))(
    '%s: the observation is a known kind, seen on the start page, proving the missing fact',
    (_id, scenario) => {
      const kind = findObservationKind(scenario.observation ?? '');
      expect(kind).toBeDefined();
      expect(kind?.pages).toContain(scenario.page);
      if (scenario.missing) expect(kind?.proves).toContain(scenario.missing);
    },
  );

  const withMissing = SCENARIOS.filter((s): s is Scenario & { missing: string } => s.missing !== undefined);

  it('five scenarios are about a missing fact', () => {
    expect(withMissing).toHaveLength(5);
  });

  it.each(withMissing.map((s) => [s.id, s] as const))(
    '%s: the rules engine, given the scenario’s facts, reports the missing fact among the gaps',
    (_id, scenario) => {
      const plain = explain({ goal: scenario.goal, have: scenario.facts, lang: 'nl' });
      expect(plain.allowed).toBe(false);
      expect(plain.missing.map((gap) => gap.id)).toContain(scenario.missing);
      // As the Oefenmodus hands the scenario to the Rechtencheck: with its observation, if any.
      const missing = scenario.observation ? [{ observation: scenario.observation, page: scenario.page }] : [];
      const shown = explain({ goal: scenario.goal, have: scenario.facts, missing, lang: 'en' });
      expect(shown.allowed).toBe(false);
      expect(shown.missing.map((gap) => gap.id)).toContain(scenario.missing);
      if (scenario.observation) {
        expect(shown.observations?.map((o) => o.observation)).toContain(scenario.observation);
      }
    },
  );

  it('with the missing fact added, the gap is gone', () => {
    for (const scenario of withMissing) {
      const e = explain({ goal: scenario.goal, have: [...scenario.facts, scenario.missing] });
      expect(
        e.missing.map((gap) => gap.id),
        scenario.id,
      ).not.toContain(scenario.missing);
    }
  });
});
