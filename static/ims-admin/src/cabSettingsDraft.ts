import type { CabSettings } from '../../../src/ports/cabSettings';
import type { SettingsProblem } from '../../../src/services/settings/settingsProblems';

/**
 * The CAB section's form state: lists as comma-separated text, the structured parts (role groups, risk matrix,
 * approval policy, checklist template) as JSON text. The backend's schema is the judge; the draft only catches
 * text that is not JSON at all, so the admin hears about it before saving.
 */
export interface CabSettingsDraft {
  changeIssueTypes: string;
  gatedStatuses: string;
  plannedStartField: string;
  roleGroups: string;
  matrix: string;
  policy: string;
  template: string;
}

export type CabDraftInput = keyof CabSettingsDraft;
export const JSON_INPUTS = ['roleGroups', 'matrix', 'policy', 'template'] as const satisfies readonly CabDraftInput[];

const json = (value: unknown) => JSON.stringify(value, null, 2);

export function cabDraftOf(settings: CabSettings): CabSettingsDraft {
  return {
    changeIssueTypes: settings.changeIssueTypes.join(', '),
    gatedStatuses: settings.gatedStatuses.join(', '),
    plannedStartField: settings.plannedStartField,
    roleGroups: json(settings.roleGroups),
    matrix: json(settings.matrix),
    policy: json(settings.policy),
    template: json(settings.template),
  };
}

const listOf = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Inputs whose text is not JSON; empty when the draft can be sent. */
export function cabDraftProblems(draft: CabSettingsDraft): Map<CabDraftInput, string> {
  const problems = new Map<CabDraftInput, string>();
  for (const input of JSON_INPUTS) {
    const parsed = parseJson(draft[input]);
    if (!parsed.ok) problems.set(input, parsed.message);
  }
  return problems;
}

/** The object `saveCabSettings` validates; only called when `cabDraftProblems` is empty. */
export function cabSettingsInputOf(draft: CabSettingsDraft): Record<string, unknown> {
  const value = (input: (typeof JSON_INPUTS)[number]) => {
    const parsed = parseJson(draft[input]);
    return parsed.ok ? parsed.value : null;
  };
  return {
    changeIssueTypes: listOf(draft.changeIssueTypes),
    gatedStatuses: listOf(draft.gatedStatuses),
    plannedStartField: draft.plannedStartField.trim(),
    roleGroups: value('roleGroups'),
    matrix: value('matrix'),
    policy: value('policy'),
    template: value('template'),
  };
}

/** The backend names fields by path (`policy.byClass.medium.0.count`): each problem marks the input of its first key. */
export function cabProblemsByInput(problems: readonly SettingsProblem[]): Map<string, string> {
  const byInput = new Map<string, string>();
  for (const problem of problems) {
    const input = problem.field.split('.')[0] ?? problem.field;
    const text = `${problem.field}: ${problem.message}`;
    byInput.set(input, byInput.has(input) ? `${byInput.get(input)}; ${text}` : text);
  }
  return byInput;
}
