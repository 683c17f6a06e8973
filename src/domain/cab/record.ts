import type { z } from 'zod';
import type { Answer, Answers, AnswersEdit, AuditEvent, AuditEventKind, CabRecord, ChangeType, VoteInput, Vote } from '../schemas/cab';
import { canVote, roleName } from './approvals';
import { answersHash, canonicalJson } from './answersHash';
import { assessCab, type CabAssessment, type CabContext } from './assessment';
import { describeIncompleteSections, findChoice, findQuestion, validateAnswers } from './template';

/**
 * The CAB record's commands: pure functions from (record, input, actor, now) to the next record and the audit
 * events it appended. The service stores the record with a compare-and-set on `version` and retries the
 * command on the fresh record when another write won, so concurrent edits and votes lose nothing.
 */

export interface Actor {
  accountId: string;
}

type CommandErrorCode = 'INVALID_INPUT' | 'FORBIDDEN' | 'CONFLICT';
export type CabCommandResult = { ok: true; record: CabRecord; events: AuditEvent[] } | { ok: false; error: { code: CommandErrorCode; message: string } };

const fail = (code: CommandErrorCode, message: string): CabCommandResult => ({ ok: false, error: { code, message } });
type Json = z.core.util.JSONType;
// Drops `undefined` properties, which JSON (and therefore KVS and the audit export) cannot hold.
const toJson = (value: unknown): Json => (value === undefined ? null : (JSON.parse(JSON.stringify(value)) as Json));

export function createCabRecord(issueId: string, changeType: ChangeType, actor: Actor, now: Date, context: CabContext): { record: CabRecord; events: AuditEvent[] } {
  const content = { answers: {}, changeType, votes: [], answersHash: answersHash({ templateVersion: context.template.version, changeType, answers: {} }) };
  const assessment = assessCab(content, context);
  const event: AuditEvent = {
    kind: 'record-created',
    issueId,
    actor: actor.accountId,
    at: now.toISOString(),
    recordVersion: 1,
    summary: `Started the CAB checklist (version ${context.template.version}, ${changeType} change)`,
    before: null,
    after: { templateVersion: context.template.version, changeType },
  };
  const record: CabRecord = { issueId, templateVersion: context.template.version, ...content, status: assessment.approvals.status, riskClass: assessment.riskClass, version: 1, audit: [event] };
  return { record, events: [event] };
}

function templateMismatch(record: CabRecord, context: CabContext): CabCommandResult | undefined {
  if (record.templateVersion === context.template.version) return undefined;
  return fail('CONFLICT', `This checklist uses template version ${record.templateVersion}, not ${context.template.version}: reload the change.`);
}

/** Sets or clears answers (and optionally the change type); any real change invalidates earlier decisions. */
export function editAnswers(record: CabRecord, edit: AnswersEdit, actor: Actor, now: Date, context: CabContext): CabCommandResult {
  const mismatch = templateMismatch(record, context);
  if (mismatch !== undefined) return mismatch;
  const answers: Answers = { ...record.answers };
  for (const [key, answer] of Object.entries(edit.answers)) {
    if (answer === null) delete answers[key];
    else answers[key] = answer;
  }
  const problems = validateAnswers(context.template, answers);
  if (problems.length > 0) return fail('INVALID_INPUT', problems.map((problem) => problem.message).join('; '));

  const changeType = edit.changeType ?? record.changeType;
  const same = (a: Answer | undefined, b: Answer | undefined) => canonicalJson(toJson(a)) === canonicalJson(toJson(b));
  const changedKeys = Object.keys(edit.answers).filter((key) => !same(record.answers[key], answers[key]));
  if (changedKeys.length === 0 && changeType === record.changeType) return { ok: true, record, events: [] };

  const next = { answers, changeType, votes: record.votes, answersHash: answersHash({ templateVersion: record.templateVersion, changeType, answers }) };
  const before = assessCab(record, context);
  const after = assessCab(next, context);
  const events = new EventLog(record, actor, now);

  const beforeValues: Record<string, Json> = Object.fromEntries(changedKeys.map((key) => [key, toJson(record.answers[key])]));
  const afterValues: Record<string, Json> = Object.fromEntries(changedKeys.map((key) => [key, toJson(answers[key])]));
  if (changeType !== record.changeType) {
    beforeValues.changeType = record.changeType;
    afterValues.changeType = changeType;
  }
  events.add('answers-edited', describeEdit(record, changedKeys, answers, changeType, context), beforeValues, afterValues);

  if (before.riskClass !== after.riskClass || before.score.explanation !== after.score.explanation) {
    events.add('risk-changed', `Risk: ${after.score.explanation}`, { riskClass: before.riskClass, explanation: before.score.explanation }, { riskClass: after.riskClass, explanation: after.score.explanation });
  }
  const decided = record.votes.filter((vote) => vote.answersHash === record.answersHash);
  if (decided.length > 0) {
    const notify = [...new Set(decided.map((vote) => vote.accountId))];
    events.add(
      'approvals-invalidated',
      `The answer change invalidated ${decided.length} decision${decided.length === 1 ? '' : 's'} (${decided.map(describeVote).join(', ')}); they must review again`,
      toJson(decided),
      null,
      notify,
    );
  }
  events.addStatusChange(before, after);
  return events.commit({ ...next, status: after.approvals.status, riskClass: after.riskClass });
}

/** Records an approval or rejection; the same person voting again in the same role replaces their earlier vote. */
export function vote(record: CabRecord, input: VoteInput, actor: Actor, now: Date, context: CabContext): CabCommandResult {
  const mismatch = templateMismatch(record, context);
  if (mismatch !== undefined) return mismatch;
  if (input.answersHash !== record.answersHash) {
    return fail('CONFLICT', 'The answers changed since you opened the checklist: review the current answers and decide again.');
  }
  const before = assessCab(record, context);
  if (!before.isComplete) {
    return fail('CONFLICT', `The checklist is not complete yet (${describeIncompleteSections(before.progress)}): decisions open when every required question is answered.`);
  }
  const allowed = canVote({ accountId: actor.accountId, role: input.role }, { requester: context.requester, assignee: context.assignee, requirements: before.requirements });
  if (!allowed.ok) return allowed;
  const comment = input.comment.trim();
  if (input.decision === 'reject' && comment === '') return fail('INVALID_INPUT', 'Say why you reject the change: a rejection needs a comment.');

  const previous = record.votes.find((existing) => existing.accountId === actor.accountId && existing.role === input.role);
  if (previous !== undefined && previous.decision === input.decision && previous.comment === comment && previous.answersHash === input.answersHash) {
    return { ok: true, record, events: [] };
  }
  const cast: Vote = { accountId: actor.accountId, role: input.role, decision: input.decision, comment, answersHash: input.answersHash, at: now.toISOString() };
  const votes = [...record.votes.filter((existing) => existing !== previous), cast];
  const after = assessCab({ ...record, votes }, context);
  const events = new EventLog(record, actor, now);
  const verb = input.decision === 'approve' ? 'Approved' : 'Rejected';
  const replaced = previous === undefined || previous.answersHash !== input.answersHash ? '' : ` (was ${previous.decision === 'approve' ? 'approved' : 'rejected'})`;
  events.add('vote-recorded', `${verb} as ${roleName(input.role)}${replaced}${comment === '' ? '' : `: ${comment}`}`, toJson(previous ?? null), toJson(cast));
  events.addStatusChange(before, after);
  return events.commit({ votes, status: after.approvals.status, riskClass: after.riskClass });
}

function describeVote(vote: Vote): string {
  return `${vote.decision === 'approve' ? 'approval' : 'rejection'} by the ${roleName(vote.role)}`;
}

function describeEdit(record: CabRecord, changedKeys: string[], answers: Answers, changeType: ChangeType, context: CabContext): string {
  const parts = changedKeys.map((key) => {
    const found = findQuestion(context.template, key);
    const label = (answer: Answer | undefined) => (answer === undefined || found === undefined ? 'unanswered' : (findChoice(found.question, answer.choice)?.label ?? answer.choice));
    const from = label(record.answers[key]);
    const to = label(answers[key]);
    return from === to ? `${found?.question.text ?? key} (note or evidence)` : `${found?.question.text ?? key} (${from} → ${to})`;
  });
  if (changeType !== record.changeType) parts.push(`change type (${record.changeType} → ${changeType})`);
  return `Edited ${parts.join('; ')}`;
}

/** Collects the events of one command, all stamped with the version the command produces. */
class EventLog {
  private readonly events: AuditEvent[] = [];
  constructor(
    private readonly record: CabRecord,
    private readonly actor: Actor,
    private readonly now: Date,
  ) {}

  add(kind: AuditEventKind, summary: string, before: Json, after: Json, notify?: string[]): void {
    this.events.push({
      kind,
      issueId: this.record.issueId,
      actor: this.actor.accountId,
      at: this.now.toISOString(),
      recordVersion: this.record.version + 1,
      summary,
      before,
      after,
      ...(notify === undefined ? {} : { notify }),
    });
  }

  addStatusChange(before: CabAssessment, after: CabAssessment): void {
    if (before.approvals.status === after.approvals.status) return;
    this.add('status-changed', `Status: ${before.approvals.status} → ${after.approvals.status}. ${after.approvals.message}`, before.approvals.status, after.approvals.status);
  }

  commit(changes: Partial<CabRecord>): CabCommandResult {
    const record: CabRecord = { ...this.record, ...changes, version: this.record.version + 1, audit: [...this.record.audit, ...this.events] };
    return { ok: true, record, events: this.events };
  }
}
