/**
 * The launcher's words: all the content script says on a page before the guide module is loaded
 * (lib/overlay/boot.ts). The card's catalogue (./card.ts, ./card-fr-de.ts) takes them from here, so
 * each string has one source. French and German only in the federal portal's script.
 */
export const LAUNCHER_NL_EN = {
  nl: {
    'card.label': 'Loketgids',
    'card.show': 'Loketgids tonen',
    'launcher.question': 'Welk scherm is dit?',
    'launcher.noStep': ': geen stap op deze pagina. Tonen.',
  },
  en: {
    'card.label': 'Loketgids',
    'card.show': 'Show Loketgids',
    'launcher.question': 'Which screen is this?',
    'launcher.noStep': ': no step on this page. Show.',
  },
} as const;

export type LauncherText = Record<keyof (typeof LAUNCHER_NL_EN)['nl'], string>;

export const LAUNCHER_FR_DE = {
  fr: {
    'card.label': 'Loketgids',
    'card.show': 'Afficher Loketgids',
    'launcher.question': 'Quel écran est-ce ?',
    'launcher.noStep': ' : aucune étape sur cette page. Afficher.',
  },
  de: {
    'card.label': 'Loketgids',
    'card.show': 'Loketgids anzeigen',
    'launcher.question': 'Welcher Bildschirm ist das?',
    'launcher.noStep': ': kein Schritt auf dieser Seite. Anzeigen.',
  },
} as const satisfies Record<string, LauncherText>;
