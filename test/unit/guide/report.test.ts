/**
 * "Klopt dit niet?" (lib/guide/report.ts): a page full of names, KBO numbers, rijksregisternummers
 * and typed values gives a report with none of them — only the guide's own view (states, scores,
 * signals, our known phrases) and the page's shape.
 */
import { describe, expect, it } from 'vitest';
import { PAGES, PAGES_BY_ID } from '../../../lib/flows/registry';
import { readPage } from '../../../lib/guide/dom';
import { recognise } from '../../../lib/guide/recognise';
import { buildReport, maskPath, shapeOf } from '../../../lib/guide/report';
import { scoreCandidates } from '../../../lib/guide/target';
import { loadReplica } from '../../support/replica-dom';

const PERSONAL = [
  'Els Janssens',
  'Janssens',
  'Bouwbedrijf Peeters',
  '0417.390.703',
  '0417390703',
  '93.05.18-223.61',
  '93051822361',
  'els.janssens@example.be',
  '123456',
  'Sint-Jozefschool',
];

describe('the redacted report', () => {
  it('holds how the guide saw the page, and nothing personal from it', () => {
    const replica = loadReplica('wse.kbo-prompt', 'plain', { search: '?klant=0417390703' });
    const { doc } = replica;
    doc.body.insertAdjacentHTML(
      'beforeend',
      `<aside><h2>Ingelogd als Els Janssens (els.janssens@example.be)</h2>
       <p>Bouwbedrijf Peeters NV, KBO 0417.390.703, rijksregisternummer 93.05.18-223.61</p>
       <a href="/dossier/123456">Dossier 123456 van Sint-Jozefschool</a></aside>`,
    );
    const input = doc.querySelector('input') as HTMLInputElement;
    input.value = '0417390703';
    const view = readPage(doc, new URL('https://wse-loket.vlaanderen.be/aanvraag/123456/klant?kbo=0417390703'));
    const portalPages = PAGES.filter((p) => p.id.startsWith('wse.'));
    const recognition = recognise(portalPages, view, { full: true });
    const spec = PAGES_BY_ID.get('wse.kbo-prompt')?.targets['kbo-veld'];
    const report = buildReport({
      view,
      recognition,
      portal: 'wse',
      extension: '0.1.0',
      flow: { id: 'wse.ss.aanvraag-voor-klant', step: 'kbo' },
      target: spec ? { key: 'kbo-veld', spec, candidates: scoreCandidates(view, spec) } : undefined,
    });
    const text = JSON.stringify(report);
    for (const personal of PERSONAL) expect(text, personal).not.toContain(personal);
    expect(text).not.toMatch(/@/);
    // What it does hold: every state with its score and signals, the target's candidates, the shape.
    expect(report.path).toBe('/aanvraag/######/klant');
    expect(report.states.map((s) => s.id)).toEqual(expect.arrayContaining(['wse.kbo-prompt', 'wse.home']));
    expect(report.states.find((s) => s.id === 'wse.kbo-prompt')?.signals.length).toBeGreaterThan(2);
    expect(report.target?.candidates.length).toBeGreaterThan(0);
    expect(report.shape.elements).toBeGreaterThan(10);
    replica.close();
  });

  it.each([
    ['Stap 2 van 3: Werkrelatie', '4 # 3 # 11'],
    ['Els Janssens', '3 8'],
    ['  ', ''],
  ])('shapeOf(%j) → %j', (input, shape) => {
    expect(shapeOf(input)).toBe(shape);
  });

  it('masks every digit of the path', () => {
    expect(maskPath('/klant/0417390703/dossier/12')).toBe('/klant/##########/dossier/##');
  });
});
