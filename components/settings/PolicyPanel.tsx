import { readPolicy } from '../../lib/policy/managed';
import { namesIn } from '../corrections/labels';
import { useT } from '../ui/i18n';
import { useLiveQuery } from '../ui/useLiveQuery';

/**
 * What the administrator's managed policy sets (lib/policy/managed.ts), read-only: the flows it
 * switches off, the packs it applies, and what of it was left out and why (lib's messages, in
 * the page's language only).
 */
export function PolicyPanel() {
  const text = useT();
  const { t, tn, inLang } = text;
  const names = namesIn(text);
  const { value: policy } = useLiveQuery(() => readPolicy(), []);
  if (!policy) return null;
  if (!policy.present) return <p data-policy="none">{t('policy.none')}</p>;
  return (
    <div data-policy="">
      <p>{t('policy.readOnly')}</p>
      <p>
        {t('policy.flowsOff', {
          flows: policy.disabledFlows.length ? policy.disabledFlows.map(names.flow).join(', ') : t('policy.nothing'),
        })}
      </p>
      <p>{t('policy.packs')}</p>
      <ul>
        {policy.packs.length === 0 ? <li>{t('policy.nothing')}</li> : null}
        {policy.packs.map((pack, index) => (
          <li key={`${index}-${pack.name ?? ''}`}>
            {tn('policy.pack', pack.corrections, { name: pack.name ?? t('policy.packN', { n: index + 1 }) })}
          </li>
        ))}
      </ul>
      {policy.problems.length > 0 ? (
        <ul class="lg-error">
          {policy.problems.map((problem) => (
            <li key={problem.nl}>{inLang(problem)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
