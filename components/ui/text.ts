import type { Bilingual } from '../../lib/ids';

/**
 * A bilingual message as one line for the UI: Dutch first, English second.
 *
 * @example
 * both({ nl: 'Ongeldig ondernemingsnummer', en: 'Invalid enterprise number' }) // → 'Ongeldig ondernemingsnummer / Invalid enterprise number'
 */
export function both(message: Bilingual): string {
  return `${message.nl} / ${message.en}`;
}

/**
 * "1 klant" / "3 klanten": Dutch singular or plural by count.
 *
 * @example
 * plural(3, 'klant', 'klanten') // → '3 klanten'
 */
export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('nl-BE')} ${count === 1 ? one : many}`;
}
