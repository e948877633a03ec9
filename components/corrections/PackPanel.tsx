import { useId, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Correction } from '../../lib/corrections/model';
import { putCorrections, putPackSteps, readCorrections } from '../../lib/corrections/repository';
import { FLOWS } from '../../lib/flows/registry';
import { textIn } from '../../lib/guide/lang';
import type { Bilingual } from '../../lib/ids';
import { readKeptSteps } from '../../lib/packs/kept';
import { checkPackSize, parsePack } from '../../lib/packs/parse';
import {
  makePack,
  type PackChange,
  packCorrections,
  previewPack,
  previewSteps,
  type StepChange,
} from '../../lib/packs/preview';
import type { Pack } from '../../lib/packs/schema';
import type { PackStep } from '../../lib/packs/steps';
import { downloadText } from '../clients/download';
import { useT } from '../ui/i18n';
import { namesIn } from './labels';

/**
 * Flow packs in the options page: export the corrections and imported pack steps as a pack file,
 * and import one with a preview — per task and step, what it adds, replaces or changes ("Verandert
 * stap 2 …", "Voegt stap … toe na …") — and a confirmation. A hostile or
 * broken file is refused with the reason (lib/packs/parse.ts, shown in the page's language only)
 * and nothing is written. The pack's texts are shown as text, never as HTML.
 */
export function PackPanel(props: {
  stored: readonly Correction[];
  /** The pack steps imported here (exported with the corrections; the policy's are not). */
  steps: readonly PackStep[];
  announce(message: string): void;
}) {
  const id = useId();
  const text = useT();
  const { t, tn, inLang, lang } = text;
  const names = namesIn(text);
  const [plan, setPlan] = useState<
    { pack: Pack; changes: PackChange[]; stepChanges: StepChange[]; file: string } | undefined
  >();
  const [problem, setProblem] = useState<Bilingual | undefined>();

  const exportPack = () => {
    const { text, fileName, pack } = makePack(props.stored, {
      extension: browser.runtime.getManifest().version,
      steps: props.steps,
    });
    downloadText(text, fileName, 'application/json');
    const steps = pack.steps?.length ?? 0;
    props.announce(
      steps > 0
        ? tn('packs.savedAll', pack.corrections.length + steps, { file: fileName })
        : tn('packs.saved', pack.corrections.length, { file: fileName }),
    );
  };

  const read = async (file: File | undefined) => {
    setPlan(undefined);
    setProblem(undefined);
    if (!file) return;
    const refused = checkPackSize(file.size) ?? undefined;
    const result = refused ?? parsePack(await file.text(), FLOWS);
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    const [stored, kept] = await Promise.all([readCorrections(), readKeptSteps()]);
    setPlan({
      pack: result.pack,
      changes: previewPack(result.pack, stored.corrections, FLOWS),
      stepChanges: previewSteps(result.pack, FLOWS, kept),
      file: file.name,
    });
  };

  const commit = async () => {
    if (!plan) return;
    const kept = await putCorrections(packCorrections(plan.pack));
    const steps = plan.pack.steps ?? [];
    if (steps.length > 0) await putPackSteps(steps);
    setPlan(undefined);
    props.announce(
      steps.length > 0 ? tn('packs.importedAll', kept.length + steps.length) : tn('packs.imported', kept.length),
    );
  };

  const byFlow = new Map<string, { corrections: PackChange[]; steps: StepChange[] }>();
  const group = (flow: string) => {
    const found = byFlow.get(flow) ?? { corrections: [], steps: [] };
    byFlow.set(flow, found);
    return found;
  };
  for (const change of plan?.changes ?? []) group(change.flow).corrections.push(change);
  for (const change of plan?.stepChanges ?? []) group(change.flow).steps.push(change);
  const stepWrites = plan?.stepChanges.length ?? 0;
  const writes = (plan?.changes.filter((c) => c.kind !== 'same').length ?? 0) + stepWrites;
  const stepLine = (change: StepChange) => {
    const title = textIn(change.step.title, lang);
    if (change.kind === 'change' && change.changes) {
      const old = textIn(change.changes.title, lang);
      return change.changes.number
        ? t('packs.steps.change', { n: change.changes.number, old, title })
        : t('packs.steps.changeAdded', { old, title });
    }
    return change.after
      ? t('packs.steps.addAfter', { title, after: textIn(change.after.title, lang) })
      : t('packs.steps.addEnd', { title });
  };

  return (
    <section aria-labelledby={`${id}-packs`} data-packs="">
      <h3 id={`${id}-packs`}>{t('packs.title')}</h3>
      <p>{t('packs.intro')}</p>
      <p>
        <button
          type="button"
          class="lg-button"
          onClick={exportPack}
          disabled={props.stored.length === 0 && props.steps.length === 0}
        >
          {t('packs.export')}
        </button>
      </p>
      <div class="lg-field">
        <label for={`${id}-file`}>{t('packs.file')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept="application/json,.json"
          onChange={(event) => void read(event.currentTarget.files?.[0])}
        />
      </div>
      {problem ? (
        <p class="lg-error" role="alert" data-pack-problem="">
          {inLang(problem)}
        </p>
      ) : null}
      {plan ? (
        <div data-pack-preview="">
          <h4>
            {plan.pack.name
              ? t('packs.previewNamed', { file: plan.file, name: plan.pack.name })
              : t('packs.preview', { file: plan.file })}
          </h4>
          {[...byFlow].map(([flow, changes]) => (
            <div key={flow}>
              <p>
                <strong>{names.flow(flow)}</strong>
              </p>
              <ul>
                {changes.corrections.map((change) => (
                  <li key={change.correction.id}>
                    {t(`packs.change.${change.kind}`, { step: names.step(change.flow, change.step) })}
                  </li>
                ))}
                {changes.steps.map((change, index) => (
                  <li key={`step-${change.step.id}-${index}`} data-pack-step-change={change.kind}>
                    {stepLine(change)}
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <p>
            <button type="button" class="lg-button lg-button--primary" onClick={() => void commit()}>
              {stepWrites > 0 ? tn('packs.importAll', writes) : tn('packs.import', writes)}
            </button>{' '}
            <button type="button" class="lg-button" onClick={() => setPlan(undefined)}>
              {t('packs.cancel')}
            </button>
          </p>
        </div>
      ) : null}
    </section>
  );
}
