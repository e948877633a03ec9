/** Background side of the failure counts: add what a portal page counted (`failures.add`). */
import type { Handlers } from '../messaging';
import { addFailures } from './repository';

export const failureHandlers: Handlers = {
  async 'failures.add'(request, sender) {
    if (sender.tabId === undefined || sender.extensionPage) throw new Error('failures: only a portal page counts');
    await addFailures(request.portal, request.entries);
    return { ok: true };
  },
};
