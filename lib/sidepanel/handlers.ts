/**
 * Background side of the side panel: open it beside a tab (`guide.openPanel`, from the card's
 * "Naast de pagina tonen" or the popup) and remember where the person keeps the card
 * (`guide.placeCard`, the `cardPlace` setting; the portal pages follow it through the mirrored
 * state, lib/state.ts).
 */
import { loadSettings, saveSettings } from '../clients/repository';
import type { Handlers } from '../messaging';
import type { CardPlace } from '../state';
import { openSidePanel } from './open';

async function placeCard(place: CardPlace): Promise<void> {
  const settings = await loadSettings();
  if (settings.cardPlace !== place) await saveSettings({ ...settings, cardPlace: place });
}

export const panelHandlers: Handlers = {
  'guide.openPanel'(request, sender) {
    // A content script names no tab (it is its own); only the popup may name another one.
    const tabId = sender.extensionPage ? request.tabId : sender.tabId;
    if (tabId === undefined || tabId < 0) return Promise.resolve({ ok: false });
    // First, still inside the click's gesture: no await before this call (lib/sidepanel/open.ts).
    return openSidePanel(tabId).then(
      async () => {
        await placeCard('panel');
        return { ok: true };
      },
      () => ({ ok: false }),
    );
  },
  async 'guide.placeCard'(request) {
    await placeCard(request.place);
    return { ok: true };
  },
};
