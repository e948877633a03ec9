import { useId, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Correction } from '../../lib/corrections/model';
import { putCorrections, readCorrections } from '../../lib/corrections/repository';
import { FLOWS } from '../../lib/flows/registry';
import type { Bilingual } from '../../lib/ids';
import { checkPackSize, parsePack } from '../../lib/packs/parse';
import { makePack, type PackChange, packCorrections, previewPack } from '../../lib/packs/preview';
import type { Pack } from '../../lib/packs/schema';
import { downloadText } from '../clients/download';
import { useT } from '../ui/i18n';
import { namesIn } from './labels';

/**
 * Flow packs in the options page: export the corrections as a pack file, and import one with a
 * preview — per task and step, what it adds or replaces — and a confirmation. A hostile or
 * broken file is refused with the reason (lib/packs/parse.ts, shown in the page's language only)
 * and nothing is written. The pack's texts are shown as text, never as HTML.
 */
export function PackPanel(props: { stored: readonly Correction[]; announce(message: string): void }) {
  const id = useId();
  const text = useT();
  const { t, tn, inLang } = text;
  const names = namesIn(text);
  const [plan, setPlan] = useState<{ pack: Pack; changes: PackChange[]; file: string } | undefined>();
  const [problem, setProblem] = useState<Bilingual | undefined>();

  const exportPack = () => {
    const { text, fileName, pack } = makePack(props.stored, { extension: browser.runtime.getManifest().version });
    downloadText(text, fileName, 'application/json');
    props.announce(tn('packs.saved', pack.corrections.length, { file: fileName }));
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
    const stored = (await readCorrections()).corrections;
    setPlan({ pack: result.pack, changes: previewPack(result.pack, stored, FLOWS), file: file.name });
  };

  const commit = async () => {
    if (!plan) return;
    const kept = await putCorrections(packCorrections(plan.pack));
    setPlan(undefined);
    props.announce(tn('packs.imported', kept.length));
  };

  const byFlow = new Map<string, PackChange[]>();
  for (const change of plan?.changes ?? []) byFlow.set(change.flow, [...(byFlow.get(change.flow) ?? []), change]);
  const writes = plan?.changes.filter((c) => c.kind !== 'same').length ?? 0;

  return (
    <section aria-labelledby={`${id}-packs`} data-packs="">
      <h3 id={`${id}-packs`}>{t('packs.title')}</h3>
      <p>{t('packs.intro')}</p>
      <p>
        <button type="button" class="lg-button" onClick={exportPack} disabled={props.stored.length === 0}>
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
                {changes.map((change) => (
                  <li key={change.correction.id}>
                    {t(`packs.change.${change.kind}`, { step: names.step(change.flow, change.step) })}
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <p>
            <button type="button" class="lg-button lg-button--primary" onClick={() => void commit()}>
              {tn('packs.import', writes)}
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
