import { useState } from 'preact/hooks';
import { kboPublicSearchUrl } from '../../lib/clients/model';
import type { ClientRecord } from '../../lib/db';
import { formatKbo, kboToVat } from '../../lib/ids';
import { ConfirmBar } from '../ui/ConfirmBar';

export interface ClientDetailsProps {
  client: ClientRecord;
  active: boolean;
  onMakeActive: () => void;
  onEdit: () => void;
  /** Called after the person confirmed. */
  onDelete: () => void;
  /** Say something in the page's live region (copy results). */
  announce: (message: string) => void;
}

/**
 * One client with what a person does with it: make it active, copy the number in both forms the
 * portals ask for, open it in the KBO Public Search (a link in a new tab; the extension never
 * fetches it), edit, delete. Names and notes are rendered as text.
 *
 * @example
 * <ClientDetails client={client} active={false} onMakeActive={…} onEdit={…} onDelete={…} announce={setMessage} />
 */
export function ClientDetails({ client, active, onMakeActive, onEdit, onDelete, announce }: ClientDetailsProps) {
  const [confirming, setConfirming] = useState(false);
  const formatted = formatKbo(client.kbo);
  const vat = kboToVat(client.kbo);

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      announce(`Gekopieerd: ${text} / Copied`);
    } catch {
      announce(`Kopiëren lukte niet; selecteer het nummer en kopieer het zelf: ${text} / Copying failed`);
    }
  }

  return (
    <section class="lg-details" aria-label={`Details van ${client.name}`}>
      <h3>
        {client.name}
        {active ? <span class="lg-badge lg-badge--active">actief</span> : null}
        {client.school ? <span class="lg-badge lg-badge--school">school</span> : null}
      </h3>
      <p>
        <span class="lg-kbo">{formatted}</span> · <span class="lg-kbo">{vat}</span>
      </p>
      {client.tags.length > 0 ? <p>Tags: {client.tags.join(', ')}</p> : null}
      {client.notes ? <p class="lg-notes">{client.notes}</p> : null}
      {client.school ? (
        <p class="lg-hint">Dit is een school: het WSE-loket aanvaardt dit KBO-nummer niet voor een aanvraag.</p>
      ) : null}
      <div class="lg-actions">
        <button type="button" class="lg-button lg-button--primary" onClick={onMakeActive} disabled={active}>
          {active ? 'Is de actieve klant' : 'Maak actief'}
        </button>
        <button type="button" class="lg-button" onClick={() => copy(formatted)} aria-label={`Kopieer ${formatted}`}>
          Kopieer {formatted}
        </button>
        <button type="button" class="lg-button" onClick={() => copy(vat)} aria-label={`Kopieer ${vat}`}>
          Kopieer {vat}
        </button>
        <a class="lg-button" href={kboPublicSearchUrl(client.kbo)} target="_blank" rel="noopener noreferrer">
          Open in KBO Public Search<span class="lg-visually-hidden"> (nieuw tabblad)</span>
        </a>
        <button type="button" class="lg-button" data-focus-key={`edit-${client.kbo}`} onClick={onEdit}>
          Bewerk
        </button>
        <button type="button" class="lg-button lg-button--danger" onClick={() => setConfirming(true)}>
          Verwijder
        </button>
      </div>
      {confirming ? (
        <ConfirmBar
          question={`${client.name} (${formatted}) verwijderen? Dit kan niet ongedaan worden.`}
          confirmLabel="Ja, verwijder"
          onConfirm={() => {
            setConfirming(false);
            onDelete();
          }}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </section>
  );
}
