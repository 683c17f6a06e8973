import { Queue } from '@forge/events';
import type { EvidenceQueue } from '../ports/evidence';

export const EVIDENCE_QUEUE_KEY = 'evidence-jobs';

export function forgeEvidenceQueue(): EvidenceQueue {
  const queue = new Queue({ key: EVIDENCE_QUEUE_KEY });
  return {
    async push(event, delayInSeconds) {
      // Forge delays an event by at most 900 s; after a longer Retry-After the next step meets a 429 and waits again.
      const delay = delayInSeconds === undefined ? undefined : Math.min(900, Math.max(0, Math.ceil(delayInSeconds)));
      await queue.push([{ body: event, ...(delay === undefined ? {} : { delayInSeconds: delay }) }]);
    },
  };
}
