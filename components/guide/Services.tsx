import { useEffect, useRef } from 'preact/hooks';
import type { Lang } from '../../lib/guide/lang';
import type { ServiceView } from '../../lib/guide/runtime';
import { withoutBidi } from '../../lib/text';
import { Explanation } from './Explanation';
import { ui } from './text';

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
    <section
      class="lg-services"
      aria-label={ui(
        lang,
        'Diensten op deze pagina',
        'Services on this page',
        'Services sur cette page',
        'Dienste auf dieser Seite',
      )}
    >
      <h3 class="lg-services__title">
        {ui(
          lang,
          'Diensten op deze pagina',
          'Services on this page',
          'Services sur cette page',
          'Dienste auf dieser Seite',
        )}
      </h3>
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
              {service.status === 'available'
                ? ui(lang, 'beschikbaar', 'available', 'disponible', 'verfügbar')
                : ui(lang, 'recht ontbreekt', 'right missing', 'droit manquant', 'Recht fehlt')}
            </span>
            {props.canChoose && !service.chosen && (
              <button
                type="button"
                class="lg-button lg-button--small"
                // The visible "Kies" sits beside the title; the name says what it chooses ("Kies Arbeidskaart").
                aria-label={`${ui(lang, 'Kies', 'Choose', 'Choisir', 'Wählen')} ${withoutBidi(service.title)}`}
                onClick={() => {
                  chosenNow.current = service.title;
                  props.onChoose(service.title);
                }}
              >
                {ui(lang, 'Kies', 'Choose', 'Choisir', 'Wählen')}
              </button>
            )}
            {service.chosen && <span class="lg-tag">{ui(lang, 'gekozen', 'chosen', 'choisi', 'gewählt')}</span>}
            {service.explanation && (
              <details class="lg-service__details" open={service.chosen}>
                <summary>
                  {ui(
                    lang,
                    'Waarom en wie helpt',
                    'Why, and who helps',
                    'Pourquoi, et qui aide',
                    'Warum, und wer hilft',
                  )}
                </summary>
                <Explanation explanation={service.explanation} lang={lang} />
              </details>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
