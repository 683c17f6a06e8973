import Resolver from '@forge/resolver';
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { kvsEvidenceJobStore } from '../forge/evidenceStore';
import type { EvidenceJobRecord } from '../ports/evidence';
import { coverageAtAGlance } from '../services/review/coverageAtAGlance';
import { failureOf } from './classificationErrors';
import { fail } from './shared/result';

const CallContext = z.looseObject({ accountId: z.string().min(1) });

/** The caller's report jobs through the `evidence-job` entity's `by-starter` index, a page of 100 at a time. */
async function jobsStartedBy(accountId: string): Promise<EvidenceJobRecord[]> {
  const jobs: EvidenceJobRecord[] = [];
  let cursor: string | undefined;
  do {
    const builder = kvs.entity<{ record: EvidenceJobRecord }>('evidence-job').query().index('by-starter', { partition: [accountId] }).limit(100);
    const page = await (cursor === undefined ? builder : builder.cursor(cursor)).getMany();
    jobs.push(...page.results.map((result) => result.value.record));
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return jobs;
}

const resolver = new Resolver();

resolver.define('coverageAtAGlance', async ({ context }) => {
  const caller = CallContext.safeParse(context);
  if (!caller.success) return fail('FORBIDDEN', 'Open the dashboard while signed in to Jira.');
  try {
    return await coverageAtAGlance({ jobs: kvsEvidenceJobStore, jobsStartedBy }, caller.data.accountId);
  } catch (error) {
    return failureOf(error, 'Reading your latest evidence report');
  }
});

export const coverageGadgetResolver = resolver.getDefinitions();
