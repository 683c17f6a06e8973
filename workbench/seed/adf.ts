/** Atlassian Document Format, the body format of descriptions and comments in REST API v3. */
export interface AdfDoc {
  type: 'doc';
  version: 1;
  content: { type: 'paragraph'; content: { type: 'text'; text: string }[] }[];
}

export function adfParagraphs(paragraphs: readonly string[]): AdfDoc {
  return {
    type: 'doc',
    version: 1,
    content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  };
}
