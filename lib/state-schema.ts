/**
 * The mirrored state (lib/state.ts) as zod schemas: the database checks settings rows with them
 * (lib/db.ts), the repository the settings it saves, and test/unit/guards.test.ts holds the
 * page-side guard `toState` to them. Never imported by a portal page's script.
 */
import { z } from 'zod';
import { clientSummarySchema } from './messaging/schemas';
import { CARD_PLACES, DEFAULT_SETTINGS, LANG_SETTINGS, PROFILES, type Settings, type State } from './state';

export const settingsSchema = z.object({
  /** The user's own organisation: the secretariat's tile in the WSE-loket ("SD WORX"). */
  ownOrganisation: z.object({ name: z.string(), kbo: z.string().optional() }).nullable().default(null),
  profile: z.enum(PROFILES).default('secretariaat'),
  lang: z.enum(LANG_SETTINGS).default('auto'),
  /** Fact ids (DOMAIN.md §4) the user says they have, for the Rechtencheck and the guide. */
  facts: z.array(z.string()).default([]),
  /** Flow ids the person switched off in the options page: never offered or started on a page. */
  disabledFlows: z.array(z.string()).default([]),
  /** The card floats on the portal page, or lives in the browser's side panel. */
  cardPlace: z.enum(CARD_PLACES).default('page'),
});

export const stateSchema = z.object({
  activeClient: clientSummarySchema.nullable().default(null),
  settings: settingsSchema.default(DEFAULT_SETTINGS),
  /** Bumped on every client-list change, so views that show search results search again. */
  clientsRevision: z.number().default(0),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** The hand-written types of lib/state.ts are exactly these schemas' (a type error otherwise). */
export const SAME_SHAPE: [Same<z.infer<typeof settingsSchema>, Settings>, Same<z.infer<typeof stateSchema>, State>] = [
  true,
  true,
];
