import type { CompileEnv } from './env';
import { EQUALITY_OPERATORS, ORDERED_OPERATORS, oneOf, operators, type FieldFunction, type FieldSpec, type ResolvedOperand } from './fieldSpec';
import { failure, success, type Outcome } from './problems';

const KEY = /^([A-Za-z][A-Za-z0-9_]*)-(\d+)$/;

/**
 * `key`, `issuekey`, `issue` and `id`: values are issue ids; a query names an issue by key or id. Naming an
 * issue that does not exist is Jira's error; `<`/`>` compare key numbers within the key's project (any key of
 * an existing project may be used there) or, for a numeric value, ids.
 */
export function issueKeyField(name: string, env: CompileEnv): FieldSpec {
  return {
    name,
    operators: operators(ORDERED_OPERATORS.filter((operator) => operator !== 'is' && operator !== 'is not')),
    values: (issue) => [issue.id],
    literal: (value, operator) => {
      const comparing = ['<', '<=', '>', '>='].includes(operator);
      if (/^\d+$/.test(value)) {
        if (comparing) return success({ equals: (id) => id === value, compare: (id) => Number(id) - Number(value) });
        return env.issueById(value) ? success(oneOf([value])) : failure('value', issueNotFound(value, name));
      }
      const key = KEY.exec(value);
      if (!key) return failure('validation', `The issue key '${value}' for field '${name}' is invalid.`);
      if (comparing) return keyComparison(value, key[1] ?? '', Number(key[2]), name, env);
      const issue = env.issueByKey(value);
      return issue ? success(oneOf([issue.id])) : failure('value', issueNotFound(value, name));
    },
    functions: { linkedissues: linkedIssuesFunction(env) },
    sortKey: (issue) => {
      const key = KEY.exec(issue.key);
      return [key?.[1]?.toLowerCase() ?? issue.key, Number(key?.[2] ?? 0)];
    },
  };
}

/** `parent`: the parent issue, named by key or id. */
export function parentField(name: string, env: CompileEnv): FieldSpec {
  const keyField = issueKeyField(name, env);
  return {
    name,
    operators: operators(EQUALITY_OPERATORS),
    values: (issue) => (issue.parentId ? [issue.parentId] : []),
    literal: (value, operator) => keyField.literal(value, operator),
    functions: {},
    sortKey: (issue) => {
      const parent = issue.parentId ? env.issueById(issue.parentId) : undefined;
      return parent && keyField.sortKey ? keyField.sortKey(parent) : null;
    },
  };
}

function issueNotFound(value: string, field: string): string {
  return `An issue with key '${value}' does not exist for field '${field}'.`;
}

function keyComparison(value: string, projectKey: string, number: number, field: string, env: CompileEnv): Outcome<ResolvedOperand> {
  const project = env.ctx.state.projects.find((candidate) => candidate.key.toLowerCase() === projectKey.toLowerCase());
  if (!project) return failure('value', issueNotFound(value, field));
  return success({
    equals: (id) => env.issueById(String(id))?.key.toUpperCase() === value.toUpperCase(),
    compare: (id) => {
      const issue = env.issueById(String(id));
      if (!issue || issue.projectId !== project.id) return undefined;
      return Number(KEY.exec(issue.key)?.[2] ?? 0) - number;
    },
  });
}

/**
 * `linkedIssues("KEY")` and `linkedIssues("KEY", "blocks")`: issues linked to KEY, optionally through one link
 * description. A link's outward issue is the one the link starts from ("KEY blocks X").
 */
function linkedIssuesFunction(env: CompileEnv): FieldFunction {
  return {
    returnsList: true,
    evaluate: (args) => {
      const [key, description] = args;
      if (key === undefined || args.length > 2) {
        return failure('validation', `Function 'linkedIssues' expected between '1' and '2' arguments but received '${args.length}'.`);
      }
      const issue = env.issueByKey(key) ?? env.issueById(key);
      if (!issue) return failure('value', `Issue '${key}' could not be found in function 'linkedIssues'.`);
      const { links, linkTypes } = env.ctx.state;
      const wanted = description?.toLowerCase();
      if (wanted !== undefined && !linkTypes.some((type) => type.inward.toLowerCase() === wanted || type.outward.toLowerCase() === wanted)) {
        return failure('value', `Issue link type '${description}' does not exist.`);
      }
      const typeById = new Map(linkTypes.map((type) => [type.id, type]));
      const linked = links.flatMap((link) => {
        const type = typeById.get(link.typeId);
        if (link.outwardIssueId === issue.id && (wanted === undefined || type?.outward.toLowerCase() === wanted)) return [link.inwardIssueId];
        if (link.inwardIssueId === issue.id && (wanted === undefined || type?.inward.toLowerCase() === wanted)) return [link.outwardIssueId];
        return [];
      });
      return success(oneOf(linked));
    },
  };
}
