import { render } from 'preact';
import { SidePanel } from '../../components/sidepanel/SidePanel';
import { resolveLang } from '../../lib/i18n/lang';
import { request } from '../../lib/messaging';
import { boundTab, connectPanel } from '../../lib/sidepanel/connect';
import { readState } from '../../lib/state';
import '../../lib/overlay/overlay.css';
import '../../components/sidepanel/sidepanel.css';
import { addCardLanguages } from '../../lib/i18n/card';
import { CARD_FR_DE } from '../../lib/i18n/card-fr-de';

// The card here may be the federal portal's, in French or German.
addCardLanguages(CARD_FR_DE);

// The browser's side panel (manifest `side_panel.default_path`): the guide's card beside the
// portal. `?tab=<id>` binds it to one tab (tests); otherwise it follows the active tab.
const bound = boundTab(location.search);
const connection = connectPanel({ bound });
const root = document.getElementById('app');

async function cardToPage(): Promise<void> {
  connection.close();
  await request<'guide.placeCard'>({ type: 'guide.placeCard', place: 'page' }).catch(() => undefined);
  // The side panel closes itself; a panel page opened as a tab (tests) stays, saying so.
  if (bound === undefined) window.close();
}

void readState()
  .catch(() => undefined)
  .then((state) => {
    if (!root) return;
    render(
      <SidePanel
        connection={connection}
        lang={resolveLang(state?.settings.lang)}
        onCardToPage={() => void cardToPage()}
      />,
      root,
    );
  });
