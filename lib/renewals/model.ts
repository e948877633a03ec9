/**
 * Werkplek Duaal renewals (issue 11): the dashboard task "Beslissen hernieuwing erkenning"
 * (seed 004: erkenningen are valid 5 years; the dashboard lists those that can be renewed, with
 * "Erkenning: E/…", "Vestiging: …", "Opleiding: …", "Dagen resterend: N"), as the guide reads
 * it on the page, as it travels to the background, and as it is kept.
 *
 * Design note (2026-12): only what the task shows is kept, with the organisation and KBO number
 * of the portal's top line: no person's name, no rijksregisternummer, nothing else of the page.
 * Per organisation the list is *replaced* each time its dashboard is seen, so a renewal decided
 * (and gone from the dashboard) is gone here too. The shapes live here without zod: the portal
 * page imports them; lib/db.ts and lib/messaging/schemas.ts hold the zod schemas.
 */

/** One task as the dashboard shows it. */
export interface RenewalTask {
  /** The erkenning number as shown, in capitals ("E/20170620/011723"). */
  erkenning: string;
  /** The site ("Mega World (Heist-op-den-Berg)"), as shown, possibly cut short by the portal ("…"). */
  vestiging: string;
  /** The training ("Verkoper"). */
  opleiding: string;
  /** "Dagen resterend" on the day it was seen. */
  daysLeft: number;
}

/** A task with its deadline: the day seen + "Dagen resterend" (lib/renewals/dates.ts). */
export interface RenewalItem extends RenewalTask {
  /** `YYYY-MM-DD`, a local calendar day. */
  deadline: string;
}

/** What one look at an organisation's dashboard sends to the background (message `renewals.replace`). */
export interface RenewalsSeen {
  /** The organisation's KBO number from the top line, 10 digits. */
  kbo: string;
  /** The organisation as the top line writes it ("ACM"). */
  organisation: string;
  /** The day the dashboard was seen, `YYYY-MM-DD`. */
  seenOn: string;
  renewals: { erkenning: string; vestiging: string; opleiding: string; deadline: string }[];
}

/** Limits shared by the page reader, the message schema and the stored record. */
export const RENEWAL_LIMITS = { erkenning: 100, text: 200, organisation: 200, perOrganisation: 100 } as const;
