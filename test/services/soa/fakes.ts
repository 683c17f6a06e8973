import type { AiSystem } from '../../../src/domain/aiSystems';
import type { SoaAuditEvent, SoaEntry } from '../../../src/domain/soa';
import type { AiSystemAuditEvent, AiSystemStore } from '../../../src/ports/aiSystemStore';
import type { PeopleDirectory } from '../../../src/ports/soaPeople';
import { soaStatusKeyOf, type SoaStore } from '../../../src/ports/soaStore';

/** Every call yields to the event loop first, so concurrent use cases interleave as invocations do. */
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

export const LEAD = 'acc-isms-lead';
export const OWNER = 'acc-ai-owner';
export const AGENT = 'acc-agent';
export const NOW = new Date('2026-03-02T09:00:00.000Z');
export const clock = { now: () => NOW };

export class FakePeople implements PeopleDirectory {
  readonly users = new Map<string, { name: string; groups: string[] }>([
    [LEAD, { name: 'Sofia Lindqvist', groups: ['isms-leads', 'jira-users'] }],
    [OWNER, { name: 'Daniel Okafor', groups: ['ai-governance', 'jira-users'] }],
    [AGENT, { name: 'Priya Raman', groups: ['jira-users'] }],
  ]);
  groupCalls = 0;

  async groupsOf(accountId: string) {
    await tick();
    this.groupCalls += 1;
    return this.users.get(accountId)?.groups ?? [];
  }

  ismsLeadGroup = async () => 'isms-leads';

  async displayNames(accountIds: readonly string[]) {
    await tick();
    return Object.fromEntries(accountIds.flatMap((id) => {
      const user = this.users.get(id);
      return user === undefined ? [] : [[id, user.name]];
    }));
  }
}

/** In memory, with the KVS semantics the adapter relies on: create-if-absent and write-if-version are atomic. */
export class FakeSoaStore implements SoaStore {
  readonly entries = new Map<string, SoaEntry>();
  readonly events: SoaAuditEvent[] = [];
  initialised = false;
  created = 0;
  statusQueries = 0;

  async isInitialised() {
    await tick();
    return this.initialised;
  }

  async initialise(entries: readonly SoaEntry[]) {
    let created = 0;
    for (const entry of entries) {
      await tick();
      if (this.entries.has(entry.controlId)) continue;
      this.entries.set(entry.controlId, entry);
      created += 1;
    }
    this.created += created;
    this.initialised = true;
    return created;
  }

  async list(standard: string, status?: string) {
    await tick();
    if (status !== undefined) this.statusQueries += 1;
    return [...this.entries.values()].filter((entry) => entry.controlId.startsWith(`${standard}:`) && (status === undefined || soaStatusKeyOf(entry) === status));
  }

  async read(controlId: string) {
    await tick();
    return this.entries.get(controlId) ?? null;
  }

  async write(entry: SoaEntry, expectedVersion: number, events: readonly SoaAuditEvent[]) {
    await tick();
    if (this.entries.get(entry.controlId)?.version !== expectedVersion) return false;
    this.entries.set(entry.controlId, entry);
    this.events.push(...events);
    return true;
  }

  async history(controlId: string | null, limit: number) {
    await tick();
    return this.events.filter((event) => controlId === null || event.controlId === controlId).reverse().slice(0, limit);
  }
}

export class FakeAiSystemStore implements AiSystemStore {
  readonly systems = new Map<string, AiSystem>();
  readonly events: AiSystemAuditEvent[] = [];
  private counter = 0;

  async takeNextNumber() {
    await tick();
    this.counter += 1;
    return this.counter;
  }

  async create(system: AiSystem, event: AiSystemAuditEvent) {
    await tick();
    if (this.systems.has(system.id)) return false;
    this.systems.set(system.id, system);
    this.events.push(event);
    return true;
  }

  async read(id: string) {
    await tick();
    return this.systems.get(id) ?? null;
  }

  async write(system: AiSystem, expectedVersion: number, event: AiSystemAuditEvent) {
    await tick();
    if (this.systems.get(system.id)?.version !== expectedVersion) return false;
    this.systems.set(system.id, system);
    this.events.push(event);
    return true;
  }

  async list(query: { owner?: string; lifecycleStage?: string }) {
    await tick();
    return [...this.systems.values()].filter((system) => (query.owner === undefined || system.owner === query.owner) && (query.lifecycleStage === undefined || system.lifecycleStage === query.lifecycleStage));
  }

  async history(id: string, limit: number) {
    await tick();
    return this.events.filter((event) => event.systemId === id).reverse().slice(0, limit);
  }
}
