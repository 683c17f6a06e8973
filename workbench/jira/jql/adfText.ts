/**
 * The plain text of an Atlassian Document Format value (descriptions, comments), for text search. Blocks are
 * separated by a newline so that words of adjacent paragraphs never run together; mentions count as their text.
 */
export function adfText(document: unknown): string {
  if (typeof document === 'string') return document;
  const parts: string[] = [];
  collect(document, parts);
  return parts.join('');
}

function collect(node: unknown, parts: string[]): void {
  if (node === null || typeof node !== 'object') return;
  const { type, text, attrs, content } = node as { type?: unknown; text?: unknown; attrs?: { text?: unknown }; content?: unknown };
  if (typeof text === 'string') parts.push(text);
  if (type === 'mention' && typeof attrs?.text === 'string') parts.push(attrs.text);
  if (type === 'hardBreak') parts.push('\n');
  if (Array.isArray(content)) {
    for (const child of content) collect(child, parts);
    parts.push('\n');
  }
}
