import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';
import { AuditExecutionSchema, AuditStartClaimSchema, type AuditStartClaim } from '../domain/audit/execution';
import { NonconformitySchema } from '../domain/audit/nonconformity';
import { AuditExecutionSettingsSchema, DEFAULT_AUDIT_EXECUTION_SETTINGS, type AuditExecutionStore } from '../ports/auditExecution';
import { committed, createIfAbsent } from './kvsConflict';

/**
 * Audit execution in Forge storage. The execution record and the nonconformity record are custom entities
 * (manifest.yml `app.storage.entities`) because KVS conditions, which make their writes compare-and-set on
 * `version`, apply to custom entities only. Start claims are plain keys written create-if-absent.
 */

const EXECUTION_ENTITY = 'audit-execution';
const NONCONFORMITY_ENTITY = 'audit-nonconformity';
const SETTINGS_KEY = 'settings:audit-execution';
const PAGE_SIZE = 100;

const claimKey = (auditId: string) => `audit-start-claim:${auditId}`;
const takeoverKey = (auditId: string, claimedAt: string) => `audit-start-takeover:${auditId}:${claimedAt}`;
const executionKey = (auditIssueId: string) => `audit-execution:${auditIssueId}`;
const nonconformityKey = (findingIssueId: string) => `audit-nc:${findingIssueId}`;

interface ExecutionEntity {
  auditIssueId: string;
  version: number;
  record: unknown;
}

interface NonconformityEntity {
  findingIssueId: string;
  auditIssueKey: string;
  /** Milliseconds of the raise: the by-audit index lists an audit's nonconformities in the order they were raised. */
  raisedAt: number;
  version: number;
  record: unknown;
}



const versionCondition = <T extends { version: number }>(expectedVersion: number) =>
  expectedVersion === 0 ? new Filter<T>().and('version', FilterConditions.notExists()) : new Filter<T>().and('version', FilterConditions.equalTo(expectedVersion));


export const auditExecutionKvsStore: AuditExecutionStore = {
  async settings() {
    const stored = await kvs.get(SETTINGS_KEY);
    if (stored === undefined) return DEFAULT_AUDIT_EXECUTION_SETTINGS;
    const parsed = AuditExecutionSettingsSchema.safeParse(stored);
    if (parsed.success) return parsed.data;
    console.warn('audit execution: unreadable settings, using the defaults');
    return DEFAULT_AUDIT_EXECUTION_SETTINGS;
  },

  claimStart: (claim) => createIfAbsent(claimKey(claim.auditId), claim),

  async readClaim(auditId) {
    const stored = await kvs.get(claimKey(auditId));
    // An unreadable claim must not look like "never started": that would create a second audit issue.
    return stored === undefined ? null : AuditStartClaimSchema.parse(stored);
  },

  async takeOverClaim(staleClaimedAt, claim: AuditStartClaim) {
    // Plain keys have no conditional write: a marker per stale claim lets exactly one invocation take it over.
    if (!(await createIfAbsent(takeoverKey(claim.auditId, staleClaimedAt), { takenAt: claim.claimedAt }))) return false;
    await kvs.set(claimKey(claim.auditId), claim);
    return true;
  },

  async saveClaim(claim) {
    await kvs.set(claimKey(claim.auditId), claim);
  },

  async readExecution(auditIssueId) {
    const stored = await kvs.entity<ExecutionEntity>(EXECUTION_ENTITY).get(executionKey(auditIssueId));
    return stored === undefined ? null : AuditExecutionSchema.parse(stored.record);
  },

  writeExecution: (execution, expectedVersion) =>
    committed(() =>
      kvs
        .transact()
        .set<ExecutionEntity>(
          executionKey(execution.auditIssueId),
          { auditIssueId: execution.auditIssueId, version: execution.version, record: execution },
          { entityName: EXECUTION_ENTITY, conditions: versionCondition<ExecutionEntity>(expectedVersion) },
        )
        .execute(),
    ),

  async readNonconformity(findingIssueId) {
    const stored = await kvs.entity<NonconformityEntity>(NONCONFORMITY_ENTITY).get(nonconformityKey(findingIssueId));
    // Parsed strictly: the closure gate must never read a damaged record as an empty one.
    return stored === undefined ? null : NonconformitySchema.parse(stored.record);
  },

  writeNonconformity: (record, expectedVersion) =>
    committed(() =>
      kvs
        .transact()
        .set<NonconformityEntity>(
          nonconformityKey(record.findingIssueId),
          {
            findingIssueId: record.findingIssueId,
            auditIssueKey: record.auditIssueKey,
            raisedAt: Date.parse(record.history[0]?.at ?? '1970-01-01T00:00:00Z'),
            version: record.version,
            record,
          },
          { entityName: NONCONFORMITY_ENTITY, conditions: versionCondition<NonconformityEntity>(expectedVersion) },
        )
        .execute(),
    ),

  async listNonconformities(auditIssueKey) {
    const records = [];
    let cursor: string | undefined;
    do {
      const query = kvs
        .entity<NonconformityEntity>(NONCONFORMITY_ENTITY)
        .query()
        .index('by-audit', { partition: [auditIssueKey] })
        .where(WhereConditions.greaterThanEqualTo(0))
        .sort(Sort.ASC)
        .limit(PAGE_SIZE);
      const page = await (cursor === undefined ? query : query.cursor(cursor)).getMany();
      records.push(...page.results.map((result) => NonconformitySchema.parse(result.value.record)));
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    return records;
  },
};
