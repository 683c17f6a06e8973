import type { AdfDocument, EscalationClaim, ImpactDomain } from '../../../src/domain/classification';
import { DEFAULT_CLASSIFICATION_SETTINGS, type ClassificationSettings } from '../../../src/ports/classificationSettings';
import type { Clock } from '../../../src/ports/clock';
import type { IssueSnapshot, JiraPort, NewIssue, NewIssueLink } from '../../../src/ports/jiraPort';
import type { AuditEvent, Store } from '../../../src/ports/store';
import type { ClassificationPorts } from '../../../src/services/classification/ports';

export const FIELD_ID = 'customfield_10100';

interface FakeIssue extends IssueSnapshot {
  projectKey: string;
  issueTypeName: string;
  priorityName?: string;
  assigneeAccountId?: string;
  comments: AdfDocument[];
}

/**
 * An in-memory Jira with the few operations of the port. Every call yields to the event loop first, so
 * concurrent use cases interleave the way invocations do against the real REST API.
 */
export class FakeJira implements JiraPort {
  readonly issues: FakeIssue[] = [];
  readonly links: NewIssueLink[] = [];
  editors = new Set<string>();
  /** The invocation dies (timeout, crash) when it next reaches this operation, before Jira does anything. */
  crashOn: 'createIssue' | 'linkIssues' | null = null;
  private nextId = 20000;

  addIssue(issue: { key: string; summary: string; classification?: unknown }): FakeIssue {
    const created: FakeIssue = {
      id: String((this.nextId += 1)),
      key: issue.key,
      summary: issue.summary,
      fields: { [FIELD_ID]: issue.classification ?? null },
      projectKey: issue.key.split('-')[0] ?? '',
      issueTypeName: 'Incident',
      comments: [],
    };
    this.issues.push(created);
    return created;
  }

  issue(idOrKey: string): FakeIssue | undefined {
    return this.issues.find((issue) => issue.id === idOrKey || issue.key === idOrKey);
  }

  issuesIn(projectKey: string): FakeIssue[] {
    return this.issues.filter((issue) => issue.projectKey === projectKey);
  }

  async getIssue(issueIdOrKey: string, fieldIds: readonly string[]) {
    await tick();
    const issue = this.issue(issueIdOrKey);
    if (!issue) return null;
    return { id: issue.id, key: issue.key, summary: issue.summary, fields: Object.fromEntries(fieldIds.map((id) => [id, structuredClone(issue.fields[id] ?? null)])) };
  }

  async createIssue(input: NewIssue) {
    await tick();
    this.crashIfAsked('createIssue');
    const count = this.issuesIn(input.projectKey).length + 1;
    const issue = this.addIssue({ key: `${input.projectKey}-${count}`, summary: input.summary });
    Object.assign(issue, { projectKey: input.projectKey, issueTypeName: input.issueTypeName, priorityName: input.priorityName, assigneeAccountId: input.assigneeAccountId });
    return { id: issue.id, key: issue.key };
  }

  async linkIssues(link: NewIssueLink) {
    await tick();
    this.crashIfAsked('linkIssues');
    const exists = this.links.some((l) => l.fromIssueKey === link.fromIssueKey && l.toIssueKey === link.toIssueKey && l.linkTypeName === link.linkTypeName);
    if (!exists) this.links.push(link);
  }

  async addComment(issueIdOrKey: string, body: AdfDocument) {
    await tick();
    this.issue(issueIdOrKey)!.comments.push(body);
  }

  async setPriority(issueIdOrKey: string, priorityName: string) {
    await tick();
    this.issue(issueIdOrKey)!.priorityName = priorityName;
  }

  async findLinkedIssues(originKey: string, projectKey: string, issueTypeName: string) {
    await tick();
    return this.links
      .filter((link) => link.fromIssueKey === originKey)
      .map((link) => this.issue(link.toIssueKey)!)
      .filter((issue) => issue.projectKey === projectKey && issue.issueTypeName === issueTypeName)
      .map((issue) => issue.key);
  }

  async findAppFieldId() {
    await tick();
    return FIELD_ID;
  }

  async canEditIssue(issueId: string) {
    await tick();
    return this.editors.has(issueId);
  }

  async setCustomField(issueIdOrKey: string, fieldId: string, value: unknown) {
    await tick();
    this.issue(issueIdOrKey)!.fields[fieldId] = value;
  }

  private crashIfAsked(operation: 'createIssue' | 'linkIssues'): void {
    if (this.crashOn !== operation) return;
    this.crashOn = null;
    throw new Error(`invocation timed out before ${operation}`);
  }

  /** Sets the stored value directly, as another user's edit would. */
  classify(issueKey: string, classification: unknown): void {
    this.issue(issueKey)!.fields[FIELD_ID] = classification;
  }
}

/** In-memory storage with the same atomicity as KVS: create-if-absent and swap happen in one step. */
export class FakeStore implements Store {
  readonly claimRecords = new Map<string, EscalationClaim>();
  readonly takeovers = new Set<string>();
  readonly events: AuditEvent[] = [];
  settingsValue: ClassificationSettings = DEFAULT_CLASSIFICATION_SETTINGS;
  fieldId: string | undefined;

  private key = (issueId: string, domain: ImpactDomain) => `${issueId}:${domain}`;

  claims: Store['claims'] = {
    list: async (issueId) => {
      await tick();
      return (['security', 'service', 'ai'] as const).flatMap((domain) => {
        const claim = this.claimRecords.get(this.key(issueId, domain));
        return claim ? [structuredClone(claim)] : [];
      });
    },
    claim: async (issueId, claim) => {
      await tick();
      if (this.claimRecords.has(this.key(issueId, claim.domain))) return false;
      this.claimRecords.set(this.key(issueId, claim.domain), structuredClone(claim));
      return true;
    },
    takeOver: async (issueId, staleClaimedAt, fresh) => {
      await tick();
      const marker = `${this.key(issueId, fresh.domain)}:${staleClaimedAt}`;
      if (this.takeovers.has(marker)) return false;
      this.takeovers.add(marker);
      this.claimRecords.set(this.key(issueId, fresh.domain), structuredClone(fresh));
      return true;
    },
    save: async (issueId, claim) => {
      await tick();
      this.claimRecords.set(this.key(issueId, claim.domain), structuredClone(claim));
    },
    swap: async (issueId, claim) => {
      await tick();
      const previous = this.claimRecords.get(this.key(issueId, claim.domain));
      this.claimRecords.set(this.key(issueId, claim.domain), structuredClone(claim));
      return previous;
    },
  };

  audit: Store['audit'] = {
    append: async (event) => {
      await tick();
      this.events.push(structuredClone(event));
    },
    listForIssue: async (issueId) => this.events.filter((event) => event.issueId === issueId),
  };

  settings: Store['settings'] = {
    get: async () => this.settingsValue,
    save: async (value) => {
      await tick();
      this.settingsValue = structuredClone(value);
    },
    getClassificationFieldId: async () => this.fieldId,
    setClassificationFieldId: async (fieldId) => {
      this.fieldId = fieldId;
    },
  };
}

export class FakeClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export function fakePorts(now = new Date('2025-03-03T10:00:00Z')): ClassificationPorts & { jira: FakeJira; store: FakeStore; clock: FakeClock } {
  return { jira: new FakeJira(), store: new FakeStore(), clock: new FakeClock(now) };
}

function tick(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
