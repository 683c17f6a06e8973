import type { ComplianceLinks, LinkAuditEvent } from '../../../src/domain/schemas/complianceLinks';
import type { Risk, RiskId } from '../../../src/domain/schemas/risk';
import type { IssueLinksJira, LedgerEntry, LinkLedger, RiskSummary, StoredProperty } from '../../../src/ports/complianceLinks';
import type { RiskPage, RiskStore } from '../../../src/ports/riskStore';
import type { ComplianceLinksPorts } from '../../../src/services/complianceLinks/ports';

export const NOW = new Date('2026-11-20T09:30:00.000Z');

interface FakeIssue {
  canBrowse: boolean;
  canEdit: boolean;
  property?: unknown;
}

/** Jira as one user: issues the user cannot browse answer "not found", as Jira does. */
export class FakeIssueLinksJira implements IssueLinksJira {
  readonly issues = new Map<string, FakeIssue>();
  propertyWrites = 0;

  async readLinks(issueId: string): Promise<StoredProperty> {
    const issue = this.issues.get(issueId);
    return issue?.canBrowse ? { found: true, value: issue.property } : { found: false };
  }

  async writeLinks(issueId: string, links: ComplianceLinks): Promise<void> {
    const issue = this.issues.get(issueId);
    if (!issue?.canEdit) throw new Error(`the fake refuses a write to ${issueId}`);
    this.propertyWrites += 1;
    issue.property = structuredClone(links);
  }

  async canEditIssue(issueId: string): Promise<boolean> {
    return this.issues.get(issueId)?.canEdit === true;
  }
}

/** An in-memory ledger with KVS's compare-and-set; `beforeCommit` lets a test slip another writer in first. */
export class FakeLinkLedger implements LinkLedger {
  readonly entries = new Map<string, LedgerEntry>();
  readonly events: LinkAuditEvent[] = [];
  beforeCommit: (() => Promise<void>) | undefined;

  async read(issueId: string): Promise<LedgerEntry | null> {
    const entry = this.entries.get(issueId);
    return entry === undefined ? null : structuredClone(entry);
  }

  async commit(issueId: string, expectedVersion: number, links: ComplianceLinks, event: LinkAuditEvent): Promise<boolean> {
    const hook = this.beforeCommit;
    this.beforeCommit = undefined;
    await hook?.();
    if ((this.entries.get(issueId)?.version ?? 0) !== expectedVersion) return false;
    this.entries.set(issueId, { version: expectedVersion + 1, links: structuredClone(links) });
    this.events.push(structuredClone(event));
    return true;
  }

  async listEvents(issueId: string, limit: number): Promise<LinkAuditEvent[]> {
    return this.events.filter((event) => event.issueId === issueId).reverse().slice(0, limit);
  }
}

export function riskFor(id: RiskId, title: string): Risk {
  return { id, title } as Risk;
}

/** The register's store as the lookup uses it: get by id, list in number order, pages of `limit`. */
export class FakeRiskStore implements Pick<RiskStore, 'get' | 'list'> {
  pagesRead = 0;
  constructor(readonly risks: Risk[]) {}

  async get(id: RiskId): Promise<Risk | null> {
    return this.risks.find((risk) => risk.id === id) ?? null;
  }

  async list(_filters: unknown, cursor: string | undefined, limit: number): Promise<RiskPage> {
    this.pagesRead += 1;
    const start = cursor === undefined ? 0 : Number(cursor);
    const risks = this.risks.slice(start, start + limit);
    return start + limit < this.risks.length ? { risks, cursor: String(start + limit) } : { risks };
  }
}

export class FakeRiskLookup {
  constructor(readonly risks: RiskSummary[]) {}
  async search(text: string): Promise<RiskSummary[]> {
    return this.risks.filter((risk) => risk.title.toLowerCase().includes(text.toLowerCase()) || risk.id === text);
  }
  async find(id: RiskId): Promise<RiskSummary | null> {
    return this.risks.find((risk) => risk.id === id) ?? null;
  }
  async exists(id: RiskId): Promise<boolean> {
    return this.risks.some((risk) => risk.id === id);
  }
}

export interface Fixture {
  ports: ComplianceLinksPorts;
  jira: FakeIssueLinksJira;
  ledger: FakeLinkLedger;
}

export const ISSUE = '10042';
export const AGENT = '712020:agent';

export function fixture(issue: Partial<FakeIssue> = {}): Fixture {
  const jira = new FakeIssueLinksJira();
  jira.issues.set(ISSUE, { canBrowse: true, canEdit: true, ...issue });
  const ledger = new FakeLinkLedger();
  const risks = new FakeRiskLookup([
    { id: 'R-3', title: 'Phishing leads to credential theft' },
    { id: 'R-12', title: 'Model drift in the triage classifier' },
  ]);
  return { ports: { jira, ledger, risks, clock: { now: () => NOW } }, jira, ledger };
}
