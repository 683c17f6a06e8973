/** The Jira simulator's JQL engine: what the simulator's routes use. */
export { compileJql } from './compileJql';
export type { CompileResult, CompiledQuery, JqlAlias, JqlContext, JqlFunction } from './context';
export { parseJqlForApi } from './parseForApi';
export type { JqlValidation, ParsedJqlQuery } from './parseForApi';
