/**
 * Guide: recognition speed and robustness. Speed: one detection round (one `readPage` walk,
 * scoring every page state of the portal, the flow's step, the target by fingerprint) on each
 * replica page in happy-dom, mean per call. Robustness: the mutation harness (test/support/
 * mutate.ts) over every replica page and decoy, rates per portal. Not a vitest test: called by the
 * bench runner (test/bench/main.ts).
 */
import { FLOWS, PAGES, PAGES_BY_ID } from '../../lib/flows/registry';
import { readPage } from '../../lib/guide/dom';
import { recognise } from '../../lib/guide/recognise';
import { chooseFlow } from '../../lib/guide/select';
import { findTarget } from '../../lib/guide/target';
import type { PortalId } from '../../lib/portals';
import { runMutations, summarise } from '../support/mutate';
import { allReplicas, openReplica } from '../support/replica-dom';

export interface Metric {
  name: string;
  value: number | string;
  unit: string;
}

const VARS = { ownOrganisation: 'SD WORX', service: 'Terugbetalingsaanvraag Vlaams opleidingsverlof' };

/** One detection round on a document, as the runtime does after the page changed. */
function detectOnce(doc: Document, url: string, portal: PortalId): string | undefined {
  const view = readPage(doc, url);
  const found = recognise(
    PAGES.filter((p) => p.id.startsWith(`${portal}.`)),
    view,
  );
  const pageId = found.kind === 'sure' ? found.page.id : undefined;
  const choice = chooseFlow({ flows: FLOWS, pages: PAGES_BY_ID, portal, pageId, tab: null, profile: 'secretariaat' });
  const match = choice?.match;
  const spec = match?.step.target ? match.page.targets[match.step.target] : undefined;
  if (spec) findTarget(view, spec, VARS);
  return match?.step.id;
}

export async function benchGuide(options: { minMs?: number; mutantsPerPage?: number } = {}): Promise<Metric[]> {
  const minMs = options.minMs ?? 100;
  const guided = new Set(PAGES.flatMap((p) => p.replicas ?? [p.id]));
  const metrics: Metric[] = [];
  const means: { id: string; mean: number }[] = [];
  for (const [id, variant] of allReplicas()) {
    if (!id.startsWith('wse.') && !id.startsWith('gb.')) continue;
    if (!guided.has(id)) continue;
    const replica = await openReplica(id, variant, { fastTimers: true });
    const portal = id.split('.')[0] as PortalId;
    for (let i = 0; i < 5; i++) detectOnce(replica.doc, replica.url, portal); // warm up
    let calls = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < minMs || calls < 10) {
      detectOnce(replica.doc, replica.url, portal);
      calls++;
      elapsed = performance.now() - start;
    }
    means.push({ id: `${id} (${variant})`, mean: elapsed / calls });
    replica.close();
  }
  const sorted = means.map((m) => m.mean).sort((a, b) => a - b);
  const overall = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
  const slowest = means.reduce((a, b) => (b.mean > a.mean ? b : a));
  const round = (n: number) => Math.round(n * 1000) / 1000;
  metrics.push(
    {
      name: `detect a page: mean over ${means.length} guided replica pages (5 variants)`,
      value: round(overall),
      unit: 'ms',
    },
    { name: 'detect a page: median', value: round(sorted[Math.floor(sorted.length / 2)] ?? 0), unit: 'ms' },
    { name: `detect a page: slowest (${slowest.id})`, value: round(slowest.mean), unit: 'ms' },
  );

  const perPage = options.mutantsPerPage ?? 20;
  const started = performance.now();
  const results = await runMutations({ perPage, seed: 20261201 });
  for (const [portal, s] of summarise(results)) {
    const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)} %`;
    metrics.push(
      {
        name: `mutants ${portal}: recognised with the right targets`,
        value: `${pct(s.right, s.mutants)} (${s.right}/${s.mutants})`,
        unit: '',
      },
      { name: `mutants ${portal}: taken for another state`, value: s.wrongState, unit: '' },
      { name: `mutants and decoys ${portal}: wrong targets`, value: s.wrongTargets, unit: '' },
      { name: `decoy mutants ${portal}: taken for a step`, value: `${s.decoyMarked}/${s.decoys}`, unit: '' },
    );
  }
  metrics.push({
    name: `mutation harness: ${results.length} mutants, ${perPage} per page`,
    value: Math.round(performance.now() - started),
    unit: 'ms',
  });
  return metrics;
}
