/**
 * Zod schemas for the knowledge base (DOMAIN.md §4–5). The data files (`facts.ts`, `tasks.ts`,
 * `grantors.ts`, `helplines.ts`, `flows.ts`, `observations.ts`) are plain objects; `index.ts` parses
 * them with these schemas when the module loads, then checks every cross-reference, so a typo in an
 * id fails at start-up and in the unit tests, never in front of a user.
 *
 * Design note: the ids are the public contract (DOMAIN.md §6): never rename one; add an
 * `idAliases` entry instead.
 */
import { z } from 'zod';
import { PORTAL_TUPLE, portalIdPattern } from '../portals';

/** A text in Dutch (first) and English (second). Both are required: the popup shows both. */
export const textSchema = z.object({ nl: z.string().min(1), en: z.string().min(1) }).strict();
export type Text = z.infer<typeof textSchema>;

/** The portals a task belongs to (same ids as `lib/portals.ts`). */
export const taskPortalSchema = z.enum(PORTAL_TUPLE);
export type TaskPortal = z.infer<typeof taskPortalSchema>;

/** Where a fact lives: a portal, or the registers behind them (KBO, the federal CSAM access management). */
export const factPortalSchema = z.enum([...PORTAL_TUPLE, 'kbo', 'csam']);

/** Fact ids: `werkrelatie`, `recht:dimona-mandaatuitvoerder`, `recht:dwse-organisatieverantwoordelijke#opleidingsverlof`. */
export const factIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9:#.-]*$/, 'fact id: lower case, digits, ":", "#", ".", "-"');
/** Goal (task) ids: `<portal-or-app>.<…>`, e.g. `wse.vov.terugbetaling`, `stts.annulatie`. */
export const goalIdSchema = z.string().regex(/^[a-z0-9]+(\.[a-z0-9-]+)+$/, 'goal id: dotted, lower case');
/** Flow ids: the guided flows that do the granting, e.g. `gb.ken-recht-toe`. */
export const flowIdSchema = z.string().regex(portalIdPattern('many'), 'flow id: <portal>.<name>');
/** Every record says where it comes from: a seed file and section, or a public page. */
export const sourceSchema = z
  .string()
  .regex(/^(seeds\/\d{3}_[0-9a-f]{16}\.txt\b.+|public page: .+)$/, 'source: "seeds/<file>.txt §…" or "public page: …"');

export const FACT_KINDS = [
  'org-type', // how gebruikersbeheer knows the organisation
  'relatie', // werkrelatie between person and organisation
  'recht', // a user right (gebruikersrecht)
  'rol', // a werkplekduaal role
  'profiel', // an STTS profile
  'beheerder', // an administrator position (lokale beheerder, toegangsbeheerder, …)
  'account', // a user account
  'status', // a legal status (wettelijk vertegenwoordiger) or a registration of the organisation
] as const;

export const factSchema = z
  .object({
    id: factIdSchema,
    kind: z.enum(FACT_KINDS),
    portal: factPortalSchema,
    /** Short name as a person says it: "Werkrelatie met de organisatie". */
    label: textSchema,
    /** Checkbox text in plain words for the Rechtencheck: "Ik ben gekoppeld aan de organisatie …". */
    question: textSchema,
    /** What it is and why a task needs it; becomes `Gap.why`. */
    meaning: textSchema,
    /** Names the portals show for it, e.g. "Dimona Mandaatuitvoerder", "SSM Mandaatuitvoerder". */
    names: z.array(z.string().min(1)).default([]),
    /** Other ids that mean the same fact (added, never renamed). */
    idAliases: z.array(factIdSchema).default([]),
    /** Context of a right in gebruikersbeheer, e.g. 'opleidingsverlof'. */
    context: z.string().min(1).optional(),
    /** Grantor ids (see grantors.ts), most usual first. */
    grantedBy: z.array(z.string().min(1)).min(1),
    where: textSchema,
    how: textSchema,
    /** What the grantor needs, e.g. the person's rijksregisternummer. */
    needs: z.array(textSchema).default([]),
    /** Guided flow that does the granting. */
    flow: flowIdSchema.optional(),
    /** Prerequisites to obtain this fact, in the order to fix them (checked only when this fact is missing). */
    requires: z.array(factIdSchema).default([]),
    /** Facts that holding this one implies (a werkplekduaal role implies its right). */
    implies: z.array(factIdSchema).default([]),
    /** Mutually exclusive facts (one STTS profile per user): the group and the rank in it (higher = more). */
    exclusive: z
      .object({ group: z.string().min(1), rank: z.number().int().positive() })
      .strict()
      .optional(),
    /**
     * Whether a person can ask someone to grant it. `false` for a legal status such as being the
     * wettelijk vertegenwoordiger (set by the KBO): the engine then suggests it only as an alternative.
     */
    requestable: z.boolean().default(true),
    /** Phrase for the request message; `{organisatie}` is replaced by the organisation's name. */
    request: textSchema,
    source: sourceSchema,
  })
  .strict();
export type FactInput = z.input<typeof factSchema>;
export type Fact = z.infer<typeof factSchema>;

/**
 * A requirement of a task. A list of requirements means "all of these, in this fix order".
 * - `{ fact }`: the fact (or one that implies it). `via` lists prerequisites that matter only to
 *   *obtain* it here (wpd.ond: the company must be in "Beheer der toegangsbeheerders" and have a
 *   toegangsbeheerder before staff can get "Werkplek Duaal Gebruiker"); `grantedBy` overrides the
 *   fact's grantors in this task's context.
 * - `{ anyOf }`: any one option will do; the engine names the smallest as the gap, the rest as
 *   alternatives.
 */
export type Requirement = { fact: string; via?: Requirement[]; grantedBy?: string[] } | { anyOf: Requirement[] };

export const requirementSchema: z.ZodType<Requirement> = z.lazy(() =>
  z.union([
    z
      .object({
        fact: factIdSchema,
        via: z.array(requirementSchema).optional(),
        grantedBy: z.array(z.string().min(1)).min(1).optional(),
      })
      .strict(),
    z.object({ anyOf: z.array(requirementSchema).min(2) }).strict(),
  ]),
);

/**
 * A condition of a task that is not a right: known only from the request's `context`
 * (e.g. the client is a school: "Geen KBO nummer van een school ingeven", seed 000 Stap 2.3).
 */
export const conditionSchema = z
  .object({
    id: z.string().regex(/^voorwaarde:[a-z0-9-]+$/),
    /** Key in `request.context` that tells whether the condition is broken. */
    contextKey: z.string().min(1),
    /** Shown when the context says the condition is broken: the task is then not allowed. */
    broken: textSchema,
    /** Shown when the context does not say: a reminder. */
    reminder: textSchema,
    source: sourceSchema,
  })
  .strict();
export type Condition = z.infer<typeof conditionSchema>;

export const taskSchema = z
  .object({
    id: goalIdSchema,
    portal: taskPortalSchema,
    label: textSchema,
    description: textSchema,
    /** Plain words people type in the task picker ("opleidingsverlof", "stemmen", "klant"). */
    keywords: z.object({ nl: z.array(z.string().min(1)).min(1), en: z.array(z.string().min(1)).min(1) }).strict(),
    requires: z.array(requirementSchema).default([]),
    conditions: z.array(conditionSchema).default([]),
    /** What the person needs at hand to do the task itself (documents, numbers). */
    needs: z.array(textSchema).default([]),
    /** Guided flow for the task itself, when there is one. */
    flow: flowIdSchema.optional(),
    source: sourceSchema,
  })
  .strict();
export type TaskInput = z.input<typeof taskSchema>;
export type Task = z.infer<typeof taskSchema>;

export const helplineSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    label: textSchema,
    /** Phone number, e-mail address or name of the service. */
    contact: z.string().min(1),
    /** What to ask for or keep at hand. */
    advice: textSchema,
    source: sourceSchema,
  })
  .strict();
export type Helpline = z.infer<typeof helplineSchema>;

export const grantorSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    label: textSchema,
    /** How a request message addresses them: "Beste {addressee}," (e.g. 'hoofd lokale beheerder'). */
    addressee: textSchema,
    /** How to find this person or body. */
    findThem: textSchema,
    /** Fact ids a person who is this grantor holds (e.g. `hoofd-lokale-beheerder`). */
    holderFacts: z.array(factIdSchema).default([]),
    helplines: z.array(z.string().min(1)).default([]),
    source: sourceSchema,
  })
  .strict();
export type Grantor = z.infer<typeof grantorSchema>;

export const flowSchema = z
  .object({
    id: flowIdSchema,
    portal: taskPortalSchema,
    label: textSchema,
    /** Fact ids this flow grants (empty for a flow that files an aanvraag). */
    grants: z.array(factIdSchema).default([]),
    source: sourceSchema,
  })
  .strict();
export type Flow = z.infer<typeof flowSchema>;

/** What a guide can see on a page that proves a fact missing (DOMAIN.md §7). */
export const observationKindSchema = z
  .object({
    id: z.string().regex(portalIdPattern()),
    /** Other names the guide may use for the same kind. */
    aliases: z.array(z.string().min(1)).default([]),
    /** Page id(s) where it is seen, e.g. `wse.aanvragen`. */
    pages: z.array(z.string().min(1)).min(1),
    /** Facts it proves missing. */
    proves: z.array(factIdSchema).min(1),
    /** What was seen, in words, and what it means. */
    seen: textSchema,
    conclusion: textSchema,
    source: sourceSchema,
  })
  .strict();
export type ObservationKind = z.infer<typeof observationKindSchema>;

export const knowledgeSchema = z
  .object({
    facts: z.array(factSchema).min(1),
    tasks: z.array(taskSchema).min(1),
    grantors: z.array(grantorSchema).min(1),
    helplines: z.array(helplineSchema).min(1),
    flows: z.array(flowSchema).min(1),
    observations: z.array(observationKindSchema).min(1),
  })
  .strict();
export type Knowledge = z.infer<typeof knowledgeSchema>;
