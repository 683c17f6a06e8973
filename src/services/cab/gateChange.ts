import { gateTransition, type GateDecision } from '../../domain/cab';
import { cabContextFor, loadChange, templateFor } from './loadChange';
import type { CabPorts } from './ports';

export interface GateRequest {
  issueKey: string;
  /** The status the transition leads to: Forge gives the validator status ids, the settings name statuses. */
  toStatusId: string;
}

/**
 * The workflow validator's decision, as the app (validators run without a user). Transitions into statuses the
 * settings do not gate pass after one status lookup; gated ones need the record approved on its current answers.
 */
export async function gateChange(ports: Pick<CabPorts, 'appJira' | 'store'>, request: GateRequest): Promise<GateDecision> {
  const [settings, statuses] = await Promise.all([ports.store.settings.get(), ports.appJira.listStatuses()]);
  const target = statuses.find((status) => status.id === request.toStatusId);
  // Fail closed: a status the app cannot name might be a gated one.
  if (target === undefined) return { allowed: false, message: `CAB approval could not be checked: status ${request.toStatusId} is unknown.` };
  const config = { gatedTransitions: settings.gatedStatuses };
  if (gateTransition(null, target.name, config, cabContextFor(settings, { requester: '', assignee: null })).allowed) return { allowed: true };

  const change = await loadChange(ports.appJira, request.issueKey);
  if (change === null) return { allowed: false, message: `CAB approval could not be checked: ${request.issueKey} was not found.` };
  const stored = await ports.store.records.read(change.issueId);
  const template = await templateFor(settings, ports.store.settings, stored?.record.templateVersion);
  return gateTransition(stored?.record ?? null, target.name, config, cabContextFor(settings, change, template));
}
