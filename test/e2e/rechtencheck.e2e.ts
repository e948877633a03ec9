import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from '../support/browser';
import { seed } from '../support/seed';
import { expectCard } from './guide-helpers';

describe('Rechtencheck in the popup, fed by what the guide saw', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launch();
    await seed(harness, { ownOrganisation: 'Bouwbedrijf Peeters NV', profile: 'werkgever' });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('starts from the VOV task with the right marked as seen missing', async () => {
    const portal = await harness.open('wse.aanvragen-zonder-recht');
    await expectCard(portal, 'organisatieverantwoordelijke');

    const popup = await harness.openExtensionPage('popup.html');
    await popup.getByRole('tab', { name: 'Rechtencheck' }).click();
    const panel = popup.getByRole('tabpanel', { name: 'Rechtencheck' });
    await expect.poll(() => panel.textContent(), { timeout: 10_000 }).toContain('Vlaams opleidingsverlof');
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('Gezien op de pagina');
    expect(text).toContain('Wat ontbreekt');
    expect(text).toMatch(/organisatieverantwoordelijke/i);
    expect(await panel.getByLabel('Organisatie', { exact: true }).inputValue()).toBe('Bouwbedrijf Peeters NV');
    expect(await panel.getByLabel('Tekst van het verzoek', { exact: true }).inputValue()).toContain('opleidingsverlof');

    await panel.getByRole('button', { name: 'Vergeet wat gezien werd' }).click();
    await expect.poll(async () => (await panel.textContent()) ?? '').not.toContain('Gezien op de pagina');
    expect(harness.errors).toEqual([]);
    expect(harness.foreignRequests).toEqual([]);
  });
});
