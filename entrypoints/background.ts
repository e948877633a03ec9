import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // The service worker has no work of its own yet: the content scripts, popup and options page
  // read and write extension storage and IndexedDB directly. It exists so the extension id is
  // known (tests read it from the worker URL) and so later message routing has a home.
});
