/**
 * Which language the card speaks: one at a time. Dutch and English always exist; French and
 * German only where a flow has them (the social security portal's pages in fr and de). A person
 * whose language is fr or de gets that language on a step whose texts all have it, and Dutch
 * elsewhere (the Flemish portals are Dutch only) — never a French title over a Dutch instruction.
 *
 * @example
 * cardLang('fr', [{ nl: 'Registreren', en: 'Register', fr: 'Enregistrer' }]) // → 'fr'
 * cardLang('de', [{ nl: 'Aanmelden', en: 'Log in' }])                     // → 'nl'
 */
import { t } from '../i18n/card';
import type { Lang } from '../state';
import type { Text } from './text-schema';

export type { Lang };

export function cardLang(lang: Lang, texts: readonly (Text | undefined)[]): Lang {
  if (lang === 'nl' || lang === 'en') return lang;
  const shown = texts.filter((text): text is Text => text !== undefined);
  return shown.length > 0 && shown.every((text) => text[lang] !== undefined) ? lang : 'nl';
}

/** The text in a language; French or German fall back to Dutch (the card chose its language already). */
export function textIn(text: Text, lang: Lang): string {
  return text[lang] ?? text.nl;
}

/** "Stap 2 van 5" in the card's language (the card and its screen-reader announcement). */
export function stepCount(lang: Lang, n: number, total: number): string {
  return t(lang, 'step.count', { n, total });
}
