import { randomUUID } from 'node:crypto';
import { kvs, WhereConditions } from '@forge/kvs';
import { EscalationClaimSchema, type EscalationClaim, type ImpactDomain } from '../domain/classification';
import { ClassificationSettingsSchema, DEFAULT_CLASSIFICATION_SETTINGS, type ClassificationSettings } from '../ports/classificationSettings';
import type { AuditEvent, AuditLog, EscalationClaims, SettingsRepository, Store } from '../ports/store';
import { createIfAbsent } from './kvsConflict';

const claimKey = (issueId: string, domain: ImpactDomain) => `escalation-claim:${issueId}:${domain}`;
const takeoverKey = (issueId: string, domain: ImpactDomain, claimedAt: string) => `escalation-takeover:${issueId}:${domain}:${claimedAt}`;
const auditPrefix = (issueId: string) => `audit:${issueId}:`;
const SETTINGS_KEY = 'settings:classification';
const FIELD_ID_KEY = 'settings:classification-field-id';
const DOMAINS: readonly ImpactDomain[] = ['security', 'service', 'ai'];
// KVS query pages hold at most 100 values.
const PAGE_SIZE = 100;



/** Stored claims are read through the schema: a record that no longer parses is logged and treated as absent. */
function parseClaim(key: string, value: unknown): EscalationClaim | undefined {
  if (value === undefined) return undefined;
  const parsed = EscalationClaimSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  console.warn(`classification: ignoring an unreadable escalation claim at ${key}`);
  return undefined;
}

const claims: EscalationClaims = {
  async list(issueId) {
    const records = await Promise.all(DOMAINS.map(async (domain) => parseClaim(claimKey(issueId, domain), await kvs.get(claimKey(issueId, domain)))));
    return records.filter((claim): claim is EscalationClaim => claim !== undefined);
  },
  claim: (issueId, claim) => createIfAbsent(claimKey(issueId, claim.domain), claim),
  async takeOver(issueId, staleClaimedAt, fresh) {
    // KVS conditions apply to custom entities only; a marker key per stale claim gives compare-and-set on claimedAt.
    if (!(await createIfAbsent(takeoverKey(issueId, fresh.domain, staleClaimedAt), { takenAt: fresh.claimedAt }))) return false;
    await kvs.set(claimKey(issueId, fresh.domain), fresh);
    return true;
  },
  async save(issueId, claim) {
    await kvs.set(claimKey(issueId, claim.domain), claim);
  },
  async swap(issueId, claim) {
    const key = claimKey(issueId, claim.domain);
    const previous = await kvs.set<EscalationClaim, unknown>(key, claim, { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' });
    return parseClaim(key, previous?.value);
  },
};

const audit: AuditLog = {
  async append(event) {
    // Keys sort by time; the random tail keeps two events of the same millisecond apart. Never overwritten.
    const key = `${auditPrefix(event.issueId)}${event.at}:${randomUUID()}`;
    await kvs.set(key, event, { keyPolicy: 'FAIL_IF_EXISTS' });
  },
  async listForIssue(issueId) {
    const events: AuditEvent[] = [];
    let cursor: string | undefined;
    do {
      let query = kvs.query().where('key', WhereConditions.beginsWith(auditPrefix(issueId))).limit(PAGE_SIZE);
      if (cursor) query = query.cursor(cursor);
      const page = await query.getMany<AuditEvent>();
      events.push(...page.results.map((result) => result.value));
      cursor = page.nextCursor;
    } while (cursor);
    return events;
  },
};

const settings: SettingsRepository = {
  async get(): Promise<ClassificationSettings> {
    const stored = await kvs.get(SETTINGS_KEY);
    if (stored === undefined) return DEFAULT_CLASSIFICATION_SETTINGS;
    const parsed = ClassificationSettingsSchema.safeParse(stored);
    if (parsed.success) return parsed.data;
    // The admin page refuses bad settings; a record that still fails (older version) must not stop escalations.
    console.warn('classification: stored settings are invalid, using the defaults', parsed.error.issues[0]?.message);
    return DEFAULT_CLASSIFICATION_SETTINGS;
  },
  async save(value) {
    await kvs.set(SETTINGS_KEY, value);
  },
  getClassificationFieldId: async () => {
    const value = await kvs.get(FIELD_ID_KEY);
    return typeof value === 'string' ? value : undefined;
  },
  async setClassificationFieldId(fieldId) {
    await kvs.set(FIELD_ID_KEY, fieldId);
  },
};

/** The classification repositories over Forge key-value storage. */
export const kvsClassificationStore: Store = { claims, audit, settings };
