/**
 * Which language the extension speaks: the setting (lib/state.ts `Settings.lang`), or with
 * 'auto' the browser's language when it is one of ours, else Dutch. Resolved where a text is
 * shown (popup, options, the card), never stored resolved: a person who changes the browser's
 * language gets the new one at once.
 *
 * @example
 * resolveLang('auto', 'fr-BE') // → 'fr'
 * resolveLang('auto', 'es-ES') // → 'nl'
 * resolveLang('en', 'fr-BE')   // → 'en'
 */
import { LANGS, type Lang, type LangSetting } from '../state';

function browserLanguage(): string {
  return typeof navigator === 'undefined' ? '' : (navigator.language ?? '');
}

export function resolveLang(setting: LangSetting | undefined, browser: string = browserLanguage()): Lang {
  if (setting !== undefined && setting !== 'auto') return setting;
  const primary = browser.toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGS as readonly string[]).includes(primary) ? (primary as Lang) : 'nl';
}
