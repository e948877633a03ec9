import { useState } from 'preact/hooks';
import { clearFailures, readFailures } from '../../lib/failures/repository';
import { t as cardT } from '../../lib/i18n/card';
import { useT } from '../ui/i18n';
import { useLiveQuery } from '../ui/useLiveQuery';
import { namesIn } from './labels';

/**
 * "Stappen die mislukken" (issue 10): the local failure counts (lib/failures), the steps that
 * fail most first, each with a "Rapport" button that says how to report that screen: the report
 * is made on the portal page itself (it describes what the guide saw there), so the person opens
 * the step and uses "Klopt dit niet?" in the card. Nothing of the pages is counted.
 */
export function FailuresPanel(props: { announce(message: string): void }) {
  const text = useT();
  const { t, tn, count, lang } = text;
  const names = namesIn(text);
  const { value: failures } = useLiveQuery(() => readFailures(), []);
  const [open, setOpen] = useState<string | undefined>();
  const top = (failures ?? []).slice(0, 10);
  return (
    <div data-failures="">
      <p>{t('failures.intro')}</p>
      {failures && top.length === 0 ? <p>{t('failures.none')}</p> : null}
      {top.length > 0 ? (
        <table class="lg-table" aria-label={t('failures.table')}>
          <thead>
            <tr>
              <th scope="col">{t('failures.col.portal')}</th>
              <th scope="col">{t('failures.col.where')}</th>
              <th scope="col">{t('failures.col.kind')}</th>
              <th scope="col">{t('failures.col.count')}</th>
              <th scope="col">{t('failures.col.last')}</th>
              <th scope="col">{t('failures.col.report')}</th>
            </tr>
          </thead>
          <tbody>
            {top.map((failure) => {
              const key = `${failure.flow}/${failure.step}/${failure.kind}`;
              const where = names.where(failure.flow, failure.step);
              return (
                <tr key={key} data-failure={key}>
                  <td>{names.portal(failure.portal)}</td>
                  <td>{where}</td>
                  <td>{t(`failures.kind.${failure.kind}`)}</td>
                  <td>{count(failure.count)}</td>
                  <td>
                    <time dateTime={new Date(failure.lastAt).toISOString()}>{names.date(failure.lastAt)}</time>
                  </td>
                  <td>
                    <button
                      type="button"
                      class="lg-button"
                      aria-expanded={open === key}
                      aria-label={t('failures.reportName', { where })}
                      onClick={() => setOpen(open === key ? undefined : key)}
                    >
                      {t('failures.report')}
                    </button>
                    {open === key ? (
                      <p data-failure-help="">
                        {t('failures.help', {
                          portal: names.portal(failure.portal),
                          task: names.flow(failure.flow),
                          step: names.step(failure.flow, failure.step),
                          report: cardT(lang, 'report.open'),
                          teach: cardT(lang, 'teach.open'),
                        })}
                      </p>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {top.length > 0 ? (
        <p>
          <button
            type="button"
            class="lg-button"
            onClick={() =>
              void clearFailures().then(() => props.announce(tn('failures.cleared', failures?.length ?? 0)))
            }
          >
            {t('failures.clear')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
