import { useState } from 'preact/hooks';
import { formatKbo } from '../../lib/ids';
import { daysBetween, deadlineText, localDay } from '../../lib/renewals/dates';
import { calendarFileName, renewalsCalendar } from '../../lib/renewals/ics';
import { listRenewals } from '../../lib/renewals/repository';
import { downloadText } from '../clients/download';
import { useT } from '../ui/i18n';
import { useLiveQuery } from '../ui/useLiveQuery';

/** How many renewals the popup lists before "Alle … tonen". */
const FIRST = 3;

/**
 * "Komende hernieuwingen": the Werkplek Duaal renewals kept for every organisation whose
 * dashboard the guide saw (lib/renewals), most urgent first, with the organisation, erkenning,
 * vestiging, opleiding, the day to decide by and the days left counted from today (an overdue
 * one said so), and the calendar file (.ics) to save. Nothing when none is kept. In the page's
 * language (components/ui/i18n.tsx).
 *
 * @example
 * <UpcomingRenewals announce={setMessage} />
 */
export function UpcomingRenewals({ announce }: { announce?: (message: string) => void }) {
  const { t, lang } = useT();
  const [all, setAll] = useState(false);
  const { value } = useLiveQuery(async () => (await listRenewals()).renewals, []);
  if (!value || value.length === 0) return null;
  const renewals = value;
  const today = localDay();
  const shown = all ? renewals : renewals.slice(0, FIRST);
  return (
    <section class="lg-upcoming" aria-labelledby="lg-upcoming-title">
      <h2 id="lg-upcoming-title">{t('renewals.upcoming')}</h2>
      <ol class="lg-upcoming__list">
        {shown.map((renewal) => {
          const left = daysBetween(today, renewal.deadline);
          return (
            <li
              key={`${renewal.kbo}|${renewal.erkenning}`}
              class={`lg-upcoming__item${left < 0 ? ' lg-upcoming__item--overdue' : ''}`}
              data-renewal={renewal.erkenning}
              data-kbo={renewal.kbo}
            >
              <span class="lg-upcoming__org">
                <bdi>{renewal.organisation}</bdi> <span class="lg-kbo">{formatKbo(renewal.kbo)}</span>
              </span>
              <span class="lg-upcoming__what">
                {t('renewals.erkenning')} <bdi>{renewal.erkenning}</bdi>
                {renewal.opleiding && (
                  <>
                    {' · '}
                    <bdi>{renewal.opleiding}</bdi>
                  </>
                )}
                {renewal.vestiging && (
                  <>
                    {' · '}
                    <bdi>{renewal.vestiging}</bdi>
                  </>
                )}
              </span>
              <span class="lg-upcoming__when">{deadlineText(renewal.deadline, left, lang)}</span>
            </li>
          );
        })}
      </ol>
      <p class="lg-actions">
        {renewals.length > FIRST && (
          <button type="button" class="lg-button" aria-expanded={all} onClick={() => setAll(!all)}>
            {all ? t('renewals.onlyFirst', { count: FIRST }) : t('renewals.showAll', { count: renewals.length })}
          </button>
        )}
        <button
          type="button"
          class="lg-button"
          onClick={() => {
            const fileName = calendarFileName();
            downloadText(renewalsCalendar(renewals, { lang }), fileName, 'text/calendar');
            announce?.(t('renewals.calendarMade', { file: fileName }));
          }}
        >
          {t('renewals.calendar')}
        </button>
      </p>
    </section>
  );
}
