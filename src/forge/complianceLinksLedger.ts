import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';
import { ComplianceLinksSchema, LinkAuditEventSchema, type ComplianceLinks, type LinkAuditEvent } from '../domain/schemas/complianceLinks';
import type { LinkLedger } from '../ports/complianceLinks';
import { committed } from './kvsConflict';

/**
 * The link ledger in two custom entities (manifest.yml `app.storage.entities`). KVS conditions apply to custom
 * entities only, so the per-issue state is one: its write carries "version is still N" and KVS refuses it
 * atomically when another invocation committed first. Events sit beside it in the same transaction, keyed by
 * the version they produced, so an event exists exactly for each committed change.
 */

const STATE_ENTITY = 'compliance-links';
const EVENT_ENTITY = 'compliance-link-event';

interface StateEntity {
  issueId: string;
  version: number;
  links: ComplianceLinks;
}

interface EventEntity {
  issueId: string;
  seq: number;
  event: LinkAuditEvent;
}

const stateKey = (issueId: string) => `links:${issueId}`;
const eventKey = (issueId: string, seq: number) => `links-event:${issueId}:${String(seq).padStart(10, '0')}`;

export const kvsLinkLedger: LinkLedger = {
  async read(issueId) {
    const stored = await kvs.entity<StateEntity>(STATE_ENTITY).get(stateKey(issueId));
    if (stored === undefined) return null;
    return { version: stored.version, links: ComplianceLinksSchema.parse(stored.links) };
  },

  async commit(issueId, expectedVersion, links, event) {
    const version = expectedVersion + 1;
    const condition =
      expectedVersion === 0
        ? new Filter<StateEntity>().and('version', FilterConditions.notExists())
        : new Filter<StateEntity>().and('version', FilterConditions.equalTo(expectedVersion));
    return committed(() =>
      kvs
        .transact()
        .set<StateEntity>(stateKey(issueId), { issueId, version, links }, { entityName: STATE_ENTITY, conditions: condition })
        .set<EventEntity>(eventKey(issueId, version), { issueId, seq: version, event }, { entityName: EVENT_ENTITY })
        .execute(),
    );
  },

  async listEvents(issueId, limit) {
    const page = await kvs
      .entity<EventEntity>(EVENT_ENTITY)
      .query()
      .index('by-issue', { partition: [issueId] })
      .where(WhereConditions.greaterThanEqualTo(0))
      .sort(Sort.DESC)
      .limit(Math.min(limit, 100))
      .getMany();
    return page.results.map((result) => LinkAuditEventSchema.parse(result.value.event));
  },
};
