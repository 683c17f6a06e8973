import { z } from 'zod';
import { editAnswers } from '../../domain/cab';
import { AnswersEditSchema } from '../../domain/schemas/cab';
import type { StoredCab } from '../../ports/cabStore';
import { publishCabFields } from './cabFields';
import { refuse, type CabResult } from './cabResult';
import type { CabView } from './cabView';
import { currentUser, getCab, NOT_VISIBLE } from './getCab';
import { cabContextFor, isChangeIssue, loadChange, notAChange, templateFor } from './loadChange';
import { notifyInvalidation } from './notifyInvalidation';
import type { CabPorts, Caller } from './ports';
import { runCabCommand } from './runCabCommand';

/** The panel's edit plus the record version its form was based on (0 before the first save). */
export const SaveAnswersInput = AnswersEditSchema.extend({ expectedVersion: z.number().int().min(0) });
export type SaveAnswersInput = z.infer<typeof SaveAnswersInput>;

/**
 * An edit based on an older version still merges (answers are per question), unless someone else changed one of
 * the same answers since: then the caller would overwrite an answer they never saw, so it is refused.
 */
function staleOverlap(stored: Readonly<StoredCab>, input: SaveAnswersInput): string | null {
  const touched = [...Object.keys(input.answers), ...(input.changeType === undefined ? [] : ['changeType'])];
  const clash = touched.map((key) => stored.lastEdits[key]).find((last) => last !== undefined && last.version > input.expectedVersion);
  if (clash === undefined) return null;
  const by = stored.names[clash.actor] ?? 'someone else';
  return `These answers were changed by ${by} at ${clash.at.slice(0, 16).replace('T', ' ')} UTC after you opened the checklist: reload to see them, then edit again.`;
}

/** Saves checklist answers as the caller (Edit Issues needed); any real change invalidates earlier decisions. */
export async function saveAnswers(ports: CabPorts, issueId: string, caller: Caller, input: SaveAnswersInput): Promise<CabResult<CabView>> {
  const [change, settings] = await Promise.all([loadChange(ports.userJira, issueId), ports.store.settings.get()]);
  if (change === null) return refuse('NOT_FOUND', NOT_VISIBLE);
  if (!isChangeIssue(settings, change)) return notAChange(settings, change);
  const [canEdit, user, existing] = await Promise.all([ports.userJira.canEditIssue(change.issueId), currentUser(ports, caller, { fresh: true }), ports.store.records.read(change.issueId)]);
  if (!canEdit) return refuse('FORBIDDEN', 'You need the Edit Issues permission on this change to fill in its CAB checklist.');
  // A record's template version never changes once started, so reading it before the write loop is safe.
  const context = cabContextFor(settings, change, await templateFor(settings, ports.store.settings, existing?.record.templateVersion));

  const outcome = await runCabCommand(ports, change.issueId, caller.accountId, context, {
    start: { changeType: input.changeType ?? 'normal' },
    actorName: user.displayName,
    command(record, stored) {
      const staleness = staleOverlap(stored, input);
      if (staleness !== null) return { ok: false, error: { code: 'CONFLICT', message: staleness } };
      const edit = { answers: input.answers, ...(input.changeType === undefined ? {} : { changeType: input.changeType }) };
      return editAnswers(record, edit, caller, ports.clock.now(), context);
    },
  });
  if (!outcome.ok) return outcome;
  if (outcome.value.events.length > 0) {
    await publishCabFields(ports, change.issueId);
    await notifyInvalidation(ports, change.issueKey, outcome.value.events, outcome.value.stored.names);
  }
  return getCab(ports, change.issueId, caller);
}
