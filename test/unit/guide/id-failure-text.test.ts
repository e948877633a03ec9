import { describe, expect, it } from 'vitest';
import { checkRrnField } from '../../../lib/guide/checks';
import { checkRszOrKboField } from '../../../lib/guide/features/rsz-field-check';
import { idFailureText } from '../../../lib/guide/id-failure-text';
import { parseEnterpriseOrRsz, parseRrn } from '../../../lib/ids';

describe('a refused number on the federal portal’s French and German card', () => {
  it.each([
    ['..-', 'empty'],
    ['93.05.18-223.6x', 'invalid-characters'],
    ['930518223', 'wrong-length'],
    ['93051822362', 'wrong-check-digits'],
    ['93133122361', 'invalid-date'],
  ])('rijksregisternummer %j (%s): a line in all four languages, never the number', (value, reason) => {
    const result = parseRrn(value);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe(reason);
    const [warning] = checkRrnField(value);
    expect(warning?.id).toBe('rrn-ongeldig');
    const text = warning?.text;
    expect(text?.fr).toMatch(/^(Saisissez|Numéro de registre national non valable)/);
    expect(text?.de).toMatch(/^(Geben Sie|Ungültige Nationalregisternummer)/);
    const digits = value.replace(/\D/g, '');
    for (const lang of ['nl', 'en', 'fr', 'de'] as const) {
      if (digits.length > 3) expect(text?.[lang]).not.toContain(digits);
    }
  });

  it('says how many digits were found and how many the field needs', () => {
    const result = parseRrn('930518223');
    if (result.ok) throw new Error('accepted');
    expect(idFailureText(result, 'rrn', 9).fr).toBe(
      'Numéro de registre national non valable : 9 chiffres trouvés, il en faut 11.',
    );
    expect(idFailureText(result, 'rrn', 9).de).toBe(
      'Ungültige Nationalregisternummer: 9 Ziffern gefunden, nötig sind 11.',
    );
  });

  it('the toegangsaanvraag field that takes either number names both, or the RSZ number it clearly is', () => {
    const [either] = checkRszOrKboField('12345');
    expect(either?.text.fr).toContain('Numéro d’entreprise ou numéro ONSS');
    const rsz = parseEnterpriseOrRsz('1332967-21');
    expect(rsz.ok).toBe(false);
    const [wrong] = checkRszOrKboField('1332967-21');
    expect(wrong?.id).toBe('rsz-ongeldig');
    expect(wrong?.text.de).toMatch(/^Ungültige /);
    expect(wrong?.text.nl).toMatch(/^Ongeldig /);
  });
});
