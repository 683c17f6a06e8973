import type { ClauseId } from '../../../src/domain/catalog';
import type { AuditExecution, AuditStartClaim, PlannedAudit } from '../../../src/domain/audit/execution';
import type { Nonconformity } from '../../../src/domain/audit/nonconformity';
import type { EvidenceIssue } from '../../../src/domain/evidence';
import {
  DEFAULT_AUDIT_EXECUTION_SETTINGS,
  type AuditExecutionJira,
  type AuditExecutionStore,
  type AuditIssue,
  type AuditSource,
  type NewAuditIssue,
} from '../../../src/ports/auditExecution';
import type { EvidencePage, EvidencePageRequest, EvidenceSearchPort } from '../../../src/ports/evidence';
import type { PeopleDirectory } from '../../../src/ports/soaPeople';
import type { AuditExecutionPorts } from '../../../src/services/audit/executionPorts';
import { FakeIssueLinksJira, FakeLinkLedger, FakeRiskLookup } from '../complianceLinks/fakes';

export const NOW = new Date('2026-11-24T09:00:00.000Z');
export const LEAD = '712020:lead';
export const AUDITOR = '712020:auditor';
export const OUTSIDER = '712020:outsider';

export const plannedAudit = (overrides: Partial<PlannedAudit> = {}): PlannedAudit => ({
  id: 'AUD-1',
  title: 'Change management',
  criteria: 'ISO/IEC 27001:2022 A.8.32',
  scopeClauseIds: ['ISO27001:A.8.32', 'ISO27001:A.8.9'] as ClauseId[],
  period: { from: '2025-11-24', to: '2026-11-27' },
  leadAuditor: AUDITOR,
  team: [],
  issueKey: null,
  ...overrides,
});

export class FakeAuditSource implements AuditSource {
  readonly audits = new Map<string, PlannedAudit>();
  readonly recorded: [string, string][] = [];
  async read(auditId: string) {
    return this.audits.get(auditId) ?? null;
  }
  async recordIssueKey(auditId: string, issueKey: string) {
    this.recorded.push([auditId, issueKey]);
    const audit = this.audits.get(auditId);
    if (audit) this.audits.set(auditId, { ...audit, issueKey });
  }
}

/** KVS as audit execution uses it: create-if-absent claims and compare-and-set records. */
export class FakeAuditExecutionStore implements AuditExecutionStore {
  readonly claims = new Map<string, AuditStartClaim>();
  readonly takeovers = new Set<string>();
  readonly executions = new Map<string, AuditExecution>();
  readonly nonconformities = new Map<string, Nonconformity>();
  /** Runs once before the next nonconformity write: lets a test slip in a concurrent writer. */
  beforeNcWrite: (() => Promise<void>) | undefined;

  async settings() {
    return DEFAULT_AUDIT_EXECUTION_SETTINGS;
  }
  async claimStart(claim: AuditStartClaim) {
    if (this.claims.has(claim.auditId)) return false;
    this.claims.set(claim.auditId, structuredClone(claim));
    return true;
  }
  async readClaim(auditId: string) {
    return structuredClone(this.claims.get(auditId) ?? null);
  }
  async takeOverClaim(staleClaimedAt: string, claim: AuditStartClaim) {
    const marker = `${claim.auditId}:${staleClaimedAt}`;
    if (this.takeovers.has(marker)) return false;
    this.takeovers.add(marker);
    this.claims.set(claim.auditId, structuredClone(claim));
    return true;
  }
  async saveClaim(claim: AuditStartClaim) {
    this.claims.set(claim.auditId, structuredClone(claim));
  }
  async readExecution(auditIssueId: string) {
    return structuredClone(this.executions.get(auditIssueId) ?? null);
  }
  async writeExecution(execution: AuditExecution, expectedVersion: number) {
    if ((this.executions.get(execution.auditIssueId)?.version ?? 0) !== expectedVersion) return false;
    this.executions.set(execution.auditIssueId, structuredClone(execution));
    return true;
  }
  async readNonconformity(findingIssueId: string) {
    return structuredClone(this.nonconformities.get(findingIssueId) ?? null);
  }
  async writeNonconformity(record: Nonconformity, expectedVersion: number) {
    const hook = this.beforeNcWrite;
    this.beforeNcWrite = undefined;
    await hook?.();
    if ((this.nonconformities.get(record.findingIssueId)?.version ?? 0) !== expectedVersion) return false;
    this.nonconformities.set(record.findingIssueId, structuredClone(record));
    return true;
  }
  async listNonconformities(auditIssueKey: string) {
    return [...this.nonconformities.values()].filter((record) => record.auditIssueKey === auditIssueKey).map((record) => structuredClone(record));
  }
}

type StoredIssue = AuditIssue & { canBrowse: boolean; canEdit: boolean; properties: Record<string, unknown>; assignee: string | null };

/** Jira as one identity: issues it cannot browse answer "not found"; search understands `imsAuditId = "…"` only. */
export class FakeAuditJira implements AuditExecutionJira {
  readonly issues = new Map<string, StoredIssue>();
  readonly links: [string, string, string][] = [];
  readonly searches: string[] = [];
  created = 0;
  private nextId = 10001;
  /** Statuses by id; "10005" is Done. */
  readonly statuses = new Map([
    ['10001', { name: 'To Do', isDone: false }],
    ['10002', { name: 'In Progress', isDone: false }],
    ['10005', { name: 'Done', isDone: true }],
  ]);

  constructor(private readonly linksJira: FakeIssueLinksJira) {}

  add(issue: Partial<StoredIssue> & Pick<AuditIssue, 'key' | 'issueType'>): StoredIssue {
    const id = issue.id ?? String(this.nextId++);
    const stored: StoredIssue = {
      id,
      summary: '',
      projectKey: issue.key.split('-')[0] ?? 'IMS',
      status: 'To Do',
      isDone: false,
      parentKey: null,
      description: null,
      audit: null,
      canBrowse: true,
      canEdit: true,
      properties: {},
      assignee: null,
      ...issue,
    };
    this.issues.set(id, stored);
    this.linksJira.issues.set(id, { canBrowse: stored.canBrowse, canEdit: stored.canEdit });
    return stored;
  }

  private find(idOrKey: string): StoredIssue | undefined {
    return this.issues.get(idOrKey) ?? [...this.issues.values()].find((issue) => issue.key === idOrKey);
  }

  private view(issue: StoredIssue): AuditIssue {
    const { canBrowse: _b, canEdit: _e, properties: _p, assignee: _a, ...view } = issue;
    return structuredClone(view);
  }

  async getIssue(idOrKey: string) {
    const issue = this.find(idOrKey);
    return issue?.canBrowse ? this.view(issue) : null;
  }

  async createIssue(input: NewAuditIssue) {
    this.created += 1;
    const key = `${input.projectKey}-${this.issues.size + 1}`;
    const audit = (input.properties?.imsAudit ?? null) as AuditIssue['audit'];
    const issue = this.add({
      key,
      issueType: input.issueTypeName,
      projectKey: input.projectKey,
      summary: input.summary,
      description: input.description,
      parentKey: input.parentKey ?? null,
      audit,
      properties: input.properties ?? {},
      assignee: input.assigneeAccountId ?? null,
    });
    return { id: issue.id, key };
  }

  async linkIssues(linkTypeName: string, inwardKey: string, outwardKey: string) {
    this.links.push([linkTypeName, inwardKey, outwardKey]);
  }

  async canEditIssue(issueId: string) {
    return this.find(issueId)?.canEdit === true;
  }

  async searchIssues(jql: string) {
    this.searches.push(jql);
    const auditId = /imsAuditId = "([^"]+)"/.exec(jql)?.[1];
    const type = /issuetype = "([^"]+)"/.exec(jql)?.[1];
    return [...this.issues.values()].filter((issue) => issue.canBrowse && issue.audit?.auditId === auditId && (type === undefined || issue.issueType === type)).map((issue) => this.view(issue));
  }

  async fetchIssues(issueIds: readonly string[]) {
    return issueIds.flatMap((id) => {
      const issue = this.find(id);
      return issue?.canBrowse ? [this.view(issue)] : [];
    });
  }

  async statusCategories() {
    return new Map(this.statuses);
  }

  setStatus(key: string, status: 'To Do' | 'In Progress' | 'Done'): void {
    const issue = this.find(key);
    if (!issue) throw new Error(`No issue ${key}`);
    issue.status = status;
    issue.isDone = status === 'Done';
  }
}

/** Search pages of the given issues, `maxResults` at a time, recording each request. */
export class FakeEvidenceSearch implements EvidenceSearchPort {
  readonly requests: EvidencePageRequest[] = [];
  constructor(readonly issues: EvidenceIssue[] = []) {}
  async searchPage(request: EvidencePageRequest): Promise<EvidencePage> {
    this.requests.push(request);
    const start = request.nextPageToken === undefined ? 0 : Number(request.nextPageToken);
    const issues = this.issues.slice(start, start + request.maxResults);
    return start + request.maxResults < this.issues.length ? { issues, nextPageToken: String(start + request.maxResults) } : { issues };
  }
  async approximateCount() {
    return this.issues.length;
  }
}

export const evidenceIssue = (id: number, clauses: string[], resolutiondate = '2026-10-01T10:00:00.000+0000'): EvidenceIssue => ({
  id: String(id),
  key: `SEC-${id}`,
  summary: `Evidence ${id}`,
  type: 'Incident',
  status: 'Done',
  resolutiondate,
  assignee: null,
  clauses: clauses as ClauseId[],
});

const people: PeopleDirectory = {
  groupsOf: async (accountId) => (accountId === LEAD ? ['isms-leads'] : ['jira-users']),
  ismsLeadGroup: async () => 'isms-leads',
  displayNames: async (ids) => Object.fromEntries(ids.map((id) => [id, id === AUDITOR ? 'Ada Auditor' : id])),
};

export interface ExecutionFixture {
  ports: AuditExecutionPorts;
  source: FakeAuditSource;
  store: FakeAuditExecutionStore;
  jira: FakeAuditJira;
  evidence: FakeEvidenceSearch;
  ledger: FakeLinkLedger;
}

export function executionFixture(evidenceIssues: EvidenceIssue[] = []): ExecutionFixture {
  const linksJira = new FakeIssueLinksJira();
  const ledger = new FakeLinkLedger();
  const source = new FakeAuditSource();
  source.audits.set('AUD-1', plannedAudit());
  const store = new FakeAuditExecutionStore();
  const jira = new FakeAuditJira(linksJira);
  const evidence = new FakeEvidenceSearch(evidenceIssues);
  const clock = { now: () => NOW };
  const ports: AuditExecutionPorts = { source, store, jira, evidence, links: { jira: linksJira, ledger, risks: new FakeRiskLookup([]), clock }, people, clock };
  return { ports, source, store, jira, evidence, ledger };
}
