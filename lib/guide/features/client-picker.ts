/**
 * `client-picker`: the client list at the KBO prompt; choosing a client fills the step's field
 * (only ever on a click in the card, lib/guide/fill.ts), and what is typed there is checked live
 * against the client list (ongeldig, school, known client).
 */
import { z } from 'zod';
import { parseKbo } from '../../ids';
import { checkKboField, readyToCheck } from '../checks';
import type { FeatureKind, FieldCheckContext } from './types';

export const schema = () => z.object({ kind: z.literal('client-picker'), field: z.string().min(1) }).strict();

/** A KBO number typed into the field: valid? a school? one of the person's clients? */
export async function checkKboAgainstClients(ctx: FieldCheckContext) {
  if (!readyToCheck(ctx.value, 10, ctx.settled)) return [];
  const parsed = parseKbo(ctx.value);
  const client = parsed.ok ? await ctx.getClient(parsed.value).catch(() => null) : null;
  return checkKboField(ctx.value, client);
}

export const clientPicker: FeatureKind = {
  onStep: () => ({ picker: true }),
  checkField: checkKboAgainstClients,
};
