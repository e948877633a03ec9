import { defineBackground } from 'wxt/utils/define-background';
import { clientHandlers } from '../lib/clients/handlers';
import { correctionHandlers, watchPolicy } from '../lib/corrections/handlers';
import { failureHandlers } from '../lib/failures/handlers';
import { guideHandlers, listenForCommands } from '../lib/guide/handlers';
import { listen } from '../lib/messaging/listen';
import { renewalHandlers } from '../lib/renewals/handlers';
import { panelHandlers } from '../lib/sidepanel/handlers';

export default defineBackground(() => {
  // The worker answers the content scripts' questions that need the extension's own origin:
  // the client database (IndexedDB, with the Werkplek Duaal renewals) and per-tab guide state
  // (storage.session), corrections taught on a page and failure counts (IndexedDB), the
  // administrator's policy mirrored for the content scripts, and opening the side panel.
  listen({
    ...clientHandlers,
    ...guideHandlers,
    ...renewalHandlers,
    ...correctionHandlers,
    ...failureHandlers,
    ...panelHandlers,
  });
  listenForCommands();
  watchPolicy();
});
