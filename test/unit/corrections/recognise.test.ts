/**
 * Corrections at work (lib/corrections): a screen whose wording changed is not recognised and
 * its button not found; once a person taught it, the screen is recognised and the button marked —
 * also on the same screen loaded again for another user — while the correction fires on no other
 * page of the portal, even one served on the same path. Two look-alike controls mean no mark.
 */
import { describe, expect, it } from 'vitest';
import { fittingCorrections, makeCorrection, taughtTarget } from '../../../lib/corrections/apply';
import { findByFingerprint } from '../../../lib/corrections/fingerprint';
import { pageSignature, SIGNATURE_MATCH, signatureMatch } from '../../../lib/corrections/signature';
import { GB_GUIDE } from '../../../lib/flows/gb';
import { readPage } from '../../../lib/guide/dom';
import { recognise } from '../../../lib/guide/recognise';
import { findTarget } from '../../../lib/guide/target';
import { changeWording, NEW_BUTTON, PERSONAL } from '../../support/changed-wording';
import { allReplicas, loadReplica } from '../../support/replica-dom';

const pages = GB_GUIDE.pages;
const flow = GB_GUIDE.flows.find((f) => f.id === 'gb.koppel-gebruiker');
if (!flow) throw new Error('no flow');
const koppel = GB_GUIDE.pagesById.get('gb.beheer')?.targets.koppel;
if (!koppel) throw new Error('no target');

function changedPage(user = 'Jan Peeters') {
  const replica = loadReplica('gb.beheer', 'plain');
  replica.doc.body.innerHTML = new DOMParser().parseFromString(
    changeWording(replica.doc.documentElement.outerHTML).split('Jan Peeters').join(user),
    'text/html',
  ).body.innerHTML;
  return { replica, view: readPage(replica.doc, replica.url) };
}

const button = (doc: Document) =>
  [...doc.querySelectorAll('a')].find((a) => a.textContent?.trim() === NEW_BUTTON) as Element;

function teach() {
  const { replica, view } = changedPage();
  const correction = makeCorrection({
    view,
    pages,
    portal: 'gb',
    flow: flow as NonNullable<typeof flow>,
    stepId: 'gebruiker',
    element: button(replica.doc),
    now: 1_764_000_000_000,
  });
  if (!correction) throw new Error('no correction');
  replica.close();
  return correction;
}

describe('a screen whose wording changed', () => {
  it('breaks the step first: not recognised as the user page, its button not found', () => {
    const { replica, view } = changedPage();
    const recognition = recognise(pages, view);
    expect(recognition.kind === 'sure' && recognition.page.id === 'gb.beheer').toBe(false);
    expect(findTarget(view, koppel)).toBeUndefined();
    replica.close();
  });

  it('is recognised and its button marked once taught, also loaded again for another user', () => {
    const correction = teach();
    expect(correction).toMatchObject({ page: 'gb.beheer', step: 'gebruiker', target: 'koppel', source: 'local' });
    expect(correction.element).toMatchObject({ tag: 'a', role: 'link', name: NEW_BUTTON.toLowerCase() });
    const text = JSON.stringify(correction);
    for (const personal of PERSONAL) expect(text).not.toContain(personal);

    for (const user of ['Jan Peeters', 'Marie Claes-Vermeulen']) {
      const { replica, view } = changedPage(user);
      const fits = fittingCorrections(view, pages, [correction]);
      expect(fits.taught.get('gb.beheer')).toBeGreaterThanOrEqual(SIGNATURE_MATCH);
      const recognition = recognise(pages, view, { taught: fits.taught });
      expect(recognition.kind === 'sure' && recognition.page.id).toBe('gb.beheer');
      const found = taughtTarget(view, fits.fitting, 'gb.beheer', 'koppel');
      expect(found.kind).toBe('found');
      expect(found.kind === 'found' && found.element).toBe(button(replica.doc));
      replica.close();
    }
  });

  it('marks nothing when two controls fit the correction alike', () => {
    const correction = teach();
    const { replica, view: _ } = changedPage();
    const original = button(replica.doc);
    original.after(original.cloneNode(true));
    const view = readPage(replica.doc, replica.url);
    expect(findByFingerprint(view, correction.element as NonNullable<typeof correction.element>).kind).toBe(
      'ambiguous',
    );
    expect(taughtTarget(view, fittingCorrections(view, pages, [correction]).fitting, 'gb.beheer', 'koppel').kind).toBe(
      'ambiguous',
    );
    replica.close();
  });

  const others = allReplicas('gb').filter(
    ([id, variant]) => id !== 'gb.beheer' && !['lit', 'other', 'next'].includes(variant),
  );
  it.each(others)('does not fire on %s (%s), on its own path or on the corrected one', (id, variant) => {
    const correction = teach();
    const replica = loadReplica(id, variant);
    for (const url of [replica.url, 'https://gebruikersbeheer.vlaanderen.be/beheer']) {
      const view = readPage(replica.doc, url);
      const fits = fittingCorrections(view, pages, [correction]);
      expect(fits.fitting, url).toEqual([]);
      expect(recognise(pages, view, { taught: fits.taught })).toEqual(recognise(pages, view));
      expect(signatureMatch(correction.signature, pageSignature(view, pages))).toBeLessThan(SIGNATURE_MATCH);
    }
    replica.close();
  });
});
