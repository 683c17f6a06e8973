/**
 * Which OAuth scopes a Jira REST call needs, read from the OpenAPI spec the way Forge's permission lint
 * reads it: the classic scopes of the operation's `x-atlassian-oauth2-scopes` entry in state `Current`,
 * else the `OAuth2` entry of its `security`. An operation with neither needs no scope.
 */

interface OpenApiOperation {
  security?: Array<Record<string, string[]>>;
  'x-atlassian-oauth2-scopes'?: Array<{ scopes?: string[]; state?: string }>;
}

export interface OpenApiSpec {
  paths: Record<string, Record<string, unknown>>;
}

export interface MatchedOperation {
  /** `METHOD /path/{template}`: the key the bench counts calls by. */
  operation: string;
  scopes: string[];
}

interface CompiledOperation extends MatchedOperation {
  method: string;
  pattern: RegExp;
  literalSegments: number;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

export function compileScopeTable(spec: OpenApiSpec): (method: string, path: string) => MatchedOperation | undefined {
  const operations: CompiledOperation[] = [];
  for (const [template, item] of Object.entries(spec.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method] as OpenApiOperation | undefined;
      if (!operation) continue;
      operations.push({
        method: method.toUpperCase(),
        operation: `${method.toUpperCase()} ${template}`,
        scopes: scopesOf(operation),
        pattern: patternOf(template),
        literalSegments: template.split('/').filter((segment) => segment && !segment.startsWith('{')).length,
      });
    }
  }
  // `/issue/bulkfetch` must win over `/issue/{issueIdOrKey}`: try the most literal templates first.
  operations.sort((a, b) => b.literalSegments - a.literalSegments);
  return (method, path) => {
    const pathOnly = path.split('?')[0] ?? path;
    const upper = method.toUpperCase();
    return operations.find((op) => op.method === upper && op.pattern.test(pathOnly));
  };
}

function scopesOf(operation: OpenApiOperation): string[] {
  const current = operation['x-atlassian-oauth2-scopes']?.find((entry) => entry.state === 'Current');
  if (current) return current.scopes ?? [];
  return operation.security?.find((requirement) => 'OAuth2' in requirement)?.OAuth2 ?? [];
}

function patternOf(template: string): RegExp {
  const source = template
    .split('/')
    .map((segment) => (segment.startsWith('{') && segment.endsWith('}') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}/?$`);
}
