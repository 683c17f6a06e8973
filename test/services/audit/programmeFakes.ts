import type { Audit } from '../../../src/domain/audit/auditPlan';
import { NO_PROCESS_OWNERS, type ProcessOwners } from '../../../src/domain/audit/processOwners';
import type { Programme } from '../../../src/domain/audit/programme';
import type { ProgrammeEvent } from '../../../src/domain/audit/programmeEvents';
import type { AuditStore } from '../../../src/ports/auditStore';

/** Every call yields first, so concurrent use cases interleave as invocations do. */
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** In memory, with the KVS semantics the adapter relies on: each write is a compare-and-set on `version`. */
export class FakeAuditStore implements AuditStore {
  programme: Programme | null = null;
  owners: ProcessOwners = NO_PROCESS_OWNERS;
  readonly audits = new Map<string, Audit>();
  readonly events: ProgrammeEvent[] = [];
  counter = 0;

  async getProgramme() {
    await tick();
    return this.programme;
  }

  async saveProgramme(programme: Programme, expectedVersion: number, event: ProgrammeEvent) {
    await tick();
    if ((this.programme?.version ?? 0) !== expectedVersion) return false;
    this.programme = programme;
    this.events.push(event);
    return true;
  }

  async get(id: string) {
    await tick();
    return this.audits.get(id) ?? null;
  }

  async list() {
    await tick();
    return [...this.audits.values()].sort((a, b) => Number(a.id.slice(4)) - Number(b.id.slice(4)));
  }

  async write(audit: Audit, expectedVersion: number, event: ProgrammeEvent) {
    await tick();
    if ((this.audits.get(audit.id)?.version ?? 0) !== expectedVersion) return false;
    this.audits.set(audit.id, audit);
    this.events.push(event);
    return true;
  }

  async readCounter() {
    await tick();
    return this.counter;
  }

  async advanceCounter(seen: number, next: number) {
    await tick();
    if (this.counter !== seen) return false;
    this.counter = next;
    return true;
  }

  async getProcessOwners() {
    await tick();
    return this.owners;
  }

  async saveProcessOwners(owners: ProcessOwners, expectedVersion: number, event: ProgrammeEvent) {
    await tick();
    if (this.owners.version !== expectedVersion) return false;
    this.owners = owners;
    this.events.push(event);
    return true;
  }

  async history(subject: string | null, limit: number) {
    await tick();
    return this.events.filter((event) => subject === null || event.subject === subject).reverse().slice(0, limit);
  }
}
