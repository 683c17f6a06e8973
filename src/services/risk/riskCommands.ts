import {
  acceptRisk as acceptRiskCommand,
  applyEdit,
  createRisk as createRiskCommand,
  markReviewed as markReviewedCommand,
  riskIdFor,
  type RiskCommandResult,
} from '../../domain/risk';
import { NewRiskSchema, type NewRiskInput, type Risk, type RiskEditInput, type RiskId } from '../../domain/schemas/risk';
import { describeIssues } from '../../domain/risk/commandResult';
import { mayEditRisk, NOT_AN_EDITOR, notAllowedToEdit, registerRoleOf, type RegisterRole } from './authorize';
import { reserveRiskNumbers } from './drawRiskIds';
import type { Caller, RiskPorts } from './ports';
import { peopleOf, presentRisk, type RiskView } from './presentRisk';
import { refuse, succeed, type RiskResult } from './riskResult';

const BUSY = 'The register is busy (many simultaneous changes). Try again in a moment.';
const notFound = (id: RiskId) => refuse('NOT_FOUND', `There is no risk ${id} in the register.`);

export async function createRisk(ports: RiskPorts, caller: Caller, input: NewRiskInput): Promise<RiskResult<RiskView>> {
  const role = await registerRoleOf(ports, caller);
  if (!role.isEditor) return refuse('FORBIDDEN', NOT_AN_EDITOR);
  const parsed = NewRiskSchema.safeParse(input);
  if (!parsed.success) return refuse('INVALID_INPUT', describeIssues(parsed.error));
  const number = await reserveRiskNumbers(ports.store, 1);
  if (number === null) return refuse('UNAVAILABLE', BUSY);
  const now = ports.clock.now();
  const created = createRiskCommand(parsed.data, riskIdFor(number), caller, now);
  if (!created.ok) return created;
  // A fresh id has no record yet, so the write cannot lose a race; `false` would mean a corrupted counter.
  if (!(await ports.store.write(created.risk, created.events))) throw new Error(`${created.risk.id} already exists: the risk counter is behind the register`);
  return succeed(presentRisk(created.risk, caller, role, now, await ports.appJira.displayNames(peopleOf(created.risk))));
}

type Command = (risk: Risk, now: Date) => RiskCommandResult;

/** "changed by Sofia Lindqvist (712020:…)": people recognise a name; the account id stays for the audit. */
async function namingEditor(ports: RiskPorts, risk: Risk, message: string): Promise<string> {
  const name = (await ports.appJira.displayNames([risk.updatedBy]))[risk.updatedBy];
  return name === undefined ? message : message.replace(`changed by ${risk.updatedBy}`, `changed by ${name} (${risk.updatedBy})`);
}

/**
 * Runs one command on the stored risk and writes the result with compare-and-set. When another write lands
 * between our read and our write, the command runs again on the fresh record: with an explicit `expectedVersion`
 * it then answers CONFLICT "changed by X at T" (never a silent overwrite).
 */
async function runCommand(ports: RiskPorts, caller: Caller, id: RiskId, authorize: (risk: Risk, role: RegisterRole) => string | null, command: Command): Promise<RiskResult<RiskView>> {
  const role = await registerRoleOf(ports, caller);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const risk = await ports.store.get(id);
    if (risk === null) return notFound(id);
    const refusal = authorize(risk, role);
    if (refusal !== null) return refuse('FORBIDDEN', refusal);
    const now = ports.clock.now();
    const result = command(risk, now);
    if (!result.ok) return result.error.code === 'CONFLICT' ? refuse('CONFLICT', await namingEditor(ports, risk, result.error.message)) : result;
    if (result.risk.version === risk.version || (await ports.store.write(result.risk, result.events))) {
      return succeed(presentRisk(result.risk, caller, role, now, await ports.appJira.displayNames(peopleOf(result.risk))));
    }
  }
  return refuse('UNAVAILABLE', BUSY);
}

const editorsAndOwner = (caller: Caller) => (risk: Risk, role: RegisterRole) => (mayEditRisk(role, caller, risk) ? null : notAllowedToEdit(risk));

export function editRisk(ports: RiskPorts, caller: Caller, input: { id: RiskId; edit: RiskEditInput; expectedVersion: number }): Promise<RiskResult<RiskView>> {
  return runCommand(ports, caller, input.id, editorsAndOwner(caller), (risk, now) => applyEdit(risk, input.edit, input.expectedVersion, caller, now));
}

export function markReviewed(ports: RiskPorts, caller: Caller, input: { id: RiskId; expectedVersion: number }): Promise<RiskResult<RiskView>> {
  return runCommand(ports, caller, input.id, editorsAndOwner(caller), (risk, now) => markReviewedCommand(risk, input.expectedVersion, caller, now));
}

/** Only the owner accepts; the domain refuses anyone else with FORBIDDEN, so no group check applies here. */
export function acceptRisk(ports: RiskPorts, caller: Caller, input: { id: RiskId; expectedVersion: number }): Promise<RiskResult<RiskView>> {
  return runCommand(ports, caller, input.id, () => null, (risk, now) => acceptRiskCommand(risk, caller, now, { expectedVersion: input.expectedVersion }));
}

/** Records a treatment action's issue key once; appending a key merges safely, so it follows the latest version. */
export function addTreatmentAction(ports: RiskPorts, caller: Caller, id: RiskId, issueKey: string): Promise<RiskResult<RiskView>> {
  return runCommand(ports, caller, id, editorsAndOwner(caller), (risk, now) =>
    applyEdit(risk, { treatmentActions: [...new Set([...risk.treatmentActions, issueKey])] }, risk.version, caller, now),
  );
}
