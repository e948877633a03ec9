import type { Lang } from '../../lib/guide/lang';
import type { GuideView } from '../../lib/guide/runtime';
import { t } from '../../lib/i18n/card';
import { deadlineText } from '../../lib/renewals/dates';

/**
 * The renewal tasks of this dashboard, most urgent first, each with the day to decide by
 * ("Beslissen vóór 11 december 2026, nog 10 dagen"; lib/guide/features/wpd-renewals.ts).
 */
export function Renewals({ renewals, lang: cardLang }: { renewals: NonNullable<GuideView['renewals']>; lang: Lang }) {
  // Werkplek Duaal is Dutch only: its card is never French or German (lib/guide/lang.ts).
  const lang = cardLang === 'en' ? 'en' : 'nl';
  return (
    <section class="lg-renewals" aria-labelledby="lg-renewals-title">
      <h3 class="lg-renewals__title" id="lg-renewals-title">
        {t(lang, 'renewals.title')}
      </h3>
      <ol class="lg-renewals__list">
        {renewals.items.map((item) => (
          <li
            key={item.erkenning}
            class={item.daysLeft < 0 ? 'lg-renewal lg-renewal--overdue' : 'lg-renewal'}
            data-renewal={item.erkenning}
          >
            <strong>
              <bdi>{item.erkenning}</bdi>
            </strong>
            {item.opleiding && (
              <>
                {' · '}
                <bdi>{item.opleiding}</bdi>
              </>
            )}
            {item.vestiging && (
              <>
                {' · '}
                <bdi>{item.vestiging}</bdi>
              </>
            )}
            <br />
            <span class="lg-renewal__when">{deadlineText(item.deadline, item.daysLeft, lang)}</span>
          </li>
        ))}
      </ol>
      {renewals.organisation !== undefined && <p class="lg-renewals__kept">{t(lang, 'renewals.kept')}</p>}
    </section>
  );
}
