/**
 * The card's catalogue: every fixed string of the overlay card on the portals (the card, its
 * pill and launcher, the client picker, services, explanations, ticket note, renewals, the
 * "Klopt dit niet?" report and its "Leer de gids dit scherm"), in the four languages the card
 * speaks. The portal's content script carries this module and not the app's (lib/i18n/app.ts),
 * so keep it to the card's own words.
 *
 * French and German live in ./card-fr-de.ts (only the scripts whose card can speak them load it).
 *
 * Adding a string:
 * 1. add the key to `nl` below (the Dutch text defines the keys and the type: formal "u", never
 *    "je/jij/jouw"; test/unit/i18n checks it);
 * 2. add the same key to `en` here and to `fr` and `de` in ./card-fr-de.ts — a missing key is a type error;
 * 3. placeholders are `{name}`, the same names in every language (test/unit/i18n checks that);
 *    fill them with `t(lang, 'key', { name })`;
 * 4. a count that changes the words gets two keys, `….one` and `….other` (`tn(lang, 'key', n)`).
 * Keys are grouped by the component that shows them (`pill.`, `step.`, `report.` …).
 *
 * Flow texts (lib/flows) and the knowledge base (lib/knowledge) are data with their own
 * languages, not catalogue: the card shows them with `textIn` in the language lib/guide/lang.ts
 * chose for the whole card.
 *
 * @example
 * t('fr', 'step.count', { n: 2, total: 5 }) // → 'Étape 2 sur 5'
 */
import type { Lang } from '../state';
import { format, type Values } from './format';
import { LAUNCHER_NL_EN } from './launcher';

export const nl = {
  ...LAUNCHER_NL_EN.nl,
  'card.expand': 'Uitklappen',
  'card.collapse': 'Inklappen',
  'card.close': 'Sluiten',
  'card.noFlows': 'Voor dit portaal heeft Loketgids nog geen stappen.',
  'pill.step': 'Stap {n} van {total}: {title}',
  'pill.where': ' ({portal}; ',
  'pill.warning': 'er is een waarschuwing; ',
  'pill.folded': 'ingeklapt: er is geen vrije plek voor de kaart). Openen.',
  'step.count': 'Stap {n} van {total}',
  'step.notInTask':
    'Deze pagina hoort niet bij de gekozen taak. Kies hieronder een andere taak, of ga naar de volgende stap van uw taak.',
  'step.check': 'Controleer: ',
  'step.notFound': 'Niet gevonden op deze pagina. ',
  'step.done': 'Klaar: de taak is afgerond.',
  'explain.grantedBy': 'Wie kent het toe: ',
  'explain.where': 'Waar: ',
  'explain.how': 'Hoe: ',
  'explain.needs': 'Nodig: ',
  'explain.message': 'Bericht om te versturen',
  'explain.copied': 'Gekopieerd',
  'explain.copy': 'Kopieer bericht',
  'report.open': 'Klopt dit niet? Meld dit scherm',
  'report.saved': 'Bewaard als {file}.',
  'report.copied': 'Gekopieerd naar het klembord.',
  'report.copyFailed': 'Kopiëren lukte niet; bewaar de melding als bestand.',
  'report.title': 'Melding voor de helpdesk',
  'report.intro':
    'Deze melding beschrijft hoe Loketgids dit scherm zag: welke schermen het overwoog en waarom. Er staan geen namen, nummers of ingevulde waarden in, en er wordt niets verzonden: u kopieert of bewaart ze zelf.',
  'report.recognition': 'Herkenning: {recognition}',
  'report.target': 'doel {target}',
  'report.contents': 'Inhoud van de melding',
  'report.copy': 'Kopieer de melding',
  'report.save': 'Bewaar de melding als bestand',
  'report.close': 'Melding sluiten',
  'teach.open': 'Leer de gids dit scherm',
  'teach.step': 'Stap {n}: {title}',
  'teach.which': 'Welke stap van de taak is dit scherm?',
  'teach.moveOf': '{index} van {total}: {name}',
  'teach.noName': 'zonder naam',
  'teach.miss': 'Daar staat geen knop, link of veld. Klik op de knop zelf.',
  'teach.picking':
    '{step}. Klik nu op de pagina op de knop, de link of het veld van deze stap; de klik gaat niet naar het portaal. Met Tab of de pijltjestoetsen gaat u langs de knoppen van de pagina, Enter kiest, Escape stopt.',
  'teach.donePicked':
    'Geleerd: dit scherm is {step}, met de gekozen knop. De gids herkent het voortaan, ook na herladen. U vindt de correctie in de opties van Loketgids.',
  'teach.done': 'Geleerd: dit scherm is {step}. De gids herkent het voortaan, ook na herladen.',
  'teach.failed': 'Dit kon niet bewaard worden; er is niets veranderd. Probeer het opnieuw.',
  'teach.stop': 'Aanwijzen stoppen',
  'teach.close': 'Leren sluiten',
  'picker.label': 'Klanten',
  'picker.search': 'Zoek een klant (naam of KBO-nummer)',
  'picker.empty': 'Geen klanten gevonden. Voeg klanten toe in de opties van Loketgids.',
  'picker.active': 'actief',
  'picker.school': 'school',
  'services.title': 'Diensten op deze pagina',
  'services.available': 'beschikbaar',
  'services.missing': 'recht ontbreekt',
  'services.choose': 'Kies',
  'services.chooseService': 'Kies {service}',
  'services.chosen': 'gekozen',
  'services.why': 'Waarom en wie helpt',
  'task.label': 'Taak',
  'unsure.pinned': 'U koos zelf welk scherm dit is. ',
  'unsure.undo': 'Ongedaan maken',
  'unsure.title': 'Welk scherm is dit?',
  'unsure.intro': 'Ik herken deze pagina niet met zekerheid, dus ik wijs nog niets aan. Kies wat u ziet:',
  'unsure.orStep': 'Of kies de stap van uw taak',
  'unsure.stepPlaceholder': '— stap —',
  'unsure.stepOption': '{n}. {title}',
  'ticket.title': 'Ticketnummer bijhouden',
  'ticket.saved': 'Bewaard.',
  'ticket.saveFailed': 'Bewaren lukte niet.',
  'ticket.field': 'Ticketnummer',
  'ticket.save': 'Bewaar ticketnummer',
  'ticket.list': 'Bewaarde ticketnummers',
  'renewals.title': 'Hernieuwingen, de dringendste eerst',
  'renewals.kept':
    'Bewaard in Loketgids voor deze organisatie: de popup toont ze onder "Komende hernieuwingen", ook als agenda-bestand.',
  'renewal.decide': 'Beslissen vóór {date}, {left}',
  'renewal.decideOverdue': 'Beslissen vóór {date}: {left}',
  'renewal.today': 'vandaag',
  'renewal.left.one': 'nog {count} dag',
  'renewal.left.other': 'nog {count} dagen',
  'renewal.late.one': 'verlopen, {count} dag te laat',
  'renewal.late.other': 'verlopen, {count} dagen te laat',
  'hint.showTheCardHere': 'Kaart hier tonen',
  'step.thisStepHappensOn': 'Deze stap gebeurt op een ander scherm: {v1}. Loketgids wijst hier niets aan.',
  'steps.allSteps': 'Alle stappen',
  'steps.done': 'klaar: ',
  'steps.now': 'nu: ',
  'steps.next': 'volgende: ',
  'steps.previousStep': 'Vorige stap',
  'steps.nextStep': 'Volgende stap',
  'steps.backToTheStep': 'Terug naar de stap van deze pagina',
  'panel.noGuideOnThis': 'Geen gids op dit tabblad',
  'panel.noStepOnThis': 'Geen stap op deze pagina: Loketgids herkent dit scherm niet als een stap van een taak.',
  'panel.showOnThePage': 'Op de pagina tonen',
  'panel.loketgidsWorksOnThe':
    'Loketgids werkt op de pagina’s van de portalen: {v1}. Open een van die portalen in dit tabblad; de gids verschijnt dan hier.',
  'panel.loadingTheGuideOf': 'De gids van dit tabblad wordt geladen…',
  'panel.theSidePanelDid': 'Het zijpaneel ging niet open. De kaart blijft op de pagina.',
  'panel.showBeside': 'Naast de pagina tonen',
} as const;

export type CardKey = keyof typeof nl;
export type CardCatalogue = { readonly [K in CardKey]: string };

export const en: CardCatalogue = {
  ...LAUNCHER_NL_EN.en,
  'card.expand': 'Expand',
  'card.collapse': 'Collapse',
  'card.close': 'Close',
  'card.noFlows': 'Loketgids has no guided steps for this portal yet.',
  'pill.step': 'Step {n} of {total}: {title}',
  'pill.where': ' ({portal}; ',
  'pill.warning': 'there is a warning; ',
  'pill.folded': 'folded: no free place for the card). Open.',
  'step.count': 'Step {n} of {total}',
  'step.notInTask':
    'This page is not part of the chosen task. Choose another task below, or go to the next step of your task.',
  'step.check': 'Check: ',
  'step.notFound': 'Not found on this page. ',
  'step.done': 'Done: the task is complete.',
  'explain.grantedBy': 'Who grants it: ',
  'explain.where': 'Where: ',
  'explain.how': 'How: ',
  'explain.needs': 'Needed: ',
  'explain.message': 'Message to send',
  'explain.copied': 'Copied',
  'explain.copy': 'Copy message',
  'report.open': 'Something wrong? Report this screen',
  'report.saved': 'Saved as {file}.',
  'report.copied': 'Copied to the clipboard.',
  'report.copyFailed': 'Copying failed; save the report as a file.',
  'report.title': 'Report for the helpdesk',
  'report.intro':
    'This report describes how Loketgids saw this screen: which screens it considered and why. It holds no names, numbers or values typed, and nothing is sent: you copy or save it yourself.',
  'report.recognition': 'Recognition: {recognition}',
  'report.target': 'target {target}',
  'report.contents': 'What the report holds',
  'report.copy': 'Copy the report',
  'report.save': 'Save the report as a file',
  'report.close': 'Close the report',
  'teach.open': 'Teach the guide this screen',
  'teach.step': 'Step {n}: {title}',
  'teach.which': 'Which step of the task is this screen?',
  'teach.moveOf': '{index} of {total}: {name}',
  'teach.noName': 'without a name',
  'teach.miss': 'There is no button, link or field there. Click the button itself.',
  'teach.picking':
    "{step}. Now click the button, link or field of this step on the page; the click does not reach the portal. Tab or the arrow keys walk the page's controls, Enter chooses, Escape stops.",
  'teach.donePicked':
    "Learnt: this screen is {step}, with the chosen control. The guide recognises it from now on, also after a reload. The correction is in Loketgids' options.",
  'teach.done': 'Learnt: this screen is {step}. The guide recognises it from now on, also after a reload.',
  'teach.failed': 'This could not be saved; nothing changed. Please try again.',
  'teach.stop': 'Stop pointing',
  'teach.close': 'Close teaching',
  'picker.label': 'Clients',
  'picker.search': 'Search a client (name or KBO number)',
  'picker.empty': 'No clients found. Add clients in the Loketgids options.',
  'picker.active': 'active',
  'picker.school': 'school',
  'services.title': 'Services on this page',
  'services.available': 'available',
  'services.missing': 'right missing',
  'services.choose': 'Choose',
  'services.chooseService': 'Choose {service}',
  'services.chosen': 'chosen',
  'services.why': 'Why, and who helps',
  'task.label': 'Task',
  'unsure.pinned': 'You chose which screen this is. ',
  'unsure.undo': 'Undo',
  'unsure.title': 'Which screen is this?',
  'unsure.intro': 'I cannot tell this page for sure, so I point at nothing yet. Choose what you see:',
  'unsure.orStep': 'Or choose the step of your task',
  'unsure.stepPlaceholder': '— step —',
  'unsure.stepOption': '{n}. {title}',
  'ticket.title': 'Keep the ticket number',
  'ticket.saved': 'Saved.',
  'ticket.saveFailed': 'Could not save.',
  'ticket.field': 'Ticket number',
  'ticket.save': 'Save ticket number',
  'ticket.list': 'Saved ticket numbers',
  'renewals.title': 'Renewals, most urgent first',
  'renewals.kept':
    'Kept in Loketgids for this organisation: the popup lists them under "Upcoming renewals", also as a calendar file.',
  'renewal.decide': 'Decide before {date}, {left}',
  'renewal.decideOverdue': 'Decide before {date}: {left}',
  'renewal.today': 'today',
  'renewal.left.one': '{count} day left',
  'renewal.left.other': '{count} days left',
  'renewal.late.one': 'overdue by {count} day',
  'renewal.late.other': 'overdue by {count} days',
  'hint.showTheCardHere': 'Show the card here',
  'step.thisStepHappensOn': 'This step happens on another screen: {v1}. Loketgids marks nothing here.',
  'steps.allSteps': 'All steps',
  'steps.done': 'done: ',
  'steps.now': 'now: ',
  'steps.next': 'next: ',
  'steps.previousStep': 'Previous step',
  'steps.nextStep': 'Next step',
  'steps.backToTheStep': 'Back to the step of this page',
  'panel.noGuideOnThis': 'No guide on this tab',
  'panel.noStepOnThis': 'No step on this page: Loketgids does not know this screen as a step of a task.',
  'panel.showOnThePage': 'Show on the page',
  'panel.loketgidsWorksOnThe':
    'Loketgids works on the pages of the portals: {v1}. Open one of them in this tab; the guide then shows here.',
  'panel.loadingTheGuideOf': 'Loading the guide of this tab…',
  'panel.theSidePanelDid': 'The side panel did not open. The card stays on the page.',
  'panel.showBeside': 'Show beside the page',
};

/**
 * The card's languages this script carries. Dutch and English always; French and German only
 * where a card can speak them — the federal portal's script, the side panel, the Oefenmodus —
 * which add them with `addCardLanguages(CARD_FR_DE)` (lib/i18n/card-fr-de.ts). A Flemish portal's
 * card is never French or German (lib/guide/lang.ts), so its script leaves those out (size).
 */
const CARD: Partial<Record<Lang, CardCatalogue>> = { nl, en };

/** Make more of the card's languages available (the federal portal's French and German). */
export function addCardLanguages(more: Partial<Record<Lang, CardCatalogue>>): void {
  Object.assign(CARD, more);
}

/** The catalogue of `lang`, or Dutch where this script does not carry that language. */
export function cardCatalogue(lang: Lang): CardCatalogue {
  return CARD[lang] ?? nl;
}

/** A card string in `lang`, with `{name}` filled from `values`. */
export function t(lang: Lang, key: CardKey, values?: Values): string {
  return format(cardCatalogue(lang)[key], values);
}

/** The keys that come as a `.one`/`.other` pair. */
export type CardPlural = {
  [K in CardKey]: K extends `${infer Base}.one` ? (`${Base}.other` extends CardKey ? Base : never) : never;
}[CardKey];

/** A count with its words: `tn('nl', 'renewal.left', 3)` → 'nog 3 dagen'. `{count}` is the number. */
export function tn(lang: Lang, key: CardPlural, count: number, values: Values = {}): string {
  return t(lang, `${key}.${count === 1 ? 'one' : 'other'}` as CardKey, { count, ...values });
}
