import type { ResolverResult } from '../../shared/resolverApi';
import type { SoaEvidenceView } from '../../../src/services/soa/soaEvidence';
import { callResolver } from '../../shared/invokeClient';

/**
 * Counts the SoA evidence chunk by chunk: the resolver answers "running" after each invocation's share of the
 * search, and `onProgress` hears how many linked issues have been scanned so far.
 */
export async function loadSoaEvidence(onProgress: (issuesScanned: number) => void): Promise<ResolverResult<SoaEvidenceView>> {
  for (let resume = false; ; resume = true) {
    const answer = await callResolver('getSoaEvidence', resume ? { resume } : {});
    if (!answer.ok) return answer;
    if (answer.value.status === 'done') {
      const { status: _done, ...view } = answer.value;
      return { ok: true, value: view };
    }
    onProgress(answer.value.issuesScanned);
  }
}
