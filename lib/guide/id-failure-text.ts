/**
 * A refused identifier as a line of the card in every language the card speaks. lib/ids words its
 * messages in Dutch and English (the popup and options page speak those); the federal portal's card
 * speaks French and German too, so a French card must not show a Dutch line under a French step.
 * The French and German words are built here from the failure's stable `reason` — never from the
 * typed value, which may be a rijksregisternummer — plus the number of digits found.
 *
 * @example
 * idFailureText(parseRrn('930518223'), 'rrn', 9).fr
 * // → 'Numéro de registre national non valable : 9 chiffres trouvés, il en faut 11.'
 */
import type { IdFailure } from '../ids';
import type { Text } from './text-schema';

export type IdNounKey = 'kbo' | 'rrn' | 'rsz' | 'kboOrRsz';

const FR: Record<IdNounKey, { noun: string; a: string; digits: string }> = {
  kbo: { noun: 'Numéro d’entreprise', a: 'un numéro d’entreprise', digits: '10' },
  rrn: { noun: 'Numéro de registre national', a: 'un numéro de registre national', digits: '11' },
  rsz: { noun: 'Numéro d’employeur ONSS', a: 'un numéro d’employeur ONSS', digits: '9' },
  kboOrRsz: {
    noun: 'Numéro d’entreprise ou numéro ONSS',
    a: 'un numéro d’entreprise ou un numéro ONSS',
    digits: '10 (numéro d’entreprise) ou 9 (numéro ONSS)',
  },
};

const DE: Record<IdNounKey, { noun: string; a: string; digits: string }> = {
  kbo: { noun: 'Unternehmensnummer', a: 'eine Unternehmensnummer', digits: '10' },
  rrn: { noun: 'Nationalregisternummer', a: 'eine Nationalregisternummer', digits: '11' },
  rsz: { noun: 'LSS-Arbeitgebernummer', a: 'eine LSS-Arbeitgebernummer', digits: '9' },
  kboOrRsz: {
    noun: 'Unternehmensnummer oder LSS-Nummer',
    a: 'eine Unternehmensnummer oder eine LSS-Nummer',
    digits: '10 (Unternehmensnummer) oder 9 (LSS-Nummer)',
  },
};

function french(failure: IdFailure, key: IdNounKey, found: number): string {
  const { noun, a, digits } = FR[key];
  switch (failure.reason) {
    case 'empty':
      return `Saisissez ${a}.`;
    case 'invalid-characters':
      return `${noun} non valable : utilisez uniquement des chiffres (espaces, points et tirets autorisés).`;
    case 'wrong-length':
      return `${noun} non valable : ${found} ${found === 1 ? 'chiffre trouvé' : 'chiffres trouvés'}, il en faut ${digits}.`;
    case 'wrong-first-digit':
      return `${noun} non valable : un numéro d’entreprise commence par 0 ou 1.`;
    case 'wrong-check-digits':
      return failure.expected
        ? `${noun} non valable : les chiffres de contrôle ne correspondent pas (attendu ${failure.expected}).`
        : `${noun} non valable : les chiffres de contrôle ne correspondent pas. Vérifiez tous les chiffres.`;
    case 'invalid-date':
      return `${noun} non valable : la date de naissance contenue dans le numéro n’existe pas. Vérifiez les six premiers chiffres.`;
  }
}

function german(failure: IdFailure, key: IdNounKey, found: number): string {
  const { noun, a, digits } = DE[key];
  switch (failure.reason) {
    case 'empty':
      return `Geben Sie ${a} ein.`;
    case 'invalid-characters':
      return `Ungültige ${noun}: verwenden Sie nur Ziffern (Leerzeichen, Punkte und Bindestriche sind erlaubt).`;
    case 'wrong-length':
      return `Ungültige ${noun}: ${found} ${found === 1 ? 'Ziffer' : 'Ziffern'} gefunden, nötig sind ${digits}.`;
    case 'wrong-first-digit':
      return `Ungültige ${noun}: eine Unternehmensnummer beginnt mit 0 oder 1.`;
    case 'wrong-check-digits':
      return failure.expected
        ? `Ungültige ${noun}: die Prüfziffern stimmen nicht (erwartet ${failure.expected}).`
        : `Ungültige ${noun}: die Prüfziffern stimmen nicht. Prüfen Sie alle Ziffern.`;
    case 'invalid-date':
      return `Ungültige ${noun}: das Geburtsdatum in der Nummer existiert nicht. Prüfen Sie die ersten sechs Ziffern.`;
  }
}

/** The failure's message in nl and en (as lib/ids words it) and in fr and de. `found`: digits typed. */
export function idFailureText(failure: IdFailure, key: IdNounKey, found: number): Text {
  return {
    nl: failure.message.nl,
    en: failure.message.en,
    fr: french(failure, key, found),
    de: german(failure, key, found),
  };
}
