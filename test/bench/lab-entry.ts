/**
 * The recognition engine alone, bundled (IIFE) by test/bench/recognition.bench.ts and run inside a
 * real Chromium page: `__loketgidsLab.time(portal, runs)` is the median time of one detection
 * round (read the page, score every page state, derive the step, find the target) in ms.
 */
import { FLOWS, PAGES, PAGES_BY_ID } from '../../lib/flows/registry';
import { readPage } from '../../lib/guide/dom';
import { recognise } from '../../lib/guide/recognise';
import { chooseFlow } from '../../lib/guide/select';
import { findTarget } from '../../lib/guide/target';
import type { PortalId } from '../../lib/portals';

const VARS = { ownOrganisation: 'SD WORX', service: 'Terugbetalingsaanvraag Vlaams opleidingsverlof' };

function detect(portal: PortalId): string | undefined {
  const view = readPage(document, location.href);
  const found = recognise(
    PAGES.filter((p) => p.id.startsWith(`${portal}.`)),
    view,
  );
  const pageId = found.kind === 'sure' ? found.page.id : undefined;
  const match = chooseFlow({
    flows: FLOWS,
    pages: PAGES_BY_ID,
    portal,
    pageId,
    tab: null,
    profile: 'secretariaat',
  })?.match;
  const spec = match?.step.target ? match.page.targets[match.step.target] : undefined;
  if (spec) findTarget(view, spec, VARS);
  return pageId;
}

/** Median time of each part of a detection round: reading the page, scoring, the target. */
function parts(portal: PortalId, runs: number) {
  const read: number[] = [];
  const score: number[] = [];
  const target: number[] = [];
  const states = PAGES.filter((p) => p.id.startsWith(`${portal}.`));
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    const view = readPage(document, location.href);
    read.push(performance.now() - t);
    t = performance.now();
    const found = recognise(states, view);
    score.push(performance.now() - t);
    t = performance.now();
    const pageId = found.kind === 'sure' ? found.page.id : undefined;
    const match = chooseFlow({
      flows: FLOWS,
      pages: PAGES_BY_ID,
      portal,
      pageId,
      tab: null,
      profile: 'secretariaat',
    })?.match;
    const spec = match?.step.target ? match.page.targets[match.step.target] : undefined;
    if (spec) findTarget(view, spec, VARS);
    target.push(performance.now() - t);
  }
  const median = (v: number[]) => v.sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? Number.NaN;
  return { read: median(read), score: median(score), target: median(target) };
}

(globalThis as unknown as { __loketgidsLab: unknown }).__loketgidsLab = {
  detect,
  parts,
  time(portal: PortalId, runs: number): { ms: number; page?: string } {
    const page = detect(portal);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      detect(portal);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return { ms: times[Math.floor(times.length / 2)] ?? Number.NaN, page };
  },
};
