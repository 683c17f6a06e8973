import type { z } from 'zod';

/** One message per setting, keyed by its path (`priorityBySeverity.2`), so the admin page marks the right input. */
export interface SettingsProblem {
  field: string;
  message: string;
}

export function settingsProblems(error: z.ZodError): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  for (const issue of error.issues) {
    // An unknown key has no path of its own: name the key, since it is the field at fault.
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const field = [...issue.path.map(String), ...keys.slice(0, 1)].join('.') || 'settings';
    const message = issue.code === 'unrecognized_keys' ? `${keys.join(', ')} is not a setting the app knows` : issue.message;
    if (!problems.some((problem) => problem.field === field)) problems.push({ field, message });
  }
  return problems;
}
