import type { Text } from '../../lib/guide/schema';

/** The text in the user's language (Dutch first, English second). */
export function pick(text: Text | undefined, lang: 'nl' | 'en'): string {
  return text ? text[lang] : '';
}

/** A fixed UI string in both languages. */
export function ui(lang: 'nl' | 'en', nl: string, en: string): string {
  return lang === 'nl' ? nl : en;
}
