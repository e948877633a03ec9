import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageReport } from '../../lib/guide/report';
import { ui } from './text';

/**
 * "Klopt dit niet?": the redacted description of the page (lib/guide/report.ts), to copy or save
 * for the helpdesk. Nothing is sent. Focus goes to the panel's heading when it opens and back to
 * the opener when it closes.
 */
export function ReportButton(props: { lang: 'nl' | 'en'; make(): PageReport | undefined }) {
  const [report, setReport] = useState<PageReport | undefined>();
  const opener = useRef<HTMLButtonElement>(null);
  if (!report) {
    return (
      <p class="lg-report-open">
        <button
          type="button"
          class="lg-button lg-button--small"
          ref={opener}
          data-report-open=""
          onClick={() => setReport(props.make())}
        >
          {ui(props.lang, 'Klopt dit niet? Meld dit scherm', 'Something wrong? Report this screen')}
        </button>
      </p>
    );
  }
  return (
    <ReportPanel
      lang={props.lang}
      report={report}
      onClose={() => {
        setReport(undefined);
        requestAnimationFrame(() => opener.current?.focus());
      }}
    />
  );
}

function ReportPanel(props: { lang: 'nl' | 'en'; report: PageReport; onClose(): void }) {
  const { lang, report } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState('');
  const text = JSON.stringify(report, null, 2);
  useEffect(() => heading.current?.focus(), []);
  const fileName = `loketgids-melding-${report.portal}-${report.createdAt.slice(0, 10)}.json`;
  const save = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus(ui(lang, `Bewaard als ${fileName}.`, `Saved as ${fileName}.`));
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(ui(lang, 'Gekopieerd naar het klembord.', 'Copied to the clipboard.'));
    } catch {
      setStatus(
        ui(lang, 'Kopiëren lukte niet; bewaar de melding als bestand.', 'Copying failed; save the report as a file.'),
      );
    }
  };
  return (
    <section class="lg-report" aria-labelledby="lg-report-title" data-report="">
      <h3 id="lg-report-title" class="lg-report__title" tabIndex={-1} ref={heading}>
        {ui(lang, 'Melding voor de helpdesk', 'Report for the helpdesk')}
      </h3>
      <p>
        {ui(
          lang,
          'Deze melding beschrijft hoe Loketgids dit scherm zag: welke schermen het overwoog en waarom. Er staan geen namen, nummers of ingevulde waarden in, en er wordt niets verzonden: u kopieert of bewaart ze zelf.',
          'This report describes how Loketgids saw this screen: which screens it considered and why. It holds no names, numbers or values typed, and nothing is sent: you copy or save it yourself.',
        )}
      </p>
      <p class="lg-report__summary">
        {ui(lang, 'Herkenning', 'Recognition')}: {report.recognition}
        {report.states[0] ? ` · ${report.states[0].id} ${report.states[0].score}` : ''}
        {report.target ? ` · ${ui(lang, 'doel', 'target')} ${report.target.key}` : ''}
      </p>
      <details>
        <summary>{ui(lang, 'Inhoud van de melding', 'What the report holds')}</summary>
        <pre class="lg-report__text">{text}</pre>
      </details>
      <p class="lg-report__actions">
        <button type="button" class="lg-button lg-button--small" onClick={() => void copy()}>
          {ui(lang, 'Kopieer de melding', 'Copy the report')}
        </button>
        <button type="button" class="lg-button lg-button--small" onClick={save} data-report-save="">
          {ui(lang, 'Bewaar de melding als bestand', 'Save the report as a file')}
        </button>
        <button type="button" class="lg-button lg-button--small" onClick={props.onClose}>
          {ui(lang, 'Melding sluiten', 'Close the report')}
        </button>
      </p>
      <p role="status" class="lg-report__status">
        {status}
      </p>
    </section>
  );
}
