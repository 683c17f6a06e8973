import { builtinCatalog, type Catalog, type ClauseId } from '../catalog';
import { auditorsOf, type AuditDraft } from './auditPlan';
import type { ProcessOwners } from './processOwners';
import { scopeRefInfo, scopeRefsOverlap } from './programmeScope';

/**
 * ISO 19011 4 c) and clause 9.2.2 c) of 20000-1, 27001 and 42001: auditors are chosen so that the audit is
 * objective and impartial, which rules out auditing a process one owns. One conflict per auditor and owned group.
 */
export interface ImpartialityConflict {
  auditor: string;
  role: 'lead auditor' | 'audit team member';
  /** The clause group the auditor owns. */
  group: ClauseId;
  /** The first scope ref of the audit that reaches into the group. */
  touchedBy: ClauseId;
}

export function impartialityConflicts(audit: Pick<AuditDraft, 'leadAuditor' | 'team' | 'scope'>, owners: Pick<ProcessOwners, 'groups'>, catalog: Catalog = builtinCatalog()): ImpartialityConflict[] {
  const conflicts: ImpartialityConflict[] = [];
  for (const auditor of auditorsOf(audit)) {
    for (const { group, owners: groupOwners } of owners.groups) {
      if (!groupOwners.includes(auditor)) continue;
      const touchedBy = audit.scope.refs.find((ref) => scopeRefsOverlap(ref, group, catalog));
      if (touchedBy === undefined) continue;
      conflicts.push({ auditor, role: audit.leadAuditor === auditor ? 'lead auditor' : 'audit team member', group, touchedBy });
    }
  }
  return conflicts;
}

const describe = (id: ClauseId, catalog: Catalog) => {
  const title = scopeRefInfo(id, catalog)?.title;
  return title === undefined ? id : `${id} (${title})`;
};

/** The refusal as the ISMS lead reads it: who, which group, through which scope entry, and why it is refused. */
export function impartialityMessage(conflict: ImpartialityConflict, names: Readonly<Record<string, string>>, catalog: Catalog = builtinCatalog()): string {
  const who = names[conflict.auditor] ?? conflict.auditor;
  const through = conflict.touchedBy === conflict.group ? 'which is in the audit scope' : `which the audit scope touches through ${conflict.touchedBy}`;
  return (
    `${who} cannot be ${conflict.role}: they own the process for ${describe(conflict.group, catalog)}, ${through}. ` +
    'Auditors may not audit their own work (ISO 19011 impartiality, clause 9.2). Choose another auditor or take that clause group out of the scope.'
  );
}
