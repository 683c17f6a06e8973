import vm from 'node:vm';
import type { HostModule } from '../hostBackend';
import { type Html, html } from './html';

/** A value with no formatter, shown the way Jira's REST `renderedFields` would at best: plain text, never markup. */
function plainText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * The field's text in the details column. Jira evaluates `formatter.expression` as a Jira expression; the
 * workbench has no Jira expression engine, so it runs the expression as JavaScript, which agrees on the subset
 * formatters use (ternaries, `+`, `==` on strings and booleans, arrays' filter/join, arrow functions). An
 * expression outside that subset, or one that throws, falls back to plain text and says so in a tooltip.
 */
export function formatFieldValue(value: unknown, formatterExpression: string | undefined): { text: string; note?: string } {
  if (value === null || value === undefined) return { text: 'None' };
  if (formatterExpression === undefined) return { text: plainText(value), note: 'No formatter expression: raw value' };
  try {
    // A fresh context with only `value`, and a time limit: the expression comes from the app's manifest.
    const result: unknown = vm.runInNewContext(formatterExpression, { value: structuredClone(value) }, { timeout: 50 });
    return { text: plainText(result) };
  } catch (error) {
    return { text: plainText(value), note: `The formatter expression failed in the workbench: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export interface CustomFieldRow {
  module: HostModule;
  fieldId: string;
  value: unknown;
  /** The edit view's context (`jira:customField`, renderContext `issue-view`), for the host bridge. */
  editContext: unknown;
  /** URL of the module's `edit` resource on the resource origin. */
  editSrc: string;
}

/** A custom field in the details column: its formatted value and an Edit button that opens its edit view in a dialog. */
export function customFieldRowHtml(row: CustomFieldRow): Html {
  const formatted = formatFieldValue(row.value, row.module.customField?.formatterExpression);
  return html`<div class="field" data-field-id="${row.fieldId}" data-module-key="${row.module.key}">
    <dt>${row.module.title}</dt>
    <dd class="custom-field-value"><span data-testid="custom-field-value" title="${formatted.note ?? ''}">${formatted.text}</span>
      <button type="button" class="field-edit" data-forge-field-edit data-module-key="${row.module.key}" data-src="${row.editSrc}"
        data-title="${row.module.title}" data-context="${JSON.stringify(row.editContext)}" aria-label="Edit ${row.module.title}">Edit</button></dd>
  </div>`;
}
