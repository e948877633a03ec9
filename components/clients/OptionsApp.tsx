import { useEffect, useState } from 'preact/hooks';
import { CorrectionsPanel } from '../corrections/CorrectionsPanel';
import { FailuresPanel } from '../corrections/FailuresPanel';
import { FlowSwitches } from '../settings/FlowSwitches';
import { PolicyPanel } from '../settings/PolicyPanel';
import { DatabaseProblem } from '../ui/DatabaseProblem';
import { useT } from '../ui/i18n';
import { BackupPanel } from './BackupPanel';
import { ClientTable } from './ClientTable';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { SettingsForm } from './SettingsForm';
import { useClientList } from './useClientList';

/**
 * The options page: backup and restore, settings, the whole client list, import and export, the tasks switched
 * on and off, corrections and packs, the steps that fail, and the administrator's policy. One live client list is
 * shared by the sections, so an import shows in the table (and in an open popup) at once.
 *
 * @example
 * render(<OptionsApp />, document.getElementById('app')!);
 */
export function OptionsApp() {
  // While an import writes chunk after chunk the table keeps the list as it was, and reads the
  // result once at the end (re-reading the whole list after every chunk would freeze the page).
  const { t, tn } = useT();
  const [importing, setImporting] = useState(false);
  const list = useClientList({ paused: importing });
  const [message, setMessage] = useState('');
  const count = list.snapshot?.clients.length;
  useEffect(() => {
    document.title = t('options.title');
  }, [t]);
  return (
    <main class="lg-options">
      <h1>{t('options.title')}</h1>
      <nav aria-label={t('options.nav')}>
        <a href="#back-up">{t('options.nav.backup')}</a>
        <a href="#instellingen">{t('options.nav.settings')}</a>
        <a href="#klanten">{t('options.nav.clients')}</a>
        <a href="#importeren">{t('options.nav.import')}</a>
        <a href="#exporteren">{t('options.nav.export')}</a>
        <a href="#taken">{t('options.nav.flows')}</a>
        <a href="#correcties">{t('options.nav.corrections')}</a>
        <a href="#mislukt">{t('options.nav.failures')}</a>
        <a href="#beleid">{t('options.nav.policy')}</a>
        <a href="/oefenmodus.html">{t('options.nav.practice')}</a>
      </nav>
      {list.error ? <DatabaseProblem error={list.error} /> : null}
      <p class="lg-status" role="status">
        {message}
      </p>
      <section id="back-up" aria-labelledby="h-back-up">
        <h2 id="h-back-up">{t('options.h.backup')}</h2>
        <BackupPanel announce={setMessage} />
      </section>
      <section id="instellingen" aria-labelledby="h-instellingen">
        <h2 id="h-instellingen">{t('options.h.settings')}</h2>
        <SettingsForm />
      </section>
      <section id="klanten" aria-labelledby="h-klanten">
        <h2 id="h-klanten">{count === undefined ? t('options.h.clients') : tn('options.h.clientsCount', count)}</h2>
        <ClientTable list={list} announce={setMessage} />
      </section>
      <section id="importeren" aria-labelledby="h-importeren">
        <h2 id="h-importeren">{t('options.h.import')}</h2>
        <ImportPanel onWritingChange={setImporting} unavailable={list.error !== undefined && !list.snapshot} />
      </section>
      <section id="exporteren" aria-labelledby="h-exporteren">
        <h2 id="h-exporteren">{t('options.h.export')}</h2>
        <ExportPanel list={list} announce={setMessage} />
      </section>
      <section id="taken" aria-labelledby="h-taken">
        <h2 id="h-taken">{t('options.h.flows')}</h2>
        <FlowSwitches announce={setMessage} />
      </section>
      <section id="correcties" aria-labelledby="h-correcties">
        <h2 id="h-correcties">{t('options.h.corrections')}</h2>
        <CorrectionsPanel announce={setMessage} />
      </section>
      <section id="mislukt" aria-labelledby="h-mislukt">
        <h2 id="h-mislukt">{t('options.h.failures')}</h2>
        <FailuresPanel announce={setMessage} />
      </section>
      <section id="beleid" aria-labelledby="h-beleid">
        <h2 id="h-beleid">{t('options.h.policy')}</h2>
        <PolicyPanel />
      </section>
    </main>
  );
}
