import { createRisk as createRiskCommand, importRisksCsv, riskIdFor, type RiskImportReport } from '../../domain/risk';
import type { Risk, RiskAuditEvent } from '../../domain/schemas/risk';
import { NOT_AN_EDITOR, registerRoleOf } from './authorize';
import { reserveRiskNumbers } from './drawRiskIds';
import type { Caller, RiskPorts } from './ports';
import { refuse, succeed, type RiskResult } from './riskResult';

const WRITES_IN_FLIGHT = 10;

export type ImportOutcome = { dryRun: boolean; report: RiskImportReport; createdIds: string[] };

/**
 * CSV import. The dry run checks every row and reports each problem with its row and column. A real import runs
 * the same check first and writes nothing unless every row is valid; then it reserves one id range for the
 * file and writes the risks. (A platform failure between two writes leaves the risks written so far: the
 * report lists the ids that exist.)
 */
export async function importRisks(ports: RiskPorts, caller: Caller, input: { csv: string; dryRun: boolean }): Promise<RiskResult<ImportOutcome>> {
  const role = await registerRoleOf(ports, caller);
  if (!role.isEditor) return refuse('FORBIDDEN', NOT_AN_EDITOR);
  const report = importRisksCsv(input.csv);
  if (input.dryRun || !report.ok) return succeed({ dryRun: input.dryRun, report, createdIds: [] });

  const now = ports.clock.now();
  const first = await reserveRiskNumbers(ports.store, report.risks.length);
  if (first === null) return refuse('UNAVAILABLE', 'The register is busy (many simultaneous changes). Try again in a moment.');
  const created: { risk: Risk; events: RiskAuditEvent[] }[] = [];
  for (const [index, row] of report.risks.entries()) {
    const result = createRiskCommand(row, riskIdFor(first + index), caller, now);
    // The dry run parsed the row with the same schema; a refusal here means the two drifted apart.
    if (!result.ok) return refuse('INVALID_INPUT', `Row ${index + 2}: ${result.error.message}. Nothing was imported.`);
    created.push(result);
  }
  const createdIds: string[] = [];
  // A few writes at a time: fast enough for a few hundred rows in one invocation, gentle on KVS rate limits.
  for (let start = 0; start < created.length; start += WRITES_IN_FLIGHT) {
    const chunk = created.slice(start, start + WRITES_IN_FLIGHT);
    const written = await Promise.all(chunk.map(({ risk, events }) => ports.store.write(risk, events)));
    const lost = chunk.find((_, index) => !written[index]);
    if (lost !== undefined) throw new Error(`${lost.risk.id} already exists: the risk counter is behind the register`);
    createdIds.push(...chunk.map(({ risk }) => risk.id));
  }
  return succeed({ dryRun: false, report, createdIds });
}
