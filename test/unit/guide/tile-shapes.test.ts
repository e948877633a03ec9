/**
 * The tiles' name shapes (lib/guide/patterns.ts) are told by letter case in code, not by `\p{Lu}`
 * regular expressions (a millisecond of compiling on every portal page). They must say what those
 * expressions said, on every kind of text a tile shows.
 */
import { describe, expect, it } from 'vitest';
import { personShapedName, startsInCapitals } from '../../../lib/guide/patterns';

// The expressions the guide used before (2026-12), kept here as the reference.
const CAPITALS = /^\p{Lu}{2,6}(\s+\p{Lu}{2,6}){0,2}(?!\S)(?!\s+\p{Lu}{2})/u;
const PERSON_NAME = /^(\p{Lu}[\p{Ll}'-]+)(\s+(van|de|der|den|ver|vande|vanden|\p{Lu}[\p{Ll}'-]+)){1,3}$/u;

const TEXTS = [
  'SD WORX',
  'SD WORX Social Secretariat',
  'ACM Economische Actor',
  'ACM',
  'A',
  'AB',
  'ABCDEFG',
  'ABCDEF GH',
  'SD WORX NV BELGIE',
  'SD WORX NV Belgie',
  'SD WORX NV BElgie',
  'SD. WORX',
  'SD-WORX',
  'LEES DIT EERST ALSTUBLIEFT',
  'ÉÉN ORGANISATIE',
  'ÇA VA',
  'ŁÓDŹ Polska',
  'Els Janssens',
  'Jan van der Berg',
  'Jan Van Der Berg',
  'Jan vanden Bossche',
  "Marie D'Hondt",
  'Anne-Marie Peeters',
  'Els',
  'Els Janssens Peeters Claes Maes',
  'Els janssens',
  'els Janssens',
  'Émile Zoë',
  'Łukasz Nowak',
  'Een onderneming of organisatie',
  'In eigen naam',
  'Els  Janssens',
  ' Els Janssens ',
  'Els\u00a0Janssens',
  'Els Janssens2',
  'O\u2019Brien Kelly',
  'Straße Müller',
  'Ab',
  'AB cd',
  'XY Z',
  '',
  '   ',
  'Ärzte Verband',
  'ÄÖ Ü',
];

describe('tile name shapes', () => {
  it.each(TEXTS)('%j: the same as the \\p{Lu} expressions', (text) => {
    expect(startsInCapitals(text)).toBe(CAPITALS.test(text.trim()));
    expect(personShapedName(text)).toBe(PERSON_NAME.test(text.trim()));
  });

  it('tells organisations and people apart', () => {
    expect(startsInCapitals('SD WORX')).toBe(true);
    expect(startsInCapitals('LEES DIT EERST ALSTUBLIEFT')).toBe(false);
    expect(personShapedName('Els Janssens')).toBe(true);
    expect(personShapedName('Een onderneming of organisatie')).toBe(false);
  });
});
