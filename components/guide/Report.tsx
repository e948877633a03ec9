import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../lib/guide/lang';
import type { PageReport } from '../../lib/guide/report';
import type { Guide } from '../../lib/guide/view';
import { t } from '../../lib/i18n/card';
import { TeachSection } from './Teach';

/**
 * "Klopt dit niet?": the redacted description of the page (lib/guide/report.ts), to copy or save
 * for the helpdesk. Nothing is sent. Focus goes to the panel's heading when it opens and back to
 * the opener when it closes.
 */
export function ReportButton(props: {
  lang: Lang;
  make(): PageReport | undefined | Promise<PageReport | undefined>;
  teach?: Guide;
}) {
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
          {t(props.lang, 'report.open')}
        </button>
      </p>
    );
  }
  return (
    <ReportPanel
      lang={props.lang}
      report={report}
      teach={props.teach}
      onClose={() => {
        setReport(undefined);
        requestAnimationFrame(() => opener.current?.focus());
      }}
    />
  );
}

function ReportPanel(props: { lang: Lang; report: PageReport; teach?: Guide; onClose(): void }) {
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
    setStatus(t(lang, 'report.saved', { file: fileName }));
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t(lang, 'report.copied'));
    } catch {
      setStatus(t(lang, 'report.copyFailed'));
    }
  };
  return (
    <section class="lg-report" aria-labelledby="lg-report-title" data-report="">
      <h3 id="lg-report-title" class="lg-report__title" tabIndex={-1} ref={heading}>
        {t(lang, 'report.title')}
      </h3>
      <p>{t(lang, 'report.intro')}</p>
      <p class="lg-report__summary">
        {t(lang, 'report.recognition', { recognition: report.recognition })}
        {report.states[0] ? ` · ${report.states[0].id} ${report.states[0].score}` : ''}
        {report.target ? ` · ${t(lang, 'report.target', { target: report.target.key })}` : ''}
      </p>
      <details>
        <summary>{t(lang, 'report.contents')}</summary>
        <pre class="lg-report__text">{text}</pre>
      </details>
      <p class="lg-report__actions">
        <button type="button" class="lg-button lg-button--small" onClick={() => void copy()}>
          {t(lang, 'report.copy')}
        </button>
        <button type="button" class="lg-button lg-button--small" onClick={save} data-report-save="">
          {t(lang, 'report.save')}
        </button>
        <button type="button" class="lg-button lg-button--small" onClick={props.onClose}>
          {t(lang, 'report.close')}
        </button>
      </p>
      <p role="status" class="lg-report__status">
        {status}
      </p>
      {props.teach && <TeachSection lang={lang} guide={props.teach} />}
    </section>
  );
}
