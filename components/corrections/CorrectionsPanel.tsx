import { useState } from 'preact/hooks';
import type { Correction } from '../../lib/corrections/model';
import { deleteAllCorrections, deleteCorrection, readCorrections } from '../../lib/corrections/repository';
import { t as cardT } from '../../lib/i18n/card';
import { type ResponseOf, request } from '../../lib/messaging';
import { readPolicy } from '../../lib/policy/managed';
import { ConfirmBar } from '../ui/ConfirmBar';
import { type AppText, useT } from '../ui/i18n';
import { useLiveQuery } from '../ui/useLiveQuery';
import { namesIn } from './labels';
import { PackPanel } from './PackPanel';
import { PackStepsPanel } from './PackStepsPanel';
import { usePackSteps } from './usePackSteps';

type TestResults = ResponseOf<'corrections.test'>['results'];

/** What "Test op de huidige pagina" found, one sentence per open portal tab. */
function testLine({ t }: AppText, results: TestResults): string {
  if (results.length === 0) return t('corrections.noTab');
  return results
    .map((r) =>
      t(r.fits ? 'corrections.fits' : 'corrections.fitsNot', {
        path: r.path,
        percent: Math.round(r.match * 100),
        target: t(`corrections.target.${r.target}`),
      }),
    )
    .join(' ');
}

/**
 * The options page's "Correcties": every correction (portal, task, step, date, where it comes
 * from), "Test op de huidige pagina" (asks the open portal tabs through the background), delete
 * one or all (after a confirmation), the pack steps in use (PackStepsPanel; "delete all" removes
 * the imported ones too), and the packs to export and import. The policy's corrections and steps
 * are listed read-only.
 */
export function CorrectionsPanel(props: { announce(message: string): void }) {
  const text = useT();
  const { t, tn, lang } = text;
  const names = namesIn(text);
  const card = { report: cardT(lang, 'report.open'), teach: cardT(lang, 'teach.open') };
  const { value, error } = useLiveQuery(() => readCorrections(), []);
  const { value: policy } = useLiveQuery(() => readPolicy(), []);
  const [confirmAll, setConfirmAll] = useState(false);
  const [tests, setTests] = useState<Record<string, string>>({});
  const stored = value?.corrections ?? [];
  const packSteps = usePackSteps();
  const kept = packSteps?.kept ?? [];
  const all: Correction[] = [...stored, ...(policy?.corrections ?? [])];

  const test = async (correction: Correction) => {
    setTests((old) => ({ ...old, [correction.id]: t('corrections.testing') }));
    try {
      const { results } = await request<'corrections.test'>({ type: 'corrections.test', id: correction.id });
      setTests((old) => ({ ...old, [correction.id]: testLine(text, results) }));
    } catch {
      setTests((old) => ({ ...old, [correction.id]: t('corrections.testFailed') }));
    }
  };

  return (
    <div data-corrections="">
      <p>{t('corrections.intro', card)}</p>
      {error ? <p class="lg-error">{t('corrections.readFailed')}</p> : null}
      {value && all.length === 0 && kept.length === 0 && !packSteps?.policy.length ? (
        <p>{t('corrections.none', card)}</p>
      ) : null}
      {all.length > 0 ? (
        <table class="lg-table" aria-label={t('corrections.table')}>
          <thead>
            <tr>
              <th scope="col">{t('corrections.col.portal')}</th>
              <th scope="col">{t('corrections.col.task')}</th>
              <th scope="col">{t('corrections.col.step')}</th>
              <th scope="col">{t('corrections.col.date')}</th>
              <th scope="col">{t('corrections.col.source')}</th>
              <th scope="col">{t('corrections.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {all.map((c) => {
              const where = names.where(c.flow, c.step);
              return (
                <tr key={c.id} data-correction={c.id}>
                  <td>{names.portal(c.portal)}</td>
                  <td>{names.flow(c.flow)}</td>
                  <td>{names.step(c.flow, c.step)}</td>
                  <td>
                    <time dateTime={new Date(c.createdAt).toISOString()}>{names.date(c.createdAt)}</time>
                  </td>
                  <td>{t(`corrections.source.${c.source}`)}</td>
                  <td>
                    <button
                      type="button"
                      class="lg-button"
                      aria-label={t('corrections.testName', { where })}
                      onClick={() => void test(c)}
                    >
                      {t('corrections.test')}
                    </button>{' '}
                    {c.source === 'policy' ? (
                      <span>{t('corrections.byPolicy')}</span>
                    ) : (
                      <button
                        type="button"
                        class="lg-button lg-button--danger"
                        aria-label={t('corrections.deleteName', { where })}
                        onClick={() =>
                          void deleteCorrection(c.id).then(() => props.announce(t('corrections.deleted', { where })))
                        }
                      >
                        {t('common.delete')}
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
      {packSteps ? <PackStepsPanel steps={packSteps} announce={props.announce} /> : null}
      {(stored.length > 0 || kept.length > 0) && !confirmAll ? (
        <p>
          <button type="button" class="lg-button lg-button--danger" onClick={() => setConfirmAll(true)}>
            {t('corrections.deleteAll')}
          </button>
        </p>
      ) : null}
      {confirmAll ? (
        <ConfirmBar
          question={
            kept.length > 0
              ? tn('corrections.confirmAllSteps', kept.length)
              : tn('corrections.confirmAll', stored.length)
          }
          confirmLabel={t('corrections.confirmAllYes')}
          onConfirm={() => {
            setConfirmAll(false);
            void deleteAllCorrections().then(() => props.announce(t('corrections.allDeleted')));
          }}
          onCancel={() => setConfirmAll(false)}
        />
      ) : null}
      <PackPanel stored={stored} steps={kept} announce={props.announce} />
    </div>
  );
}
