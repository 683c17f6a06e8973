import { z } from 'zod';

/**
 * The "IMS classification" object custom field: one value per issue, shared by the edit UI (validates as the agent
 * types) and the backend (validates on write and on read). Time-relative rules (awareAt not in the future) need a
 * clock and live in `classificationTimeProblems`, so the schema itself stays pure and deterministic.
 */

/** Display order of the impact domains: the formatter prints "Security + Service + AI (bias)". */
export const IMPACT_DOMAINS = ['security', 'service', 'ai'] as const;
export type ImpactDomain = (typeof IMPACT_DOMAINS)[number];

export const SEVERITIES = [1, 2, 3, 4] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CIA_IMPACTS = ['none', 'low', 'high'] as const;
export type CiaImpact = (typeof CIA_IMPACTS)[number];
export const CIA_PROPERTIES = ['confidentiality', 'integrity', 'availability'] as const;
export type CiaProperty = (typeof CIA_PROPERTIES)[number];

export const AI_HARMS = ['bias', 'drift', 'transparency', 'misuse', 'safety', 'privacy', 'other'] as const;
export type AiHarm = (typeof AI_HARMS)[number];

/**
 * Which deadline of EU AI Act (Regulation (EU) 2024/1689) Art. 73 applies; absent means "not a serious incident".
 * Art. 73 has three deadlines that depend on facts only the agent can judge, so they are one explicit choice
 * rather than something derived from severity:
 * - `standard`: Art. 73(2), "not later than 15 days after [they become] aware of the serious incident";
 * - `death`: Art. 73(4), "in the event of the death of a person ... not later than 10 days";
 * - `widespread`: Art. 73(3), "a widespread infringement or a serious incident as defined in Article 3, point
 *   (49)(b)" (serious and irreversible disruption of critical infrastructure), "not later than two days".
 * When several apply the agent picks the shortest deadline (widespread, then death); the help text says so.
 */
export const AI_SERIOUS_INCIDENTS = ['standard', 'death', 'widespread'] as const;
export type AiSeriousIncident = (typeof AI_SERIOUS_INCIDENTS)[number];

// NIS2 Art. 23(3) significance ("severe operational disruption ... or considerable material or non-material
// damage") is not a separate field: it is derived from severity by a site threshold (regulatoryClocks.ts), because
// severity already is the agent's assessment of that disruption and a second flag could contradict it.

/** Register ids of AI systems (e.g. `AIS-12`): kept to characters that need no escaping in JQL or KVS keys. */
const AI_SYSTEM_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

const listOr = (items: readonly (string | number)[]): string => `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;

const domainFlag = (label: string) => z.boolean({ error: `${label} must be ticked or not (true or false)` });
const ciaImpact = (label: string) => z.enum(CIA_IMPACTS, { error: `${label} impact is ${listOr(CIA_IMPACTS)}` });

const severity = z
  .number({ error: 'Severity is a number from 1 (critical) to 4 (low)' })
  .refine((value): value is Severity => (SEVERITIES as readonly number[]).includes(value), {
    error: 'Severity is 1 (critical), 2 (high), 3 (medium) or 4 (low)',
  });
const aiHarm = z.enum(AI_HARMS, { error: `The AI harm is one of ${listOr(AI_HARMS)}` });
const aiSystem = z
  .string({ error: 'The AI system is the register id, e.g. AIS-12' })
  .regex(AI_SYSTEM_ID, { error: 'The AI system is the register id (letters, digits, . _ : -, at most 64), e.g. AIS-12' });
const aiSeriousIncident = z.enum(AI_SERIOUS_INCIDENTS, {
  error: `The AI serious incident kind is ${listOr(AI_SERIOUS_INCIDENTS)}`,
});
const awareAt = z.iso.datetime({
  offset: true,
  error: 'Aware at is a date and time with its time zone, e.g. 2025-03-01T09:30:00Z',
});

const classificationShape = {
  service: domainFlag('Service impact'),
  security: domainFlag('Security impact'),
  ai: domainFlag('AI impact'),
  severity,
  confidentiality: ciaImpact('Confidentiality'),
  integrity: ciaImpact('Integrity'),
  availability: ciaImpact('Availability'),
  personalData: z.boolean({ error: 'Personal data involved must be ticked or not (true or false)' }),
  aiHarm: aiHarm.optional(),
  aiSystem: aiSystem.optional(),
  aiSeriousIncident: aiSeriousIncident.optional(),
  awareAt: awareAt.optional(),
  // Derived, never typed: the earliest regulatory due time, written by the backend so JQL can find overdue issues.
  notifyBy: z.iso.datetime({ error: 'Notify by is a UTC date and time' }).optional(),
};

type ClassificationShape = z.infer<z.ZodObject<typeof classificationShape>>;

/** Cross-field rules, each with the one line the edit UI shows next to the field named in `path`. */
function checkCrossFieldRules(value: ClassificationShape, ctx: z.RefinementCtx): void {
  if (!value.service && !value.security && !value.ai) {
    ctx.addIssue({ code: 'custom', path: ['domains'], message: 'Choose at least one impact domain: service, security or AI' });
  }
  if (value.ai && value.aiHarm === undefined) {
    ctx.addIssue({ code: 'custom', path: ['aiHarm'], message: `Choose the kind of AI harm: ${listOr(AI_HARMS)}` });
  }
  if (!value.ai) {
    const onlyWithAi: [keyof ClassificationShape, string][] = [
      ['aiHarm', 'An AI harm applies only when AI is an impact domain: tick AI or clear the harm'],
      ['aiSystem', 'An AI system is linked only when AI is an impact domain: tick AI or clear the AI system'],
      ['aiSeriousIncident', 'An AI serious incident needs AI as an impact domain: tick AI or clear it'],
    ];
    for (const [field, message] of onlyWithAi) {
      if (value[field] !== undefined) ctx.addIssue({ code: 'custom', path: [field], message });
    }
  }
}

/** The stored field value (Jira custom field, written by the backend, read back on every use). */
export const ClassificationSchema = z
  .strictObject(classificationShape, { error: 'The classification has a property it does not know' })
  .superRefine(checkCrossFieldRules);
export type Classification = z.infer<typeof ClassificationSchema>;

const blankToUndefined = (value: unknown): unknown => (value === null || value === '' ? undefined : value);

/**
 * What the edit UI submits: cleared optional inputs arrive as `null` or `''`, unticked boxes may be missing,
 * "not a serious incident" may arrive as `none`, and `awareAt` may carry any offset. Parsing yields a stored value
 * (`Classification`) with `awareAt` normalised to UTC, checked by the same cross-field rules.
 */
export const ClassificationInputSchema = z
  .strictObject(
    {
      service: domainFlag('Service impact').default(false),
      security: domainFlag('Security impact').default(false),
      ai: domainFlag('AI impact').default(false),
      severity,
      confidentiality: ciaImpact('Confidentiality').default('none'),
      integrity: ciaImpact('Integrity').default('none'),
      availability: ciaImpact('Availability').default('none'),
      personalData: z.boolean({ error: 'Personal data involved must be ticked or not (true or false)' }).default(false),
      aiHarm: z.preprocess(blankToUndefined, aiHarm.optional()),
      aiSystem: z.preprocess((value) => blankToUndefined(typeof value === 'string' ? value.trim() : value), aiSystem.optional()),
      aiSeriousIncident: z.preprocess(
        (value) => (value === 'none' ? undefined : blankToUndefined(value)),
        aiSeriousIncident.optional(),
      ),
      awareAt: z.preprocess(blankToUndefined, awareAt.optional()),
      // The edit view may send back the value it loaded; the backend recomputes notifyBy, so any sent copy is dropped.
      notifyBy: z.unknown().optional(),
    },
    { error: 'The classification has a property it does not know' },
  )
  .transform((input): z.input<typeof ClassificationSchema> => {
    const { aiHarm: harm, aiSystem: system, aiSeriousIncident: serious, awareAt: aware, notifyBy: _derived, ...required } = input;
    return {
      ...required,
      ...(harm !== undefined ? { aiHarm: harm } : {}),
      ...(system !== undefined ? { aiSystem: system } : {}),
      ...(serious !== undefined ? { aiSeriousIncident: serious } : {}),
      ...(aware !== undefined ? { awareAt: new Date(aware).toISOString() } : {}),
    };
  })
  .pipe(ClassificationSchema);
export type ClassificationInput = z.input<typeof ClassificationInputSchema>;

/** One message per field, in the shape the edit UI renders (`domains` stands for the three domain boxes). */
export interface ClassificationProblem {
  field: keyof Classification | 'domains' | 'classification';
  message: string;
}

export function classificationProblems(error: z.ZodError): ClassificationProblem[] {
  const problems: ClassificationProblem[] = [];
  for (const issue of error.issues) {
    const head = issue.path[0];
    const field = typeof head === 'string' ? (head as ClassificationProblem['field']) : 'classification';
    if (!problems.some((problem) => problem.field === field)) problems.push({ field, message: issue.message });
  }
  return problems;
}

// Browser and function clocks differ by seconds to minutes; a just-typed "now" must not be refused as future.
const CLOCK_SKEW_TOLERANCE_MS = 5 * 60 * 1000;

/** Rules that depend on the current time: checked by the service on write and by the UI as the agent types. */
export function classificationTimeProblems(classification: Classification, now: Date): ClassificationProblem[] {
  if (classification.awareAt === undefined) return [];
  if (Date.parse(classification.awareAt) <= now.getTime() + CLOCK_SKEW_TOLERANCE_MS) return [];
  return [{ field: 'awareAt', message: `Aware at cannot be in the future (it is now ${now.toISOString()})` }];
}

/** The one line the edit UI shows for a property, and one line per choice where the property has choices. */
export interface PropertyHelp {
  label: string;
  help: string;
  choices?: Record<string, string>;
}

/** Explanations for the edit UI, one line each; keyed by every property so none can be left unexplained. */
export const classificationHelp: Record<keyof Classification, PropertyHelp> = {
  service: {
    label: 'Service impact',
    help: 'An agreed service is or may be degraded or unavailable (ISO/IEC 20000-1): sets the priority from severity.',
  },
  security: {
    label: 'Security impact',
    help: 'Confidentiality, integrity or availability of information is affected (ISO/IEC 27001): opens a security issue.',
  },
  ai: {
    label: 'AI impact',
    help: 'An AI system caused or contributed to harm (ISO/IEC 42001): opens an issue for the AI system owner.',
  },
  severity: {
    label: 'Severity',
    help: 'How bad it is now, from 1 (critical) to 4 (low); drives priority and NIS2 significance.',
    choices: {
      '1': 'Critical: a key service is down or data is exposed at scale; act now.',
      '2': 'High: major degradation or a confirmed breach with limited reach.',
      '3': 'Medium: partial impact with a workaround, or a contained suspicion.',
      '4': 'Low: minor impact, no urgency.',
    },
  },
  confidentiality: {
    label: 'Confidentiality impact',
    help: 'Was information disclosed to, or accessed by, someone not allowed to see it?',
    choices: {
      none: 'No disclosure known.',
      low: 'Limited disclosure of internal or low-sensitivity information.',
      high: 'Disclosure of confidential, personal or regulated information.',
    },
  },
  integrity: {
    label: 'Integrity impact',
    help: 'Was information or a system altered without authorisation, or can it no longer be trusted?',
    choices: {
      none: 'No alteration known.',
      low: 'Limited alteration that is easy to detect and correct.',
      high: 'Alteration of important data or systems, hard to detect or undo.',
    },
  },
  availability: {
    label: 'Availability impact',
    help: 'Is information or a service unavailable to those who need it?',
    choices: {
      none: 'Everything is available.',
      low: 'Short or partial unavailability.',
      high: 'Prolonged or complete unavailability of an important service or data.',
    },
  },
  personalData: {
    label: 'Personal data involved',
    help: 'Personal data is affected; with security impact this is a personal data breach (GDPR Art. 33, 72 h).',
  },
  aiHarm: {
    label: 'AI harm',
    help: 'The kind of harm the AI system caused or may cause; required when AI is ticked.',
    choices: {
      bias: 'Unfair or discriminatory outcomes for people or groups.',
      drift: 'Performance changed over time (data or concept drift) beyond accepted limits.',
      transparency: 'People were not told, or cannot understand, that or how AI decided.',
      misuse: 'The system was used outside its intended purpose or maliciously.',
      safety: 'Risk to the health or physical safety of people or property.',
      privacy: 'Personal data was used, inferred or exposed by the AI system.',
      other: 'Another harm; describe it in the issue.',
    },
  },
  aiSystem: {
    label: 'AI system',
    help: 'The AI system of the register involved (e.g. AIS-12); its owner receives the AI escalation.',
  },
  aiSeriousIncident: {
    label: 'AI Act serious incident',
    help: 'Whether this is a serious incident under EU AI Act Art. 73; if several apply, choose the shortest deadline.',
    choices: {
      none: 'Not a serious incident under the AI Act.',
      standard: 'Serious incident (Art. 73(2)): report within 15 days of awareness.',
      death: 'Death of a person (Art. 73(4)): report within 10 days.',
      widespread: 'Widespread infringement or critical infrastructure disruption (Art. 73(3)): report within 2 days.',
    },
  },
  awareAt: {
    label: 'Aware at',
    help: 'When the organisation became aware of the incident; every regulatory clock starts here.',
  },
  notifyBy: {
    label: 'Notify by',
    help: 'The earliest regulatory due time, computed by the app from the clocks; search it with imsClass.notifyBy.',
  },
};
