import { useState } from 'preact/hooks';
import type { Correction } from '../../lib/corrections/model';
import { deleteAllCorrections, deleteCorrection, readCorrections } from '../../lib/corrections/repository';
import { request } from '../../lib/messaging';
import { readPolicy } from '../../lib/policy/managed';
import { ConfirmBar } from '../ui/ConfirmBar';
import { plural } from '../ui/text';
import { useLiveQuery } from '../ui/useLiveQuery';
import { dateOf, flowName, portalName, SOURCE_LABEL, stepName } from './labels';
import { PackPanel } from './PackPanel';

const TEXT = {
  intro: {
    nl: 'Wat u de gids leerde met "Klopt dit niet?" → "Leer de gids dit scherm", of wat een pakket of het beleid van uw beheerder meebracht. De gids gebruikt deze correcties bij het herkennen van een scherm en zijn knop.',
    en: 'What you taught the guide with "Klopt dit niet?" → "Leer de gids dit scherm", or what a pack or your administrator\'s policy brought. The guide uses these corrections to recognise a screen and its button.',
  },
  none: {
    nl: 'Nog geen correcties. Klopt een stap niet op een portaal, open dan in de kaart "Klopt dit niet?" en kies "Leer de gids dit scherm".',
    en: 'No corrections yet. When a step is wrong on a portal, open "Klopt dit niet?" in the card and choose "Leer de gids dit scherm".',
  },
  noTab: {
    nl: 'Geen geopend portaal gevonden voor deze correctie. Open de pagina van het portaal in een tabblad (met Loketgids actief) en test opnieuw.',
    en: 'No open portal page found for this correction. Open the portal page in a tab (with Loketgids running) and test again.',
  },
} as const;

function testLine(results: { path: string; match: number; fits: boolean; target: string }[]): string {
  if (results.length === 0) return `${TEXT.noTab.nl} / ${TEXT.noTab.en}`;
  return results
    .map((r) => {
      const fits = r.fits
        ? `past op de pagina ${r.path} (${Math.round(r.match * 100)} %)`
        : `past niet op de pagina ${r.path} (${Math.round(r.match * 100)} %)`;
      const target =
        r.target === 'found'
          ? 'de knop is gevonden'
          : r.target === 'ambiguous'
            ? 'twee knoppen lijken erop: de gids duidt niets aan'
            : r.target === 'not-found'
              ? 'de knop is niet gevonden'
              : 'deze stap heeft geen knop';
      return `De correctie ${fits}; ${target}.`;
    })
    .join(' ');
}

/**
 * The options page's "Correcties": every correction (portal, task, step, date, where it comes
 * from), "Test op de huidige pagina" (asks the open portal tabs through the background), delete
 * one or all (after a confirmation), and the packs to export and import. The policy's
 * corrections are listed read-only.
 */
export function CorrectionsPanel(props: { announce(message: string): void }) {
  const { value, error } = useLiveQuery(() => readCorrections(), []);
  const { value: policy } = useLiveQuery(() => readPolicy(), []);
  const [confirmAll, setConfirmAll] = useState(false);
  const [tests, setTests] = useState<Record<string, string>>({});
  const stored = value?.corrections ?? [];
  const all: Correction[] = [...stored, ...(policy?.corrections ?? [])];

  const test = async (correction: Correction) => {
    setTests((t) => ({ ...t, [correction.id]: 'Bezig met testen… / Testing…' }));
    try {
      const { results } = await request<'corrections.test'>({ type: 'corrections.test', id: correction.id });
      setTests((t) => ({ ...t, [correction.id]: testLine(results) }));
    } catch (failure) {
      setTests((t) => ({ ...t, [correction.id]: `Test mislukt / Test failed: ${String(failure)}` }));
    }
  };

  return (
    <div data-corrections="">
      <p>
        {TEXT.intro.nl} <span lang="en">/ {TEXT.intro.en}</span>
      </p>
      {error ? (
        <p class="lg-error">De correcties konden niet gelezen worden. / The corrections could not be read.</p>
      ) : null}
      {value && all.length === 0 ? (
        <p>
          {TEXT.none.nl} <span lang="en">/ {TEXT.none.en}</span>
        </p>
      ) : null}
      {all.length > 0 ? (
        <table class="lg-table" aria-label="Correcties">
          <thead>
            <tr>
              <th scope="col">Portaal</th>
              <th scope="col">Taak</th>
              <th scope="col">Stap</th>
              <th scope="col">Datum</th>
              <th scope="col">Herkomst</th>
              <th scope="col">Acties</th>
            </tr>
          </thead>
          <tbody>
            {all.map((c) => {
              const where = `${flowName(c.flow)}, ${stepName(c.flow, c.step)}`;
              return (
                <tr key={c.id} data-correction={c.id}>
                  <td>{portalName(c.portal)}</td>
                  <td>{flowName(c.flow)}</td>
                  <td>{stepName(c.flow, c.step)}</td>
                  <td>{dateOf.format(c.createdAt)}</td>
                  <td>{SOURCE_LABEL[c.source].nl}</td>
                  <td>
                    <button type="button" class="lg-button" onClick={() => void test(c)}>
                      Test op de huidige pagina<span class="lg-sr">: {where}</span>
                    </button>{' '}
                    {c.source === 'policy' ? (
                      <span>vastgelegd door uw beheerder</span>
                    ) : (
                      <button
                        type="button"
                        class="lg-button lg-button--danger"
                        onClick={() =>
                          void deleteCorrection(c.id).then(() => props.announce(`Correctie verwijderd: ${where}.`))
                        }
                      >
                        Verwijder<span class="lg-sr"> de correctie voor {where}</span>
                      </button>
                    )}
                    {tests[c.id] ? (
                      <p role="status" data-correction-test="">
                        {tests[c.id]}
                      </p>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {stored.length > 0 && !confirmAll ? (
        <p>
          <button type="button" class="lg-button lg-button--danger" onClick={() => setConfirmAll(true)}>
            Alle correcties verwijderen
          </button>
        </p>
      ) : null}
      {confirmAll ? (
        <ConfirmBar
          question={`${plural(stored.length, 'correctie', 'correcties')} definitief verwijderen? / Delete for good?`}
          confirmLabel="Ja, verwijder alle correcties"
          onConfirm={() => {
            setConfirmAll(false);
            void deleteAllCorrections().then(() =>
              props.announce('Alle correcties verwijderd. / All corrections deleted.'),
            );
          }}
          onCancel={() => setConfirmAll(false)}
        />
      ) : null}
      <PackPanel stored={stored} announce={props.announce} />
    </div>
  );
}
