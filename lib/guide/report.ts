/**
 * "Klopt dit niet?": a description of the page for the helpdesk, made so that it can be passed on
 * without a second thought. It holds how the guide saw the page — the page states with their
 * scores and which signals matched or missed, the target candidates with their fingerprint scores
 * — and of the page itself only its shape: tags, roles, word lengths. Page text appears only as
 * the known phrases (our own flow data) that matched; no names, no numbers, no field values; the
 * URL path has its digits masked. Nothing is sent anywhere: the person copies or saves it.
 */
import { roleOf } from './a11y';
import type { PageView } from './dom';
import type { Recognition } from './recognise';
import type { Target } from './schema';
import type { Candidate } from './target';

export interface ReportSignal {
  kind: string;
  weight: number;
  /** 0..1, how well it matched. */
  value: number;
  source: string;
  /** Our own phrases or names that matched (never the page's text). */
  known?: readonly string[];
  pattern?: string;
}

export interface PageReport {
  format: 'loketgids-report';
  version: 1;
  createdAt: string;
  extension: string;
  portal: string;
  /** The URL path, every digit replaced by #. No query string, no fragment. */
  path: string;
  lang: string;
  flow?: { id: string; step?: string };
  recognition: 'sure' | 'unsure' | 'none';
  pinned?: boolean;
  states: { id: string; score: number; ruledOut: boolean; signals: ReportSignal[] }[];
  target?: {
    key: string;
    candidates: { tag: string; role?: string; shape: string; score: number; parts: Record<string, number> }[];
  };
  shape: { elements: number; shadowRoots: number; headings: string[]; roles: Record<string, number> };
}

/** A text reduced to its shape: word lengths, digits as #, nothing readable. "Stap 2 van 3" → "4 # 3 #". */
export function shapeOf(text: string): string {
  return text
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 12)
    .map((word) => (/\d/.test(word) ? '#' : String([...word].length)))
    .join(' ');
}

export function maskPath(path: string): string {
  return path.replace(/\d/g, '#').slice(0, 200);
}

/** The page's first 20 headings as shapes: `h1: 3 7` (tag and word lengths, digits as #). */
export function headingShapes(view: PageView): string[] {
  return view
    .queryAll('h1, h2, h3, [role="heading"]')
    .slice(0, 20)
    .map((h) => `${h.tagName.toLowerCase()}: ${shapeOf(view.textOf(h))}`);
}

const round = (n: number) => Math.round(n * 100) / 100;

export function buildReport(options: {
  view: PageView;
  recognition: Recognition;
  portal: string;
  extension: string;
  flow?: { id: string; step?: string };
  pinned?: boolean;
  target?: { key: string; spec: Target; candidates: readonly Candidate[] };
  now?: Date;
}): PageReport {
  const { view, recognition } = options;
  const roles: Record<string, number> = {};
  let elements = 0;
  for (const root of view.roots) {
    for (const element of root.querySelectorAll('*')) {
      elements++;
      const role = roleOf(element);
      if (role) roles[role] = (roles[role] ?? 0) + 1;
    }
  }
  const headings = headingShapes(view);
  return {
    format: 'loketgids-report',
    version: 1,
    createdAt: (options.now ?? new Date()).toISOString(),
    extension: options.extension,
    portal: options.portal,
    path: maskPath(view.url.pathname),
    lang: (view.doc.documentElement.lang || '').slice(0, 10),
    flow: options.flow,
    recognition: recognition.kind,
    pinned: options.pinned || undefined,
    states: recognition.scores.map((score) => ({
      id: score.page.id,
      score: round(score.score),
      ruledOut: score.ruledOut,
      signals: score.results.map(({ signal, value }) => ({
        kind: signal.kind,
        weight: signal.weight,
        value: round(value),
        source: signal.source,
        known: value > 0 ? knownWords(signal) : undefined,
        pattern: signal.kind === 'pattern' ? signal.pattern : undefined,
      })),
    })),
    target: options.target && {
      key: options.target.key,
      candidates: options.target.candidates.slice(0, 5).map((c) => ({
        tag: c.element.tagName.toLowerCase(),
        role: roleOf(c.element),
        shape: shapeOf(view.textOf(c.element)),
        score: round(c.score),
        parts: Object.fromEntries(Object.entries(c.parts).map(([k, v]) => [k, round(v)])),
      })),
    },
    shape: { elements, shadowRoots: view.roots.length - 1, headings, roles },
  };
}

function knownWords(signal: Recognition['scores'][number]['results'][number]['signal']): readonly string[] | undefined {
  if (signal.kind === 'text') return signal.any;
  if (signal.kind === 'role') return signal.names ?? signal.roles;
  return undefined;
}
