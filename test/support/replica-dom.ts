/**
 * Load a practice replica page (public/practice) into a happy-dom document for unit tests and the
 * bench, the way the browser would show it: scripts are not run and no file is fetched, so the
 * `spa` variant's template is instantiated here into an OPEN shadow root of its custom element,
 * like public/practice/assets/spa.js does (template whose data-path is the page's path, else
 * the element's `template` attribute, else `#lg-app`).
 *
 * @example
 * const { doc, url, close } = loadReplica('wse.kbo-prompt', 'spa');
 * readPage(doc, url).text.includes('geef het kbo-nummer op'); // true
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { PRACTICE_PAGES, practiceFile, practicePage, practiceUrl, type Variant } from '../../lib/practice/catalog';

const PRACTICE_DIR = join(import.meta.dirname, '../../public/practice');
const APP_TAGS = ['wse-app', 'gb-app', 'sz-app', 'wpd-app', 'lg-app'];
/** Variants whose pages render by their own script (components, late app shells): run it. */
const SCRIPTED: ReadonlySet<Variant> = new Set(['lit', 'other', 'next']);

export interface Replica {
  doc: Document;
  url: string;
  window: Window;
  close(): void;
}

/** The variants a practice page really has (no fallback to plain). */
export function replicaVariants(pageId: string): Variant[] {
  return [...practicePage(pageId).variants];
}

/** Every (page id, variant) pair of the practice portal, optionally for one portal. */
export function allReplicas(portal?: string): [string, Variant][] {
  return PRACTICE_PAGES.filter((p) => !portal || p.portal === portal).flatMap((p) =>
    p.variants.map((v) => [p.id, v] as [string, Variant]),
  );
}

/** The HTML of a replica, with scripts and external stylesheets removed (nothing runs, nothing loads). */
export function replicaHtml(pageId: string, variant: Variant): string {
  const page = practicePage(pageId);
  const html = readFileSync(join(PRACTICE_DIR, practiceFile(page, variant)), 'utf8');
  return html.replace(/<script\b[\s\S]*?<\/script>/gi, '').replace(/<link\b[^>]*>/gi, '');
}

/** Put a spa page's template into its app element's open shadow root, as spa.js does after load. */
export function renderSpa(doc: Document, pathname: string, route?: string): void {
  const host = doc.querySelector(APP_TAGS.join(','));
  if (!host) return;
  const templates = [...doc.querySelectorAll('template')] as HTMLTemplateElement[];
  const template =
    (route && templates.find((t) => t.id === route || t.getAttribute('data-route') === route)) ||
    templates.find((t) => t.getAttribute('data-path') === pathname) ||
    templates.find((t) => t.id === (host.getAttribute('template') ?? 'lg-app'));
  if (!template) return;
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  root.replaceChildren(template.content.cloneNode(true));
  host.setAttribute('data-rendered', template.getAttribute('data-route') ?? template.id);
}

/**
 * A replica page as a happy-dom document at its real portal URL (not for `lit`, `other` or `next` pages,
 * whose components need their script: use `openReplica`).
 */
export function loadReplica(pageId: string, variant: Variant = 'plain', options: { search?: string } = {}): Replica {
  if (SCRIPTED.has(variant)) throw new Error(`${pageId} (${variant}) renders by script: use openReplica`);
  const page = practicePage(pageId);
  const url = practiceUrl(page, variant) + (options.search ?? '');
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  const doc = window.document as unknown as Document;
  doc.write(replicaHtml(pageId, variant));
  if (variant === 'spa') renderSpa(doc, new URL(url).pathname);
  return { doc, url, window, close: () => void window.happyDOM.close() };
}

/**
 * The HTML of a replica with its asset scripts inlined (happy-dom loads no files). A `defer` or
 * `async` script runs where a browser runs it, after the document is parsed: it moves to the end
 * of the body.
 */
function withInlineScripts(pageId: string, variant: Variant): string {
  const page = practicePage(pageId);
  const html = readFileSync(join(PRACTICE_DIR, practiceFile(page, variant)), 'utf8');
  const deferred: string[] = [];
  const inlined = html
    .replace(/<script\b([^>]*)\bsrc="\/practice\/assets\/([^"]+)"[^>]*><\/script>/gi, (tag, _attrs, file: string) => {
      const source = readFileSync(join(PRACTICE_DIR, 'assets', file), 'utf8');
      const script = `<script>${source.replace(/<\/script/gi, '<\\/script')}</script>`;
      if (!/\s(defer|async)\b/i.test(tag)) return script;
      deferred.push(script);
      return '';
    })
    .replace(/<link\b[^>]*>/gi, '');
  return /<\/body>/i.test(inlined)
    ? inlined.replace(/<\/body>/i, `${deferred.join('')}</body>`)
    : inlined + deferred.join('');
}

/**
 * Runs before a page's own scripts: happy-dom's `waitUntilComplete` waits for every timer, so a
 * page's intervals tick once and a timer that re-schedules itself (a session countdown) once, and with `fastTimers` every delay is at most
 * 5 ms (the components render at once instead of after their 0.5–1 s delays: the mutation harness
 * needs the rendered page, not the wait; the runtime tests keep the delays).
 */
function prelude(fastTimers: boolean): string {
  const fast = fastTimers
    ? 'var t0=window.setTimeout;window.setTimeout=function(f,ms){return t0(f,Math.min(ms||0,5));};'
    : '';
  // A callback that schedules itself again (a countdown's tick) is scheduled once, or the wait never ends.
  const once =
    'var t1=window.setTimeout,n=new Map();window.setTimeout=function(f,ms){var c=(n.get(f)||0)+1;n.set(f,c);return c>1?0:t1(f,ms);};' +
    'window.setInterval=function(f,ms){return window.setTimeout(f,ms);};window.clearInterval=window.clearTimeout;';
  return `<script>(function(){${fast}${once}})();</script>`;
}

/**
 * A replica page in happy-dom as a browser shows it after load: the `lit`, `other` and `next` variants'
 * components run their script (custom elements, shadow roots, late rendering) and are awaited; every other
 * variant as `loadReplica`.
 */
export async function openReplica(
  pageId: string,
  variant: Variant = 'plain',
  options: { search?: string; fastTimers?: boolean } = {},
): Promise<Replica> {
  if (!SCRIPTED.has(variant)) return loadReplica(pageId, variant, options);
  const page = practicePage(pageId);
  const url = practiceUrl(page, variant) + (options.search ?? '');
  const window = new Window({
    url,
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    } as never,
  });
  const doc = window.document as unknown as Document;
  doc.write(withInlineScripts(pageId, variant).replace(/<head>/i, `<head>${prelude(options.fastTimers === true)}`));
  window.document.dispatchEvent(new window.Event('DOMContentLoaded'));
  await window.happyDOM.waitUntilComplete();
  return { doc, url, window, close: () => void window.happyDOM.close() };
}
