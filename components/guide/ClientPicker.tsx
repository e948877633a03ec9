import type { Lang } from '../../lib/guide/lang';
import { t } from '../../lib/i18n/card';
import { formatKbo } from '../../lib/ids';
import type { ClientSummary } from '../../lib/messaging';
import { moveInList } from '../../lib/overlay/focus';
import { withoutBidi } from '../../lib/text';

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
    <section class="lg-picker" aria-label={t(lang, 'picker.label')}>
      <label class="lg-picker__search">
        {t(lang, 'picker.search')}
        <input
          type="search"
          value={props.query}
          onKeyDown={onArrow}
          autoComplete="off"
          onInput={(event) => props.onSearch((event.currentTarget as HTMLInputElement).value)}
        />
      </label>
      {clients.length === 0 && !props.loading && <p class="lg-picker__empty">{t(lang, 'picker.empty')}</p>}
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
              {active?.kbo === client.kbo && <span class="lg-tag">{t(lang, 'picker.active')}</span>}
              {client.school && <span class="lg-tag lg-tag--school">{t(lang, 'picker.school')}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
