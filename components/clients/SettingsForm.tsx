import { useEffect, useId, useState } from 'preact/hooks';
import { ClientError } from '../../lib/clients/model';
import { loadSettings, saveSettings } from '../../lib/clients/repository';
import { resolveLang } from '../../lib/i18n/lang';
import { formatKbo, normaliseKboInput, parseKbo } from '../../lib/ids';
import { FACTS } from '../../lib/knowledge/index';
import { LANG_SETTINGS, PROFILES, type Profile, type Settings } from '../../lib/state';
import { useT } from '../ui/i18n';
import { useLiveQuery } from '../ui/useLiveQuery';

/**
 * The user's settings: own organisation (name + KBO, validated live), profile, language, where the
 * guide's card lives and the facts (rights, roles) the user has. Saved to IndexedDB and mirrored to the overlays.
 *
 * @example
 * <SettingsForm />
 */
export function SettingsForm() {
  const id = useId();
  const { t, inLang, lang: pageLang } = useT();
  const { value: stored, error: storedError } = useLiveQuery(() => loadSettings(), []);
  const [draft, setDraft] = useState<Settings | null>(null);
  const [orgName, setOrgName] = useState('');
  const [orgKbo, setOrgKbo] = useState('');
  const [kboTouched, setKboTouched] = useState(false);
  const [status, setStatus] = useState('');
  const [dirty, setDirty] = useState(false);

  // Follow the stored settings until the person starts editing (then their edits win).
  useEffect(() => {
    if (!stored || dirty) return;
    setDraft(stored);
    setOrgName(stored.ownOrganisation?.name ?? '');
    setOrgKbo(stored.ownOrganisation?.kbo ? formatKbo(stored.ownOrganisation.kbo) : '');
  }, [stored, dirty]);

  if (!draft) {
    return <p class="lg-status">{storedError !== undefined ? t('settings.unavailable') : t('settings.loading')}</p>;
  }

  const kboResult = orgKbo.trim() === '' ? null : parseKbo(orgKbo);
  const kboComplete = normaliseKboInput(orgKbo).replace(/\D/g, '').length >= 10;
  const kboError = kboResult && !kboResult.ok && (kboTouched || kboComplete) ? inLang(kboResult.message) : null;
  const change = (next: Partial<Settings>) => {
    // Functional update: two changes before a re-render must not undo each other.
    setDraft((previous) => (previous ? { ...previous, ...next } : previous));
    setDirty(true);
    setStatus('');
  };

  async function save(event: Event) {
    event.preventDefault();
    setKboTouched(true);
    if (kboResult && !kboResult.ok) {
      document.getElementById(`${id}-org-kbo`)?.focus();
      setStatus(t('settings.kboInvalid'));
      return;
    }
    const kbo = kboResult?.ok ? kboResult.value : undefined;
    const ownOrganisation = orgName.trim() || kbo ? { name: orgName.trim(), ...(kbo ? { kbo } : {}) } : null;
    try {
      // The flows switched off are saved by their own switches: keep what is stored now.
      await saveSettings({
        ...(draft as Settings),
        ownOrganisation,
        disabledFlows: (await loadSettings()).disabledFlows,
      });
      setDirty(false);
      setStatus(t('settings.saved'));
    } catch (error) {
      setStatus(
        error instanceof ClientError
          ? error.issues.map((issue) => inLang(issue.message)).join(' ')
          : t('settings.saveFailed', { error: String(error) }),
      );
    }
  }

  return (
    <form onSubmit={save} noValidate aria-label={t('settings.form')}>
      <fieldset>
        <legend>{t('settings.ownOrg')}</legend>
        <div class="lg-field">
          <label for={`${id}-org-name`}>{t('settings.orgName')}</label>
          <input
            id={`${id}-org-name`}
            type="text"
            value={orgName}
            onInput={(event) => {
              setOrgName(event.currentTarget.value);
              setDirty(true);
            }}
          />
        </div>
        <div class="lg-field">
          <label for={`${id}-org-kbo`}>{t('settings.orgKbo')}</label>
          <input
            id={`${id}-org-kbo`}
            type="text"
            value={orgKbo}
            aria-invalid={kboError !== null}
            aria-describedby={kboError ? `${id}-org-kbo-error` : undefined}
            onInput={(event) => {
              setOrgKbo(event.currentTarget.value);
              setDirty(true);
            }}
            onBlur={() => setKboTouched(true)}
          />
          {kboError ? (
            <p class="lg-error" id={`${id}-org-kbo-error`}>
              {kboError}
            </p>
          ) : null}
        </div>
      </fieldset>
      <div class="lg-field">
        <label for={`${id}-profile`}>{t('settings.profile')}</label>
        <select
          id={`${id}-profile`}
          value={draft.profile}
          onChange={(event) => change({ profile: event.currentTarget.value as Profile })}
        >
          {PROFILES.map((profile) => (
            <option key={profile} value={profile}>
              {t(`profile.${profile}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>{t('settings.lang')}</legend>
        {LANG_SETTINGS.map((lang) => (
          <label key={lang} style={{ marginRight: '1rem' }}>
            <input
              type="radio"
              name={`${id}-lang`}
              value={lang}
              checked={draft.lang === lang}
              onChange={() => change({ lang })}
            />{' '}
            {lang === 'auto' ? (
              t('settings.lang.auto', { lang: t(`lang.name.${resolveLang('auto')}`) })
            ) : (
              // Each language in its own name: a person finds theirs whatever the page speaks.
              <span lang={lang}>{t(`lang.name.${lang}`)}</span>
            )}
          </label>
        ))}
        {/* The card on the federal portal in French or German (elsewhere it stays Dutch). */}
        <p class="lg-hint">{t('settings.lang.hint')}</p>
      </fieldset>
      <fieldset>
        <legend>{t('settings.cardPlace')}</legend>
        {(
          [
            ['page', t('settings.cardPlace.page')],
            // The page then keeps only the ring and a one-line hint (entrypoints/sidepanel).
            ['panel', t('settings.cardPlace.panel')],
          ] as const
        ).map(([place, label]) => (
          <label key={place} style={{ display: 'block' }}>
            <input
              type="radio"
              name={`${id}-place`}
              value={place}
              checked={draft.cardPlace === place}
              onChange={() => change({ cardPlace: place })}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('settings.facts')}</legend>
        <div class="lg-facts">
          {FACTS.map(({ id: fact, label }) => (
            <label key={fact}>
              <input
                type="checkbox"
                checked={draft.facts.includes(fact)}
                onChange={(event) => {
                  const on = event.currentTarget.checked;
                  setDirty(true);
                  setDraft((previous) =>
                    previous
                      ? {
                          ...previous,
                          facts: on
                            ? [...previous.facts.filter((candidate) => candidate !== fact), fact]
                            : previous.facts.filter((candidate) => candidate !== fact),
                        }
                      : previous,
                  );
                }}
              />{' '}
              {label[pageLang]}
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" class="lg-button lg-button--primary">
        {t('settings.save')}
      </button>
      <p class="lg-status" role="status">
        {status}
      </p>
    </form>
  );
}
