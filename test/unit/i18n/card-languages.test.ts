/**
 * The card's French and German ship only where a card can speak them (the federal portal's
 * script, the side panel, the Oefenmodus). Without them a French person's card is Dutch as a
 * whole, as lib/guide/lang.ts decides for the Flemish portals — never a key or a blank.
 */
import { describe, expect, it } from 'vitest';
import { addCardLanguages, t } from '../../../lib/i18n/card';
import { CARD_FR_DE } from '../../../lib/i18n/card-fr-de';

describe("the card's languages a script carries", () => {
  it('speaks Dutch where French was not added, then French once it is', async () => {
    // A fresh copy of the module: the test setup's other files may have added the languages.
    const fresh = await import(`../../../lib/i18n/card?fresh=${Date.now()}`);
    expect(fresh.t('fr', 'card.close')).toBe('Sluiten');
    expect(fresh.t('en', 'card.close')).toBe('Close');
    fresh.addCardLanguages(CARD_FR_DE);
    expect(fresh.t('fr', 'card.close')).toBe('Fermer');
    expect(fresh.t('de', 'card.close')).toBe('Schließen');
  });

  it('the shared module, once the federal portal added them', () => {
    addCardLanguages(CARD_FR_DE);
    expect(t('fr', 'step.count', { n: 2, total: 5 })).toBe('Étape 2 sur 5');
  });
});
