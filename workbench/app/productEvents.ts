import type { SimIssueEvent } from '../jira/types';

/** Forge product trigger event names for the simulator's issue events. */
export const FORGE_EVENT_TYPES: Record<SimIssueEvent['type'], string> = {
  issue_created: 'avi:jira:created:issue',
  issue_updated: 'avi:jira:updated:issue',
  issue_commented: 'avi:jira:commented:issue',
  issuelink_created: 'avi:jira:created:issuelink',
};

/**
 * The trigger payload Forge sends for an issue event: the issue as REST shows it (`issue`), who did it
 * (`atlassianId`), and for updates the changelog items. `issueJson` is the simulator's GET issue for the issue.
 */
export function forgeEventPayload(event: SimIssueEvent, issueJson: unknown): Record<string, unknown> {
  const base = { atlassianId: event.actorAccountId, associatedUsers: [{ accountId: event.actorAccountId }] };
  switch (event.type) {
    case 'issue_created':
      return { ...base, issue: issueJson };
    case 'issue_updated':
      return {
        ...base,
        issue: issueJson,
        changelog: { id: event.changelog.id, items: event.changelog.items.map((item) => ({ ...item })) },
      };
    case 'issue_commented':
      return { ...base, issue: issueJson, comment: { id: event.comment.id, body: event.comment.body, created: event.comment.created } };
    case 'issuelink_created':
      return {
        ...base,
        id: event.link.id,
        sourceIssueId: event.link.outwardIssueId,
        destinationIssueId: event.link.inwardIssueId,
        issueLinkType: { id: event.link.typeId },
      };
  }
}
