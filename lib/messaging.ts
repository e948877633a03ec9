import { browser } from 'wxt/browser';
import { z } from 'zod';

/**
 * Messages between the contexts of the extension, validated with zod on both ends.
 *
 * Why a background round-trip at all: a content script's IndexedDB belongs to the *portal's*
 * origin, not to the extension, so the overlay cannot open the client database itself. It asks
 * the service worker, which shares the extension origin (and the Dexie database) with the popup
 * and options page. Small, hot state (the active client, settings) is also mirrored into
 * `storage.local` (see `lib/state.ts`) so overlays update at once through `storage.onChanged`.
 *
 * @example
 * const { clients } = await request({ type: 'clients.search', query: '0417', limit: 8 });
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
  /** What each of these facts allows (labels and meanings from the knowledge base). */
  'explain.facts': {
    request: z.object({ type: z.literal('explain.facts'), ids: z.array(z.string().max(100)).max(50) }),
    response: z.object({ facts: z.array(z.unknown()) }),
  },
} as const;

export type RequestType = keyof typeof requestSchemas;
export type RequestOf<T extends RequestType> = z.infer<(typeof requestSchemas)[T]['request']>;
export type ResponseOf<T extends RequestType> = z.infer<(typeof requestSchemas)[T]['response']>;

const anyRequest = z.object({ type: z.string() });

/** Context the background knows about the sender (the tab a content script runs in). */
export interface Sender {
  tabId?: number;
}

export type Handlers = { [T in RequestType]?: (request: RequestOf<T>, sender: Sender) => Promise<ResponseOf<T>> };

/** Send a request to the background and validate the answer. Throws on an error answer. */
export async function request<T extends RequestType>(message: RequestOf<T> & { type: T }): Promise<ResponseOf<T>> {
  const schemas = requestSchemas[message.type];
  const answer = (await browser.runtime.sendMessage(schemas.request.parse(message))) as unknown;
  const failure = z.object({ error: z.string() }).safeParse(answer);
  if (failure.success) throw new Error(failure.data.error);
  return schemas.response.parse(answer) as ResponseOf<T>;
}

/**
 * Install the background's message listener for a set of handlers. Unknown or malformed
 * messages are answered with `{ error }`, never thrown into the void.
 */
export function listen(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: { tab?: { id?: number } }) => {
    const head = anyRequest.safeParse(message);
    if (!head.success || !(head.data.type in requestSchemas)) return undefined;
    const type = head.data.type as RequestType;
    const handler = handlers[type] as ((r: unknown, s: Sender) => Promise<unknown>) | undefined;
    if (!handler) return undefined;
    const parsed = requestSchemas[type].request.safeParse(message);
    if (!parsed.success) return Promise.resolve({ error: `Ongeldig bericht ${type}: ${parsed.error.message}` });
    return handler(parsed.data, { tabId: sender.tab?.id }).catch((error: unknown) => ({
      error: error instanceof Error ? error.message : String(error),
    }));
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
