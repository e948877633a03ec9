import { describe, expect, it } from 'vitest';
import {
  checkKboField,
  checkKboOrNameField,
  checkRrnField,
  compareTopKbo,
  kboNumbersIn,
  readyToCheck,
} from '../../../lib/guide/checks';
import { fillAsPerson, isFillable } from '../../../lib/guide/fill';

const client = (kbo: string, school = false) => ({
  kbo,
  name: school ? 'Sint-Jozefschool' : 'Mega World NV',
  tags: [],
  school,
});

describe('KBO field', () => {
  it('says ongeldig with the reason', () => {
    const [w] = checkKboField('0417.390.704', null);
    expect(w?.id).toBe('kbo-ongeldig');
    expect(w?.text.nl).toMatch(/^Ongeldig ondernemingsnummer: .*verwacht 03/);
  });
  it("gives the seed's warning for a client marked as school", () => {
    const [w] = checkKboField('0428759497', client('0428759497', true));
    expect(w?.text.nl).toContain('Opgelet: geen KBO-nummer van een school ingeven.');
  });
  it('names a known client and accepts an unknown valid number', () => {
    expect(checkKboField('0417390703', client('0417390703'))[0]?.id).toBe('kbo-klant');
    expect(checkKboField('1027.798.538', null)[0]?.id).toBe('kbo-geldig');
    expect(checkKboField('', null)).toEqual([]);
  });
  it('leaves names alone where a KBO number or a name is asked', () => {
    expect(checkKboOrNameField('SD WORX')).toEqual([]);
    expect(checkKboOrNameField('0417.390.704')[0]?.id).toBe('kbo-ongeldig');
  });
  it('waits for enough digits while typing', () => {
    expect(readyToCheck('0417', 10, false)).toBe(false);
    expect(readyToCheck('0417', 10, true)).toBe(true);
    expect(readyToCheck('0417.390.703', 10, false)).toBe(true);
    expect(readyToCheck('04x', 10, false)).toBe(true);
  });
});

describe('rijksregisternummer field', () => {
  it('says ongeldig without repeating the number', () => {
    const [w] = checkRrnField('93.05.18-223.62');
    expect(w?.id).toBe('rrn-ongeldig');
    expect(w?.text.nl).toMatch(/^Ongeldig/);
    expect(JSON.stringify(w)).not.toMatch(/930518|223/);
  });
  it('accepts valid numbers, BIS too', () => {
    expect(checkRrnField('93051822361')[0]?.id).toBe('rrn-geldig');
    expect(checkRrnField('98472899765')[0]?.text.nl).toBe('Geldig BIS-nummer.');
  });
});

describe('top-line KBO', () => {
  it('finds valid KBO numbers in text, not vestigingen or phone numbers', () => {
    expect(kboNumbersIn('onderneming: 0417.390.703 vestiging 2.147.812.701 tel 02 553 00 00')).toEqual(['0417390703']);
    expect(kboNumbersIn('be 0566 988 259')).toEqual(['0566988259']);
  });
  it('warns on a mismatch with both numbers formatted', () => {
    const [w] = compareTopKbo('0566988259', client('0417390703'));
    expect(w?.id).toBe('kbo-mismatch');
    expect(w?.text.nl).toContain('0566.988.259');
    expect(w?.text.nl).toContain('0417.390.703');
    expect(compareTopKbo('0417390703', client('0417390703'))[0]?.id).toBe('kbo-juist');
    expect(compareTopKbo('0417390703', null)[0]?.id).toBe('kbo-bovenaan');
    expect(compareTopKbo(undefined, null)).toEqual([]);
  });
});

describe('fill as a person', () => {
  it('focuses, sets the value through the native setter and fires input and change', () => {
    document.body.innerHTML = '<input id="f">';
    const field = document.getElementById('f') as HTMLInputElement;
    // A framework that overrides `value` on the instance (like React's value tracker) is bypassed.
    let tracked = '';
    Object.defineProperty(field, 'value', {
      configurable: true,
      get: () => tracked,
      set: (v: string) => {
        tracked = `tracked:${v}`;
      },
    });
    const events: string[] = [];
    for (const type of ['focus', 'input', 'change'])
      field.addEventListener(type, (e) => events.push(`${type}:${e.bubbles}`));
    fillAsPerson(field, '0417390703');
    expect(events).toEqual(['focus:false', 'input:true', 'change:true']);
    expect(tracked).toBe('');
    delete (field as unknown as Record<string, unknown>).value;
    expect(field.value).toBe('0417390703');
  });
  it('fills only enabled, writable text fields', () => {
    document.body.innerHTML =
      '<input id="a"><input id="b" readonly><input id="c" type="checkbox"><textarea id="d"></textarea>';
    expect(['a', 'b', 'c', 'd'].map((id) => isFillable(document.getElementById(id) ?? undefined))).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });
});
