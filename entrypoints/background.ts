import { defineBackground } from 'wxt/utils/define-background';
import { clientHandlers } from '../lib/clients/handlers';
import { guideHandlers, listenForCommands } from '../lib/guide/handlers';
import { listen } from '../lib/messaging/listen';
import { renewalHandlers } from '../lib/renewals/handlers';
import { panelHandlers } from '../lib/sidepanel/handlers';

export default defineBackground(() => {
  // The worker answers the content scripts' questions that need the extension's own origin:
  // the client database (IndexedDB, with the Werkplek Duaal renewals) and per-tab guide state
  // (storage.session), and opening the side panel beside a portal tab.
  listen({ ...clientHandlers, ...guideHandlers, ...renewalHandlers, ...panelHandlers });
  listenForCommands();
});
