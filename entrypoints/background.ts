import { defineBackground } from 'wxt/utils/define-background';
import { clientHandlers } from '../lib/clients/handlers';
import { guideHandlers, listenForCommands } from '../lib/guide/handlers';
import { listen } from '../lib/messaging/listen';

export default defineBackground(() => {
  // The worker answers the content scripts' questions that need the extension's own origin:
  // the client database (IndexedDB) and per-tab guide state (storage.session).
  listen({ ...clientHandlers, ...guideHandlers });
  listenForCommands();
});
