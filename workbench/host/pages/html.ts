import { getThemeHtmlAttrs } from '@atlaskit/tokens/get-theme-html-attrs';
import { getThemeStyles } from '@atlaskit/tokens/get-theme-styles';
import type { ColorMode } from '../moduleContext';

/** A fragment of trusted markup; everything else that reaches a page goes through `escapeHtml`. */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Tagged template: interpolated strings are escaped, `Html` values and arrays of them are inserted as they are. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  const render = (value: unknown): string => {
    if (value instanceof Html) return value.markup;
    if (Array.isArray(value)) return value.map(render).join('');
    if (value === null || value === undefined || value === false) return '';
    return escapeHtml(String(value));
  };
  return new Html(strings.reduce((out, text, i) => out + text + (i < values.length ? render(values[i]) : ''), ''));
}

const themeState = (colorMode: ColorMode) => ({ colorMode, light: 'light', dark: 'dark', spacing: 'spacing', typography: 'typography' }) as const;

// The host page renders Atlassian's token themes server-side, the way Jira does, so its colours are the real ones.
const themeCss = new Map<ColorMode, Promise<string>>();
function themeStyles(colorMode: ColorMode): Promise<string> {
  let css = themeCss.get(colorMode);
  if (!css) {
    css = getThemeStyles(themeState(colorMode)).then((styles) => styles.map((style) => style.css).join('\n'));
    themeCss.set(colorMode, css);
  }
  return css;
}

export async function page(options: { title: string; colorMode: ColorMode; body: Html; scripts?: Html }): Promise<string> {
  const attrs = Object.entries(getThemeHtmlAttrs(themeState(options.colorMode)))
    .map(([name, value]) => `${name}="${escapeHtml(value)}"`)
    .join(' ');
  return `<!doctype html>
<html lang="en" ${attrs}>
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(options.title)}</title>
  <style>${await themeStyles(options.colorMode)}</style>
  <link rel="stylesheet" href="/host/assets/host.css">
</head>
<body>
${options.body.markup}
${options.scripts?.markup ?? ''}
</body>
</html>`;
}
