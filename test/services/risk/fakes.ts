import { riskIndexAttributes } from '../../../src/domain/risk';
import type { Risk, RiskAuditEvent, RiskId } from '../../../src/domain/schemas/risk';
import type { IssueSearch, NewTreatmentIssue, RiskJiraPort } from '../../../src/ports/riskJira';
import { DEFAULT_RISK_REGISTER_SETTINGS, type RiskFilters, type RiskStore } from '../../../src/ports/riskStore';
import type { RiskPorts } from '../../../src/services/risk/ports';

/** Every call yields to the event loop first, so concurrent use cases interleave as invocations do. */
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** An in-memory register with the KVS adapter's guarantees: compare-and-set on the counter and on each version. */
export class FakeRiskStore implements RiskStore {
  readonly risks = new Map<RiskId, Risk>();
  readonly events: RiskAuditEvent[] = [];
  counter = 0;
  writes = 0;
  editorGroups = DEFAULT_RISK_REGISTER_SETTINGS.editorGroups;

  async get(id: RiskId) {
    await tick();
    return structuredClone(this.risks.get(id) ?? null);
  }

  async list(filters: RiskFilters, cursor: string | undefined, limit: number) {
    await tick();
    const matching = [...this.risks.values()]
      .filter((risk) => Object.entries(filters).every(([attribute, value]) => riskIndexAttributes(risk)[attribute as keyof RiskFilters] === value))
      .sort((a, b) => riskIndexAttributes(a).riskNumber - riskIndexAttributes(b).riskNumber);
    const start = cursor === undefined ? 0 : Number(cursor);
    const page = matching.slice(start, start + limit);
    return { risks: structuredClone(page), ...(start + limit < matching.length ? { cursor: String(start + limit) } : {}) };
  }

  async write(risk: Risk, events: readonly RiskAuditEvent[]) {
    await tick();
    const stored = this.risks.get(risk.id);
    if ((stored?.version ?? 0) !== risk.version - 1) return false;
    this.writes += 1;
    this.risks.set(risk.id, structuredClone(risk));
    this.events.push(...structuredClone(events));
    return true;
  }

  async history(id: RiskId, limit: number) {
    await tick();
    return this.events.filter((event) => event.riskId === id).reverse().slice(0, limit);
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

  async settings() {
    return { editorGroups: this.editorGroups };
  }
}

/** Jira as the register sees it: users' groups, the issues a search finds, the issues created. */
export class FakeRiskJira {
  readonly groups = new Map<string, string[]>();
  readonly created: (NewTreatmentIssue & { key: string })[] = [];
  /** Issue id → risks linked through the compliance links. */
  readonly riskLinks = new Map<string, string[]>();
  /** Issue key → id of the existing issues the caller may see. */
  readonly visibleIssues = new Map<string, string>();
  search: IssueSearch = { ok: true, issues: [], isLast: true };
  readonly searches: string[] = [];
  readonly names = new Map<string, string>();

  port(): RiskJiraPort {
    return {
      groupsOf: async (accountId) => {
        await tick();
        return this.groups.get(accountId) ?? [];
      },
      searchIssues: async (jql) => {
        await tick();
        this.searches.push(jql);
        return this.search;
      },
      createIssue: async (issue) => {
        await tick();
        const key = `${issue.projectKey}-${this.created.length + 1}`;
        this.created.push({ ...issue, key });
        return { id: String(10000 + this.created.length), key };
      },
      issueIdOf: async (issueKey) => {
        await tick();
        return this.visibleIssues.get(issueKey) ?? null;
      },
      displayNames: async (accountIds) => {
        await tick();
        return Object.fromEntries(accountIds.flatMap((id) => (this.names.has(id) ? [[id, this.names.get(id)!]] : [])));
      },
    };
  }
}

export const LEAD = { accountId: 'acc-isms-lead' };
export const OWNER = { accountId: 'acc-owner' };
export const STRANGER = { accountId: 'acc-stranger' };
export const NOW = new Date('2026-03-01T09:30:00Z');

export function riskPorts(): { ports: RiskPorts; store: FakeRiskStore; jira: FakeRiskJira } {
  const store = new FakeRiskStore();
  const jira = new FakeRiskJira();
  jira.groups.set(LEAD.accountId, ['isms-leads', 'jira-users']);
  jira.groups.set(OWNER.accountId, ['jira-users']);
  jira.groups.set(STRANGER.accountId, ['jira-users']);
  jira.names.set(LEAD.accountId, 'Sofia Lindqvist');
  const port = jira.port();
  const linkIssueToRisk = async (issueId: string, riskId: string) => {
    await tick();
    jira.riskLinks.set(issueId, [...(jira.riskLinks.get(issueId) ?? []), riskId]);
    return { ok: true as const };
  };
  return { ports: { store, appJira: port, userJira: port, clock: { now: () => NOW }, linkIssueToRisk }, store, jira };
}

export const riskInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Ransomware encrypts the ticket database',
  category: 'security' as const,
  owner: OWNER.accountId,
  inherent: { likelihood: 4, impact: 4 },
  treatment: 'mitigate' as const,
  controls: ['ISO27001:A.8.13'],
  ...overrides,
});
