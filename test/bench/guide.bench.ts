/**
 * Guide speed: time to detect the current step (one `readPage` walk + flow choice + step
 * derivation + target search) on each replica page in happy-dom, mean per call. Not a vitest
 * test: `benchGuide()` is called by the bench runner (test/bench/main.ts) or by hand.
 */
import { FLOWS, PAGES, PAGES_BY_ID } from '../../lib/flows/registry';
import { readPage } from '../../lib/guide/dom';
import { chooseFlow } from '../../lib/guide/select';
import { findTarget } from '../../lib/guide/target';
import type { PortalId } from '../../lib/portals';
import { allReplicas, loadReplica } from '../support/replica-dom';

export interface Metric {
  name: string;
  value: number;
  unit: string;
}

/** One detection round on a document, as the runtime does per animation frame. */
function detectOnce(doc: Document, url: string, portal: PortalId): string | undefined {
  const view = readPage(doc, url);
  const choice = chooseFlow({ flows: FLOWS, pages: PAGES_BY_ID, portal, view, tab: null, profile: 'secretariaat' });
  const match = choice?.match;
  const spec = match?.step.target ? match.page.targets[match.step.target] : undefined;
  if (spec)
    findTarget(view, spec, { ownOrganisation: 'SD WORX', service: 'Terugbetalingsaanvraag Vlaams opleidingsverlof' });
  return match?.step.id;
}

export async function benchGuide(options: { minMs?: number } = {}): Promise<Metric[]> {
  const minMs = options.minMs ?? 200;
  const guided = new Set(PAGES.flatMap((p) => p.replicas ?? [p.id]));
  const metrics: Metric[] = [];
  const means: number[] = [];
  for (const [id, variant] of allReplicas()) {
    if (!id.startsWith('wse.') && !id.startsWith('gb.')) continue;
    if (!guided.has(id)) continue;
    const replica = loadReplica(id, variant);
    const portal = id.split('.')[0] as PortalId;
    for (let i = 0; i < 5; i++) detectOnce(replica.doc, replica.url, portal); // warm up
    let calls = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < minMs || calls < 20) {
      detectOnce(replica.doc, replica.url, portal);
      calls++;
      elapsed = performance.now() - start;
    }
    const mean = elapsed / calls;
    means.push(mean);
    metrics.push({ name: `detect step ${id} (${variant})`, value: Math.round(mean * 1000) / 1000, unit: 'ms' });
    replica.close();
  }
  const overall = means.reduce((a, b) => a + b, 0) / Math.max(1, means.length);
  metrics.unshift(
    { name: 'detect step, mean over all guided replica pages', value: Math.round(overall * 1000) / 1000, unit: 'ms' },
    { name: 'detect step, slowest replica page', value: Math.round(Math.max(...means) * 1000) / 1000, unit: 'ms' },
  );
  return metrics;
}
