/**
 * The card's catalogue: every fixed string of the overlay card on the portals (the card, its
 * pill and launcher, the client picker, services, explanations, ticket note, renewals and the
 * "Klopt dit niet?" report), in the four languages the card speaks. The portal's content script
 * carries this module and not the app's (lib/i18n/app.ts), so keep it to the card's own words.
 *
 * Adding a string:
 * 1. add the key to `nl` below (the Dutch text defines the keys and the type: formal "u", never
 *    "je/jij/jouw"; test/unit/i18n checks it);
 * 2. add the same key to `en`, `fr` and `de` — a missing key is a type error;
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

export const nl = {
  'card.label': 'Loketgids',
  'card.show': 'Loketgids tonen',
  'card.expand': 'Uitklappen',
  'card.collapse': 'Inklappen',
  'card.close': 'Sluiten',
  'card.noFlows': 'Voor dit portaal heeft Loketgids nog geen stappen.',
  'launcher.question': 'Welk scherm is dit?',
  'launcher.noStep': ': geen stap op deze pagina. Tonen.',
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
} as const;

export type CardKey = keyof typeof nl;
export type CardCatalogue = { readonly [K in CardKey]: string };

const en: CardCatalogue = {
  'card.label': 'Loketgids',
  'card.show': 'Show Loketgids',
  'card.expand': 'Expand',
  'card.collapse': 'Collapse',
  'card.close': 'Close',
  'card.noFlows': 'Loketgids has no guided steps for this portal yet.',
  'launcher.question': 'Which screen is this?',
  'launcher.noStep': ': no step on this page. Show.',
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
};

const fr: CardCatalogue = {
  'card.label': 'Loketgids',
  'card.show': 'Afficher Loketgids',
  'card.expand': 'Déplier',
  'card.collapse': 'Réduire',
  'card.close': 'Fermer',
  'card.noFlows': 'Loketgids n’a pas encore d’étapes pour ce portail.',
  'launcher.question': 'Quel écran est-ce ?',
  'launcher.noStep': ' : aucune étape sur cette page. Afficher.',
  'pill.step': 'Étape {n} sur {total} : {title}',
  'pill.where': ' ({portal} ; ',
  'pill.warning': 'il y a un avertissement ; ',
  'pill.folded': 'réduit : pas de place libre pour la carte). Ouvrir.',
  'step.count': 'Étape {n} sur {total}',
  'step.notInTask':
    'Cette page ne fait pas partie de la tâche choisie. Choisissez une autre tâche ci-dessous, ou passez à l’étape suivante de votre tâche.',
  'step.check': 'Vérifiez : ',
  'step.notFound': 'Introuvable sur cette page. ',
  'step.done': 'Terminé : la tâche est accomplie.',
  'explain.grantedBy': 'Qui l’accorde : ',
  'explain.where': 'Où : ',
  'explain.how': 'Comment : ',
  'explain.needs': 'Nécessaire : ',
  'explain.message': 'Message à envoyer',
  'explain.copied': 'Copié',
  'explain.copy': 'Copier le message',
  'report.open': 'Quelque chose ne va pas ? Signaler cet écran',
  'report.saved': 'Enregistré sous {file}.',
  'report.copied': 'Copié dans le presse-papiers.',
  'report.copyFailed': 'La copie a échoué ; enregistrez le signalement comme fichier.',
  'report.title': 'Signalement pour le helpdesk',
  'report.intro':
    'Ce signalement décrit comment Loketgids a vu cet écran : les écrans envisagés et pourquoi. Il ne contient ni noms, ni numéros, ni valeurs saisies, et rien n’est envoyé : vous le copiez ou l’enregistrez vous-même.',
  'report.recognition': 'Reconnaissance : {recognition}',
  'report.target': 'cible {target}',
  'report.contents': 'Contenu du signalement',
  'report.copy': 'Copier le signalement',
  'report.save': 'Enregistrer le signalement comme fichier',
  'report.close': 'Fermer le signalement',
  'picker.label': 'Clients',
  'picker.search': 'Chercher un client (nom ou numéro BCE)',
  'picker.empty': 'Aucun client trouvé. Ajoutez des clients dans les options de Loketgids.',
  'picker.active': 'actif',
  'picker.school': 'école',
  'services.title': 'Services sur cette page',
  'services.available': 'disponible',
  'services.missing': 'droit manquant',
  'services.choose': 'Choisir',
  'services.chooseService': 'Choisir {service}',
  'services.chosen': 'choisi',
  'services.why': 'Pourquoi, et qui aide',
  'task.label': 'Tâche',
  'unsure.pinned': 'Vous avez choisi vous-même quel écran c’est. ',
  'unsure.undo': 'Annuler',
  'unsure.title': 'Quel écran est-ce ?',
  'unsure.intro':
    'Je ne reconnais pas cette page avec certitude, je n’indique donc encore rien. Choisissez ce que vous voyez :',
  'unsure.orStep': 'Ou choisissez l’étape de votre tâche',
  'unsure.stepPlaceholder': '— étape —',
  'unsure.stepOption': '{n}. {title}',
  'ticket.title': 'Conserver le numéro de ticket',
  'ticket.saved': 'Enregistré.',
  'ticket.saveFailed': 'L’enregistrement a échoué.',
  'ticket.field': 'Numéro de ticket',
  'ticket.save': 'Enregistrer le numéro',
  'ticket.list': 'Numéros enregistrés',
  'renewals.title': 'Renouvellements, les plus urgents d’abord',
  'renewals.kept':
    'Conservés dans Loketgids pour cette organisation : le popup les affiche sous « Renouvellements à venir », aussi comme fichier d’agenda.',
  'renewal.decide': 'Décider avant le {date}, {left}',
  'renewal.decideOverdue': 'Décider avant le {date} : {left}',
  'renewal.today': 'aujourd’hui',
  'renewal.left.one': 'encore {count} jour',
  'renewal.left.other': 'encore {count} jours',
  'renewal.late.one': 'expiré, {count} jour de retard',
  'renewal.late.other': 'expiré, {count} jours de retard',
};

const de: CardCatalogue = {
  'card.label': 'Loketgids',
  'card.show': 'Loketgids anzeigen',
  'card.expand': 'Aufklappen',
  'card.collapse': 'Einklappen',
  'card.close': 'Schließen',
  'card.noFlows': 'Für dieses Portal hat Loketgids noch keine Schritte.',
  'launcher.question': 'Welcher Bildschirm ist das?',
  'launcher.noStep': ': kein Schritt auf dieser Seite. Anzeigen.',
  'pill.step': 'Schritt {n} von {total}: {title}',
  'pill.where': ' ({portal}; ',
  'pill.warning': 'es gibt eine Warnung; ',
  'pill.folded': 'eingeklappt: kein freier Platz für die Karte). Öffnen.',
  'step.count': 'Schritt {n} von {total}',
  'step.notInTask':
    'Diese Seite gehört nicht zur gewählten Aufgabe. Wählen Sie unten eine andere Aufgabe oder gehen Sie zum nächsten Schritt Ihrer Aufgabe.',
  'step.check': 'Prüfen Sie: ',
  'step.notFound': 'Auf dieser Seite nicht gefunden. ',
  'step.done': 'Fertig: die Aufgabe ist erledigt.',
  'explain.grantedBy': 'Wer erteilt es: ',
  'explain.where': 'Wo: ',
  'explain.how': 'Wie: ',
  'explain.needs': 'Benötigt: ',
  'explain.message': 'Zu sendende Nachricht',
  'explain.copied': 'Kopiert',
  'explain.copy': 'Nachricht kopieren',
  'report.open': 'Stimmt etwas nicht? Diesen Bildschirm melden',
  'report.saved': 'Gespeichert als {file}.',
  'report.copied': 'In die Zwischenablage kopiert.',
  'report.copyFailed': 'Kopieren fehlgeschlagen; speichern Sie die Meldung als Datei.',
  'report.title': 'Meldung für den Helpdesk',
  'report.intro':
    'Diese Meldung beschreibt, wie Loketgids diesen Bildschirm sah: welche Bildschirme es erwog und warum. Sie enthält keine Namen, Nummern oder eingegebenen Werte, und nichts wird gesendet: Sie kopieren oder speichern sie selbst.',
  'report.recognition': 'Erkennung: {recognition}',
  'report.target': 'Ziel {target}',
  'report.contents': 'Inhalt der Meldung',
  'report.copy': 'Meldung kopieren',
  'report.save': 'Meldung als Datei speichern',
  'report.close': 'Meldung schließen',
  'picker.label': 'Kunden',
  'picker.search': 'Kunden suchen (Name oder ZDU-Nummer)',
  'picker.empty': 'Keine Kunden gefunden. Fügen Sie Kunden in den Optionen von Loketgids hinzu.',
  'picker.active': 'aktiv',
  'picker.school': 'Schule',
  'services.title': 'Dienste auf dieser Seite',
  'services.available': 'verfügbar',
  'services.missing': 'Recht fehlt',
  'services.choose': 'Wählen',
  'services.chooseService': '{service} wählen',
  'services.chosen': 'gewählt',
  'services.why': 'Warum, und wer hilft',
  'task.label': 'Aufgabe',
  'unsure.pinned': 'Sie haben selbst gewählt, welcher Bildschirm das ist. ',
  'unsure.undo': 'Rückgängig machen',
  'unsure.title': 'Welcher Bildschirm ist das?',
  'unsure.intro': 'Ich erkenne diese Seite nicht sicher, daher zeige ich noch nichts an. Wählen Sie, was Sie sehen:',
  'unsure.orStep': 'Oder wählen Sie den Schritt Ihrer Aufgabe',
  'unsure.stepPlaceholder': '— Schritt —',
  'unsure.stepOption': '{n}. {title}',
  'ticket.title': 'Ticketnummer aufbewahren',
  'ticket.saved': 'Gespeichert.',
  'ticket.saveFailed': 'Speichern fehlgeschlagen.',
  'ticket.field': 'Ticketnummer',
  'ticket.save': 'Ticketnummer speichern',
  'ticket.list': 'Gespeicherte Ticketnummern',
  'renewals.title': 'Erneuerungen, die dringendsten zuerst',
  'renewals.kept':
    'In Loketgids für diese Organisation gespeichert: das Popup zeigt sie unter „Anstehende Erneuerungen“, auch als Kalenderdatei.',
  'renewal.decide': 'Entscheiden vor dem {date}, {left}',
  'renewal.decideOverdue': 'Entscheiden vor dem {date}: {left}',
  'renewal.today': 'heute',
  'renewal.left.one': 'noch {count} Tag',
  'renewal.left.other': 'noch {count} Tage',
  'renewal.late.one': 'abgelaufen, {count} Tag zu spät',
  'renewal.late.other': 'abgelaufen, {count} Tage zu spät',
};

/** Every language's card catalogue (the tests walk it; the card uses `t`). */
export const CARD: Readonly<Record<Lang, CardCatalogue>> = { nl, en, fr, de };

/** A card string in `lang`, with `{name}` filled from `values`. */
export function t(lang: Lang, key: CardKey, values?: Values): string {
  return format(CARD[lang][key], values);
}

/** The keys that come as a `.one`/`.other` pair. */
export type CardPlural = {
  [K in CardKey]: K extends `${infer Base}.one` ? (`${Base}.other` extends CardKey ? Base : never) : never;
}[CardKey];

/** A count with its words: `tn('nl', 'renewal.left', 3)` → 'nog 3 dagen'. `{count}` is the number. */
export function tn(lang: Lang, key: CardPlural, count: number, values: Values = {}): string {
  return t(lang, `${key}.${count === 1 ? 'one' : 'other'}` as CardKey, { count, ...values });
}
