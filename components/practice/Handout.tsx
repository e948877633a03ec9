import { useEffect, useRef, useState } from 'preact/hooks';
import { findGuideFlow, PAGES_BY_ID } from '../../lib/flows/registry';
import type { Flow } from '../../lib/guide/schema';
import { resolveLang } from '../../lib/i18n/lang';
import { practiceSettings } from '../../lib/practice/demo';
import { installPracticeHost } from '../../lib/practice/host';
import { DEFAULT_LOOK, fileUrlFor, resolvePracticeLink, stepUrl } from '../../lib/practice/navigation';
import { DEFAULT_SETTINGS, readState, type Settings } from '../../lib/state';
import { pick } from '../guide/text';
import { type Lang, tr } from './text';

/**
 * A printable hand-out of one flow: each step's title, instruction, check and how it is done,
 * beside a live picture of the step's replica with the guide's ring on the target (each picture is
 * a small frame running the same guide, fixed on its step). Print, or save as PDF, from the browser.
 */
export function Handout({ flowId }: { flowId: string }) {
  const flow = findGuideFlow(flowId);
  const [base, setBase] = useState<Settings>(DEFAULT_SETTINGS);
  const [host] = useState(() => installPracticeHost(window));
  useEffect(() => {
    void readState().then((s) => setBase(s.settings));
  }, []);
  // The practice pages speak Dutch or English; French or German read as Dutch here, as one language.
  const lang: Lang = resolveLang(base.lang) === 'en' ? 'en' : 'nl';
  useEffect(() => {
    document.documentElement.lang = lang;
    if (flow) document.title = tr(lang, 'handoutTitle', { title: pick(flow.title, lang) });
  }, [lang, flow]);
  if (!flow) return <p class="lg-error">{tr(lang, 'unknownFlow')}</p>;
  const profile = (flow.profiles[0] as Settings['profile'] | undefined) ?? base.profile;
  const settings = practiceSettings(base, profile);
  return (
    <main class="lg-handout">
      <h1>{tr(lang, 'handoutTitle', { title: pick(flow.title, lang) })}</h1>
      <p class="lg-hint">{tr(lang, 'handoutIntro')}</p>
      <p class="lg-handout__noprint">
        <button type="button" class="lg-button lg-button--primary" onClick={() => window.print()}>
          {tr(lang, 'print')}
        </button>
      </p>
      <ol class="lg-handout__steps">
        {flow.steps.map((step, index) => (
          <li key={step.id} class="lg-handout__step">
            <h2>
              {tr(lang, 'stepOf', { n: index + 1, total: flow.steps.length })}: {pick(step.title, lang)}
            </h2>
            <p>{pick(step.instruction, lang)}</p>
            {step.check && (
              <p>
                <strong>{tr(lang, 'check')}:</strong> {pick(step.check, lang)}
              </p>
            )}
            <p>
              <strong>{tr(lang, 'done')}:</strong> {pick(step.completes.text, lang)}
            </p>
            <StepPicture flow={flow} index={index} settings={settings} host={host} lang={lang} />
          </li>
        ))}
      </ol>
    </main>
  );
}

function StepPicture(props: {
  flow: Flow;
  index: number;
  settings: Settings;
  host: ReturnType<typeof installPracticeHost>;
  lang: Lang;
}) {
  const { flow, index, settings, host, lang } = props;
  const frame = useRef<HTMLIFrameElement>(null);
  const url = stepUrl(flow, index, PAGES_BY_ID, DEFAULT_LOOK);
  const link = url ? resolvePracticeLink(url, url) : undefined;
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  useEffect(() => {
    const element = frame.current;
    if (!element || link?.kind !== 'page') return;
    const step = flow.steps[index];
    const unregister = host.register(element, (_win, place) => ({
      portal: place.portal,
      url: place.url,
      presenter: false,
      still: true,
      settings: () => settingsRef.current,
      loadTabState: () => ({ flowId: flow.id, chosenBy: 'user', lastIndex: index, lastStepId: step?.id, updatedAt: 0 }),
      saveTabState: () => undefined,
      navigate: () => undefined,
      key: () => false,
      onView: () => undefined,
    }));
    element.src = fileUrlFor(link.page, link.url, DEFAULT_LOOK);
    return unregister;
  }, [flow, index, host, link?.kind]);
  if (link?.kind !== 'page') return null;
  return (
    <div class="lg-handout__picture">
      <iframe ref={frame} tabIndex={-1} title={`${tr(lang, 'frame')}: ${pick(flow.steps[index]?.title, lang)}`} />
    </div>
  );
}
