import { useState } from 'preact/hooks';
import { formatKbo } from '../../lib/ids';
import { DEMO_CLIENTS, DEMO_PEOPLE } from '../../lib/practice/demo';
import { resetPracticeProfile } from '../../lib/practice/profile';
import { type Lang, tr } from './text';

/** The practice profile's demo data, and its reset (the user's own list is never touched). */
export function DemoData({ lang }: { lang: Lang }) {
  const [status, setStatus] = useState('');
  return (
    <section class="lg-oefen__demo" aria-labelledby="lg-oefen-demo">
      <h2 id="lg-oefen-demo" class="lg-oefen__h2">
        {tr(lang, 'demo')}
      </h2>
      <p class="lg-hint">{tr(lang, 'demoHint')}</p>
      <details>
        <summary>{tr(lang, 'demoClients')}</summary>
        <ul>
          {DEMO_CLIENTS.map((client) => (
            <li key={client.kbo}>
              {client.name} <span class="lg-kbo">{formatKbo(client.kbo)}</span>
              {client.school && <span class="lg-badge lg-badge--school"> {tr(lang, 'school')}</span>}
            </li>
          ))}
        </ul>
      </details>
      <details>
        <summary>{tr(lang, 'demoPeople')}</summary>
        <ul>
          {DEMO_PEOPLE.map((person) => (
            <li key={person.rrn}>
              {person.name}, {person.role[lang]}: <code>{person.rrn}</code>
            </li>
          ))}
        </ul>
      </details>
      <button
        type="button"
        class="lg-button"
        onClick={async () => {
          setStatus('');
          await resetPracticeProfile();
          setStatus(tr(lang, 'resetDone'));
        }}
      >
        {tr(lang, 'reset')}
      </button>
      <p class="lg-status" role="status">
        {status}
      </p>
    </section>
  );
}
