/**
 * The WSE aanvraag overview read as services: the title is the service's heading (never its
 * subtitle or description), the status comes from the button, in every markup variant.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/guide/dom';
import { readServices, sameService } from '../../../lib/guide/services';
import { openReplica, type Replica, replicaVariants } from '../../support/replica-dom';

let replica: Replica | undefined;
afterEach(() => replica?.close());

async function services(pageId: string, variant: Parameters<typeof openReplica>[1]) {
  replica = await openReplica(pageId, variant);
  return readServices(readPage(replica.doc, replica.url)).map((s) => [s.title, s.status]);
}

describe('readServices', () => {
  it.each(replicaVariants('wse.aanvragen-zonder-recht'))('reads titles and missing rights (%s)', async (variant) => {
    const found = await services('wse.aanvragen-zonder-recht', variant);
    // A page written blind may title a table row by its domain ("Vlaams opleidingsverlof", the
    // service's own name beside it): the guide matches either (lib/guide/services.ts sameService).
    if (variant === 'next')
      expect(
        found.some(
          ([t, s]) => sameService(t ?? '', 'Terugbetalingsaanvraag Vlaams opleidingsverlof') && s === 'right-missing',
        ),
      ).toBe(true);
    else expect(found).toContainEqual(['Terugbetalingsaanvraag Vlaams opleidingsverlof', 'right-missing']);
    // A page written blind lists services of its author's choosing (test/support/blind.ts).
    const other = variant === 'other' ? /betaald educatief verlof/i : /doelgroepvermindering/i;
    expect(found.some(([title, status]) => other.test(title ?? '') && status === 'available')).toBe(true);
    for (const [title] of found) expect(title).not.toMatch(/\.$/); // a description ends with a full stop
  });

  it.each(replicaVariants('wse.aanvragen'))(
    'reads every service as available where the right is there (%s)',
    async (variant) => {
      const found = await services('wse.aanvragen', variant);
      expect(found.length).toBeGreaterThanOrEqual(4);
      expect(found).toContainEqual(['Terugbetalingsaanvraag Vlaams opleidingsverlof', 'available']);
      // The page written blind greys out one service (Platos) even here: its author's choice.
      // The pages written blind grey out one service even here (Platos; a time registration): their
      // authors' choice.
      const greyed = /platos|tijdsregistratie/i;
      const shown =
        variant === 'other' || variant === 'next' ? found.filter(([title]) => !greyed.test(title ?? '')) : found;
      expect(shown.every(([, status]) => status === 'available')).toBe(true);
    },
  );
});

describe('greyed tiles (DOMAIN.md §8: "lichter van kleur en kan niet aangeklikt worden")', () => {
  it.each(['drift', 'lit', 'other'] as const)('count as a missing right, with their title (%s)', async (variant) => {
    replica = await openReplica('wse.aanvragen-zonder-recht', variant);
    const found = readServices(readPage(replica.doc, replica.url));
    const greyed = found.filter((s) => s.greyed);
    expect(greyed.length).toBeGreaterThanOrEqual(1);
    expect(greyed.every((s) => s.status === 'right-missing' && s.title.length > 3)).toBe(true);
    expect(found.filter((s) => s.status === 'available').length).toBeGreaterThanOrEqual(2);
  });
});
