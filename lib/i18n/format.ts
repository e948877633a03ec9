/**
 * The catalogues' small machinery: `{name}` placeholders filled by `format`, and the list of a
 * template's placeholders (the catalogue test holds every language to the Dutch one's).
 * No library: a catalogue is a plain object, a template a plain string.
 *
 * @example
 * format('Stap {n} van {total}', { n: 2, total: 5 }) // → 'Stap 2 van 5'
 */
export type Values = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fill `{name}` with `values.name` (a number as written; missing names stay empty). */
export function format(template: string, values: Values = {}): string {
  return template.replace(PLACEHOLDER, (_, name: string) => String(values[name] ?? ''));
}

/** The placeholder names of a template, sorted and once each: `['n', 'total']`. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))].sort();
}

/** A count as a person of that language writes it: 1.234 in Dutch, 1,234 in English. */
export function formatCount(count: number, lang: string): string {
  return count.toLocaleString(LOCALES[lang as keyof typeof LOCALES] ?? 'nl-BE');
}

/** The locale each language formats dates and numbers with (Belgian where Belgium has it). */
export const LOCALES = { nl: 'nl-BE', en: 'en-GB', fr: 'fr-BE', de: 'de-BE' } as const;
