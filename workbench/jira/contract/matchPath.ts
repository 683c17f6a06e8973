/** Matches a concrete path (no query string) against an OpenAPI path template such as `/rest/api/3/issue/{issueIdOrKey}`. */
export function matchPathTemplate(template: string, path: string): Record<string, string> | null {
  const want = template.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    const param = /^\{(.+)\}$/.exec(w);
    if (param) {
      if (g === '') return null;
      params[param[1]!] = decodeURIComponent(g);
    } else if (w !== g) {
      return null;
    }
  }
  return params;
}

/** How many literal segments a template has: `/issue/bulkfetch` must win over `/issue/{issueIdOrKey}`. */
function literalSegments(template: string): number {
  return template.split('/').filter((s) => !s.startsWith('{')).length;
}

export function findTemplate(templates: Iterable<string>, path: string): { template: string; params: Record<string, string> } | null {
  let best: { template: string; params: Record<string, string> } | null = null;
  for (const template of templates) {
    const params = matchPathTemplate(template, path);
    if (params && (!best || literalSegments(template) > literalSegments(best.template))) best = { template, params };
  }
  return best;
}
