import { useEffect, useId, useState } from 'preact/hooks';
import type { Lang } from '../../lib/guide/lang';
import { loadTickets, type SavedTicket, saveTicket, TICKET_PATTERN } from '../../lib/guide/tickets';
import { t } from '../../lib/i18n/card';
import { LOCALES } from '../../lib/i18n/format';
import { withoutBidi } from '../../lib/text';

/**
 * A field to note the ticket number of the access request (seed 002: "Dit nummer moet u
 * bijhouden"), filled with the number read from the page; saved in this browser, and the numbers
 * saved before listed under it.
 */
export function TicketNote({ read, lang }: { read: string; lang: Lang }) {
  const id = useId();
  const [value, setValue] = useState(read);
  const [saved, setSaved] = useState<SavedTicket[]>([]);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void loadTickets().then(setSaved);
  }, []);
  const valid = TICKET_PATTERN.test(value.trim());
  const date = (at: number) => new Date(at).toLocaleDateString(LOCALES[lang]);
  return (
    <section class="lg-ticket" aria-labelledby={`${id}-t`}>
      <h3 class="lg-ticket__title" id={`${id}-t`}>
        {t(lang, 'ticket.title')}
      </h3>
      <form
        class="lg-ticket__form"
        onSubmit={async (event) => {
          event.preventDefault();
          if (!valid) return;
          try {
            setSaved(await saveTicket(value));
            setStatus(t(lang, 'ticket.saved'));
          } catch {
            setStatus(t(lang, 'ticket.saveFailed'));
          }
        }}
      >
        <label for={`${id}-i`}>{t(lang, 'ticket.field')}</label>
        <input
          id={`${id}-i`}
          value={value}
          autoComplete="off"
          aria-invalid={!valid}
          onInput={(event) => setValue((event.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="lg-button lg-button--small" disabled={!valid}>
          {t(lang, 'ticket.save')}
        </button>
        <span class="lg-ticket__status" role="status">
          {status}
        </span>
      </form>
      {saved.length > 0 && (
        <ul class="lg-ticket__saved" aria-label={t(lang, 'ticket.list')}>
          {saved.map((t) => (
            <li key={t.ticket} data-ticket={t.ticket}>
              <bdi>{withoutBidi(t.ticket)}</bdi> · {date(t.savedAt)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
