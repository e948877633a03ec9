/**
 * A bidi override (U+202E) in a portal's service title or an imported client name stays inside
 * that text: it is dropped and the text shown in its own `<bdi>` (or, inside one of our sentences,
 * between first-strong isolate and pop directional isolate), so the card's own words never flip.
 */
import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ClientPicker } from '../../../components/guide/ClientPicker';
import { Services } from '../../../components/guide/Services';
import { compareTopKbo } from '../../../lib/guide/checks';
import { isolate, withoutBidi } from '../../../lib/text';

const RLO = '\u202e';
const evil = `Opleiding${RLO}negaardnA`;

describe('foreign text in the card', () => {
  it('a service title: its own <bdi>, its bidi controls gone', () => {
    const { container } = render(
      <Services
        services={[{ title: evil, status: 'available', chosen: false }]}
        lang="nl"
        canChoose={true}
        onChoose={() => undefined}
      />,
    );
    const title = container.querySelector('.lg-service__title');
    expect(title?.tagName).toBe('BDI');
    expect(title?.textContent).toBe('OpleidingnegaardnA');
    expect(container.textContent).not.toContain(RLO);
  });

  it('a client name in the picker: its own <bdi>', () => {
    const client = { kbo: '0417390703', name: `Mega${RLO} World`, tags: [], school: false };
    const { container } = render(
      <ClientPicker
        lang="nl"
        query=""
        clients={[client]}
        active={null}
        loading={false}
        onSearch={() => undefined}
        onPick={() => undefined}
      />,
    );
    const name = container.querySelector('.lg-client__name');
    expect(name?.tagName).toBe('BDI');
    expect(container.textContent).not.toContain(RLO);
  });

  it('a client name inside a warning sentence: isolated, controls gone', () => {
    const active = { kbo: '0417390703', name: `Mega${RLO} World`, tags: [], school: false };
    const [warning] = compareTopKbo('0566988259', active);
    expect(warning?.text.nl).toContain('\u2068Mega World\u2069');
    expect(warning?.text.nl).not.toContain(RLO);
  });

  it.each([
    ['\u202aa\u202bb\u202cc\u202dd\u202ee', 'abcde'],
    ['\u2066x\u2067y\u2068z\u2069', 'xyz'],
    ['gewoon', 'gewoon'],
  ])('withoutBidi(%j) → %j, isolate wraps it', (input, out) => {
    expect(withoutBidi(input)).toBe(out);
    expect(isolate(input)).toBe(`\u2068${out}\u2069`);
  });
});
