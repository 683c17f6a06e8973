import { kvs, WhereConditions } from '@forge/kvs';
import type { EvidenceDefinitionStore, EvidenceJobRecord, EvidenceJobStore } from '../ports/evidence';
import type { SavedEvidenceDefinition } from '../services/evidence/evidenceView';
import { joinParts, splitIntoParts } from '../services/evidence/checkpointParts';

/**
 * Report jobs in the `evidence-job` custom entity (status and progress as attributes beside the record), their
 * checkpoints as plain KVS parts, cancellation flags and saved definitions as plain keys.
 */
const JOB_ENTITY = 'evidence-job';
const jobKey = (jobId: string) => `evidence-job:${jobId}`;
const partKey = (jobId: string, generation: number, index: number) => `evidence-cp:${jobId}:${generation}:${index}`;
const cancelKey = (jobId: string) => `evidence-cancel:${jobId}`;
const DEFINITION_PREFIX = 'evidence-def:';

interface JobEntity {
  jobId: string;
  startedBy: string;
  status: string;
  progress: number;
  record: EvidenceJobRecord;
}

export const kvsEvidenceJobStore: EvidenceJobStore = {
  async getJob(jobId) {
    return (await kvs.entity<JobEntity>(JOB_ENTITY).get(jobKey(jobId)))?.record;
  },

  async putJob(job) {
    const progress = job.totalEstimate ? Math.min(100, Math.floor((job.issuesScanned / job.totalEstimate) * 100)) : 0;
    await kvs.entity<JobEntity>(JOB_ENTITY).set(jobKey(job.jobId), { jobId: job.jobId, startedBy: job.startedBy, status: job.status, progress, record: job });
  },

  async writeCheckpoint(jobId, generation, checkpoint) {
    const parts = splitIntoParts(JSON.stringify(checkpoint));
    await Promise.all(parts.map((part, index) => kvs.set(partKey(jobId, generation, index), part)));
    return parts.length;
  },

  async readCheckpoint(jobId, generation, parts) {
    const texts = await Promise.all(Array.from({ length: parts }, (_, index) => kvs.get<string>(partKey(jobId, generation, index))));
    // A missing part means a corrupt checkpoint; the domain refuses it rather than resuming from half a state.
    if (texts.some((text) => typeof text !== 'string')) return undefined;
    return JSON.parse(joinParts(texts as string[])) as unknown;
  },

  async deleteCheckpoint(jobId, generation, parts) {
    await Promise.all(Array.from({ length: parts }, (_, index) => kvs.delete(partKey(jobId, generation, index))));
  },

  async requestCancel(jobId) {
    await kvs.set(cancelKey(jobId), true);
  },

  async isCancelRequested(jobId) {
    return (await kvs.get<boolean>(cancelKey(jobId))) === true;
  },
};

export const kvsEvidenceDefinitionStore: EvidenceDefinitionStore = {
  async list() {
    const all: SavedEvidenceDefinition[] = [];
    let cursor: string | undefined;
    do {
      const builder = kvs.query().where('key', WhereConditions.beginsWith(DEFINITION_PREFIX)).limit(100);
      const page = await (cursor === undefined ? builder : builder.cursor(cursor)).getMany<SavedEvidenceDefinition>();
      all.push(...page.results.map((result) => result.value));
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    return all;
  },
  get: (id) => kvs.get<SavedEvidenceDefinition>(`${DEFINITION_PREFIX}${id}`),
  put: (definition) => kvs.set(`${DEFINITION_PREFIX}${definition.id}`, definition),
  delete: (id) => kvs.delete(`${DEFINITION_PREFIX}${id}`),
};
