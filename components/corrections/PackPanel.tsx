import { useId, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Correction } from '../../lib/corrections/model';
import { putCorrections, readCorrections } from '../../lib/corrections/repository';
import { FLOWS } from '../../lib/flows/registry';
import { checkPackSize, parsePack } from '../../lib/packs/parse';
import { makePack, type PackChange, packCorrections, previewPack } from '../../lib/packs/preview';
import type { Pack } from '../../lib/packs/schema';
import { downloadText } from '../clients/download';
import { both, plural } from '../ui/text';
import { flowName, stepName } from './labels';

const KIND = {
  add: 'nieuw / new',
  replace: 'vervangt een correctie / replaces a correction',
  same: 'al aanwezig, ongewijzigd / already here, unchanged',
} as const;

/**
 * Flow packs in the options page: export the corrections as a pack file, and import one with a
 * preview — per task and step, what it adds or replaces — and a confirmation. A hostile or
 * broken file is refused with the reason (lib/packs/parse.ts) and nothing is written. The pack's
 * texts are shown as text, never as HTML.
 */
export function PackPanel(props: { stored: readonly Correction[]; announce(message: string): void }) {
  const id = useId();
  const [plan, setPlan] = useState<{ pack: Pack; changes: PackChange[]; file: string } | undefined>();
  const [problem, setProblem] = useState('');

  const exportPack = () => {
    const { text, fileName, pack } = makePack(props.stored, { extension: browser.runtime.getManifest().version });
    downloadText(text, fileName, 'application/json');
    props.announce(`Pakket bewaard: ${fileName} (${plural(pack.corrections.length, 'correctie', 'correcties')}).`);
  };

  const read = async (file: File | undefined) => {
    setPlan(undefined);
    setProblem('');
    if (!file) return;
    const refused = checkPackSize(file.size) ?? undefined;
    const result = refused ?? parsePack(await file.text(), FLOWS);
    if (!result.ok) {
      setProblem(both(result.problem));
      return;
    }
    const stored = (await readCorrections()).corrections;
    setPlan({ pack: result.pack, changes: previewPack(result.pack, stored, FLOWS), file: file.name });
  };

  const commit = async () => {
    if (!plan) return;
    const kept = await putCorrections(packCorrections(plan.pack));
    setPlan(undefined);
    props.announce(`Pakket ingelezen: ${plural(kept.length, 'correctie', 'correcties')}. / Pack imported.`);
  };

  const byFlow = new Map<string, PackChange[]>();
  for (const change of plan?.changes ?? []) byFlow.set(change.flow, [...(byFlow.get(change.flow) ?? []), change]);
  const writes = plan?.changes.filter((c) => c.kind !== 'same').length ?? 0;

  return (
    <section aria-labelledby={`${id}-packs`} data-packs="">
      <h3 id={`${id}-packs`}>Pakketten / Packs</h3>
      <p>
        Een pakket is een JSON-bestand met correcties, om door te geven aan collega's of een helpdesk. Het bevat alleen
        gegevens, nooit code. <span lang="en">/ A pack is a JSON file of corrections to pass on; data only.</span>
      </p>
      <p>
        <button type="button" class="lg-button" onClick={exportPack} disabled={props.stored.length === 0}>
          Exporteer de correcties als pakket
        </button>
      </p>
      <div class="lg-field">
        <label for={`${id}-file`}>Kies een pakketbestand om in te lezen (JSON, hoogstens 1 MB)</label>
        <input
          id={`${id}-file`}
          type="file"
          accept="application/json,.json"
          onChange={(event) => void read(event.currentTarget.files?.[0])}
        />
      </div>
      {problem ? (
        <p class="lg-error" role="alert" data-pack-problem="">
          {problem}
        </p>
      ) : null}
      {plan ? (
        <div data-pack-preview="">
          <h4>
            Voorbeeld: {plan.file}
            {plan.pack.name ? ` (${plan.pack.name})` : ''}
          </h4>
          {[...byFlow].map(([flow, changes]) => (
            <div key={flow}>
              <p>
                <strong>{flowName(flow)}</strong>
              </p>
              <ul>
                {changes.map((change) => (
                  <li key={change.correction.id}>
                    {stepName(change.flow, change.step)}: {KIND[change.kind]}
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <p>
            <button type="button" class="lg-button lg-button--primary" onClick={() => void commit()}>
              {`Importeer ${plural(writes, 'correctie', 'correcties')}`}
            </button>{' '}
            <button type="button" class="lg-button" onClick={() => setPlan(undefined)}>
              Annuleer het inlezen
            </button>
          </p>
        </div>
      ) : null}
    </section>
  );
}
