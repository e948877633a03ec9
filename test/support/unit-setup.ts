import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});

// The unit tests' browser speaks Belgian Dutch, as the people the extension is for: the default
// language setting 'auto' follows it (lib/i18n/lang.ts). A test of another language sets it.
Object.defineProperty(globalThis.navigator, 'language', { value: 'nl-BE', configurable: true });
