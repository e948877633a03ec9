/**
 * The shape of guided flows and of the page states they walk through, as zod schemas: flows are
 * data (one file per flow in `lib/flows/<portal>/`), page states are data (one file per portal,
 * `lib/flows/<portal>/pages.ts`), and both are parsed when the registry loads, so a typo fails in
 * the unit tests, never in front of a user.
 *
 * Vocabulary:
 * - a **page state** is one screen of a portal ("the KBO prompt"), recognised by weighted
 *   signals (phrases, roles, structure, URL hints) and carrying named targets (things to point at);
 * - a **flow** is a task (`wse.vov.terugbetaling`) as an ordered list of **steps**; a step says on
 *   which page state it is, which target to point at, what to tell the user, how it completes and
 *   which extra help (features) the card shows there.
 */
import { z } from 'zod';
import { PORTAL_TUPLE, portalIdPattern } from '../portals';
import { ROLES } from './a11y';
import { featureSchema } from './features/schema';
import { PATTERN_IDS } from './patterns';
import { textSchema } from './text-schema';

export { type Feature, featureSchema } from './features/schema';
export { type Text, textSchema } from './text-schema';

export const portalSchema = z.enum(PORTAL_TUPLE);

/** Page-state ids are the practice page ids (`lib/practice/catalog.ts`): `wse.kbo-prompt`. */
export const pageIdSchema = z.string().regex(portalIdPattern());

/**
 * Where a signal's wording or structure comes from. Only `seed:*` and `domain:*` (DOMAIN.md §7,
 * which quotes the seeds, and §8, the portals' public help pages) are real screen text; a phrase
 * from our own replicas (`replica`) or a structural habit of the design system (`structure`) may
 * add weight, never be required (test/unit/guide/sources.test.ts checks every required phrase
 * against the sources themselves).
 */
export const signalSourceSchema = z.string().regex(/^(seed:\d{3}|domain:§[78]|replica|structure)( .+)?$/);

const weight = z.number().refine((w) => w !== 0, 'a weight is never 0');

/**
 * One piece of evidence that a page is in some state, with its weight (negative: evidence
 * against). Kinds:
 * - `text`: one of the phrases (variants of the same words) is on the page, folded and with
 *   typos tolerated (lib/guide/text.ts); `in: 'heading'` only counts it in a heading or title;
 * - `role`: an element of one of those roles (with one of those accessible names, if given) is
 *   shown; a name counts when the element's name is it or holds it as whole words;
 * - `pattern`: a named structural check (lib/guide/patterns.ts), e.g. "two or more services, each
 *   with an apply button", graded 0..1; `arg` passes a number (the wizard step);
 * - `path`: the URL path matches this regular expression (case-insensitive; a hint only: the
 *   real portals' URLs are unknown);
 * - `lang`: the page's language.
 * `required`: without it the state is out, whatever the rest says.
 */
export const signalSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('text'),
      any: z.array(z.string().min(1)).min(1),
      in: z.enum(['page', 'heading']).default('page'),
      weight,
      required: z.boolean().default(false),
      source: signalSourceSchema,
    })
    .strict(),
  z
    .object({
      kind: z.literal('role'),
      roles: z.array(z.enum(ROLES)).min(1),
      names: z.array(z.string().min(1)).optional(),
      weight,
      required: z.boolean().default(false),
      source: signalSourceSchema,
    })
    .strict(),
  z
    .object({
      kind: z.literal('pattern'),
      pattern: z.enum(PATTERN_IDS),
      arg: z.number().int().optional(),
      weight,
      required: z.boolean().default(false),
      source: signalSourceSchema,
    })
    .strict(),
  z.object({ kind: z.literal('path'), path: z.string().min(1), weight, source: signalSourceSchema }).strict(),
  z.object({ kind: z.literal('lang'), lang: z.string().min(2), weight, source: signalSourceSchema }).strict(),
]);
export type Signal = z.infer<typeof signalSchema>;
export type SignalInput = z.input<typeof signalSchema>;

/**
 * How a page state is recognised: weighted signals; the page gets the state whose score (matched
 * weight over all positive weight, minus evidence against) passes `threshold` with a clear margin
 * over the runner-up (lib/guide/recognise.ts).
 */
export const recognitionSchema = z
  .object({
    signals: z.array(signalSchema).min(1),
    threshold: z.number().min(0.2).max(1).default(0.6),
    /**
     * A screen whose evidence also shows on other screens (the WSE home page's menu, "Start
     * nieuwe aanvraag", is on every page of the newer layout): it yields to any specific state
     * that passes its own threshold.
     */
    generic: z.boolean().default(false),
  })
  .strict()
  .refine((r) => r.signals.some((s) => s.weight > 0), 'a state needs evidence for it');
export type Recognition = z.infer<typeof recognitionSchema>;
export type RecognitionInput = z.input<typeof recognitionSchema>;

/** A CSS selector kept as the last fallback, with a dated note on where it comes from. */
export const selectorSchema = z
  .object({
    css: z.string().min(1),
    note: z.string().regex(/^\d{4}-\d{2}(-\d{2})?: .+/, 'note: "YYYY-MM: why"'),
  })
  .strict();

/**
 * How to find a target: a fingerprint that every candidate element on the page is scored
 * against (lib/guide/target.ts, after Similo: weighted similarity over several properties, so
 * no single property has to survive a redesign). `roles`: what it is (the first is expected,
 * the others are accepted with less weight: portals make links look like buttons); `names`: its
 * accessible name, in variants; `labels`: a form field's label; `text`: text shown on or in it;
 * `near`: only elements inside the smallest container that also shows this text, or one of these
 * texts (the same words in the portal's other languages) (the
 * "Aanvragen" button under a service title) — required when given; `context`: words of the
 * section or form around it, adding weight; `selectors`: dated CSS, one signal among others.
 * Texts may hold `{ownOrganisation}` / `{service}`, filled from settings and tab state. `lookFor`
 * is what the card says when nothing is found with enough certainty.
 */
export const targetSchema = z
  .object({
    roles: z.array(z.enum(ROLES)).min(1).optional(),
    names: z.array(z.string().min(1)).min(1).optional(),
    labels: z.array(z.string().min(1)).min(1).optional(),
    text: z.string().min(1).optional(),
    near: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
    context: z.array(z.string().min(1)).optional(),
    selectors: z.array(selectorSchema).default([]),
    lookFor: textSchema,
  })
  .strict()
  .refine(
    (t) => t.names || t.labels || t.text,
    'a target needs a name, label or text: a selector alone is never enough',
  );
export type Target = z.infer<typeof targetSchema>;
export type TargetInput = z.input<typeof targetSchema>;

export const pageStateSchema = z
  .object({
    id: pageIdSchema,
    title: textSchema,
    recognise: recognitionSchema,
    targets: z.record(z.string().regex(/^[a-z0-9-]+$/), targetSchema).default({}),
    /** Practice pages (lib/practice/catalog.ts) that show this state; default: the page with the same id. */
    replicas: z.array(pageIdSchema).optional(),
    /** Where the source describes this screen. */
    source: z.string().min(1),
  })
  .strict();
export type PageState = z.infer<typeof pageStateSchema>;
export type PageStateInput = z.input<typeof pageStateSchema>;

/** Extra help a step shows besides its instruction: one file per kind in `lib/guide/features/`. */

/** How a step is done: the user clicks the target, fills it, submits the form, or the flow ends here. */
export const completionSchema = z.object({ by: z.enum(['click', 'fill', 'submit', 'end']), text: textSchema }).strict();

export const stepSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    page: pageIdSchema,
    /** A key of the page state's `targets`. */
    target: z.string().optional(),
    title: textSchema,
    instruction: textSchema,
    /** What to check on this screen before going on. */
    check: textSchema.optional(),
    completes: completionSchema,
    features: z.array(featureSchema).default([]),
    /**
     * Other page states where the user is at this step but stuck (only a personal name and no
     * organisation): the card shows this title/instruction and features instead.
     */
    problems: z
      .array(
        z
          .object({
            page: pageIdSchema,
            title: textSchema,
            instruction: textSchema,
            features: z.array(featureSchema).default([]),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();
export type Step = z.infer<typeof stepSchema>;
export type StepInput = z.input<typeof stepSchema>;

export const flowSchema = z
  .object({
    /** A flow id of lib/knowledge/flows.ts. */
    id: z.string().regex(portalIdPattern('many')),
    portal: portalSchema,
    title: textSchema,
    /** The task (goal id of lib/knowledge) this flow does or, for a granting flow, enables. */
    goal: z.string().min(1).optional(),
    /** Facts this flow grants (they must be the knowledge base's, see the architecture test). */
    grants: z.array(z.string().min(1)).default([]),
    /** Who this flow is the default for (settings.profile). */
    profiles: z.array(z.string()).default([]),
    source: z.string().min(1),
    steps: z.array(stepSchema).min(1),
  })
  .strict()
  .superRefine((flow, ctx) => {
    const ids = new Set<string>();
    for (const step of flow.steps) {
      if (ids.has(step.id)) ctx.addIssue({ code: 'custom', message: `duplicate step id ${step.id}` });
      ids.add(step.id);
    }
  });
export type Flow = z.infer<typeof flowSchema>;
export type FlowInput = z.input<typeof flowSchema>;
