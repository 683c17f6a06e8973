import { ClassificationSchema, formatClassification } from '../../domain/classification';
import type { AuditAction, AuditEvent } from '../../ports/store';

/** One line of the panel's history: who did what when, and the classification before → after where it changed. */
export interface HistoryEntry {
  at: string;
  /** An account id, or `app` for what the app did on its own. */
  actor: string;
  action: AuditAction;
  what: string;
  before?: string;
  after?: string;
}

const DOMAIN_LABEL = { security: 'Security', service: 'Service', ai: 'AI' } as const;

const ACTION_TEXT: Record<AuditAction, string> = {
  'classification-saved': 'Classification saved',
  'classification-invalid': 'Stored classification unreadable; escalation skipped',
  'escalation-started': 'Escalation started',
  'escalation-resumed': 'Escalation resumed after an interruption',
  'escalation-withdrawn': 'Domain removed; escalation kept',
  'escalation-reinstated': 'Domain added back',
  'isms-leads-notified': 'ISMS leads notified',
};

// Keeps the panel short; KVS keeps every event for audits.
const HISTORY_LIMIT = 50;

const DETAIL_LABEL: Record<string, string> = { priority: 'priority', escalationIssueKey: 'issue', group: 'group' };

/** A classification as its one-line view, the way the field shows it. */
function describeClassification(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (value === null) return 'Not classified';
  const parsed = ClassificationSchema.safeParse(value);
  return parsed.success ? formatClassification(parsed.data) : 'Unreadable value';
}

/** What an escalation recorded (`{ priority: 'High' }`) as words: "priority High". */
function describeOutcome(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const parts = Object.entries(value).map(([key, detail]) => `${DETAIL_LABEL[key] ?? key} ${String(detail)}`);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

const isClassificationChange = (action: AuditAction) => action === 'classification-saved' || action === 'classification-invalid';

/** Newest first. */
export function presentHistory(events: readonly AuditEvent[]): HistoryEntry[] {
  return [...events]
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, HISTORY_LIMIT)
    .map((event) => {
      const isChange = isClassificationChange(event.action);
      const before = isChange ? describeClassification(event.before) : undefined;
      const after = isChange ? describeClassification(event.after) : undefined;
      const domain = event.domain !== undefined ? ` (${DOMAIN_LABEL[event.domain]})` : '';
      const outcome = isChange ? undefined : describeOutcome(event.after);
      const detail = [outcome, event.detail].filter((part) => part !== undefined).join('; ');
      return {
        at: event.at,
        actor: event.actor,
        action: event.action,
        what: `${ACTION_TEXT[event.action]}${domain}${detail ? `: ${detail}` : ''}`,
        ...(before !== undefined ? { before } : {}),
        ...(after !== undefined ? { after } : {}),
      };
    });
}
