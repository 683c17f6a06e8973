import { createCabRecord } from '../../domain/cab';
import type { CurrentUser } from '../../ports/cabJira';
import type { StoredCab } from '../../ports/cabStore';
import { refuse, succeed, type CabResult } from './cabResult';
import type { CabView } from './cabView';
import { cabContextFor, isChangeIssue, loadChange, notAChange, templateFor } from './loadChange';
import type { CabPorts, Caller } from './ports';
import { AUDIT_SHOWN, presentCabView } from './presentCabView';
import { rolesFromGroups } from './rolesFromGroups';

/** The caller's groups from the short-lived cache, else from Jira (as the caller), refreshing the cache. */
export async function currentUser(ports: Pick<CabPorts, 'userJira' | 'store'>, caller: Caller, { fresh = false } = {}): Promise<CurrentUser> {
  const cached = fresh ? undefined : await ports.store.viewers.get(caller.accountId);
  if (cached !== undefined) return cached;
  const user = await ports.userJira.getCurrentUser();
  await ports.store.viewers.set(user);
  return user;
}

export const NOT_VISIBLE = 'The change does not exist or you do not have permission to see it.';

/**
 * The panel load: the change as the caller may see it (Browse, as the user), their groups and Edit permission,
 * the stored record and its newest audit events. A change without a record shows an empty checklist (version 0)
 * that is stored on the first save.
 */
/**
 * The panel module is declared on every issue type: Forge's issue panel display conditions cannot filter by an
 * issue type name (issueType appears there only as an entity-property target), and the change types are site
 * settings the manifest could not follow anyway. So the backend decides, and answers other issues "not a change".
 */
export async function getCab(ports: CabPorts, issueId: string, caller: Caller): Promise<CabResult<CabView>> {
  const [change, settings] = await Promise.all([loadChange(ports.userJira, issueId), ports.store.settings.get()]);
  if (change === null) return refuse('NOT_FOUND', NOT_VISIBLE);
  if (!isChangeIssue(settings, change)) return notAChange(settings, change);
  const [user, canEditIssue, stored, audit] = await Promise.all([
    currentUser(ports, caller),
    ports.userJira.canEditIssue(change.issueId),
    ports.store.records.read(change.issueId),
    ports.store.records.listAudit(change.issueId, AUDIT_SHOWN),
  ]);
  const context = cabContextFor(settings, change, await templateFor(settings, ports.store.settings, stored?.record.templateVersion));
  const shown: StoredCab = stored ?? { record: { ...createCabRecord(change.issueId, 'normal', caller, ports.clock.now(), context).record, version: 0, audit: [] }, names: {}, lastEdits: {} };
  return succeed(presentCabView(change, shown, audit, context, { accountId: caller.accountId, roles: rolesFromGroups(user.groups, settings.roleGroups), canEditIssue }));
}
