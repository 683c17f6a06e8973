import { KnownClauseIdSchema } from '../domain/catalog';
import { imsEvidenceJql, imsRiskLinkedJql } from '../domain/evidence';
import { RiskIdSchema } from '../domain/schemas/risk';

/** What Forge passes a `jira:jqlFunction`'s function: the clause the call stands in for. */
interface JqlFunctionEvent {
  precomputationId?: string;
  clause: { field: string; operator: string; functionName: string; arguments: string[] };
}

type JqlFunctionResult = { jql: string } | { error: string };

// The returned JQL replaces the whole `issue in f(...)` clause, so `not in` must negate it.
const withOperator = (operator: string, jql: string): string => (operator.toLowerCase() === 'not in' ? `NOT (${jql})` : jql);

/** `issue in imsEvidence("ISO27001:A.8.32")`: issues linked to the clause or its high-confidence equivalents. */
export function imsEvidence({ clause }: JqlFunctionEvent): JqlFunctionResult {
  const [argument = ''] = clause.arguments;
  const id = KnownClauseIdSchema.safeParse(argument.trim());
  if (!id.success) {
    return { error: `imsEvidence() needs a clause or control id such as "ISO27001:A.8.32", not "${argument}".` };
  }
  return { jql: withOperator(clause.operator, imsEvidenceJql(id.data)) };
}

/** `issue in imsRiskLinked("R-12")`: issues linked to the risk scenario. */
export function imsRiskLinked({ clause }: JqlFunctionEvent): JqlFunctionResult {
  const [argument = ''] = clause.arguments;
  const id = RiskIdSchema.safeParse(argument.trim());
  if (!id.success) return { error: `imsRiskLinked() needs a risk id such as "R-12", not "${argument}".` };
  return { jql: withOperator(clause.operator, imsRiskLinkedJql(id.data)) };
}
