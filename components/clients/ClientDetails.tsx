import { useState } from 'preact/hooks';
import { kboPublicSearchUrl } from '../../lib/clients/model';
import type { ClientRecord } from '../../lib/db';
import { formatKbo, kboToVat } from '../../lib/ids';
import { ConfirmBar } from '../ui/ConfirmBar';
import { useT } from '../ui/i18n';

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
  const { t } = useT();
  const [confirming, setConfirming] = useState(false);
  const formatted = formatKbo(client.kbo);
  const vat = kboToVat(client.kbo);

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      announce(t('details.copied', { text }));
    } catch {
      announce(t('details.copyFailed', { text }));
    }
  }

  return (
    <section class="lg-details" aria-label={t('details.label', { name: client.name })}>
      <h3>
        {client.name}
        {active ? <span class="lg-badge lg-badge--active">{t('badge.active')}</span> : null}
        {client.school ? <span class="lg-badge lg-badge--school">{t('badge.school')}</span> : null}
      </h3>
      <p>
        <span class="lg-kbo">{formatted}</span> · <span class="lg-kbo">{vat}</span>
      </p>
      {client.tags.length > 0 ? <p>{t('details.tags', { tags: client.tags.join(', ') })}</p> : null}
      {client.notes ? <p class="lg-notes">{client.notes}</p> : null}
      {client.school ? <p class="lg-hint">{t('details.school')}</p> : null}
      <div class="lg-actions">
        <button type="button" class="lg-button lg-button--primary" onClick={onMakeActive} disabled={active}>
          {active ? t('details.isActive') : t('details.makeActive')}
        </button>
        <button
          type="button"
          class="lg-button"
          onClick={() => copy(formatted)}
          aria-label={t('details.copy', { text: formatted })}
        >
          {t('details.copy', { text: formatted })}
        </button>
        <button type="button" class="lg-button" onClick={() => copy(vat)} aria-label={t('details.copy', { text: vat })}>
          {t('details.copy', { text: vat })}
        </button>
        <a class="lg-button" href={kboPublicSearchUrl(client.kbo)} target="_blank" rel="noopener noreferrer">
          {t('details.kboSearch')}
          <span class="lg-visually-hidden">{t('details.newTab')}</span>
        </a>
        <button type="button" class="lg-button" data-focus-key={`edit-${client.kbo}`} onClick={onEdit}>
          {t('common.edit')}
        </button>
        <button type="button" class="lg-button lg-button--danger" onClick={() => setConfirming(true)}>
          {t('common.delete')}
        </button>
      </div>
      {confirming ? (
        <ConfirmBar
          question={t('details.confirm', { name: client.name, kbo: formatted })}
          confirmLabel={t('details.confirmYes')}
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
