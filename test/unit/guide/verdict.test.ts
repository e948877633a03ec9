/**
 * `recognise(…, { verdict: true })` (the content script's and the guide's ticks) stops weighing a
 * state once it can no longer be a candidate. It must change nothing a person sees: the same
 * verdict, the same screen, the same candidates and (where it is sure) the same two best scores as
 * weighing every state to the end — on every markup variant of every replica page, decoys included.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { recognitionScreens } from '../../../lib/flows/define';
import { GUIDE_INPUTS, PAGES } from '../../../lib/flows/registry';
import { type PageView, readPage } from '../../../lib/guide/dom';
import { type Recognisable, type Recognition, recognise, withPages } from '../../../lib/guide/recognise';
import type { Signal } from '../../../lib/guide/schema';
import type { PortalId } from '../../../lib/portals';
import { allReplicas, openReplica, type Replica } from '../../support/replica-dom';

let open: Replica | undefined;
afterEach(() => {
  open?.close();
  open = undefined;
});

const portalPages = (portal: string) => PAGES.filter((page) => page.id.startsWith(`${portal}.`));
/** The screens as the build writes them into the portal's content script (no sources, no defaults). */
const screensOf = (portal: string) => recognitionScreens(GUIDE_INPUTS[portal as PortalId] ?? { pages: [], flows: [] });

function summary<P extends Recognisable>(found: Recognition<P>) {
  return {
    kind: found.kind,
    page: found.kind === 'sure' ? found.page.id : undefined,
    candidates: found.kind === 'unsure' ? found.candidates.map((page) => page.id) : [],
    // Where it is sure: the best state and the two best scores (states tied on the runner-up's
    // score may come in another order). Where it is not, the guide reads only the candidates.
    best: found.kind === 'sure' ? [found.scores[0]?.page.id, found.scores[0]?.score, found.scores[1]?.score] : [],
  };
}

let partial = 0;
let weighed = 0;

describe('recognition, verdict only', () => {
  it.each(allReplicas())('%s (%s): the same verdict as weighing every state', async (id, variant) => {
    open = await openReplica(id, variant);
    const portal = id.split('.')[0] ?? '';
    const pages = portalPages(portal);
    const full = recognise(pages, readPage(open.doc, open.url));
    // A fresh view: nothing answered for the full run is reused.
    const view: PageView = readPage(open.doc, open.url);
    const verdict = recognise(pages, view, { verdict: true });
    expect(summary(verdict)).toEqual(summary(full));
    // The content script's: the lean screens, verdict only, then in terms of the page states.
    const screens = recognise(screensOf(portal), readPage(open.doc, open.url), { verdict: true });
    const mapped = withPages(screens, new Map(pages.map((page) => [page.id, page])));
    expect(mapped && summary(mapped)).toEqual(summary(full));
    expect(mapped?.scores.every((s) => s.results.every((r) => pages.includes(s.page) && 'source' in r.signal))).toBe(
      true,
    );
    for (const score of verdict.scores) {
      weighed++;
      if (score.partial) {
        partial++;
        // What it could still have scored is at least what it scores.
        const whole = full.scores.find((s) => s.page.id === score.page.id);
        expect(score.score).toBeGreaterThanOrEqual((whole?.score ?? 0) - 1e-9);
        expect(whole && whole.score < whole.page.recognise.threshold).toBe(true);
      }
    }
  });

  it('ships the screens lean: no sources, no default left written out', () => {
    for (const portal of Object.keys(GUIDE_INPUTS)) {
      const json = JSON.stringify(screensOf(portal));
      expect(json).not.toContain('"source"');
      expect(json).not.toContain('"required":false');
      expect(json).not.toContain('"generic":false');
      expect(screensOf(portal).map((s) => s.id)).toEqual(portalPages(portal).map((p) => p.id));
      expect(json).toContain('"required":true');
    }
  });

  it('leaves states unweighed on many pages (else it saves nothing)', () => {
    expect(weighed).toBeGreaterThan(100);
    expect(partial).toBeGreaterThan(weighed * 0.1);
  });
});

describe('recognition, verdict only, on made-up states', () => {
  // A state with a high threshold that still leads on its upper bound must be weighed to the end
  // before another is called sure over it.
  const page = (id: string, threshold: number, signals: Recognisable['recognise']['signals']): Recognisable => ({
    id,
    recognise: { threshold, generic: false, signals },
  });
  const text = (phrase: string, weight: number): Signal => ({
    kind: 'text',
    any: [phrase],
    in: 'page',
    weight,
    required: false,
    source: 'replica',
  });

  it('weighs a runner-up to the end when it could spoil the lead', () => {
    document.body.innerHTML = '<main><h1>Welkom</h1><p>Geef het KBO-nummer op</p><p>Doorgaan</p></main>';
    const view = () => readPage(document, 'https://wse-loket.vlaanderen.be/x');
    const states = [
      page('a', 0.5, [text('geef het kbo nummer op', 1), text('doorgaan', 1)]),
      // Upper bound after its first phrase: 0.5 of 0.9 → pruned (below 0.54) only if unmatched.
      page('b', 0.9, [text('welkom', 1), text('doorgaan', 1), text('iets anders dat er niet staat', 1)]),
    ];
    expect(summary(recognise(states, view(), { verdict: true }))).toEqual(summary(recognise(states, view())));
  });
});
