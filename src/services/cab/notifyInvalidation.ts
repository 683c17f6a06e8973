import type { AuditEvent } from '../../domain/schemas/cab';
import type { CabComment, CabCommentNode } from '../../ports/cabJira';
import type { CabPorts } from './ports';

/**
 * Tells the approvers whose decisions an answer edit invalidated: one comment on the change, as the app,
 * mentioning each of them (Jira notifies mentioned users). The audit event already records who was to be told.
 */
export async function notifyInvalidation(ports: Pick<CabPorts, 'appJira'>, issueKey: string, events: readonly AuditEvent[], names: Readonly<Record<string, string>>): Promise<void> {
  const invalidation = events.find((event) => event.kind === 'approvals-invalidated' && (event.notify?.length ?? 0) > 0);
  if (invalidation === undefined) return;
  const mentions = (invalidation.notify ?? []).flatMap((accountId, index): CabCommentNode[] => [
    ...(index === 0 ? [] : [{ type: 'text' as const, text: ', ' }]),
    { type: 'mention', attrs: { id: accountId, text: `@${names[accountId] ?? accountId}` } },
  ]);
  const comment: CabComment = {
    type: 'doc',
    version: 1,
    content: [
      { type: 'paragraph', content: [...mentions, { type: 'text', text: ': the CAB checklist answers changed, so your decision no longer counts. Please review the change again.' }] },
      { type: 'paragraph', content: [{ type: 'text', text: invalidation.summary }] },
    ],
  };
  await ports.appJira.addComment(issueKey, comment);
}
