/**
 * A **local correction**: what a person taught the guide about one screen of a portal ("this page
 * is step 'De gebruiker openen', and this is its button") when the portal changed its wording or
 * markup (issue 10). It holds no page text beyond our own known phrases and a short control
 * label: the page's evidence *signature* (lib/corrections/signature.ts) and the chosen element's
 * *fingerprint* (lib/corrections/fingerprint.ts).
 *
 * Stored in the extension's IndexedDB (lib/corrections/repository.ts, zod-checked there) and
 * mirrored per portal into `storage.local` for the content scripts, which read it with the small
 * guard below (no zod on portal pages; test/unit/corrections/guards.test.ts holds the guard to
 * the zod schema of lib/corrections/schema.ts).
 *
 * @example
 * const corrections = toCorrections((await browser.storage.local.get(CORRECTIONS_KEY))[CORRECTIONS_KEY], 'gb');
 */
import { arrayOf, isNumber, isRecord, isString, onlyKeys, pick } from '../guard';
import { PORTAL_IDS, type PortalId } from '../portals';

/** What the page showed of itself, without its text (lib/corrections/signature.ts). */
export interface PageSignature {
  /** The URL path, digits masked (`/dossier/#####/klant`). */
  path: string;
  lang: string;
  /** Our own known phrases, roles and patterns that matched on the page (`text:werkrelatie`). */
  phrases: string[];
  /** Element ids on the page, digits masked. */
  ids: string[];
  /** Headings as shapes: `h1: 3 7` (tag and word lengths). */
  headings: string[];
}

/** The element a person chose, described without personal data (lib/corrections/fingerprint.ts). */
export interface ElementFingerprint {
  tag: string;
  role?: string;
  /** The accessible name, only when it is a short label without digits. */
  name?: string;
  id?: string;
  /** Attribute tokens: `class:button`, `href:/koppel/stap-#`, `type:submit`, `data-vl-button:`. */
  attrs: string[];
  /** The element's own text, only when it is a short label without digits. */
  text?: string;
}

export type CorrectionSource = 'local' | 'pack' | 'policy';

export interface Correction {
  id: string;
  portal: PortalId;
  /** The flow and step it was taught for. */
  flow: string;
  step: string;
  /** The page state this screen is. */
  page: string;
  /** The page state's target key the element stands for, when the step has one. */
  target?: string;
  signature: PageSignature;
  element?: ElementFingerprint;
  /** Epoch ms. */
  createdAt: number;
  /** Taught here, imported from a pack, or set by the administrator's policy. */
  source: CorrectionSource;
}

/** Limits shared by the guard, the zod schema and the signature builder. */
export const LIMITS = {
  id: 64,
  ref: 100,
  path: 200,
  token: 120,
  phrases: 300,
  ids: 80,
  headings: 20,
  attrs: 30,
  label: 60,
} as const;

/** The storage.local key of the mirrored corrections: `{ [portal]: Correction[] }`. */
export { CORRECTIONS_KEY } from './keys';

const SOURCES: readonly CorrectionSource[] = ['local', 'pack', 'policy'];
const SIGNATURE_KEYS = ['path', 'lang', 'phrases', 'ids', 'headings'] as const;
const ELEMENT_KEYS = ['tag', 'role', 'name', 'id', 'attrs', 'text'] as const;
const CORRECTION_KEYS = [
  'id',
  'portal',
  'flow',
  'step',
  'page',
  'target',
  'signature',
  'element',
  'createdAt',
  'source',
] as const;

const tokens = (value: unknown, max: number) => {
  const list = arrayOf(value, (s) => (isString(s, LIMITS.token) ? s : undefined));
  return list && list.length <= max ? list : undefined;
};
const optionalString = (value: unknown, max: number) => value === undefined || isString(value, max);

export function toSignature(value: unknown): PageSignature | undefined {
  if (!isRecord(value) || !onlyKeys(value, SIGNATURE_KEYS)) return undefined;
  if (!isString(value.path, LIMITS.path) || !isString(value.lang, 20)) return undefined;
  const phrases = tokens(value.phrases, LIMITS.phrases);
  const ids = tokens(value.ids, LIMITS.ids);
  const headings = tokens(value.headings, LIMITS.headings);
  if (!phrases || !ids || !headings) return undefined;
  return { path: value.path, lang: value.lang, phrases, ids, headings };
}

export function toFingerprint(value: unknown): ElementFingerprint | undefined {
  if (!isRecord(value) || !onlyKeys(value, ELEMENT_KEYS)) return undefined;
  if (!isString(value.tag, 40, 1)) return undefined;
  if (!optionalString(value.role, 40) || !optionalString(value.id, LIMITS.token)) return undefined;
  if (!optionalString(value.name, LIMITS.label) || !optionalString(value.text, LIMITS.label)) return undefined;
  const attrs = tokens(value.attrs, LIMITS.attrs);
  if (!attrs) return undefined;
  return { ...pick<ElementFingerprint>(value, ['tag', 'role', 'name', 'id', 'text']), attrs };
}

/** One correction in its checked shape, or undefined. */
export function toCorrection(value: unknown): Correction | undefined {
  if (!isRecord(value) || !onlyKeys(value, CORRECTION_KEYS)) return undefined;
  const { id, portal, flow, step, page, target, createdAt, source } = value;
  if (!isString(id, LIMITS.id, 1) || !PORTAL_IDS.includes(portal as PortalId)) return undefined;
  if (!isString(flow, LIMITS.ref, 1) || !isString(step, LIMITS.ref, 1) || !isString(page, LIMITS.ref, 1)) {
    return undefined;
  }
  if (target !== undefined && !isString(target, LIMITS.ref, 1)) return undefined;
  if (!isNumber(createdAt) || !SOURCES.includes(source as CorrectionSource)) return undefined;
  const signature = toSignature(value.signature);
  if (!signature) return undefined;
  const element = value.element === undefined ? undefined : toFingerprint(value.element);
  if (value.element !== undefined && !element) return undefined;
  return {
    ...pick<Correction>(value, ['id', 'portal', 'flow', 'step', 'page', 'target', 'createdAt', 'source']),
    signature,
    ...(element ? { element } : {}),
  };
}

/** The mirrored corrections of one portal; malformed entries are left out, never thrown. */
export function toCorrections(value: unknown, portal: PortalId): Correction[] {
  if (!isRecord(value)) return [];
  const list = value[portal];
  if (!Array.isArray(list)) return [];
  return list.map(toCorrection).filter((c): c is Correction => c !== undefined && c.portal === portal);
}

/** Two corrections say the same thing: the same screen (page state and path) and target. */
export function sameScreen(a: Correction, b: Correction): boolean {
  return a.portal === b.portal && a.page === b.page && a.signature.path === b.signature.path && a.target === b.target;
}
