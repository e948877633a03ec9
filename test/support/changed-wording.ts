/**
 * A portal screen after a change of wording, for the tests of "Leer de gids dit scherm" (issue
 * 10): the gebruikersbeheer user page (`gb.beheer`) with its buttons and headings reworded, so
 * the guide no longer knows it, and filled with personal data (names, KBO and
 * rijksregisternummers) that no report or correction may hold.
 */

/** The words the change replaced, and with what. */
export const REWORDED: readonly [string, string][] = [
  ['Koppel gebruiker aan organisatie', 'Medewerker verbinden met een organisatie'],
  ['Ken gebruikersrecht toe', 'Toegang verlenen'],
  ['Werkrelatie details', 'Details bekijken'],
  ['Werkrelatie', 'Verbindingen'],
  ['Gebruikersrechten', 'Toegangen'],
  ['Vaste Medewerker', 'Vast personeelslid'],
];

/** The new label of the button the step points at. */
export const NEW_BUTTON = 'Medewerker verbinden met een organisatie';

/** Personal data on the page: none of it may leave it. */
export const PERSONAL = [
  'Els Janssens',
  'Janssens',
  'Jan Peeters',
  '93.05.18-223.61',
  '93051822361',
  '0417.390.703',
  '0417390703',
];

export function changeWording(html: string): string {
  let out = html;
  for (const [from, to] of REWORDED) out = out.split(from).join(to);
  return out.replace(
    '</main>',
    '<p class="hint">Ingelogd als Els Janssens (rijksregisternummer 93.05.18-223.61) voor Bouwbedrijf Peeters NV, KBO 0417.390.703.</p></main>',
  );
}
