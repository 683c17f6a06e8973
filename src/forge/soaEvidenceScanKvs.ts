import { kvs } from '@forge/kvs';
import type { SoaEvidenceScan, SoaEvidenceScanStore } from '../ports/soaEvidenceScans';
import { joinParts, splitIntoParts } from '../services/evidence/checkpointParts';

/**
 * An unfinished SoA evidence count per user. The checkpoint holds every counted issue id (about 3 bytes each), so
 * past ~60,000 linked issues it outgrows one KVS value: it is stored in parts, each write under a new generation,
 * and the head that names the generation is written last, so a reader never sees half a checkpoint.
 */
const headKey = (accountId: string) => `soa-evidence-scan:${accountId}`;
const partKey = (accountId: string, generation: number, index: number) => `soa-evidence-scan-part:${accountId}:${generation}:${index}`;

interface ScanHead {
  generation: number;
  parts: number;
  scan: Omit<SoaEvidenceScan, 'checkpoint'>;
}

async function readHead(accountId: string): Promise<ScanHead | undefined> {
  return (await kvs.get(headKey(accountId))) as ScanHead | undefined;
}

async function deleteParts(accountId: string, head: ScanHead): Promise<void> {
  await Promise.all(Array.from({ length: head.parts }, (_, index) => kvs.delete(partKey(accountId, head.generation, index))));
}

export const soaEvidenceScansKvs: SoaEvidenceScanStore = {
  async load(accountId) {
    const head = await readHead(accountId);
    if (head === undefined) return undefined;
    const texts = await Promise.all(Array.from({ length: head.parts }, (_, index) => kvs.get(partKey(accountId, head.generation, index))));
    if (texts.some((text) => typeof text !== 'string')) return undefined;
    return { ...head.scan, checkpoint: JSON.parse(joinParts(texts as string[])) as SoaEvidenceScan['checkpoint'] };
  },

  async save(accountId, { checkpoint, ...scan }) {
    const previous = await readHead(accountId);
    const generation = (previous?.generation ?? 0) + 1;
    const parts = splitIntoParts(JSON.stringify(checkpoint));
    await Promise.all(parts.map((part, index) => kvs.set(partKey(accountId, generation, index), part)));
    await kvs.set(headKey(accountId), { generation, parts: parts.length, scan } satisfies ScanHead);
    if (previous !== undefined) await deleteParts(accountId, previous);
  },

  async clear(accountId) {
    const head = await readHead(accountId);
    if (head === undefined) return;
    await kvs.delete(headKey(accountId));
    await deleteParts(accountId, head);
  },
};
