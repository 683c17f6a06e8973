import { ClassificationSettingsSchema, type ClassificationSettings } from '../../../src/ports/classificationSettings';
import { settingsProblems, type SettingsProblem } from '../../../src/services/settings/settingsProblems';

/** The page's inputs as typed: every text box holds a string; an empty project or owner means "none". */
export interface SettingsDraft {
  securityProjectKey: string;
  securityIssueType: string;
  securitySummaryPrefix: string;
  aiProjectKey: string;
  aiIssueType: string;
  aiSummaryPrefix: string;
  defaultAiOwnerAccountId: string;
  escalationLinkType: string;
  priority1: string;
  priority2: string;
  priority3: string;
  priority4: string;
  ismsLeadGroup: string;
  gdpr: boolean;
  nis2: boolean;
  aiAct: boolean;
  nis2SeverityThreshold: '1' | '2' | '3' | '4';
}

export function draftOf(settings: ClassificationSettings): SettingsDraft {
  const priorities = settings.priorityBySeverity;
  return {
    securityProjectKey: settings.securityProjectKey ?? '',
    securityIssueType: settings.securityIssueType,
    securitySummaryPrefix: settings.securitySummaryPrefix,
    aiProjectKey: settings.aiProjectKey ?? '',
    aiIssueType: settings.aiIssueType,
    aiSummaryPrefix: settings.aiSummaryPrefix,
    defaultAiOwnerAccountId: settings.defaultAiOwnerAccountId ?? '',
    escalationLinkType: settings.escalationLinkType,
    priority1: priorities[1],
    priority2: priorities[2],
    priority3: priorities[3],
    priority4: priorities[4],
    ismsLeadGroup: settings.ismsLeadGroup,
    ...settings.regimes,
    nis2SeverityThreshold: String(settings.nis2SeverityThreshold) as SettingsDraft['nis2SeverityThreshold'],
  };
}

const blankToNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** What is sent to `saveSettings`: the settings object the backend parses with the same schema. */
export function settingsInputOf(draft: SettingsDraft): Record<string, unknown> {
  return {
    securityProjectKey: blankToNull(draft.securityProjectKey),
    securityIssueType: draft.securityIssueType,
    securitySummaryPrefix: draft.securitySummaryPrefix,
    aiProjectKey: blankToNull(draft.aiProjectKey),
    aiIssueType: draft.aiIssueType,
    aiSummaryPrefix: draft.aiSummaryPrefix,
    defaultAiOwnerAccountId: blankToNull(draft.defaultAiOwnerAccountId),
    escalationLinkType: draft.escalationLinkType,
    priorityBySeverity: { 1: draft.priority1, 2: draft.priority2, 3: draft.priority3, 4: draft.priority4 },
    ismsLeadGroup: draft.ismsLeadGroup,
    regimes: { gdpr: draft.gdpr, nis2: draft.nis2, aiAct: draft.aiAct },
    nis2SeverityThreshold: Number(draft.nis2SeverityThreshold),
  };
}

/** The draft's problems by input name, checked with the backend's schema as the admin types. */
export function draftProblems(draft: SettingsDraft): Map<string, string> {
  const parsed = ClassificationSettingsSchema.safeParse(settingsInputOf(draft));
  return problemsByInput(parsed.success ? [] : settingsProblems(parsed.error));
}

/** `priorityBySeverity.2` is the input `priority2`, `regimes.gdpr` is `gdpr`; the rest keep their names. */
export function problemsByInput(problems: readonly SettingsProblem[]): Map<string, string> {
  const byInput = new Map<string, string>();
  for (const { field, message } of problems) {
    const input = field.startsWith('priorityBySeverity.') ? `priority${field.slice(-1)}` : field.startsWith('regimes.') ? field.slice('regimes.'.length) : field;
    if (!byInput.has(input)) byInput.set(input, message);
  }
  return byInput;
}
