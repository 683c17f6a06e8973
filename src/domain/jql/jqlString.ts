// Characters Jira's JQL grammar refuses inside quotes (its CONTROLCHARS); line feed and carriage return are allowed.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]/g;

/**
 * A JQL string literal. Quoting every value keeps reserved words (`true`, `and`, `empty`) and reserved characters
 * out of the grammar's way; inside quotes the quote and the backslash are escaped, and control characters use the
 * grammar's `\uXXXX` escape.
 */
export function jqlString(value: string): string {
  const escaped = value
    .replace(/[\\"]/g, (character) => `\\${character}`)
    .replace(CONTROL_CHARACTERS, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `"${escaped}"`;
}
