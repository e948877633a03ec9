/**
 * The shape of guided flows and of the page states they walk through, as zod schemas: flows are
 * data (one file per flow in `lib/flows/<portal>/`), page states are data (one file per portal,
 * `lib/flows/<portal>/pages.ts`), and both are parsed when the registry loads, so a typo fails in
 * the unit tests, never in front of a user.
 *
 * Vocabulary:
 * - a **page state** is one screen of a portal ("the KBO prompt"), recognised by a detector (URL
 *   path and visible text, optional roles) and carrying named targets (things to point at);
 * - a **flow** is a task (`wse.vov.terugbetaling`) as an ordered list of **steps**; a step says on
 *   which page state it is, which target to point at, what to tell the user, how it completes and
 *   which extra help (features) the card shows there.
 */
import { z } from 'zod';
import { ROLES } from './a11y';
import { PREDICATE_IDS } from './predicates';

/** Dutch first, English second (DOMAIN.md §6). */
export const textSchema = z.object({ nl: z.string().min(1), en: z.string().min(1) }).strict();
export type Text = z.infer<typeof textSchema>;

export const portalSchema = z.enum(['wse', 'gb', 'sz', 'wpd']);

/** Page-state ids are the practice page ids (`lib/practice/catalog.ts`): `wse.kbo-prompt`. */
export const pageIdSchema = z.string().regex(/^(wse|gb|sz|wpd)\.[a-z0-9-]+$/);

/**
 * Recognises a page state. All given parts must hold:
 * - `path`: one of these regular expressions matches `location.pathname` (case-insensitive);
 * - `all`: every text is visible; `any`: at least one is; `none`: none is (texts are matched
 *   case- and whitespace-insensitively, inside open shadow roots too);
 * - `roles`: an element with that role (and accessible name, if given) exists.
 */
export const detectorSchema = z
  .object({
    path: z.array(z.string().min(1)).min(1).optional(),
    all: z.array(z.string().min(1)).default([]),
    any: z.array(z.string().min(1)).default([]),
    none: z.array(z.string().min(1)).default([]),
    roles: z.array(z.object({ role: z.enum(ROLES), name: z.string().min(1).optional() }).strict()).default([]),
    /** A named check on the page's structure (lib/guide/predicates.ts), for what text alone cannot tell. */
    predicate: z.enum(PREDICATE_IDS).optional(),
  })
  .strict()
  .refine((d) => d.all.length + d.any.length + d.roles.length > 0, 'a detector needs visible text or a role');
export type Detector = z.infer<typeof detectorSchema>;
export type DetectorInput = z.input<typeof detectorSchema>;

/** A CSS selector kept as the last fallback, with a dated note on where it comes from. */
export const selectorSchema = z
  .object({
    css: z.string().min(1),
    note: z.string().regex(/^\d{4}-\d{2}(-\d{2})?: .+/, 'note: "YYYY-MM: why"'),
  })
  .strict();

/**
 * How to find a target, tried in this order: `role` + `name` (accessible name), `label` (text of a
 * form field's label), `text` (visible text; the nearest clickable element around it), then
 * `selectors`. Texts may hold `{ownOrganisation}` / `{service}`, filled from settings and tab state.
 * `near`: only elements inside the smallest container that also shows this text (e.g. the
 * "Aanvragen" button under a service title). `lookFor` is what the card says when nothing is found.
 */
export const targetSchema = z
  .object({
    role: z.enum(ROLES).optional(),
    name: z.string().min(1).optional(),
    label: z.string().min(1).optional(),
    text: z.string().min(1).optional(),
    near: z.string().min(1).optional(),
    selectors: z.array(selectorSchema).default([]),
    lookFor: textSchema,
  })
  .strict()
  .refine((t) => t.name || t.label || t.text || t.selectors.length > 0, 'a target needs a way to be found');
export type Target = z.infer<typeof targetSchema>;
export type TargetInput = z.input<typeof targetSchema>;

export const pageStateSchema = z
  .object({
    id: pageIdSchema,
    title: textSchema,
    detect: detectorSchema,
    targets: z.record(z.string().regex(/^[a-z0-9-]+$/), targetSchema).default({}),
    /** Practice pages (lib/practice/catalog.ts) that show this state; default: the page with the same id. */
    replicas: z.array(pageIdSchema).optional(),
    /** Where the source describes this screen. */
    source: z.string().min(1),
  })
  .strict();
export type PageState = z.infer<typeof pageStateSchema>;
export type PageStateInput = z.input<typeof pageStateSchema>;

/**
 * Extra help a step shows besides its instruction. Each kind is implemented in `lib/guide/` and
 * drawn by `components/guide/`:
 * - `client-picker`: the client list at the KBO prompt; choosing fills the target field;
 * - `kbo-field-check`: live check of a KBO number typed in the target field (ongeldig; school);
 * - `kbo-or-name-check`: the same when the field takes a KBO number *or* a name;
 * - `rrn-field-check`: live check of a rijksregisternummer field (never stored);
 * - `top-kbo-check`: the KBO number at the top of the page against the active client;
 * - `services`: every service on the overview annotated: available, or which right is missing;
 * - `explain`: the rules engine's explanation of a fact that this page proves missing;
 * - `facts`: explain what each of these facts allows (the werkplekduaal roles).
 */
export const featureSchema = z.discriminatedUnion('kind', [
  // `field`: a key of the page state's targets, the portal field the feature reads or fills.
  z.object({ kind: z.literal('client-picker'), field: z.string().min(1) }).strict(),
  z.object({ kind: z.literal('kbo-field-check'), field: z.string().min(1) }).strict(),
  z.object({ kind: z.literal('kbo-or-name-check'), field: z.string().min(1) }).strict(),
  z.object({ kind: z.literal('rrn-field-check'), field: z.string().min(1) }).strict(),
  z.object({ kind: z.literal('top-kbo-check') }).strict(),
  z
    .object({
      kind: z.literal('services'),
      /** The service this flow is for (its title on the overview), if fixed; else the user picks. */
      service: z.string().min(1).optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('explain'),
      /** Observation id (lib/knowledge OBSERVATIONS) that this page shows. */
      observation: z.string().min(1),
    })
    .strict(),
  z.object({ kind: z.literal('facts'), facts: z.array(z.string().min(1)).min(1), title: textSchema }).strict(),
]);
export type Feature = z.infer<typeof featureSchema>;

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
    id: z.string().regex(/^(wse|gb|sz|wpd)(\.[a-z0-9-]+)+$/),
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
