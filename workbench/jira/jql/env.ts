import type { SimIssue } from '../model';
import type { JqlContext } from './context';

/** What compiling one query needs: the context plus lookups built once per query, only when asked for. */
export interface CompileEnv {
  ctx: JqlContext;
  issueById(id: string): SimIssue | undefined;
  issueByKey(key: string): SimIssue | undefined;
  /** How deep we are in JQL returned by app JQL functions (each may return JQL calling another). */
  functionDepth: number;
}

export function compileEnv(ctx: JqlContext): CompileEnv {
  let byId: Map<string, SimIssue> | undefined;
  let byKey: Map<string, SimIssue> | undefined;
  return {
    ctx,
    issueById(id) {
      byId ??= new Map(ctx.state.issues.map((issue) => [issue.id, issue]));
      return byId.get(id);
    },
    issueByKey(key) {
      byKey ??= new Map(ctx.state.issues.map((issue) => [issue.key.toUpperCase(), issue]));
      return byKey.get(key.toUpperCase());
    },
    functionDepth: 0,
  };
}
