/**
 * The panel's check of what a portal page sends it (lib/sidepanel/protocol.ts): the side panel is
 * an extension page, so zod may check it here; the page's side checks the panel's actions with
 * the small guards of protocol.ts. A message that does not fit is dropped (the panel keeps
 * showing the last good view).
 */
import { z } from 'zod';
import { textSchema } from '../guide/text-schema';
import { clientSummarySchema } from '../messaging/schemas';
import { PORTAL_TUPLE } from '../portals';
import type { PageMessage, PanelView } from './protocol';

const text = textSchema;
const gap = z.object({
  id: z.string(),
  label: text,
  why: text,
  grantedBy: text,
  where: text,
  how: text,
  needs: z.array(text),
  flow: z.string().optional(),
});
const explanation = z.object({
  id: z.string(),
  title: text,
  seen: text.optional(),
  gaps: z.array(gap),
  message: text.optional(),
  note: text.optional(),
});
const step = z.object({
  flowId: z.string(),
  stepId: z.string(),
  number: z.number().int().min(1),
  total: z.number().int().min(1),
  title: text,
  instruction: text,
  check: text.optional(),
  completes: text,
  done: z.boolean(),
  problem: z.boolean(),
  chosen: z.boolean().optional(),
  elsewhere: text.optional(),
});

export const panelViewSchema = z.object({
  portal: z.enum(PORTAL_TUPLE),
  lang: z.enum(['nl', 'en', 'fr', 'de']),
  flows: z.array(z.object({ id: z.string(), title: text })),
  flowId: z.string().optional(),
  steps: z.array(z.object({ id: z.string(), title: text })).optional(),
  step: step.optional(),
  target: z.enum(['none', 'searching', 'found', 'missing']),
  lookFor: text.optional(),
  warnings: z.array(z.object({ id: z.string(), level: z.enum(['error', 'warning', 'info', 'ok']), text })),
  picker: z
    .object({
      query: z.string(),
      clients: z.array(clientSummarySchema),
      active: clientSummarySchema.nullable(),
      loading: z.boolean(),
    })
    .optional(),
  services: z
    .array(
      z.object({
        title: z.string(),
        status: z.enum(['available', 'right-missing']),
        greyed: z.boolean().optional(),
        chosen: z.boolean(),
        explanation: explanation.optional(),
      }),
    )
    .optional(),
  explanations: z.array(explanation),
  facts: z.object({ title: text, items: z.array(z.object({ id: z.string(), label: text, meaning: text })) }).optional(),
  ticket: z.object({ read: z.string() }).optional(),
  renewals: z
    .object({
      items: z.array(
        z.object({
          erkenning: z.string(),
          vestiging: z.string(),
          opleiding: z.string(),
          daysLeft: z.number(),
          deadline: z.string(),
        }),
      ),
      organisation: z.string().optional(),
    })
    .optional(),
  unsure: z
    .object({
      candidates: z.array(z.object({ id: z.string(), title: text })),
      steps: z.array(z.object({ index: z.number().int().min(0), page: z.string(), title: text })),
    })
    .optional(),
  pinned: z.boolean().optional(),
  quiet: z.boolean().optional(),
  announcement: z.string(),
  cardPlace: z.enum(['page', 'panel']),
});

/** A redacted page report (lib/guide/report.ts): checked for its frame; its content is the page's description. */
const report = z
  .object({ format: z.literal('loketgids-report'), version: z.literal(1), portal: z.string(), createdAt: z.string() })
  .loose();

export const pageMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('view'), view: panelViewSchema }),
  z.object({ type: z.literal('report'), id: z.number().int().min(0), report: report.nullable() }),
]);

/** What the page sent, checked, or undefined. */
export function checkPageMessage(value: unknown): PageMessage | undefined {
  const parsed = pageMessageSchema.safeParse(value);
  return parsed.success ? (parsed.data as PageMessage) : undefined;
}

type Fits<A, B> = [A] extends [B] ? true : false;
/** What the schema lets through has the type the card draws (a type error otherwise). */
export const FITS: Fits<z.infer<typeof panelViewSchema>, PanelView> = true;
