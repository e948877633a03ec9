/**
 * The background's side of the renewals: a content script on app.werkplekduaal.be cannot open
 * the extension's IndexedDB (it runs in the portal's origin), so it sends what the dashboard
 * shows (`renewals.replace`, checked with zod by lib/messaging/listen.ts) and the worker keeps it.
 *
 * @example
 * listen({ ...clientHandlers, ...guideHandlers, ...renewalHandlers });
 */
import { db, isStoredKbo, type LoketgidsDb } from '../db';
import type { Handlers } from '../messaging';
import { replaceRenewals } from './repository';

/**
 * The handler of `renewals.replace` over one database.
 *
 * @example
 * const handlers = createRenewalHandlers(new LoketgidsDb('test'));
 */
export function createRenewalHandlers(database: LoketgidsDb = db): Handlers {
  return {
    'renewals.replace': async (request) => {
      // Only the top line's valid number may name an organisation: nothing is kept without one.
      if (!isStoredKbo(request.kbo)) return { ok: false };
      await replaceRenewals(
        { kbo: request.kbo, organisation: request.organisation, seenOn: request.seenOn, renewals: request.renewals },
        database,
      );
      return { ok: true };
    },
  };
}

export const renewalHandlers: Handlers = createRenewalHandlers();
