/**
 * Rechtencheck: pick a task in plain words, tick what you have, read what is missing and who grants
 * it, copy the request for the lokale beheerder. Self-contained (engine + knowledge, no storage,
 * no messaging), so the popup only passes what it knows. In the page's language only: the
 * engine explains in that language (`explain({ lang })`), the fixed words come from lib/i18n/app.ts.
 *
 * Every text is rendered as text (JSX children and attributes); nothing is parsed as HTML.
 * Observations from the guide start a fact unticked and marked "gezien"; ticking it anyway drops
 * that observation (the person knows better, e.g. the right was granted since).
 */
import { useId, useMemo, useState } from 'preact/hooks';
import { findFact, findFlow, findObservationKind, getFact } from '../../lib/knowledge/index';
import {
  type Explanation,
  explain,
  factsForGoal,
  type Gap,
  isKnownGoal,
  type Observation,
  requestMessage,
  searchTasks,
  type TaskSummary,
  type Text,
} from '../../lib/rules/index';
import { useT } from '../ui/i18n';

export interface RechtencheckProps {
  /** Fact ids known from the profile; unknown ids are ignored. */
  initialHave?: string[];
  /** What the guide saw on the portal page; unknown kinds are ignored. */
  observed?: Observation[];
  organisation?: string;
  person?: string;
  /** Goal id to start with (e.g. from the page the guide is on). */
  initialGoal?: string;
}

type CopyStatus = 'idle' | 'copied' | 'failed';

/** Facts an observation proves missing, or none when the guide sent something we do not know. */
function observedFacts(o: Observation): string[] {
  const kind = findObservationKind(o.observation);
  if (!kind) return [];
  if (o.fact === undefined) return [...kind.proves];
  const fact = findFact(o.fact)?.id;
  return fact && kind.proves.includes(fact) ? [fact] : [];
}

/** A knowledge-base text in the page's language. */
function In({ text }: { text: Text }) {
  const { lang } = useT();
  return <span>{text[lang] ?? text.nl}</span>;
}

function GapItem({ gap }: { gap: Gap }) {
  const { t } = useT();
  const flow = gap.flow ? findFlow(gap.flow) : undefined;
  return (
    <li class="lg-rc__gap">
      <h4>
        <In text={gap.label} />
      </h4>
      <dl>
        <dt>{t('rc.why')}</dt>
        <dd>
          <In text={gap.why} />
        </dd>
        <dt>{t('rc.grantedBy')}</dt>
        <dd>
          <In text={gap.grantedBy} />
        </dd>
        <dt>{t('rc.where')}</dt>
        <dd>
          <In text={gap.where} />
        </dd>
        <dt>{t('rc.how')}</dt>
        <dd>
          <In text={gap.how} />
        </dd>
        {gap.needs && gap.needs.length > 0 && (
          <>
            <dt>{t('rc.needs')}</dt>
            <dd>
              <ul>
                {gap.needs.map((n) => (
                  <li key={n.nl}>
                    <In text={n} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {gap.evidence && gap.evidence.length > 0 && (
          <>
            <dt>{t('rc.seen')}</dt>
            <dd>
              <ul>
                {gap.evidence.map((e) => (
                  <li key={`${e.observation}:${e.page}`}>
                    <In text={e.seen} /> <In text={e.conclusion} />
                    {e.detail && <span> ({e.detail})</span>}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {flow && (
          <>
            <dt>{t('rc.flow')}</dt>
            <dd>
              <In text={flow.label} />
            </dd>
          </>
        )}
        {gap.helplines && gap.helplines.length > 0 && (
          <>
            <dt>{t('rc.help')}</dt>
            <dd>
              <ul>
                {gap.helplines.map((h) => (
                  <li key={h.id}>
                    {h.contact}: <In text={h.advice} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>{t('rc.source')}</dt>
        <dd>{gap.source}</dd>
      </dl>
    </li>
  );
}

function ExplanationView({ nl }: { nl: Explanation }) {
  const { t } = useT();
  return (
    <>
      {nl.warnings && nl.warnings.length > 0 && (
        <>
          <h3>{t('rc.warnings')}</h3>
          <ul class="lg-rc__warnings">
            {nl.warnings.map((w) => (
              <li key={w.id} data-severity={w.severity}>
                <In text={w.text} />
              </li>
            ))}
          </ul>
        </>
      )}
      {nl.missing.length > 0 && (
        <>
          <h3>{t('rc.missing')}</h3>
          <ol class="lg-rc__gaps">
            {nl.missing.map((g) => (
              <GapItem key={g.id} gap={g} />
            ))}
          </ol>
        </>
      )}
      {nl.alternatives && nl.alternatives.length > 0 && (
        <>
          <h3>{t('rc.alternatives')}</h3>
          <ul class="lg-rc__alternatives">
            {nl.alternatives.map((a) => (
              <li key={`${a.id}:${a.insteadOf}`}>
                <strong>
                  <In text={a.label} />
                </strong>
                : <In text={a.why} />
              </li>
            ))}
          </ul>
        </>
      )}
      {nl.needs && nl.needs.length > 0 && (
        <>
          <h3>{t('rc.taskNeeds')}</h3>
          <ul>
            {nl.needs.map((n) => (
              <li key={n.nl}>
                <In text={n} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="lg-rc__source">{t('rc.sourceLine', { source: nl.source })}</p>
    </>
  );
}

/** The Rechtencheck panel for the popup. @example <Rechtencheck initialHave={['werkrelatie']} organisation="Bakkerij Peeters" /> */
export function Rechtencheck({
  initialHave = [],
  observed = [],
  organisation = '',
  person = '',
  initialGoal,
}: RechtencheckProps) {
  const id = useId();
  const { t, tn, lang } = useT();
  const validObservations = useMemo(() => observed.filter((o) => observedFacts(o).length > 0), [observed]);
  const observedMissing = useMemo(() => new Set(validObservations.flatMap(observedFacts)), [validObservations]);

  const [query, setQuery] = useState('');
  const [goal, setGoal] = useState<string | undefined>(() =>
    initialGoal && isKnownGoal(initialGoal) ? initialGoal : undefined,
  );
  const [have, setHave] = useState<Set<string>>(() => {
    const canonical = initialHave.map((h) => findFact(h)?.id).filter((h): h is string => h !== undefined);
    return new Set(canonical.filter((h) => !observedMissing.has(h)));
  });
  // Facts whose observation the person overrode by ticking them.
  const [overridden, setOverridden] = useState<Set<string>>(() => new Set());
  const [org, setOrg] = useState(organisation);
  const [name, setName] = useState(person);
  const [copy, setCopy] = useState<CopyStatus>('idle');

  const results: TaskSummary[] = useMemo(
    () => (query.trim() ? searchTasks(query, lang).slice(0, 8) : []),
    [query, lang],
  );
  const relevant = useMemo(() => (goal ? factsForGoal(goal) : []), [goal]);
  const activeObservations = useMemo(
    () => validObservations.filter((o) => observedFacts(o).some((f) => !overridden.has(f))),
    [validObservations, overridden],
  );

  const explanations = useMemo(() => {
    if (!goal) return undefined;
    const request = { goal, have: [...have], missing: activeObservations };
    return explain({ ...request, lang });
  }, [goal, have, activeObservations, lang]);

  const message = explanations ? requestMessage(explanations, { organisation: org, person: name, lang }) : '';

  const toggle = (fact: string, checked: boolean) => {
    setCopy('idle');
    setHave((prev) => {
      const next = new Set(prev);
      if (checked) next.add(fact);
      else next.delete(fact);
      return next;
    });
    if (checked && observedMissing.has(fact)) setOverridden((prev) => new Set(prev).add(fact));
  };

  const pick = (task: TaskSummary) => {
    setGoal(task.id);
    setQuery('');
    setCopy('idle');
  };

  const copyMessage = async () => {
    try {
      await navigator.clipboard.writeText(message);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  const shown = explanations;
  return (
    <section class="lg-rc" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('rc.title')}</h2>

      <div class="lg-rc__search">
        <label for={`${id}-query`}>{t('rc.query')}</label>
        <input
          id={`${id}-query`}
          type="search"
          value={query}
          placeholder={t('rc.placeholder')}
          autocomplete="off"
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
        {query.trim() !== '' && (
          <>
            <p id={`${id}-count`} aria-live="polite">
              {results.length === 0 ? t('rc.noTask') : tn('rc.found', results.length)}
            </p>
            <ul class="lg-rc__results" aria-labelledby={`${id}-count`}>
              {results.map((task) => (
                <li key={task.id}>
                  <button type="button" onClick={() => pick(task)}>
                    {task.label[lang] ?? task.label.nl}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>

      {shown && (
        <>
          <h3 id={`${id}-task`}>
            {t('rc.chosen')} <In text={shown.label} />
          </h3>
          <fieldset class="lg-rc__have">
            <legend>{t('rc.have')}</legend>
            {relevant.map((factId) => {
              const fact = getFact(factId);
              const box = `${id}-fact-${factId.replace(/[^a-z0-9]/g, '-')}`;
              const seen = observedMissing.has(factId) && !overridden.has(factId);
              return (
                <div key={factId} class="lg-rc__fact">
                  <input
                    id={box}
                    type="checkbox"
                    checked={have.has(factId)}
                    onChange={(e) => toggle(factId, (e.currentTarget as HTMLInputElement).checked)}
                  />
                  <label for={box}>{fact.question[lang] ?? fact.question.nl}</label>
                  {seen && <p class="lg-rc__seen">{t('rc.seenMissing')}</p>}
                </div>
              );
            })}
          </fieldset>

          <div class="lg-rc__summary" role="status" aria-live="polite">
            <p>{shown.summary}</p>
          </div>
          <ExplanationView nl={shown} />

          {shown.missing.length > 0 && (
            <div class="lg-rc__request">
              <h3>{t('rc.request')}</h3>
              <label for={`${id}-org`}>{t('rc.org')}</label>
              <input
                id={`${id}-org`}
                type="text"
                value={org}
                onInput={(e) => setOrg((e.currentTarget as HTMLInputElement).value)}
              />
              <label for={`${id}-person`}>{t('rc.person')}</label>
              <input
                id={`${id}-person`}
                type="text"
                value={name}
                onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
              />
              <label for={`${id}-message`}>{t('rc.message')}</label>
              <textarea id={`${id}-message`} readOnly rows={10} value={message} />
              <button type="button" onClick={copyMessage}>
                {t('rc.copy')}
              </button>
              <p role="status" class="lg-rc__copy">
                {copy === 'copied' && t('rc.copied')}
                {copy === 'failed' && t('rc.copyFailed')}
              </p>
            </div>
          )}
        </>
      )}
    </section>
  );
}
