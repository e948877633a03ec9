import { useEffect, useId, useState } from 'preact/hooks';
import { ClientError } from '../../lib/clients/model';
import { loadSettings, saveSettings } from '../../lib/clients/repository';
import { formatKbo, normaliseKboInput, parseKbo } from '../../lib/ids';
import { FACTS } from '../../lib/knowledge/index';
import { PROFILES, type Profile, type Settings } from '../../lib/state';
import { both } from '../ui/text';
import { useLiveQuery } from '../ui/useLiveQuery';

const PROFILE_LABELS: Record<Profile, string> = {
  secretariaat: 'Medewerker sociaal secretariaat',
  werkgever: 'Werkgever / organisatieverantwoordelijke',
  'lokale-beheerder': '(Hoofd) lokale beheerder / toegangsbeheerder',
  'sectoraal-partnerschap': 'Sectoraal partnerschap / onderneming in duaal leren',
  trainer: 'Trainer / helpdesk',
};

/**
 * The user's settings: own organisation (name + KBO, validated live), profile, language, where the
 * guide's card lives and the facts (rights, roles) the user has. Saved to IndexedDB and mirrored to the overlays.
 *
 * @example
 * <SettingsForm />
 */
export function SettingsForm() {
  const id = useId();
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
    return (
      <p class="lg-status">
        {storedError !== undefined
          ? 'De instellingen zijn niet beschikbaar: de opslag kan niet geopend worden (zie de melding bovenaan).'
          : 'Instellingen laden…'}
      </p>
    );
  }

  const kboResult = orgKbo.trim() === '' ? null : parseKbo(orgKbo);
  const kboComplete = normaliseKboInput(orgKbo).replace(/\D/g, '').length >= 10;
  const kboError = kboResult && !kboResult.ok && (kboTouched || kboComplete) ? both(kboResult.message) : null;
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
      setStatus('Niet opgeslagen: het ondernemingsnummer is ongeldig. / Not saved: the enterprise number is invalid.');
      return;
    }
    const kbo = kboResult?.ok ? kboResult.value : undefined;
    const ownOrganisation = orgName.trim() || kbo ? { name: orgName.trim(), ...(kbo ? { kbo } : {}) } : null;
    try {
      await saveSettings({ ...(draft as Settings), ownOrganisation });
      setDirty(false);
      setStatus('Instellingen opgeslagen. / Settings saved.');
    } catch (error) {
      setStatus(error instanceof ClientError ? error.message : `Opslaan mislukt / Saving failed: ${String(error)}`);
    }
  }

  return (
    <form onSubmit={save} noValidate aria-label="Instellingen">
      <fieldset>
        <legend>Eigen organisatie / Own organisation</legend>
        <div class="lg-field">
          <label for={`${id}-org-name`}>Naam (zoals op de tegel in het WSE-loket)</label>
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
          <label for={`${id}-org-kbo`}>Ondernemingsnummer van de eigen organisatie</label>
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
        <label for={`${id}-profile`}>Profiel / Profile</label>
        <select
          id={`${id}-profile`}
          value={draft.profile}
          onChange={(event) => change({ profile: event.currentTarget.value as Profile })}
        >
          {PROFILES.map((profile) => (
            <option key={profile} value={profile}>
              {PROFILE_LABELS[profile]}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>Taal / Language</legend>
        {(
          [
            ['nl', 'Nederlands'],
            ['en', 'English'],
            // The card on the federal portal in French or German (elsewhere it stays Dutch).
            ['fr', 'Français'],
            ['de', 'Deutsch'],
          ] as const
        ).map(([lang, label]) => (
          <label key={lang} style={{ marginRight: '1rem' }}>
            <input
              type="radio"
              name={`${id}-lang`}
              value={lang}
              checked={draft.lang === lang}
              onChange={() => change({ lang })}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Kaart van de gids / The guide's card</legend>
        {(
          [
            ['page', 'Op de portaalpagina, zwevend / On the portal page, floating'],
            // The page then keeps only the ring and a one-line hint (entrypoints/sidepanel).
            ['panel', 'In het zijpaneel van de browser, naast de pagina / In the browser’s side panel'],
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
        <legend>Rechten en rollen die je hebt / Rights and roles you have</legend>
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
              {label.nl} <span lang="en">/ {label.en}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" class="lg-button lg-button--primary">
        Instellingen opslaan
      </button>
      <p class="lg-status" role="status">
        {status}
      </p>
    </form>
  );
}
