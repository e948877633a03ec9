/**
 * Every page state's detector and every step's target, against every markup variant of its
 * replica pages (plain, vl, spa), plus the negative cases: no other page state of the portal
 * fires on a page.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FLOWS, PAGES, PAGES_BY_ID } from '../../../lib/flows/registry';
import { deriveStep, matchDetector } from '../../../lib/guide/detect';
import { readPage } from '../../../lib/guide/dom';
import { findTarget } from '../../../lib/guide/target';
import { allReplicas, loadReplica, type Replica } from '../../support/replica-dom';

const VARS = { ownOrganisation: 'SD WORX', service: 'Terugbetalingsaanvraag Vlaams opleidingsverlof' };

/** Which page state each replica page shows. */
function stateOf(replicaId: string): string | undefined {
  return PAGES.find((page) => (page.replicas ?? [page.id]).includes(replicaId))?.id;
}

let open: Replica | undefined;
afterEach(() => {
  open?.close();
  open = undefined;
});
function load(id: string, variant: Parameters<typeof loadReplica>[1]) {
  open = loadReplica(id, variant);
  return readPage(open.doc, open.url);
}

const guided = allReplicas().filter(([id]) => stateOf(id) !== undefined);

describe('page-state detectors', () => {
  it.each(guided)('%s (%s) is recognised as its own state and no other', (id, variant) => {
    const view = load(id, variant);
    const own = stateOf(id);
    const portal = id.split('.')[0];
    const matching = PAGES.filter((page) => page.id.startsWith(`${portal}.`) && matchDetector(page.detect, view)).map(
      (page) => page.id,
    );
    expect(matching).toEqual([own]);
  });

  it.each(allReplicas().filter(([id]) => stateOf(id) === undefined))(
    '%s (%s) is no guided page state',
    (id, variant) => {
      const view = load(id, variant);
      const portal = id.split('.')[0];
      const matching = PAGES.filter((p) => p.id.startsWith(`${portal}.`) && matchDetector(p.detect, view));
      expect(matching.map((p) => p.id)).toEqual([]);
    },
  );
});

const stepCases = FLOWS.flatMap((flow) =>
  flow.steps.flatMap((step, index) => {
    const page = PAGES_BY_ID.get(step.page);
    const replicas = page?.replicas ?? [step.page];
    return allReplicas()
      .filter(([id]) => replicas.includes(id))
      .map(([id, variant]) => [flow.id, step.id, index, id, variant] as const);
  }),
);

describe('steps: detector and target on every variant', () => {
  it.each(stepCases)('%s › %s (#%i) on %s (%s)', (flowId, stepId, index, replicaId, variant) => {
    const flow = FLOWS.find((f) => f.id === flowId);
    const step = flow?.steps[index];
    if (!flow || !step) throw new Error('no such step');
    const view = load(replicaId, variant);
    // The step's screen may occur twice in a flow (the KBO prompt): progress breaks the tie.
    const match = deriveStep(flow, view, PAGES_BY_ID, index - 1);
    expect(match?.step.id).toBe(stepId);
    expect(match?.problem).toBeUndefined();
    if (!step.target) return;
    const spec = match?.page.targets[step.target];
    if (!spec) throw new Error(`no target ${step.target}`);
    const found = findTarget(view, spec, VARS);
    expect(found, `target ${step.target}`).toBeDefined();
    const element = found?.element as Element;
    expect(element.isConnected).toBe(true);
    for (const feature of step.features) {
      if ('field' in feature) {
        const fieldSpec = match?.page.targets[feature.field];
        const field = fieldSpec ? findTarget(view, fieldSpec, VARS)?.element : undefined;
        expect(field?.tagName, `field ${feature.field}`).toBe('INPUT');
      }
    }
  });
});

const problemCases = FLOWS.flatMap((flow) =>
  flow.steps.flatMap((step) =>
    step.problems.flatMap((problem) =>
      allReplicas()
        .filter(([id]) => (PAGES_BY_ID.get(problem.page)?.replicas ?? [problem.page]).includes(id))
        .map(([id, variant]) => [flow.id, step.id, id, variant] as const),
    ),
  ),
);

describe('problem pages: the step with its problem', () => {
  it.each(problemCases)('%s › %s on %s (%s)', (flowId, stepId, replicaId, variant) => {
    const flow = FLOWS.find((f) => f.id === flowId);
    if (!flow) throw new Error('no flow');
    const match = deriveStep(flow, load(replicaId, variant), PAGES_BY_ID);
    expect(match?.step.id).toBe(stepId);
    expect(match?.problem).toBeDefined();
  });
});
