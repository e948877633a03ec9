/**
 * A small, forgiving subset of ARIA role and accessible-name computation: enough to find "the
 * button Doorgaan" or "the field KBO-nummer" on a portal page without knowing its markup.
 *
 * Design note (2026-11): the portals' HTML is unknown and changes (DOMAIN.md §7), so targets are
 * found first by role + accessible name, then by label text, then by visible text, and only then by
 * CSS selectors. This is not a full accname implementation; it covers what forms and tiles use:
 * aria-labelledby, aria-label, <label for>, a wrapping <label>, the value of input buttons, alt,
 * title, placeholder and the element's own text.
 */
import { isShownIn, type PageView } from './dom';
import { normaliseText } from './text';

export const ROLES = [
  'button',
  'link',
  'textbox',
  'heading',
  'checkbox',
  'radio',
  'combobox',
  'option',
  'tab',
  'banner',
  'region',
  'main',
  'navigation',
  'form',
  'status',
  'alert',
] as const;
export type Role = (typeof ROLES)[number];

// Date and password fields are typed into like text fields (no role of their own in ARIA).
const TEXT_INPUT_TYPES = new Set([
  '',
  'text',
  'search',
  'email',
  'tel',
  'url',
  'number',
  'date',
  'datetime-local',
  'month',
  'week',
  'time',
  'password',
]);

/** CSS that finds the candidates of a role: the explicit `role` attribute and the implicit HTML elements. */
const ROLE_SELECTORS: Record<Role, string> = {
  button: 'button, input[type="submit"], input[type="button"], input[type="reset"], [role="button"]',
  link: 'a[href], [role="link"]',
  textbox: 'input, textarea, [role="textbox"]',
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  checkbox: 'input[type="checkbox"], [role="checkbox"]',
  radio: 'input[type="radio"], [role="radio"]',
  combobox: 'select, [role="combobox"]',
  option: 'option, [role="option"]',
  tab: '[role="tab"]',
  banner: 'header, [role="banner"]',
  region: 'section[aria-label], section[aria-labelledby], [role="region"]',
  main: 'main, [role="main"]',
  navigation: 'nav, [role="navigation"]',
  form: 'form, [role="form"]',
  status: 'output, [role="status"]',
  alert: '[role="alert"]',
};

/** The role an element has: its `role` attribute if it names a known role, else the implicit one. */
export function roleOf(element: Element): Role | undefined {
  const explicit = element.getAttribute('role')?.trim().split(/\s+/)[0];
  if (explicit && (ROLES as readonly string[]).includes(explicit)) return explicit as Role;
  const tag = element.tagName;
  switch (tag) {
    case 'BUTTON':
      return 'button';
    case 'A':
      return element.hasAttribute('href') ? 'link' : undefined;
    case 'TEXTAREA':
      return 'textbox';
    case 'SELECT':
      return 'combobox';
    case 'OPTION':
      return 'option';
    case 'H1':
    case 'H2':
    case 'H3':
    case 'H4':
    case 'H5':
    case 'H6':
      return 'heading';
    case 'HEADER':
      return 'banner';
    case 'MAIN':
      return 'main';
    case 'NAV':
      return 'navigation';
    case 'FORM':
      return 'form';
    case 'INPUT': {
      const type = (element.getAttribute('type') ?? '').toLowerCase();
      if (type === 'submit' || type === 'button' || type === 'reset' || type === 'image') return 'button';
      if (type === 'checkbox') return 'checkbox';
      if (type === 'radio') return 'radio';
      if (TEXT_INPUT_TYPES.has(type)) return 'textbox';
      return undefined;
    }
    default:
      return undefined;
  }
}

function rootOf(element: Element): Document | ShadowRoot {
  const root = element.getRootNode();
  return root.nodeType === 11 ? (root as ShadowRoot) : (element.ownerDocument as Document);
}

function byId(element: Element, id: string): Element | null {
  const root = rootOf(element);
  return 'getElementById' in root ? root.getElementById(id) : null;
}

/** Text of the labels of a form field: `<label for>` in the same root and a wrapping `<label>`. */
export function labelTextOf(view: PageView, element: Element): string {
  const parts: string[] = [];
  const id = element.getAttribute('id');
  if (id) for (const label of labelsFor(view, rootOf(element)).get(id) ?? []) parts.push(view.textOf(label));
  const wrapping = element.closest('label');
  if (wrapping) parts.push(view.textOf(wrapping));
  return normaliseText(parts.join(' '));
}

const labelMaps = new WeakMap<PageView, Map<Document | ShadowRoot, Map<string, Element[]>>>();

/** The `<label for>` elements of a root by their `for`, once per view. */
function labelsFor(view: PageView, root: Document | ShadowRoot): Map<string, Element[]> {
  let roots = labelMaps.get(view);
  if (!roots) {
    roots = new Map();
    labelMaps.set(view, roots);
  }
  let map = roots.get(root);
  if (!map) {
    map = new Map();
    for (const label of root.querySelectorAll('label[for]')) {
      const key = label.getAttribute('for') ?? '';
      map.set(key, [...(map.get(key) ?? []), label]);
    }
    roots.set(root, map);
  }
  return map;
}

/**
 * The accessible name of an element, normalised (lower case, single spaces).
 *
 * @example
 * accessibleName(view, kboInput) // → 'kbo-nummer'
 */
export function accessibleName(view: PageView, element: Element): string {
  let cache = names.get(view);
  if (!cache) {
    cache = new WeakMap();
    names.set(view, cache);
  }
  let name = cache.get(element);
  if (name === undefined) {
    name = computeName(view, element);
    cache.set(element, name);
  }
  return name;
}

const names = new WeakMap<PageView, WeakMap<Element, string>>();

function computeName(view: PageView, element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => byId(element, id))
      .filter((el): el is Element => el !== null)
      .map((el) => view.textOf(el))
      .join(' ');
    if (text.trim()) return normaliseText(text);
  }
  const label = element.getAttribute('aria-label');
  if (label?.trim()) return normaliseText(label);
  const tag = element.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') {
    const type = (element.getAttribute('type') ?? '').toLowerCase();
    if (tag === 'INPUT' && (type === 'submit' || type === 'button' || type === 'reset')) {
      return normaliseText((element as HTMLInputElement).value || element.getAttribute('value') || '');
    }
    const fromLabel = labelTextOf(view, element);
    if (fromLabel) return fromLabel;
    return normaliseText(element.getAttribute('title') ?? element.getAttribute('placeholder') ?? '');
  }
  if (tag === 'IMG') return normaliseText(element.getAttribute('alt') ?? '');
  const own = view.textOf(element);
  if (own) return own;
  return normaliseText(element.getAttribute('title') ?? '');
}

/** What accessible names are made of besides the page's visible text (`computeName`). */
const NAMING_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'value'] as const;
const NAMING_SELECTOR = NAMING_ATTRIBUTES.map((name) => `[${name}]`).join(', ');
const nameTextCache = new WeakMap<PageView, string>();

/**
 * Every text an accessible name on the page is made of, normalised, once per view: the page's
 * visible text (an element's own text is part of it), the naming attributes, the texts
 * `aria-labelledby` points to (joined, as a name makes them) and the labels that are hidden. A
 * wanted name that does not occur in it (lib/guide/text.ts `mayOccurIn`) is no element's name:
 * the page's names need not be worked out one by one (measured: the first role signal asked on a
 * portal's news page took ~10 ms of the recogniser's ~25).
 */
export function nameTexts(view: PageView): string {
  let text = nameTextCache.get(view);
  if (text === undefined) {
    const parts = [view.text];
    for (const element of view.queryAll(NAMING_SELECTOR)) {
      for (const name of NAMING_ATTRIBUTES) {
        const value = element.getAttribute(name);
        if (value) parts.push(normaliseText(value));
      }
    }
    // Joined and normalised as `computeName` does (two parts may make one word of lib/text.ts's synonyms).
    for (const element of view.queryAll('[aria-labelledby]')) {
      const named = (element.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .map((id) => (id ? byId(element, id) : null))
        .filter((found): found is Element => found !== null);
      parts.push(normaliseText(named.map((found) => view.textOf(found)).join(' ')));
    }
    for (const label of view.queryAll('label')) if (!isShownIn(view, label)) parts.push(view.textOf(label));
    text = parts.join(' ');
    nameTextCache.set(view, text);
  }
  return text;
}

/** Every shown element of a role in the page, document order, open shadow roots included. */
export function elementsByRole(view: PageView, role: Role): Element[] {
  let cache = byRoleCache.get(view);
  if (!cache) {
    cache = new Map();
    byRoleCache.set(view, cache);
  }
  let found = cache.get(role);
  if (!found) {
    found = view
      .queryAll(ROLE_SELECTORS[role])
      .filter((element) => roleOf(element) === role && isShownIn(view, element));
    cache.set(role, found);
  }
  return found;
}

const byRoleCache = new WeakMap<PageView, Map<Role, Element[]>>();

/**
 * Elements of a role whose accessible name matches: exact (normalised) matches first, then names
 * that contain the wanted text. No name: every element of the role.
 *
 * @example
 * byRole(view, 'button', 'Doorgaan')[0]
 */
export function byRole(view: PageView, role: Role, name?: string): Element[] {
  const all = elementsByRole(view, role);
  if (name === undefined) return all;
  const wanted = normaliseText(name);
  const exact: Element[] = [];
  const partial: Element[] = [];
  for (const element of all) {
    const accName = accessibleName(view, element);
    if (accName === wanted) exact.push(element);
    else if (wanted !== '' && accName.includes(wanted)) partial.push(element);
  }
  return [...exact, ...partial];
}
