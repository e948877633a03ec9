/** The Oefenmodus's words, one language at a time (the language setting; Dutch by default). */
export type Lang = 'nl' | 'en';

const TEXT = {
  title: { nl: 'Oefenmodus', en: 'Practice mode' },
  banner: {
    nl: 'Oefenportaal: dit is niet het echte portaal. Alle gegevens zijn fictief en niets wordt verstuurd.',
    en: 'Practice portal: this is not the real portal. All data is fictitious and nothing is sent.',
  },
  tasks: { nl: 'Taken', en: 'Tasks' },
  searchTasks: { nl: 'Zoek een taak', en: 'Search a task' },
  noTasks: { nl: 'Geen taak gevonden.', en: 'No task found.' },
  scenarios: { nl: "Scenario's", en: 'Scenarios' },
  look: { nl: 'Weergave', en: 'Appearance' },
  markup: { nl: 'Opmaak van het portaal', en: 'Portal markup' },
  markupPlain: { nl: 'Eenvoudig', en: 'Plain' },
  markupVl: { nl: 'Vlaamse huisstijl', en: 'Flemish design system' },
  portalLang: { nl: 'Taal van het federale portaal', en: 'Federal portal language' },
  presenter: {
    nl: 'Presentatiemodus (grote tekst, pijltjes en PageUp/PageDown)',
    en: 'Presenter mode (large text, arrows and PageUp/PageDown)',
  },
  autoplay: { nl: 'Automatisch verder', en: 'Auto-play' },
  delay: { nl: 'Wachttijd per stap', en: 'Delay per step' },
  seconds: { nl: 's', en: 's' },
  steps: { nl: 'Stappen', en: 'Steps' },
  previous: { nl: 'Vorige stap', en: 'Previous step' },
  next: { nl: 'Volgende stap', en: 'Next step' },
  stepOf: { nl: 'Stap {n} van {total}', en: 'Step {n} of {total}' },
  goToStep: { nl: 'Ga naar stap {n}: {title}', en: 'Go to step {n}: {title}' },
  handout: { nl: 'Hand-out van deze taak afdrukken', en: 'Print a hand-out of this task' },
  address: { nl: 'Adres van het portaal', en: 'Portal address' },
  frame: { nl: 'Oefenportaal', en: 'Practice portal' },
  chooseTask: {
    nl: 'Kies links een taak of een scenario. De gids loopt er hier mee door, net als op het echte portaal.',
    en: 'Choose a task or a scenario on the left. The guide walks through it here, as on the real portal.',
  },
  missing: {
    nl: 'Deze pagina bestaat niet in het oefenportaal:',
    en: 'This page does not exist in the practice portal:',
  },
  outside: {
    nl: 'Deze link leidt buiten het oefenportaal; de Oefenmodus opent hem niet:',
    en: 'This link leads outside the practice portal; practice mode does not open it:',
  },
  back: { nl: 'Terug naar het oefenportaal', en: 'Back to the practice portal' },
  demo: { nl: 'Oefengegevens', en: 'Practice data' },
  demoHint: {
    nl: 'Een apart oefenprofiel: deze klanten staan niet in uw eigen klantenlijst.',
    en: 'A separate practice profile: these clients are not in your own client list.',
  },
  demoClients: { nl: 'Fictieve klanten', en: 'Fictitious clients' },
  demoPeople: { nl: 'Fictieve personen (om in te typen)', en: 'Fictitious people (to type in)' },
  school: { nl: 'school', en: 'school' },
  reset: { nl: 'Oefengegevens herstellen', en: 'Reset practice data' },
  resetDone: { nl: 'De oefengegevens zijn hersteld.', en: 'The practice data has been reset.' },
  scenario: { nl: 'Scenario', en: 'Scenario' },
  rights: { nl: 'Rechtencheck voor dit scenario', en: 'Rights check for this scenario' },
  print: { nl: 'Afdrukken of bewaren als PDF', en: 'Print or save as PDF' },
  handoutTitle: { nl: 'Hand-out: {title}', en: 'Hand-out: {title}' },
  handoutIntro: {
    nl: 'Gemaakt in de Oefenmodus van Loketgids, op het oefenportaal (fictieve gegevens). Het kader toont waar u klikt.',
    en: 'Made in the Loketgids practice mode, on the practice portal (fictitious data). The frame shows where to click.',
  },
  check: { nl: 'Controleer', en: 'Check' },
  done: { nl: 'Klaar als', en: 'Done when' },
  unknownFlow: { nl: 'Onbekende taak.', en: 'Unknown task.' },
  portals: {
    nl: { wse: 'WSE-loket', gb: 'Gebruikersbeheer', sz: 'Sociale zekerheid', wpd: 'Werkplek Duaal' },
    en: { wse: 'WSE-loket', gb: 'User management', sz: 'Social security', wpd: 'Werkplek Duaal' },
  },
} as const;

type Key = Exclude<keyof typeof TEXT, 'portals'>;

/** A text in the language, with `{name}` filled in. */
export function tr(lang: Lang, key: Key, values: Record<string, string | number> = {}): string {
  return TEXT[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

export function portalName(lang: Lang, portal: 'wse' | 'gb' | 'sz' | 'wpd'): string {
  return TEXT.portals[lang][portal];
}
