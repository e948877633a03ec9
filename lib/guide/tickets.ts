/**
 * Ticket numbers the person noted in the card (the social security portal's access request,
 * seed 002: "Dit nummer moet u bijhouden"): kept in `storage.local`, newest first, at most 20.
 * A ticket number is no personal data; nothing else of the page is kept with it.
 *
 * @example
 * await saveTicket('20260123456'); (await loadTickets())[0]?.ticket // → '20260123456'
 */
import { browser } from 'wxt/browser';
import { isNumber, isRecord, isString } from '../guard';

export const TICKETS_KEY = 'loketgids:sz-tickets';
export const TICKETS_MAX = 20;
/** What a portal ticket number looks like, as typed: letters, digits and separators. */
export const TICKET_PATTERN = /^[A-Za-z0-9][A-Za-z0-9./ -]{2,39}$/;

export interface SavedTicket {
  ticket: string;
  savedAt: number;
}

function parse(value: unknown): SavedTicket[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (item): item is SavedTicket =>
        isRecord(item) && isString(item.ticket, 40, 3) && TICKET_PATTERN.test(item.ticket) && isNumber(item.savedAt),
    )
    .slice(0, TICKETS_MAX);
}

export async function loadTickets(): Promise<SavedTicket[]> {
  try {
    return parse((await browser.storage.local.get(TICKETS_KEY))[TICKETS_KEY]);
  } catch {
    return [];
  }
}

/** Keep a ticket number (trimmed; the same number again moves to the top). Refuses what is no ticket number. */
export async function saveTicket(raw: string, now = Date.now()): Promise<SavedTicket[]> {
  const ticket = raw.trim().replace(/\s+/g, ' ');
  if (!TICKET_PATTERN.test(ticket)) throw new Error('not a ticket number');
  const kept = (await loadTickets()).filter((t) => t.ticket !== ticket);
  const next = [{ ticket, savedAt: now }, ...kept].slice(0, TICKETS_MAX);
  await browser.storage.local.set({ [TICKETS_KEY]: next });
  return next;
}
