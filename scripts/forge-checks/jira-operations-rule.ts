import { readFileSync } from 'fs';
import { join } from 'path';
import ts from 'typescript';
import { readOperations, type OperationRef } from '../trim-openapi';
import type { AppContext } from './app-context';
import type { Problem } from './problem';

interface JiraCall {
  method: string;
  /** Route text with every `${…}` shown as `{…}`, query removed. */
  path: string;
  line: number;
}

const SUBSTITUTION = '{…}';

/** `route\`/rest/api/3/issue/${key}?fields=…\`` → `/rest/api/3/issue/{…}`; undefined when not a literal route. */
function routePath(node: ts.Expression): string | undefined {
  if (!ts.isTaggedTemplateExpression(node) || !ts.isIdentifier(node.tag) || node.tag.text !== 'route') return undefined;
  const { template } = node;
  const text = ts.isNoSubstitutionTemplateLiteral(template)
    ? template.text
    : template.head.text + template.templateSpans.map((span) => SUBSTITUTION + span.literal.text).join('');
  return text.split('?')[0];
}

function requestMethod(options: ts.Expression | undefined): string | undefined {
  if (options === undefined) return 'GET';
  if (!ts.isObjectLiteralExpression(options)) return undefined;
  const method = options.properties.find((property) => property.name && ts.isIdentifier(property.name) && property.name.text === 'method');
  if (method === undefined) return 'GET';
  if (!ts.isPropertyAssignment(method) || !ts.isStringLiteralLike(method.initializer)) return undefined;
  return method.initializer.text.toUpperCase();
}

function isRequestJira(callee: ts.Expression): boolean {
  const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
  return name === 'requestJira';
}

/** Calls whose method and route are literal; computed ones cannot be checked offline and are left out. */
function jiraCalls(fileName: string, source: string): JiraCall[] {
  const sourceFile = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const calls: JiraCall[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && isRequestJira(node.expression) && node.arguments[0]) {
      const path = routePath(node.arguments[0]);
      const method = requestMethod(node.arguments[1]);
      if (path !== undefined && method !== undefined) {
        calls.push({ method, path, line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return calls;
}

function templateMatcher({ method, path }: OperationRef): (call: JiraCall) => boolean {
  const pattern = new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}/?$`);
  // A substitution stands for one path segment of any value.
  return (call) => call.method === method.toUpperCase() && pattern.test(call.path.split(SUBSTITUTION).join('x'));
}

/**
 * The offline lint checks a call's scope only if its operation is in the vendored (trimmed) spec, and the
 * workbench simulator has contracts only for those: a call to any other operation would pass unchecked.
 */
export function checkJiraOperations({ appDir, sourceFiles, openapiDir }: AppContext): Problem[] {
  const matchers = readOperations(join(openapiDir, 'operations.json')).map(templateMatcher);
  return sourceFiles.flatMap((file) =>
    jiraCalls(file, readFileSync(join(appDir, file), 'utf8'))
      .filter((call) => !matchers.some((matches) => matches(call)))
      .map(
        (call): Problem => ({
          level: 'error',
          source: 'triad',
          message:
            `${call.method} ${call.path} is not in openapi/operations.json, so its scope goes unchecked: ` +
            'add it there and run `npx tsx scripts/trim-openapi.ts`',
          file,
          line: call.line,
        }),
      ),
  );
}
