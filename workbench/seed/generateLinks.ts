import type { SimIssue, SimIssueLink } from '../jira/model';
import { DAY_MS, type GeneratedIssue, nextCounter } from './generateIssues';
import type { IssueTypeKey } from './issueProfiles';
import type { SeededRandom } from './random';
import { LINK_TYPE_IDS, RESOLUTION_IDS } from './siteCatalog';

const ESCALATION_WINDOW_MS = 30 * DAY_MS;
const RECENT_PER_TYPE = 5;

/**
 * Links the way teams create them, in one pass over issues in creation order (linear, so 100k issues stay fast):
 * a service-desk incident with a security or AI flavour escalates to the next SEC or AIG incident; problems
 * relate to recent incidents, changes to recent problems; duplicates point at an earlier incident.
 * Direction follows `demoLinkTypes`: the inward issue reads the outward phrase ("SD-7 escalates SEC-2").
 */
export function generateLinks(rng: SeededRandom, generated: readonly GeneratedIssue[], counters: Record<string, number>): SimIssueLink[] {
  const links: SimIssueLink[] = [];
  const link = (typeId: string, inward: SimIssue, outward: SimIssue): void => {
    links.push({ id: nextCounter(counters, 'linkId'), typeId, inwardIssueId: inward.id, outwardIssueId: outward.id });
  };
  const pending: Record<'SEC' | 'AIG', GeneratedIssue[]> = { SEC: [], AIG: [] };
  const recent: Partial<Record<IssueTypeKey, SimIssue[]>> = {};
  const remember = (type: IssueTypeKey, issue: SimIssue): void => {
    const list = (recent[type] ??= []);
    list.push(issue);
    if (list.length > RECENT_PER_TYPE) list.shift();
  };

  for (const current of generated) {
    const { issue, type, createdMs, escalatesTo } = current;
    if (type === 'securityIncident' || type === 'aiIncident') {
      const queue = pending[type === 'securityIncident' ? 'SEC' : 'AIG'];
      while (queue.length > 0 && createdMs - (queue[0] as GeneratedIssue).createdMs > ESCALATION_WINDOW_MS) queue.shift();
      const source = queue.shift();
      if (source) link(LINK_TYPE_IDS.escalates, source.issue, issue);
    }
    if (type === 'problem') {
      for (const incident of rng.sample(recent.incident ?? [], rng.int(1, 3))) link(LINK_TYPE_IDS.relates, issue, incident);
    }
    if (type === 'change' && rng.chance(0.3)) {
      const problem = recent.problem?.[recent.problem.length - 1];
      if (problem) link(LINK_TYPE_IDS.relates, issue, problem);
    }
    if (type === 'change' && rng.chance(0.08)) {
      const earlier = recent.change?.[0];
      if (earlier) link(LINK_TYPE_IDS.blocks, earlier, issue);
    }
    if (type === 'serviceRequest' && rng.chance(0.05)) {
      const original = recent.serviceRequest?.[recent.serviceRequest.length - 1];
      if (original) link(LINK_TYPE_IDS.cloners, issue, original);
    }
    if (type === 'incident' && issue.resolutionId === RESOLUTION_IDS.duplicate) {
      const original = recent.incident?.[recent.incident.length - 1];
      if (original) link(LINK_TYPE_IDS.duplicate, issue, original);
    }
    if (escalatesTo) pending[escalatesTo].push(current);
    remember(type, issue);
  }
  return links;
}
