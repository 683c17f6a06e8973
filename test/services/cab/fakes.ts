import { DEFAULT_CHECKLIST_TEMPLATE } from '../../../src/domain/cab';
import type { AuditEvent, ChecklistTemplate } from '../../../src/domain/schemas/cab';
import type { AppFieldUpdate, CabComment, CabJiraPort, CurrentUser } from '../../../src/ports/cabJira';
import { DEFAULT_CAB_SETTINGS, type CabSettings } from '../../../src/ports/cabSettings';
import type { CabFieldIds, CabStore, StoredCab } from '../../../src/ports/cabStore';
import type { IssueSnapshot } from '../../../src/ports/jiraPort';
import type { CabPorts } from '../../../src/services/cab/ports';

export const STATUS_FIELD = 'customfield_10201';
export const RISK_FIELD = 'customfield_10202';
export const CHANGE_ID = '10061';
export const CHANGE_KEY = 'CHG-61';

/** Every call yields to the event loop first, so concurrent use cases interleave as invocations do. */
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

interface FakeUser {
  displayName: string;
  groups: string[];
}

/** An in-memory Jira for one change issue: its people, who may see and edit it, users' groups, app field values. */
export class FakeCabJira {
  reporter = 'acc-requester';
  issueType = 'Change';
  assignee: string | null = 'acc-assignee';
  readonly users = new Map<string, FakeUser>();
  readonly browsers = new Set<string>();
  readonly editors = new Set<string>();
  readonly fieldValues = new Map<string, unknown>();
  readonly comments: CabComment[] = [];
  readonly calls: string[] = [];
  statuses = [
    { id: '10003', name: 'Approved' },
    { id: '10004', name: 'Implementing' },
  ];

  addUser(accountId: string, displayName: string, groups: string[], access: 'browse' | 'edit' = 'browse'): void {
    this.users.set(accountId, { displayName, groups });
    this.browsers.add(accountId);
    if (access === 'edit') this.editors.add(accountId);
  }

  /** The port as one identity: a user (`accountId`) or the app (`null`, sees and edits everything). */
  as(accountId: string | null): CabJiraPort {
    const canBrowse = () => accountId === null || this.browsers.has(accountId);
    const snapshot = (fieldIds: readonly string[]): IssueSnapshot => {
      const fields: Record<string, unknown> = {
        reporter: { accountId: this.reporter },
        assignee: this.assignee === null ? null : { accountId: this.assignee },
        duedate: '2026-11-28',
        issuetype: { id: '10010', name: this.issueType },
      };
      return { id: CHANGE_ID, key: CHANGE_KEY, summary: 'Upgrade PostgreSQL', fields: Object.fromEntries(fieldIds.map((id) => [id, fields[id] ?? null])) };
    };
    return {
      getIssue: async (issueIdOrKey, fieldIds) => {
        await tick();
        this.calls.push('getIssue');
        return canBrowse() && (issueIdOrKey === CHANGE_ID || issueIdOrKey === CHANGE_KEY) ? snapshot(fieldIds) : null;
      },
      canEditIssue: async () => {
        await tick();
        this.calls.push('canEditIssue');
        return accountId === null || this.editors.has(accountId);
      },
      getCurrentUser: async (): Promise<CurrentUser> => {
        await tick();
        this.calls.push('getCurrentUser');
        const user = accountId === null ? undefined : this.users.get(accountId);
        if (accountId === null || user === undefined) throw new Error('The app has no groups');
        return { accountId, displayName: user.displayName, groups: [...user.groups] };
      },
      findAppFieldId: async (moduleKey) => {
        await tick();
        this.calls.push('findAppFieldId');
        return moduleKey === 'cab-status-field' ? STATUS_FIELD : moduleKey === 'cab-risk-field' ? RISK_FIELD : null;
      },
      setAppFieldValues: async (updates: readonly AppFieldUpdate[]) => {
        await tick();
        this.calls.push('setAppFieldValues');
        if (accountId !== null) throw new Error('Only the app may write its read-only fields');
        for (const update of updates) this.fieldValues.set(update.fieldId, structuredClone(update.value));
      },
      addComment: async (_issue, body) => {
        await tick();
        this.calls.push('addComment');
        this.comments.push(body);
      },
      searchIssues: async (_jql, fieldIds) => {
        await tick();
        this.calls.push('searchIssues');
        return canBrowse() ? [snapshot(fieldIds)] : [];
      },
      listStatuses: async () => {
        await tick();
        this.calls.push('listStatuses');
        return this.statuses;
      },
    };
  }
}

/**
 * KVS as the platform behaves: a conditional write compares the stored version when it lands, not when the
 * caller read, so concurrent writers really race. Values are copied in and out like JSON over the wire.
 */
export class FakeCabStore implements CabStore {
  readonly stored = new Map<string, StoredCab>();
  readonly auditLog: AuditEvent[] = [];
  conflicts = 0;
  settingsValue: CabSettings = DEFAULT_CAB_SETTINGS;
  readonly templates = new Map<number, ChecklistTemplate>([[DEFAULT_CHECKLIST_TEMPLATE.version, DEFAULT_CHECKLIST_TEMPLATE]]);
  fieldIds: CabFieldIds | undefined;
  readonly viewerCache = new Map<string, CurrentUser>();

  records = {
    read: async (issueId: string) => {
      await tick();
      const stored = this.stored.get(issueId);
      return stored === undefined ? null : structuredClone(stored);
    },
    write: async (next: StoredCab, expectedVersion: number, events: readonly AuditEvent[]) => {
      await tick();
      const current = this.stored.get(next.record.issueId)?.record.version ?? 0;
      if (current !== expectedVersion) {
        this.conflicts += 1;
        return false;
      }
      this.stored.set(next.record.issueId, structuredClone(next));
      this.auditLog.push(...structuredClone([...events]));
      return true;
    },
    listFullAudit: async (issueId: string) => {
      await tick();
      return structuredClone(this.auditLog.filter((event) => event.issueId === issueId));
    },
    listAudit: async (issueId: string, limit: number) => {
      await tick();
      return this.auditLog
        .filter((event) => event.issueId === issueId)
        .reverse()
        .slice(0, limit);
    },
  };

  settings = {
    get: async () => this.settingsValue,
    save: async (next: CabSettings) => {
      this.settingsValue = structuredClone(next);
    },
    getTemplate: async (version: number) => this.templates.get(version),
    saveTemplate: async (template: ChecklistTemplate) => {
      this.templates.set(template.version, structuredClone(template));
    },
    getFieldIds: async () => this.fieldIds,
    setFieldIds: async (ids: CabFieldIds) => {
      this.fieldIds = ids;
    },
  };

  viewers = {
    get: async (accountId: string) => this.viewerCache.get(accountId),
    set: async (user: CurrentUser) => {
      this.viewerCache.set(user.accountId, user);
    },
  };
}

export function fakePorts(jira: FakeCabJira, store: FakeCabStore, accountId: string, now = new Date('2026-11-24T09:00:00Z')): CabPorts {
  return { userJira: jira.as(accountId), appJira: jira.as(null), store, clock: { now: () => now } };
}
