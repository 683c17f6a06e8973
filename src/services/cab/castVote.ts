import { roleName, vote } from '../../domain/cab';
import type { VoteInput } from '../../domain/schemas/cab';
import { publishCabFields } from './cabFields';
import { refuse, type CabResult } from './cabResult';
import type { CabView } from './cabView';
import { currentUser, getCab, NOT_VISIBLE } from './getCab';
import { cabContextFor, isChangeIssue, loadChange, notAChange, templateFor } from './loadChange';
import type { CabPorts, Caller } from './ports';
import { rolesFromGroups } from './rolesFromGroups';
import { runCabCommand } from './runCabCommand';

/**
 * Records the caller's approval or rejection in one role. Whether they hold the role comes from their Jira groups
 * (as Jira reports them for the caller); segregation of duties and relevance are the domain's `vote`.
 */
export async function castVote(ports: CabPorts, issueId: string, caller: Caller, input: VoteInput): Promise<CabResult<CabView>> {
  const [change, settings] = await Promise.all([loadChange(ports.userJira, issueId), ports.store.settings.get()]);
  if (change === null) return refuse('NOT_FOUND', NOT_VISIBLE);
  if (!isChangeIssue(settings, change)) return notAChange(settings, change);
  const [user, existing] = await Promise.all([currentUser(ports, caller, { fresh: true }), ports.store.records.read(change.issueId)]);
  const holdsRole = rolesFromGroups(user.groups, settings.roleGroups).includes(input.role);
  const context = cabContextFor(settings, change, await templateFor(settings, ports.store.settings, existing?.record.templateVersion));
  const outcome = await runCabCommand(ports, change.issueId, caller.accountId, context, {
    start: null,
    actorName: user.displayName,
    command(record) {
      // The domain's refusals (stale answers, incomplete checklist, segregation of duties) say more than "no role".
      const result = vote(record, input, caller, ports.clock.now(), context);
      if (result.ok && !holdsRole) return { ok: false, error: { code: 'FORBIDDEN', message: `You do not hold the ${roleName(input.role)} role: it comes with membership of a CAB group in Jira.` } };
      return result;
    },
  });
  if (!outcome.ok) return outcome;
  if (outcome.value.events.length > 0) await publishCabFields(ports, change.issueId);
  return getCab(ports, change.issueId, caller);
}
