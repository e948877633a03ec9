import { useState } from 'preact/hooks';
import { clearFailures, readFailures } from '../../lib/failures/repository';
import { plural } from '../ui/text';
import { useLiveQuery } from '../ui/useLiveQuery';
import { dateOf, flowName, portalName, stepName } from './labels';

const KIND = {
  'no-target': 'getoond zonder de knop of het veld te vinden',
  unsure: 'de gids was onzeker welk scherm het was',
} as const;

/**
 * "Stappen die mislukken" (issue 10): the local failure counts (lib/failures), the steps that
 * fail most first, each with a "Rapport" button that says how to report that screen: the report
 * is made on the portal page itself (it describes what the guide saw there), so the person opens
 * the step and uses "Klopt dit niet?" in the card. Nothing of the pages is counted.
 */
export function FailuresPanel(props: { announce(message: string): void }) {
  const { value: failures } = useLiveQuery(() => readFailures(), []);
  const [open, setOpen] = useState<string | undefined>();
  const top = (failures ?? []).slice(0, 10);
  return (
    <div data-failures="">
      <p>
        Hoe vaak elke stap op dit toestel mislukte: getoond zonder de knop te vinden, of op een scherm waar de gids
        onzeker was. Alleen de stap en het aantal worden bijgehouden, niets van de pagina.{' '}
        <span lang="en">/ How often each step failed on this device; only the step and a count are kept.</span>
      </p>
      {failures && top.length === 0 ? <p>Geen mislukte stappen geteld. / No failed steps counted.</p> : null}
      {top.length > 0 ? (
        <table class="lg-table" aria-label="Stappen die het vaakst mislukken">
          <thead>
            <tr>
              <th scope="col">Portaal</th>
              <th scope="col">Taak en stap</th>
              <th scope="col">Wat</th>
              <th scope="col">Aantal</th>
              <th scope="col">Laatst</th>
              <th scope="col">Melden</th>
            </tr>
          </thead>
          <tbody>
            {top.map((failure) => {
              const key = `${failure.flow}/${failure.step}/${failure.kind}`;
              const where = `${flowName(failure.flow)}, ${stepName(failure.flow, failure.step)}`;
              return (
                <tr key={key} data-failure={key}>
                  <td>{portalName(failure.portal)}</td>
                  <td>{where}</td>
                  <td>{KIND[failure.kind]}</td>
                  <td>{failure.count}</td>
                  <td>{dateOf.format(failure.lastAt)}</td>
                  <td>
                    <button
                      type="button"
                      class="lg-button"
                      aria-expanded={open === key}
                      onClick={() => setOpen(open === key ? undefined : key)}
                    >
                      Rapport<span class="lg-sr">: {where}</span>
                    </button>
                    {open === key ? (
                      <p data-failure-help="">
                        De melding wordt op de pagina van het portaal zelf gemaakt. Open in {portalName(failure.portal)}{' '}
                        de taak "{flowName(failure.flow)}" tot bij "{stepName(failure.flow, failure.step)}" en klik in
                        de kaart van Loketgids op "Klopt dit niet? Meld dit scherm": u bewaart of kopieert de melding
                        (zonder namen of nummers) voor de helpdesk. Met "Leer de gids dit scherm" verbetert u de stap
                        meteen.{' '}
                        <span lang="en">
                          / The report is made on the portal page: open the step there and click "Klopt dit niet?" in
                          the card.
                        </span>
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
              void clearFailures().then(() =>
                props.announce(`${plural(failures?.length ?? 0, 'telling', 'tellingen')} gewist. / Counts cleared.`),
              )
            }
          >
            De tellingen wissen
          </button>
        </p>
      ) : null}
    </div>
  );
}
