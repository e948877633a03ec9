/**
 * The background's side of the messages: every request is checked against its zod schema
 * (lib/messaging/schemas.ts) before a handler sees it. Unknown or malformed messages are
 * answered with `{ error }`, never acted on and never thrown into the void.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { Handlers, RequestType, Sender } from './index';
import { requestSchemas } from './schemas';

const anyRequest = z.object({ type: z.string() });

/** Install the message listener for a set of handlers; returns its removal. */
export function listen(handlers: Handlers): () => void {
  const own = browser.runtime.getURL('/');
  const listener = (message: unknown, sender: { tab?: { id?: number }; url?: string }) => {
    const head = anyRequest.safeParse(message);
    if (!head.success || !Object.hasOwn(requestSchemas, head.data.type)) return undefined;
    const type = head.data.type as RequestType;
    const handler = handlers[type] as ((r: unknown, s: Sender) => Promise<unknown>) | undefined;
    if (!handler) return undefined;
    const parsed = requestSchemas[type].request.safeParse(message);
    if (!parsed.success) return Promise.resolve({ error: `Ongeldig bericht ${type}: ${parsed.error.message}` });
    const extensionPage = typeof sender.url === 'string' && sender.url.startsWith(own);
    return handler(parsed.data, { tabId: sender.tab?.id, extensionPage }).catch((error: unknown) => ({
      error: error instanceof Error ? error.message : String(error),
    }));
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
