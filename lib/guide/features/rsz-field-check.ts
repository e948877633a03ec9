/**
 * `rsz-field-check`: live check of the company number typed into the social security portal's
 * toegangsaanvraag, which takes an RSZ-werkgeversnummer *or* an ondernemingsnummer (seed 002,
 * "Uw RSZ-identificatienummer of uw ondernemingsnummer"; DOMAIN.md §3). The way the number is
 * written decides which is tried first (lib/ids/enterprise-or-rsz.ts).
 */
import { z } from 'zod';
import { parseEnterpriseOrRsz } from '../../ids';
import type { GuideWarning } from '../checks';
import { digitCount, readyToCheck } from '../checks';
import { idFailureText } from '../id-failure-text';
import type { FeatureKind } from './types';

export const schema = () => z.object({ kind: z.literal('rsz-field-check'), field: z.string().min(1) }).strict();

/** Digits to wait for before speaking while typing: 10 for what looks like a KBO number, 9 for an RSZ number. */
function needed(value: string): number {
  if (/[-\u2010-\u2015\u2212]/.test(value)) return 9;
  return /^\s*(be)?\s*[01]/i.test(value) ? 10 : 9;
}

/**
 * Check an RSZ or KBO number typed into the field.
 *
 * @example
 * checkRszOrKboField('1332967-20')[0].id // → 'rsz-geldig'
 * checkRszOrKboField('1332967-21')[0].id // → 'rsz-ongeldig'
 */
export function checkRszOrKboField(value: string): GuideWarning[] {
  if (value.trim() === '') return [];
  const result = parseEnterpriseOrRsz(value);
  if (!result.ok) {
    // The field takes either number: a failure that is clearly about an RSZ number says so.
    const key = result.kind === 'rsz' ? 'rsz' : 'kboOrRsz';
    return [{ id: 'rsz-ongeldig', level: 'error', text: idFailureText(result, key, digitCount(value)) }];
  }
  if (result.kind === 'rsz') {
    return [
      {
        id: 'rsz-geldig',
        level: 'ok',
        text: {
          nl: `${result.formatted} is een geldig RSZ-werkgeversnummer.`,
          en: `${result.formatted} is a valid NSSO employer number.`,
          fr: `${result.formatted} est un numéro d’employeur ONSS valide.`,
          de: `${result.formatted} ist eine gültige LSS-Arbeitgebernummer.`,
        },
      },
    ];
  }
  return [
    {
      id: 'rsz-geldig',
      level: 'ok',
      text: {
        nl: `${result.formatted} is een geldig ondernemingsnummer (KBO-nummer).`,
        en: `${result.formatted} is a valid enterprise number (KBO number).`,
        fr: `${result.formatted} est un numéro d’entreprise (BCE) valide.`,
        de: `${result.formatted} ist eine gültige Unternehmensnummer (ZDU).`,
      },
    },
  ];
}

export const rszFieldCheck: FeatureKind = {
  checkField: async ({ value, settled }) =>
    readyToCheck(value, needed(value), settled) ? checkRszOrKboField(value) : [],
};
