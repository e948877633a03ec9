import { useId } from 'preact/hooks';
import { deletePackStep } from '../../lib/corrections/repository';
import { FLOWS, PAGES_BY_ID } from '../../lib/flows/registry';
import { textIn } from '../../lib/guide/lang';
import { applyPackSteps } from '../../lib/packs/apply';
import { type PackStep, packStepKey } from '../../lib/packs/steps';
import { useT } from '../ui/i18n';
import { namesIn } from './labels';
import type { PackStepsInUse } from './usePackSteps';

/**
 * The options page's list of the pack steps in use (in "Correcties"): per step its task, its
 * number and title in the task as the guide now walks it, whether it replaces a built-in step or
 * was added, and where it comes from; an imported one can be deleted, the policy's cannot.
 * Pack texts are shown as text, never as HTML.
 */
export function PackStepsPanel(props: { steps: PackStepsInUse; announce(message: string): void }) {
  const id = useId();
  const text = useT();
  const { t, lang } = text;
  const names = namesIn(text);
  const rows: { packStep: PackStep; source: 'pack' | 'policy' }[] = [
    ...props.steps.kept.map((packStep) => ({ packStep, source: 'pack' as const })),
    ...props.steps.policy.map((packStep) => ({ packStep, source: 'policy' as const })),
  ];
  if (rows.length === 0) return null;
  const applied = applyPackSteps(FLOWS, [...props.steps.kept, ...props.steps.policy], PAGES_BY_ID);

  return (
    <section aria-labelledby={`${id}-steps`} data-pack-steps="">
      <h3 id={`${id}-steps`}>{t('packSteps.title')}</h3>
      <p>{t('packSteps.intro')}</p>
      <table class="lg-table" aria-label={t('packSteps.table')}>
        <thead>
          <tr>
            <th scope="col">{t('packSteps.col.task')}</th>
            <th scope="col">{t('packSteps.col.step')}</th>
            <th scope="col">{t('packSteps.col.what')}</th>
            <th scope="col">{t('packSteps.col.source')}</th>
            <th scope="col">{t('packSteps.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ packStep, source }, index) => {
            const key = packStepKey(packStep);
            const title = textIn(packStep.step.title, lang);
            const flowSteps = applied.find((f) => f.id === packStep.flow)?.steps ?? [];
            const n = flowSteps.findIndex((s) => s.id === packStep.step.id) + 1;
            const builtIn = FLOWS.find((f) => f.id === packStep.flow)?.steps.some((s) => s.id === packStep.step.id);
            const task = names.flow(packStep.flow);
            return (
              <tr key={`${source}-${key}-${index}`} data-pack-step={key}>
                <td>{task}</td>
                <td>{n > 0 ? t('names.step', { n, title }) : title}</td>
                <td>{t(builtIn ? 'packSteps.changes' : 'packSteps.adds')}</td>
                <td>{t(`packSteps.source.${source}`)}</td>
                <td>
                  {source === 'policy' ? (
                    <span>{t('corrections.byPolicy')}</span>
                  ) : (
                    <button
                      type="button"
                      class="lg-button lg-button--danger"
                      aria-label={t('packSteps.deleteName', { title, task })}
                      onClick={() =>
                        void deletePackStep(key).then(() => props.announce(t('packSteps.deleted', { title })))
                      }
                    >
                      {t('common.delete')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
