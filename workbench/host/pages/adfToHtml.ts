import { Html, html } from './html';

/** An Atlassian Document Format node: what Jira's REST API v3 returns for descriptions and comments. */
type AdfNode = {
  type: string;
  text?: string;
  content?: AdfNode[];
  attrs?: Record<string, unknown>;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
};

function renderText(node: AdfNode): Html {
  return (node.marks ?? []).reduce<Html>((inner, mark) => {
    switch (mark.type) {
      case 'strong':
        return html`<strong>${inner}</strong>`;
      case 'em':
        return html`<em>${inner}</em>`;
      case 'code':
        return html`<code>${inner}</code>`;
      case 'strike':
        return html`<s>${inner}</s>`;
      case 'link': {
        const href = String(mark.attrs?.href ?? '');
        // Only web links become anchors: a `javascript:` href in user content must not run in the host page.
        return /^https?:\/\//i.test(href) ? html`<a href="${href}" rel="noopener noreferrer">${inner}</a>` : inner;
      }
      default:
        return inner;
    }
  }, html`${node.text ?? ''}`);
}

function renderChildren(node: AdfNode): Html {
  return html`${(node.content ?? []).map(renderNode)}`;
}

/** Renders the ADF the issue view needs (paragraphs, headings, lists, code, quotes, mentions); other nodes show their text. */
export function renderNode(node: AdfNode): Html {
  switch (node.type) {
    case 'doc':
      return renderChildren(node);
    case 'paragraph':
      return html`<p>${renderChildren(node)}</p>`;
    case 'text':
      return renderText(node);
    case 'hardBreak':
      return html`<br>`;
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(node.attrs?.level ?? 3)));
      return new Html(`<h${level}>${renderChildren(node).markup}</h${level}>`);
    }
    case 'bulletList':
      return html`<ul>${renderChildren(node)}</ul>`;
    case 'orderedList':
      return html`<ol>${renderChildren(node)}</ol>`;
    case 'listItem':
      return html`<li>${renderChildren(node)}</li>`;
    case 'codeBlock':
      return html`<pre><code>${renderChildren(node)}</code></pre>`;
    case 'blockquote':
      return html`<blockquote>${renderChildren(node)}</blockquote>`;
    case 'rule':
      return html`<hr>`;
    case 'mention':
      return html`<span class="mention">${String(node.attrs?.text ?? '@someone')}</span>`;
    default:
      return renderChildren(node);
  }
}

export function adfToHtml(doc: unknown): Html {
  if (typeof doc !== 'object' || doc === null) return html``;
  return renderNode(doc as AdfNode);
}
