/**
 * Background side of corrections: keep one taught on a portal page (`corrections.add`, only
 * from a tab's content script), and test one against the pages open in portal tabs
 * (`corrections.test`, only from the options page). Also keeps the content scripts' mirror in
 * step with the administrator's policy: rewritten when the worker starts and whenever managed
 * storage changes (listeners registered at the worker's top level, so Chrome wakes it for them).
 */
import { browser } from 'wxt/browser';
import type { Handlers, ResponseOf, Sender } from '../messaging';
import { readPolicy } from '../policy/managed';
import { toCorrection } from './model';
import { addCorrection, readCorrections, syncCorrections } from './repository';

export const CORRECTION_TEST_MESSAGE = 'guide.testCorrection';

function fromTab(sender: Sender): void {
  if (sender.tabId === undefined || sender.tabId < 0 || sender.extensionPage) {
    throw new Error('corrections: only a portal page may teach');
  }
}

type TestResults = ResponseOf<'corrections.test'>['results'];

export const correctionHandlers: Handlers = {
  async 'corrections.add'(request, sender) {
    fromTab(sender);
    await addCorrection({ ...request.correction, source: 'local' });
    return { ok: true };
  },
  async 'corrections.test'(request, sender) {
    if (!sender.extensionPage) throw new Error('corrections: only the options page may ask this');
    const stored = (await readCorrections()).corrections;
    const correction =
      stored.find((c) => c.id === request.id) ?? (await readPolicy()).corrections.find((c) => c.id === request.id);
    if (!correction) throw new Error('corrections: no such correction');
    const tabs = await browser.tabs.query({});
    const answers = await Promise.all(
      tabs.map((tab) =>
        tab.id === undefined
          ? undefined
          : browser.tabs.sendMessage(tab.id, { type: CORRECTION_TEST_MESSAGE, correction }).catch(() => undefined),
      ),
    );
    const results: TestResults = [];
    for (const answer of answers) {
      const result = (answer as { result?: TestResults[number] } | undefined)?.result;
      if (result && typeof result.match === 'number') results.push(result);
    }
    return { results };
  },
};

/** Check a correction a content script received in a test request (it came from our background). */
export const checkTestCorrection = toCorrection;

/** Keep the mirror in step with the policy (call once at the worker's top level). */
export function watchPolicy(): void {
  const sync = () => void syncCorrections().catch(() => undefined);
  try {
    browser.storage.onChanged.addListener((_changes, area) => {
      if (area === 'managed') sync();
    });
    browser.runtime.onStartup?.addListener(sync);
    browser.runtime.onInstalled?.addListener(sync);
  } catch {
    // no such events here (unit tests)
  }
  // The policy may have changed while the worker slept.
  sync();
}
