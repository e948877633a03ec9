import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../lib/guide/lang';
import type { PageReport } from '../../lib/guide/report';
import { ui } from './text';

/**
 * "Klopt dit niet?": the redacted description of the page (lib/guide/report.ts), to copy or save
 * for the helpdesk. Nothing is sent. Focus goes to the panel's heading when it opens and back to
 * the opener when it closes.
 */
export function ReportButton(props: { lang: Lang; make(): PageReport | undefined | Promise<PageReport | undefined> }) {
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
          // The side panel asks the page's guide for it: it may come later.
          onClick={async () => setReport(await props.make())}
        >
          {ui(
            props.lang,
            'Klopt dit niet? Meld dit scherm',
            'Something wrong? Report this screen',
            'Quelque chose ne va pas ? Signaler cet écran',
            'Stimmt etwas nicht? Diesen Bildschirm melden',
          )}
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

function ReportPanel(props: { lang: Lang; report: PageReport; onClose(): void }) {
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
    setStatus(
      ui(
        lang,
        `Bewaard als ${fileName}.`,
        `Saved as ${fileName}.`,
        `Enregistré sous ${fileName}.`,
        `Gespeichert als ${fileName}.`,
      ),
    );
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(
        ui(
          lang,
          'Gekopieerd naar het klembord.',
          'Copied to the clipboard.',
          'Copié dans le presse-papiers.',
          'In die Zwischenablage kopiert.',
        ),
      );
    } catch {
      setStatus(
        ui(
          lang,
          'Kopiëren lukte niet; bewaar de melding als bestand.',
          'Copying failed; save the report as a file.',
          'La copie a échoué ; enregistrez le signalement comme fichier.',
          'Kopieren fehlgeschlagen; speichern Sie die Meldung als Datei.',
        ),
      );
    }
  };
  return (
    <section class="lg-report" aria-labelledby="lg-report-title" data-report="">
      <h3 id="lg-report-title" class="lg-report__title" tabIndex={-1} ref={heading}>
        {ui(
          lang,
          'Melding voor de helpdesk',
          'Report for the helpdesk',
          'Signalement pour le helpdesk',
          'Meldung für den Helpdesk',
        )}
      </h3>
      <p>
        {ui(
          lang,
          'Deze melding beschrijft hoe Loketgids dit scherm zag: welke schermen het overwoog en waarom. Er staan geen namen, nummers of ingevulde waarden in, en er wordt niets verzonden: u kopieert of bewaart ze zelf.',
          'This report describes how Loketgids saw this screen: which screens it considered and why. It holds no names, numbers or values typed, and nothing is sent: you copy or save it yourself.',
          'Ce signalement décrit comment Loketgids a vu cet écran : les écrans envisagés et pourquoi. Il ne contient ni noms, ni numéros, ni valeurs saisies, et rien n’est envoyé : vous le copiez ou l’enregistrez vous-même.',
          'Diese Meldung beschreibt, wie Loketgids diesen Bildschirm sah: welche Bildschirme es erwog und warum. Sie enthält keine Namen, Nummern oder eingegebenen Werte, und nichts wird gesendet: Sie kopieren oder speichern sie selbst.',
        )}
      </p>
      <p class="lg-report__summary">
        {ui(lang, 'Herkenning', 'Recognition', 'Reconnaissance', 'Erkennung')}: {report.recognition}
        {report.states[0] ? ` · ${report.states[0].id} ${report.states[0].score}` : ''}
        {report.target ? ` · ${ui(lang, 'doel', 'target', 'cible', 'Ziel')} ${report.target.key}` : ''}
      </p>
      <details>
        <summary>
          {ui(lang, 'Inhoud van de melding', 'What the report holds', 'Contenu du signalement', 'Inhalt der Meldung')}
        </summary>
        <pre class="lg-report__text">{text}</pre>
      </details>
      <p class="lg-report__actions">
        <button type="button" class="lg-button lg-button--small" onClick={() => void copy()}>
          {ui(lang, 'Kopieer de melding', 'Copy the report', 'Copier le signalement', 'Meldung kopieren')}
        </button>
        <button type="button" class="lg-button lg-button--small" onClick={save} data-report-save="">
          {ui(
            lang,
            'Bewaar de melding als bestand',
            'Save the report as a file',
            'Enregistrer le signalement comme fichier',
            'Meldung als Datei speichern',
          )}
        </button>
        <button type="button" class="lg-button lg-button--small" onClick={props.onClose}>
          {ui(lang, 'Melding sluiten', 'Close the report', 'Fermer le signalement', 'Meldung schließen')}
        </button>
      </p>
      <p role="status" class="lg-report__status">
        {status}
      </p>
    </section>
  );
}
