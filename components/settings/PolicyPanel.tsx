import { readPolicy } from '../../lib/policy/managed';
import { flowName } from '../corrections/labels';
import { both, plural } from '../ui/text';
import { useLiveQuery } from '../ui/useLiveQuery';

/**
 * What the administrator's managed policy sets (lib/policy/managed.ts), read-only: the flows it
 * switches off, the packs it applies, and what of it was left out and why.
 */
export function PolicyPanel() {
  const { value: policy } = useLiveQuery(() => readPolicy(), []);
  if (!policy) return null;
  if (!policy.present) {
    return (
      <p data-policy="none">
        Uw beheerder heeft geen beleid voor Loketgids ingesteld.{' '}
        <span lang="en">/ No policy is set for Loketgids.</span>
      </p>
    );
  }
  return (
    <div data-policy="">
      <p>
        Uw beheerder stelt dit in; u kunt het hier niet wijzigen.{' '}
        <span lang="en">/ Set by your administrator; read-only.</span>
      </p>
      <p>Uitgezette taken: {policy.disabledFlows.length ? policy.disabledFlows.map(flowName).join(', ') : 'geen'}</p>
      <p>Pakketten:</p>
      <ul>
        {policy.packs.length === 0 ? <li>geen</li> : null}
        {policy.packs.map((pack, index) => (
          <li key={`${index}-${pack.name ?? ''}`}>
            {pack.name ?? `Pakket ${index + 1}`}: {plural(pack.corrections, 'correctie', 'correcties')}
          </li>
        ))}
      </ul>
      {policy.problems.length > 0 ? (
        <ul class="lg-error">
          {policy.problems.map((problem) => (
            <li key={problem.nl}>{both(problem)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
