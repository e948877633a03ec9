import { useEffect, useState } from 'preact/hooks';
import { clearObservations, readObservations } from '../../lib/observed';
import type { Observation } from '../../lib/rules/index';
import { readState, type Settings } from '../../lib/state';
import { useT } from '../ui/i18n';
import { Rechtencheck } from './Rechtencheck';

interface Loaded {
  settings: Settings;
  observed: Observation[];
  goal?: string;
}

/**
 * The popup's Rechtencheck tab: the Rechtencheck component pre-filled with the facts from the
 * user's settings and with what the guide observed on portal pages (lib/observed.ts).
 */
export function RechtencheckPanel() {
  const { t } = useT();
  const [loaded, setLoaded] = useState<Loaded>();
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    void Promise.all([readState(), readObservations()]).then(([state, { observed, goal }]) => {
      if (!live) return;
      setLoaded({
        settings: state.settings,
        observed: observed.map(({ observation, page }) => ({ observation, page })),
        goal,
      });
    });
    return () => {
      live = false;
    };
  }, [generation]);

  if (!loaded) return <p>{t('rc.loading')}</p>;
  return (
    <div>
      {loaded.observed.length > 0 ? (
        <p class="lg-rc-observed">
          {t('rc.prefilled')}{' '}
          <button
            type="button"
            class="lg-button"
            onClick={async () => {
              await clearObservations();
              setGeneration((g) => g + 1);
            }}
          >
            {t('rc.forget')}
          </button>
        </p>
      ) : null}
      <Rechtencheck
        key={generation}
        initialHave={loaded.settings.facts}
        observed={loaded.observed}
        organisation={loaded.settings.ownOrganisation?.name}
        initialGoal={loaded.goal}
      />
    </div>
  );
}
