/**
 * What the Werkplek Duaal flows share: the top line read on every screen (organisation, role,
 * KBO — the role explained, a KBO other than the active client's warned about), and the
 * "browser not supported" screen as a problem of the first step (seed 004).
 */
import type { StepInput } from '../../guide/schema';

/** Read the top line; warn when its KBO number is not the active client's (as in the WSE-loket). */
export const TOP_LINE_FEATURES: StepInput['features'] = [{ kind: 'wpd-header' }, { kind: 'top-kbo-check' }];

export const PROBLEM_NOT_SUPPORTED: StepInput['problems'] = [
  {
    page: 'wpd.niet-ondersteund',
    title: { nl: 'Deze browser wordt niet ondersteund', en: 'This browser is not supported' },
    instruction: {
      nl: 'App.werkplekduaal.be werkt alleen in Google Chrome of Microsoft Edge; Internet Explorer wordt niet meer ondersteund. Loketgids draait al in Chrome of Edge: werk de browser bij, of open de pagina opnieuw buiten de Internet Explorer-modus. De eerste keer meldt u zich aan met uw eID of een token van de federale of Vlaamse overheid. Lukt het niet, bel dan gratis 1700.',
      en: 'App.werkplekduaal.be only works in Google Chrome or Microsoft Edge; Internet Explorer is no longer supported. Loketgids already runs in Chrome or Edge: update the browser, or open the page again outside Internet Explorer mode. The first time you log in with your eID or a token of the federal or Flemish government. If it does not work, call 1700 (free).',
    },
  },
];
