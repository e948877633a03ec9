/**
 * The app pages' language (popup, options, Rechtencheck, renewals): the setting resolved
 * (lib/i18n/lang.ts) to one of the app's catalogues (lib/i18n/app.ts), followed live, so a
 * change in the settings form switches every open page at once — as one whole language.
 *
 * @example
 * render(<AppLangProvider initial={state.settings.lang}><PopupApp /></AppLangProvider>, root);
 * const { t, tn } = useT(); t('popup.activeClient') // → 'Actieve klant:'
 */
import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { type AppKey, type AppLang, type AppPlural, appLang, appT, appTn } from '../../lib/i18n/app';
import { formatCount, LOCALES, type Values } from '../../lib/i18n/format';
import { resolveLang } from '../../lib/i18n/lang';
import type { Bilingual } from '../../lib/ids';
import { type LangSetting, watchState } from '../../lib/state';

const LangContext = createContext<AppLang>('nl');

/** Provides the language to the page and keeps `<html lang>` in step with it. */
export function AppLangProvider({ initial, children }: { initial: LangSetting; children: ComponentChildren }) {
  const [setting, setSetting] = useState<LangSetting>(initial);
  useEffect(() => {
    const abort = new AbortController();
    watchState((state) => setSetting(state.settings.lang), abort.signal);
    return () => abort.abort();
  }, []);
  const lang = appLang(resolveLang(setting));
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export interface AppText {
  lang: AppLang;
  /** The string of `key` in the page's language, `{name}` filled from `values`. */
  t(key: AppKey, values?: Values): string;
  /** A count with its words (`….one`/`….other` keys); `{count}` is the number, written for the language. */
  tn(key: AppPlural, count: number, values?: Values): string;
  /** A bilingual message from lib (validation, import, backup) in the page's language only. */
  inLang(message: Bilingual): string;
  /** A number as the language writes it. */
  count(n: number): string;
  locale: string;
}

export function useT(): AppText {
  const lang = useContext(LangContext);
  return useMemo(
    () => ({
      lang,
      t: (key, values) => appT(lang, key, values),
      tn: (key, count, values) => appTn(lang, key, count, values),
      inLang: (message) => message[lang],
      count: (n) => formatCount(n, lang),
      locale: LOCALES[lang],
    }),
    [lang],
  );
}
