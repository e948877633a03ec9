import { z } from 'zod';
import { correctionSchema } from '../corrections/schema';
import { FAILURE_KINDS } from '../failures/model';
import { PORTAL_TUPLE } from '../portals';
import { isDay } from '../renewals/dates';
import { RENEWAL_LIMITS } from '../renewals/model';
import { CARD_PLACES } from '../state';

/**
 * The messages between the contexts of the extension, as zod schemas: the background checks
 * every request with them (lib/messaging/listen.ts) and refuses what does not fit. Portal pages
 * carry no zod: they check the answers with the guards of lib/messaging/index.ts, which
 * test/unit/guards.test.ts holds to these schemas.
 *
 * Why a background round-trip at all: a content script's IndexedDB belongs to the *portal's*
 * origin, not to the extension, so the overlay cannot open the client database itself. It asks
 * the service worker, which shares the extension origin (and the Dexie database) with the popup
 * and options page. Small, hot state (the active client, settings) is also mirrored into
 * `storage.local` (see `lib/state.ts`) so overlays update at once through `storage.onChanged`.
 *
 * @example
 * const { clients } = await request({ type: 'clients.search', query: '0417', limit: 8 }); // lib/messaging
 */

/** A client as the overlay sees it (the database record minus notes). */
export const clientSummarySchema = z.object({
  kbo: z.string().regex(/^[01]\d{9}$/),
  name: z.string(),
  tags: z.array(z.string()),
  school: z.boolean(),
  lastUsedAt: z.number().optional(),
});
export type ClientSummary = z.infer<typeof clientSummarySchema>;

export const requestSchemas = {
  /** Search the client list (name, tags, KBO in any form); active and recently used first. */
  'clients.search': {
    request: z.object({
      type: z.literal('clients.search'),
      query: z.string().max(200),
      limit: z.number().int().min(1).max(50).optional(),
    }),
    response: z.object({ clients: z.array(clientSummarySchema) }),
  },
  /** One client by its normalised KBO number, or null. */
  'clients.get': {
    request: z.object({ type: z.literal('clients.get'), kbo: z.string() }),
    response: z.object({ client: clientSummarySchema.nullable() }),
  },
  /** Make a client the active one (null clears it); also marks it used. */
  'clients.setActive': {
    request: z.object({ type: z.literal('clients.setActive'), kbo: z.string().nullable() }),
    response: z.object({ ok: z.boolean() }),
  },
  /** Per-tab guide state (chosen task, progress), kept in storage.session by the background. */
  'guide.getTabState': {
    request: z.object({ type: z.literal('guide.getTabState') }),
    response: z.object({ state: z.unknown().nullable() }),
  },
  'guide.setTabState': {
    request: z.object({ type: z.literal('guide.setTabState'), state: z.unknown().nullable() }),
    response: z.object({ ok: z.boolean() }),
  },
  /**
   * From the popup: the guide state of a tab (the active one when no id is given), and the tab's
   * id. The popup shows the task and step under way there.
   */
  'guide.tabState': {
    request: z.object({ type: z.literal('guide.tabState'), tabId: z.number().int().min(0).optional() }),
    response: z.object({ tabId: z.number().int().nullable(), state: z.unknown().nullable() }),
  },
  /** From the popup's task launcher: open the flow's portal in a new tab, with that task chosen. */
  'guide.startFlow': {
    request: z.object({ type: z.literal('guide.startFlow'), flowId: z.string().min(1).max(100) }),
    response: z.object({ ok: z.boolean(), tabId: z.number().int().nullable() }),
  },
  /** From the popup: show the guide's card on a tab (the active one when no id is given). */
  'guide.show': {
    request: z.object({ type: z.literal('guide.show'), tabId: z.number().int().min(0).optional() }),
    response: z.object({ ok: z.boolean() }),
  },
  /**
   * "Naast de pagina tonen": open the browser's side panel beside the tab (the sender's tab; from
   * the popup, `tabId`) and keep the card there from now on (lib/sidepanel/handlers.ts).
   */
  'guide.openPanel': {
    request: z.object({ type: z.literal('guide.openPanel'), tabId: z.number().int().min(0).optional() }),
    response: z.object({ ok: z.boolean() }),
  },
  /** Where the person keeps the guide's card: on the portal page or in the side panel (settings). */
  'guide.placeCard': {
    request: z.object({ type: z.literal('guide.placeCard'), place: z.enum(CARD_PLACES) }),
    response: z.object({ ok: z.boolean() }),
  },
  /**
   * The rules engine's explanation for the card (the knowledge base lives in the background, not
   * in the portal page): of an observation the page proves, or of a service whose right is
   * missing. `facts` and `organisation` are the person's settings the explanation depends on.
   */
  'explain.get': {
    request: z.object({
      type: z.literal('explain.get'),
      about: z.enum(['observation', 'service']),
      subject: z.string().min(1).max(200),
      goal: z.string().max(100).optional(),
      facts: z.array(z.string().max(100)).max(100),
      organisation: z.string().max(200).optional(),
    }),
    response: z.object({ explanation: z.unknown().nullable() }),
  },
  /**
   * What a company's Werkplek Duaal dashboard shows of its renewals (lib/renewals): replaces that
   * organisation's kept list. `kbo` is the top line's number; days are `YYYY-MM-DD`. Answered
   * `ok: false` (nothing kept) when the number is not a valid KBO number.
   */
  'renewals.replace': {
    request: z.object({
      type: z.literal('renewals.replace'),
      kbo: z.string().regex(/^[01]\d{9}$/),
      organisation: z.string().min(1).max(RENEWAL_LIMITS.organisation),
      seenOn: z.string().refine(isDay),
      renewals: z
        .array(
          z.object({
            erkenning: z.string().min(1).max(RENEWAL_LIMITS.erkenning),
            vestiging: z.string().max(RENEWAL_LIMITS.text),
            opleiding: z.string().max(RENEWAL_LIMITS.text),
            deadline: z.string().refine(isDay),
          }),
        )
        .max(RENEWAL_LIMITS.perOrganisation),
    }),
    response: z.object({ ok: z.boolean() }),
  },
  /**
   * From a portal page's "Leer de gids dit scherm": keep a correction (lib/corrections). It
   * replaces one for the same screen.
   */
  'corrections.add': {
    request: z.object({ type: z.literal('corrections.add'), correction: correctionSchema }),
    response: z.object({ ok: z.boolean() }),
  },
  /**
   * From the options page: does this correction fit the page now open in a portal tab? Asks
   * every tab; only the content scripts of the correction's portal answer.
   */
  'corrections.test': {
    request: z.object({ type: z.literal('corrections.test'), id: z.string().min(1).max(100) }),
    response: z.object({
      results: z.array(
        z.object({
          path: z.string(),
          match: z.number(),
          fits: z.boolean(),
          target: z.enum(['found', 'ambiguous', 'not-found', 'no-target']),
        }),
      ),
    }),
  },
  /** Failure counts from a portal page (lib/failures): which step, what kind, how often. Nothing of the page. */
  'failures.add': {
    request: z.object({
      type: z.literal('failures.add'),
      portal: z.enum(PORTAL_TUPLE),
      entries: z
        .array(
          z.object({
            flow: z.string().min(1).max(100),
            step: z.string().min(1).max(100),
            kind: z.enum(FAILURE_KINDS),
            count: z.number().int().min(1).max(1000),
          }),
        )
        .max(50),
    }),
    response: z.object({ ok: z.boolean() }),
  },
  /** What each of these facts allows (labels and meanings from the knowledge base). */
  'explain.facts': {
    request: z.object({ type: z.literal('explain.facts'), ids: z.array(z.string().max(100)).max(50) }),
    response: z.object({ facts: z.array(z.unknown()) }),
  },
} as const;

export type RequestSchemas = typeof requestSchemas;
