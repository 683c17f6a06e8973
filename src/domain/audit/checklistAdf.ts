/** The few Atlassian Document Format nodes the audit issues use; Jira stores and renders them as written. */
export type AdfMark = { type: 'strong' } | { type: 'em' };
export type AdfText = { type: 'text'; text: string; marks?: AdfMark[] };
export type AdfParagraph = { type: 'paragraph'; content: AdfText[] };
export type AdfHeading = { type: 'heading'; attrs: { level: 2 | 3 }; content: AdfText[] };
export type AdfTaskItem = { type: 'taskItem'; attrs: { localId: string; state: 'TODO' | 'DONE' }; content: AdfText[] };
export type AdfTaskList = { type: 'taskList'; attrs: { localId: string }; content: AdfTaskItem[] };
export type AdfBlock = AdfParagraph | AdfHeading | AdfTaskList;
export type AdfDoc = { type: 'doc'; version: 1; content: AdfBlock[] };

export const text = (value: string): AdfText => ({ type: 'text', text: value });
export const strong = (value: string): AdfText => ({ type: 'text', text: value, marks: [{ type: 'strong' }] });
export const paragraph = (...content: AdfText[]): AdfParagraph => ({ type: 'paragraph', content: content.filter((node) => node.text !== '') });
export const heading = (level: 2 | 3, value: string): AdfHeading => ({ type: 'heading', attrs: { level }, content: [text(value)] });
export const doc = (...content: AdfBlock[]): AdfDoc => ({ type: 'doc', version: 1, content });

/** Plain text of a paragraph's lines, one paragraph per line of the input (ADF has no newline in text nodes). */
export const paragraphsOf = (value: string): AdfParagraph[] =>
  value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => paragraph(text(line)));
