/**
 * Rechtencheck: pick a task in plain words, tick what you have, read what is missing and who grants
 * it, copy the request for the lokale beheerder. Self-contained (engine + knowledge, no storage,
 * no messaging), so the popup only passes what it knows. Dutch first, English second.
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

function En({ text }: { text: string }) {
  return (
    <span lang="en" class="lg-rc__en">
      {text}
    </span>
  );
}

function Both({ text }: { text: Text }) {
  return (
    <>
      <span>{text.nl}</span> <En text={text.en} />
    </>
  );
}

function GapItem({ gap }: { gap: Gap }) {
  const flow = gap.flow ? findFlow(gap.flow) : undefined;
  return (
    <li class="lg-rc__gap">
      <h4>
        <Both text={gap.label} />
      </h4>
      <dl>
        <dt>Waarom</dt>
        <dd>
          <Both text={gap.why} />
        </dd>
        <dt>Wie kent het toe</dt>
        <dd>
          <Both text={gap.grantedBy} />
        </dd>
        <dt>Waar</dt>
        <dd>
          <Both text={gap.where} />
        </dd>
        <dt>Hoe</dt>
        <dd>
          <Both text={gap.how} />
        </dd>
        {gap.needs && gap.needs.length > 0 && (
          <>
            <dt>Nodig</dt>
            <dd>
              <ul>
                {gap.needs.map((n) => (
                  <li key={n.nl}>
                    <Both text={n} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {gap.evidence && gap.evidence.length > 0 && (
          <>
            <dt>Gezien op de pagina</dt>
            <dd>
              <ul>
                {gap.evidence.map((e) => (
                  <li key={`${e.observation}:${e.page}`}>
                    <Both text={e.seen} /> <Both text={e.conclusion} />
                    {e.detail && <span> ({e.detail})</span>}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {flow && (
          <>
            <dt>Begeleide stappen</dt>
            <dd>
              <Both text={flow.label} />
            </dd>
          </>
        )}
        {gap.helplines && gap.helplines.length > 0 && (
          <>
            <dt>Hulp</dt>
            <dd>
              <ul>
                {gap.helplines.map((h) => (
                  <li key={h.id}>
                    {h.contact}: <Both text={h.advice} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>Bron</dt>
        <dd>{gap.source}</dd>
      </dl>
    </li>
  );
}

function ExplanationView({ nl }: { nl: Explanation }) {
  return (
    <>
      {nl.warnings && nl.warnings.length > 0 && (
        <>
          <h3>Let op</h3>
          <ul class="lg-rc__warnings">
            {nl.warnings.map((w) => (
              <li key={w.id} data-severity={w.severity}>
                <Both text={w.text} />
              </li>
            ))}
          </ul>
        </>
      )}
      {nl.missing.length > 0 && (
        <>
          <h3>
            Wat ontbreekt, in deze volgorde <En text="What is missing, in this order" />
          </h3>
          <ol class="lg-rc__gaps">
            {nl.missing.map((g) => (
              <GapItem key={g.id} gap={g} />
            ))}
          </ol>
        </>
      )}
      {nl.alternatives && nl.alternatives.length > 0 && (
        <>
          <h3>
            Andere mogelijkheden <En text="Alternatives" />
          </h3>
          <ul class="lg-rc__alternatives">
            {nl.alternatives.map((a) => (
              <li key={`${a.id}:${a.insteadOf}`}>
                <strong>
                  <Both text={a.label} />
                </strong>
                : <Both text={a.why} />
              </li>
            ))}
          </ul>
        </>
      )}
      {nl.needs && nl.needs.length > 0 && (
        <>
          <h3>
            Wat u nodig hebt voor deze taak <En text="What you need for this task" />
          </h3>
          <ul>
            {nl.needs.map((n) => (
              <li key={n.nl}>
                <Both text={n} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="lg-rc__source">Bron: {nl.source}</p>
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

  const results: TaskSummary[] = useMemo(() => (query.trim() ? searchTasks(query).slice(0, 8) : []), [query]);
  const relevant = useMemo(() => (goal ? factsForGoal(goal) : []), [goal]);
  const activeObservations = useMemo(
    () => validObservations.filter((o) => observedFacts(o).some((f) => !overridden.has(f))),
    [validObservations, overridden],
  );

  const explanations = useMemo(() => {
    if (!goal) return undefined;
    const request = { goal, have: [...have], missing: activeObservations };
    return { nl: explain({ ...request, lang: 'nl' }), en: explain({ ...request, lang: 'en' }) };
  }, [goal, have, activeObservations]);

  const message = explanations ? requestMessage(explanations.nl, { organisation: org, person: name }) : '';

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

  const shown = explanations?.nl;
  return (
    <section class="lg-rc" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        Rechtencheck <En text="Rights check" />
      </h2>

      <div class="lg-rc__search">
        <label for={`${id}-query`}>
          Wat wilt u doen? <En text="What do you want to do?" />
        </label>
        <input
          id={`${id}-query`}
          type="search"
          value={query}
          placeholder="bv. opleidingsverlof, stemmen, klant"
          autocomplete="off"
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
        {query.trim() !== '' && (
          <>
            <p id={`${id}-count`} aria-live="polite">
              {results.length === 0
                ? 'Geen taak gevonden. Probeer een ander woord.'
                : `${results.length} ${results.length === 1 ? 'taak' : 'taken'} gevonden`}
            </p>
            <ul class="lg-rc__results" aria-labelledby={`${id}-count`}>
              {results.map((t) => (
                <li key={t.id}>
                  <button type="button" onClick={() => pick(t)}>
                    {t.label.nl}
                  </button>{' '}
                  <En text={t.label.en} />
                </li>
              ))}
            </ul>
          </>
        )}
      </div>

      {shown && (
        <>
          <h3 id={`${id}-task`}>
            Gekozen taak: <Both text={shown.label} />
          </h3>
          <fieldset class="lg-rc__have">
            <legend>
              Wat hebt u al? <En text="What do you already have?" />
            </legend>
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
                  <label for={box}>{fact.question.nl}</label> <En text={fact.question.en} />
                  {seen && <p class="lg-rc__seen">Gezien op de pagina: dit ontbreekt nog.</p>}
                </div>
              );
            })}
          </fieldset>

          <div class="lg-rc__summary" role="status" aria-live="polite">
            <p>{shown.summary}</p>
            <p lang="en">{explanations?.en.summary}</p>
          </div>
          {explanations && <ExplanationView nl={explanations.nl} />}

          {shown.missing.length > 0 && (
            <div class="lg-rc__request">
              <h3>
                Verzoek aan wie het toekent <En text="Request to whoever grants it" />
              </h3>
              <label for={`${id}-org`}>Organisatie</label>
              <input
                id={`${id}-org`}
                type="text"
                value={org}
                onInput={(e) => setOrg((e.currentTarget as HTMLInputElement).value)}
              />
              <label for={`${id}-person`}>Uw naam</label>
              <input
                id={`${id}-person`}
                type="text"
                value={name}
                onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
              />
              <label for={`${id}-message`}>Tekst van het verzoek</label>
              <textarea id={`${id}-message`} readOnly rows={10} value={message} />
              <button type="button" onClick={copyMessage}>
                Kopieer verzoek
              </button>
              <p role="status" class="lg-rc__copy">
                {copy === 'copied' && 'Verzoek gekopieerd. Plak het in een mail aan wie het toekent.'}
                {copy === 'failed' && 'Kopiëren lukte niet. Selecteer de tekst hierboven en kopieer ze zelf.'}
              </p>
            </div>
          )}
        </>
      )}
    </section>
  );
}
