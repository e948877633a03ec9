import { useEffect, useId, useState } from 'preact/hooks';
import type { Lang } from '../../lib/guide/lang';
import { loadTickets, type SavedTicket, saveTicket, TICKET_PATTERN } from '../../lib/guide/tickets';
import { withoutBidi } from '../../lib/text';
import { ui } from './text';

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
  const date = (at: number) =>
    new Date(at).toLocaleDateString({ nl: 'nl-BE', en: 'en-GB', fr: 'fr-BE', de: 'de-BE' }[lang]);
  return (
    <section class="lg-ticket" aria-labelledby={`${id}-t`}>
      <h3 class="lg-ticket__title" id={`${id}-t`}>
        {ui(
          lang,
          'Ticketnummer bijhouden',
          'Keep the ticket number',
          'Conserver le numéro de ticket',
          'Ticketnummer aufbewahren',
        )}
      </h3>
      <form
        class="lg-ticket__form"
        onSubmit={async (event) => {
          event.preventDefault();
          if (!valid) return;
          try {
            setSaved(await saveTicket(value));
            setStatus(ui(lang, 'Bewaard.', 'Saved.', 'Enregistré.', 'Gespeichert.'));
          } catch {
            setStatus(
              ui(
                lang,
                'Bewaren lukte niet.',
                'Could not save.',
                'L’enregistrement a échoué.',
                'Speichern fehlgeschlagen.',
              ),
            );
          }
        }}
      >
        <label for={`${id}-i`}>{ui(lang, 'Ticketnummer', 'Ticket number', 'Numéro de ticket', 'Ticketnummer')}</label>
        <input
          id={`${id}-i`}
          value={value}
          autoComplete="off"
          aria-invalid={!valid}
          onInput={(event) => setValue((event.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="lg-button lg-button--small" disabled={!valid}>
          {ui(lang, 'Bewaar ticketnummer', 'Save ticket number', 'Enregistrer le numéro', 'Ticketnummer speichern')}
        </button>
        <span class="lg-ticket__status" role="status">
          {status}
        </span>
      </form>
      {saved.length > 0 && (
        <ul
          class="lg-ticket__saved"
          aria-label={ui(
            lang,
            'Bewaarde ticketnummers',
            'Saved ticket numbers',
            'Numéros enregistrés',
            'Gespeicherte Ticketnummern',
          )}
        >
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
