import type { SimState } from './model';

/**
 * Next number from `state.counters[name]`. A counter missing from a hand-built or seeded state starts after the
 * largest id already used, so new ids never collide with seeded ones.
 */
export function nextNumber(state: SimState, name: string, existing: () => Iterable<string>): number {
  let current = state.counters[name];
  if (current === undefined) {
    current = 0;
    for (const id of existing()) {
      const n = Number(/(\d+)$/.exec(id)?.[1] ?? 0);
      if (n > current) current = n;
    }
  }
  const next = current + 1;
  state.counters[name] = next;
  return next;
}

export function nextIssueId(state: SimState): string {
  return String(nextNumber(state, 'issueId', () => state.issues.map((i) => i.id)));
}

export function nextIssueKey(state: SimState, projectId: string, projectKey: string): string {
  const n = nextNumber(state, `issueKey:${projectKey}`, () =>
    state.issues.filter((i) => i.projectId === projectId).map((i) => i.key),
  );
  return `${projectKey}-${n}`;
}

export function nextCommentId(state: SimState): string {
  return String(nextNumber(state, 'commentId', () => state.issues.flatMap((i) => i.comments.map((c) => c.id))));
}

export function nextChangelogId(state: SimState): string {
  return String(nextNumber(state, 'changelogId', () => state.issues.flatMap((i) => i.changelog.map((c) => c.id))));
}

export function nextLinkId(state: SimState): string {
  return String(nextNumber(state, 'linkId', () => state.links.map((l) => l.id)));
}
