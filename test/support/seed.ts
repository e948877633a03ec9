/**
 * Seed the extension's client list and settings for end-to-end tests the way a person does it:
 * the options page's CSV import (file input → preview → "Importeer …") and its settings form.
 *
 * @example
 * await seed(harness, { csv: 'ondernemingsnummer;naam;school\n0417.390.703;Mega World NV;nee', ownOrganisation: 'SD WORX', profile: 'secretariaat' });
 */
import type { Harness } from './browser';

export interface SeedOptions {
  /** CSV with a header row (ondernemingsnummer;naam;tags;notities;school). */
  csv?: string;
  ownOrganisation?: string;
  profile?: 'secretariaat' | 'werkgever' | 'lokale-beheerder' | 'sectoraal-partnerschap' | 'trainer';
  /** The language setting, by its label on the options page. */
  lang?: 'Nederlands' | 'English' | 'Français' | 'Deutsch';
}

/** The clients the guide tests use: two employers and a school. */
export const TEST_CLIENTS_CSV = [
  'ondernemingsnummer;naam;tags;notities;school',
  '0417.390.703;Mega World NV;retail;;nee',
  '0566.988.259;Bouwbedrijf Peeters NV;bouw;;nee',
  '0428.759.497;Sint-Jozefschool;onderwijs;;ja',
].join('\n');

export async function seed(harness: Harness, options: SeedOptions): Promise<void> {
  const page = await harness.openExtensionPage('options.html');
  try {
    if (options.csv) {
      await page.getByLabel(/Kies een bestand/).setInputFiles({
        name: 'klanten.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(options.csv, 'utf8'),
      });
      await page.getByRole('button', { name: /^Importeer \d+/ }).click();
      await page
        .getByText(/Import klaar/)
        .first()
        .waitFor({ timeout: 10_000 });
    }
    if (options.ownOrganisation !== undefined || options.profile || options.lang) {
      const form = page.getByRole('form', { name: 'Instellingen' });
      if (options.ownOrganisation !== undefined) {
        await form.getByLabel(/^Naam \(zoals op de tegel/).fill(options.ownOrganisation);
      }
      if (options.profile) await form.getByLabel(/^Profiel/).selectOption(options.profile);
      if (options.lang) await form.getByLabel(options.lang, { exact: true }).check();
      await form.getByRole('button', { name: 'Instellingen opslaan' }).click();
      await form.getByRole('status').filter({ hasText: /\S/ }).waitFor({ timeout: 10_000 });
    }
  } finally {
    await page.close();
  }
}
