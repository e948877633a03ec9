/**
 * The WSE aanvraag overview read as services: the title is the service's heading (never its
 * subtitle or description), the status comes from the button, in every markup variant.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/guide/dom';
import { readServices } from '../../../lib/guide/services';
import { loadReplica, type Replica, replicaVariants } from '../../support/replica-dom';

let replica: Replica | undefined;
afterEach(() => replica?.close());

function services(pageId: string, variant: Parameters<typeof loadReplica>[1]) {
  replica = loadReplica(pageId, variant);
  return readServices(readPage(replica.doc, replica.url)).map((s) => [s.title, s.status]);
}

describe('readServices', () => {
  it.each(replicaVariants('wse.aanvragen-zonder-recht'))('reads titles and missing rights (%s)', (variant) => {
    const found = services('wse.aanvragen-zonder-recht', variant);
    expect(found).toContainEqual(['Terugbetalingsaanvraag Vlaams opleidingsverlof', 'right-missing']);
    expect(found).toContainEqual(['Doelgroepvermindering oudere werknemers', 'available']);
    for (const [title] of found) expect(title).not.toMatch(/\.$/); // a description ends with a full stop
  });

  it.each(replicaVariants('wse.aanvragen'))(
    'reads every service as available where the right is there (%s)',
    (variant) => {
      const found = services('wse.aanvragen', variant);
      expect(found.length).toBeGreaterThanOrEqual(5);
      expect(found).toContainEqual(['Terugbetalingsaanvraag Vlaams opleidingsverlof', 'available']);
      expect(found.every(([, status]) => status === 'available')).toBe(true);
    },
  );
});
