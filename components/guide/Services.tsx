import { useEffect, useRef } from 'preact/hooks';
import type { Lang } from '../../lib/guide/lang';
import type { ServiceView } from '../../lib/guide/runtime';
import { t } from '../../lib/i18n/card';
import { withoutBidi } from '../../lib/text';
import { Explanation } from './Explanation';

/** Every service on the WSE overview: available, or which right is missing (with the explanation inline). */
export function Services(props: {
  services: ServiceView[];
  lang: Lang;
  canChoose: boolean;
  onChoose(title: string): void;
}) {
  const { lang } = props;
  // The chosen service's "Kies" button goes away: the focus moves to that service's item (which now
  // says "gekozen"), not to the page's body.
  const chosenNow = useRef<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    const title = chosenNow.current;
    if (title === null) return;
    const item = [...(list.current?.children ?? [])].find(
      (li): li is HTMLElement => li instanceof HTMLElement && li.dataset.service === title,
    );
    if (item && props.services.some((service) => service.title === title && service.chosen)) {
      chosenNow.current = null;
      item.focus();
    }
  });
  return (
    <section class="lg-services" aria-label={t(lang, 'services.title')}>
      <h3 class="lg-services__title">{t(lang, 'services.title')}</h3>
      <ul class="lg-services__list" ref={list}>
        {props.services.map((service) => (
          <li
            key={service.title}
            class={`lg-service lg-service--${service.status}${service.chosen ? ' lg-service--chosen' : ''}`}
            data-service={service.title}
            data-status={service.status}
            tabIndex={service.chosen ? -1 : undefined}
          >
            <bdi class="lg-service__title">{withoutBidi(service.title)}</bdi>{' '}
            <span class="lg-service__status">
              {service.status === 'available' ? t(lang, 'services.available') : t(lang, 'services.missing')}
            </span>
            {props.canChoose && !service.chosen && (
              <button
                type="button"
                class="lg-button lg-button--small"
                // The visible "Kies" sits beside the title; the name says what it chooses ("Kies Arbeidskaart").
                aria-label={t(lang, 'services.chooseService', { service: withoutBidi(service.title) })}
                onClick={() => {
                  chosenNow.current = service.title;
                  props.onChoose(service.title);
                }}
              >
                {t(lang, 'services.choose')}
              </button>
            )}
            {service.chosen && <span class="lg-tag">{t(lang, 'services.chosen')}</span>}
            {service.explanation && (
              <details class="lg-service__details" open={service.chosen}>
                <summary>{t(lang, 'services.why')}</summary>
                <Explanation explanation={service.explanation} lang={lang} />
              </details>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
