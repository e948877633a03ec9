/**
 * The field of seed 002 (Portaal van de Sociale Zekerheid) that takes an ondernemingsnummer or an
 * RSZ-werkgeversnummer (DOMAIN.md §3).
 *
 * Design note: a 9-digit input can be both an old-style enterprise number (leading 0 left off) and an
 * RSZ number, so the way it is written decides which is tried first, and which failure is shown.
 */
import { isDigits, stripSeparators } from './clean';
import { parseKbo } from './kbo';
import {
  emptyMessage,
  fail,
  invalidCharactersMessage,
  KBO_ALLOWED_SEPARATORS,
  NOUNS,
  wrongCheckDigitsMessage,
} from './messages';
import type { IdResult } from './result';
import { parseRsz } from './rsz';

// `1332967-20`: the way RSZ numbers are written (DOMAIN.md §3), so read it as RSZ first.
const RSZ_SHAPE = /^\s*[0-9]{7}\s*[-\u2010-\u2015\u2212]\s*[0-9]{2}\s*$/;
// `BE…`, `(0)…` or `417.390.703`: only an enterprise number is written like this.
const KBO_SHAPE = /^\s*be|\(0\)|^\s*[0-9]{3}[.\s][0-9]{3}[.\s][0-9]{3}\s*$/i;

/**
 * Parses a number typed where either an ondernemingsnummer or an RSZ-werkgeversnummer is accepted
 * (seed 002). A valid enterprise number wins, then a valid RSZ number; input written as `1332967-20`
 * is tried as RSZ first. When both fail it returns the failure that helps most: the RSZ one for
 * RSZ-shaped input, the KBO one for 10 digits or KBO-shaped input, and otherwise a message that names
 * both numbers. Never throws.
 *
 * @example
 * parseEnterpriseOrRsz('0417.390.703') // → { ok: true, kind: 'kbo', value: '0417390703', … }
 * parseEnterpriseOrRsz('1332967-20')   // → { ok: true, kind: 'rsz', value: '133296720', … }
 */
export function parseEnterpriseOrRsz(input: string): IdResult {
  const rszShaped = RSZ_SHAPE.test(input);
  const kbo = parseKbo(input);
  const rsz = parseRsz(input);
  if (rszShaped && rsz.ok) return rsz;
  if (kbo.ok) return kbo;
  if (rsz.ok) return rsz;

  if (kbo.reason === 'empty') return fail('kbo', 'empty', emptyMessage(NOUNS.kboOrRsz));
  if (rszShaped) return rsz;
  if (kbo.reason === 'invalid-characters') {
    return fail('kbo', 'invalid-characters', invalidCharactersMessage(NOUNS.kboOrRsz, KBO_ALLOWED_SEPARATORS));
  }
  const digits = stripSeparators(input);
  if (digits.length === 10 || KBO_SHAPE.test(input)) return kbo;
  if (digits.length === 9 && isDigits(digits)) {
    // Nine plain digits with the wrong check digits for both: no single "expected" to offer.
    return fail('kbo', 'wrong-check-digits', wrongCheckDigitsMessage(NOUNS.kboOrRsz));
  }
  return fail('kbo', 'wrong-length', {
    nl: `Ongeldig ${NOUNS.kboOrRsz.nl}: ${digits.length} ${digits.length === 1 ? 'cijfer' : 'cijfers'} gevonden, een ondernemingsnummer heeft er 10 en een RSZ-nummer 9.`,
    en: `Invalid ${NOUNS.kboOrRsz.en}: found ${digits.length} ${digits.length === 1 ? 'digit' : 'digits'}, an enterprise number has 10 and an NSSO employer number 9.`,
  });
}
