import type { SoaSnapshot } from '../../../src/domain/soa';
import type { EvidenceIssue } from '../../../src/domain/evidence';
import type { EvidencePageRequest, EvidenceSearchPort } from '../../../src/ports/evidence';
import type { SoaSnapshotStore } from '../../../src/services/soa/snapshotStore';

/** Jira's `search/jql`, paged by token over fixed issues, recording every request. */
export class FakePagedSearch implements EvidenceSearchPort {
  readonly requests: EvidencePageRequest[] = [];

  constructor(private readonly issues: readonly EvidenceIssue[]) {}

  async searchPage(request: EvidencePageRequest) {
    this.requests.push(request);
    const start = Number(request.nextPageToken ?? '0');
    const end = start + request.maxResults;
    return { issues: this.issues.slice(start, end), ...(end < this.issues.length ? { nextPageToken: String(end) } : {}) };
  }

  async approximateCount() {
    return this.issues.length;
  }
}

/** Create-if-absent like the KVS header write; reads hand out copies, as KVS hands out parsed JSON. */
export class FakeSnapshotStore implements SoaSnapshotStore {
  readonly stored = new Map<number, string>();

  async latestVersion() {
    return Math.max(0, ...this.stored.keys());
  }

  async create(snapshot: SoaSnapshot) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (this.stored.has(snapshot.version)) return false;
    this.stored.set(snapshot.version, JSON.stringify(snapshot));
    return true;
  }

  async read(version: number) {
    const stored = this.stored.get(version);
    return stored === undefined ? null : (JSON.parse(stored) as SoaSnapshot);
  }

  async list(limit: number) {
    return [...this.stored.keys()].sort((a, b) => b - a).slice(0, limit).map((version) => {
      const { version: number, approvedBy, approvedAt, summary } = JSON.parse(this.stored.get(version) as string) as SoaSnapshot;
      return { version: number, approvedBy, approvedAt, summary };
    });
  }
}
