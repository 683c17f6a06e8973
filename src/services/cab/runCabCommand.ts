import { createCabRecord, type CabCommandResult, type CabContext } from '../../domain/cab';
import type { AuditEvent, CabRecord, ChangeType } from '../../domain/schemas/cab';
import type { LastEdit, StoredCab } from '../../ports/cabStore';
import { refuse, succeed, type CabResult } from './cabResult';
import type { CabPorts } from './ports';

// Every round of conflicting writes has a winner, so N concurrent writers all land within N rounds; 25 covers
// a full CAB deciding at once. Each round is one KVS read and one conditional write.
export const MAX_WRITE_ATTEMPTS = 25;
// The record keeps its recent events (the gate names the last invalidation); the full trail is the audit log.
// Keeping all of them would grow the record towards the 240 KiB value limit.
const EVENTS_KEPT_ON_RECORD = 20;

export interface CommandRun {
  /** How to start the record when the change has none yet; `null`: the command needs an existing record. */
  start: { changeType: ChangeType } | null;
  /** The pure domain command, run again on the fresh record after every lost write. */
  command(record: CabRecord, stored: Readonly<StoredCab>): CabCommandResult;
  /** The actor's display name, kept beside the record for the panel. */
  actorName?: string;
}

export interface CommandOutcome {
  stored: StoredCab;
  events: AuditEvent[];
}

/** `answers-edited` events name the changed answers (and `changeType`) as the keys of `after`. */
function withLastEdits(lastEdits: Readonly<Record<string, LastEdit>>, events: readonly AuditEvent[]): Record<string, LastEdit> {
  const next = { ...lastEdits };
  for (const event of events.filter((candidate) => candidate.kind === 'answers-edited')) {
    const after = event.after !== null && typeof event.after === 'object' && !Array.isArray(event.after) ? event.after : {};
    for (const key of Object.keys(after)) next[key] = { version: event.recordVersion, actor: event.actor, at: event.at };
  }
  return next;
}

/**
 * Read, run the domain command, write only if the version is unchanged; on a conflict, do it all again on what
 * the other writer stored. Nothing is lost: each write builds on the last committed record.
 */
export async function runCabCommand(ports: Pick<CabPorts, 'store' | 'clock'>, issueId: string, actorId: string, context: CabContext, run: CommandRun): Promise<CabResult<CommandOutcome>> {
  for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt += 1) {
    const current = await ports.store.records.read(issueId);
    let base: CabRecord;
    let startEvents: AuditEvent[] = [];
    if (current !== null) {
      base = current.record;
    } else if (run.start !== null) {
      const created = createCabRecord(issueId, run.start.changeType, { accountId: actorId }, ports.clock.now(), context);
      base = created.record;
      startEvents = created.events;
    } else {
      return refuse('CONFLICT', 'The CAB checklist of this change has not been started yet.');
    }

    const side = current ?? { record: base, names: {}, lastEdits: {} };
    const result = run.command(base, side);
    if (!result.ok) return result;
    const events = [...startEvents, ...result.events];
    if (events.length === 0 && current !== null) return succeed({ stored: current, events: [] });

    // A new record is written at version 1 (its creation) plus the command's version, with both sets of events.
    const record: CabRecord = { ...result.record, audit: result.record.audit.slice(-EVENTS_KEPT_ON_RECORD) };
    const names = { ...side.names, ...(run.actorName === undefined ? {} : { [actorId]: run.actorName }) };
    const stored: StoredCab = { record, names, lastEdits: withLastEdits(side.lastEdits, events) };
    if (await ports.store.records.write(stored, current?.record.version ?? 0, events)) return succeed({ stored, events });
  }
  return refuse('CONFLICT', 'Too many people are changing this checklist at once. Try again in a moment.');
}
