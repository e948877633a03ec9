import type { Lang } from '../../lib/guide/lang';
import { formatKbo } from '../../lib/ids';
import type { ClientSummary } from '../../lib/messaging';
import { moveInList } from '../../lib/overlay/focus';
import { withoutBidi } from '../../lib/text';
import { ui } from './text';

export interface ClientPickerProps {
  lang: Lang;
  query: string;
  clients: ClientSummary[];
  active: ClientSummary | null;
  loading: boolean;
  onSearch(query: string): void;
  onPick(client: ClientSummary): void;
}

/**
 * The client list at the KBO prompt: search, active and recent first. Choosing a client fills the
 * portal's field — only on this click, never on page load.
 */
export function ClientPicker(props: ClientPickerProps) {
  /** Arrow keys: from the search field into the list, along it, and from its top back to the field. */
  const onArrow = (event: KeyboardEvent) => {
    const section = (event.currentTarget as HTMLElement).closest('.lg-picker');
    if (!section) return;
    const root = section.getRootNode() as Document | ShadowRoot;
    const items = [...section.querySelectorAll<HTMLElement>('.lg-client')];
    const focused = root.activeElement;
    const next =
      event.key === 'ArrowUp' && items[0] === focused
        ? section.querySelector<HTMLElement>('input[type="search"]')
        : moveInList(event.key, items, focused);
    if (next) {
      next.focus();
      event.preventDefault();
    }
  };
  const { lang, clients, active } = props;
  return (
    <section class="lg-picker" aria-label={ui(lang, 'Klanten', 'Clients', 'Clients', 'Kunden')}>
      <label class="lg-picker__search">
        {ui(
          lang,
          'Zoek een klant (naam of KBO-nummer)',
          'Search a client (name or KBO number)',
          'Chercher un client (nom ou numéro BCE)',
          'Kunden suchen (Name oder ZDU-Nummer)',
        )}
        <input
          type="search"
          value={props.query}
          onKeyDown={onArrow}
          autoComplete="off"
          onInput={(event) => props.onSearch((event.currentTarget as HTMLInputElement).value)}
        />
      </label>
      {clients.length === 0 && !props.loading && (
        <p class="lg-picker__empty">
          {ui(
            lang,
            'Geen klanten gevonden. Voeg klanten toe in de opties van Loketgids.',
            'No clients found. Add clients in the Loketgids options.',
            'Aucun client trouvé. Ajoutez des clients dans les options de Loketgids.',
            'Keine Kunden gefunden. Fügen Sie Kunden in den Optionen von Loketgids hinzu.',
          )}
        </p>
      )}
      <ul class="lg-picker__list" onKeyDown={onArrow}>
        {clients.map((client) => (
          <li key={client.kbo}>
            <button
              type="button"
              class={`lg-client${active?.kbo === client.kbo ? ' lg-client--active' : ''}`}
              data-kbo={client.kbo}
              onClick={() => props.onPick(client)}
            >
              <bdi class="lg-client__name">{withoutBidi(client.name)}</bdi>
              <span class="lg-client__kbo">{formatKbo(client.kbo)}</span>
              {active?.kbo === client.kbo && (
                <span class="lg-tag">{ui(lang, 'actief', 'active', 'actif', 'aktiv')}</span>
              )}
              {client.school && (
                <span class="lg-tag lg-tag--school">{ui(lang, 'school', 'school', 'école', 'Schule')}</span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
