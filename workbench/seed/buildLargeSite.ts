import type { SimState } from '../jira/model';
import { DEMO_NOW } from './buildDemoSite';
import { DEMO_COUNTS } from './demoPlan';
import { type IssueCounts, generateIssues } from './generateIssues';
import { generateLinks } from './generateLinks';
import type { IssueTypeKey } from './issueProfiles';
import { SeededRandom } from './random';
import { initialCounters, siteSkeleton } from './siteSkeleton';

/** Splits `total` in the demo site's proportions (largest remainder), so the sum is exactly `total`. */
export function countsFor(total: number): IssueCounts {
  const types = Object.keys(DEMO_COUNTS) as IssueTypeKey[];
  const demoTotal = types.reduce((sum, type) => sum + DEMO_COUNTS[type], 0);
  const counts = {} as IssueCounts;
  const remainders: [IssueTypeKey, number][] = [];
  let assigned = 0;
  for (const type of types) {
    const exact = (total * DEMO_COUNTS[type]) / demoTotal;
    counts[type] = Math.floor(exact);
    assigned += counts[type];
    remainders.push([type, exact - counts[type]]);
  }
  remainders.sort((a, b) => b[1] - a[1]);
  for (let i = 0; i < total - assigned; i++) {
    const [type] = remainders[i % remainders.length] as [IssueTypeKey, number];
    counts[type] += 1;
  }
  return counts;
}

/** The demo site's projects and users with `issues` generated issues (10k–100k) for benchmarks; no showcase issues. */
export function buildLargeSite(options: { issues: number; seed?: number }): SimState {
  if (!Number.isInteger(options.issues) || options.issues < 0) throw new Error(`buildLargeSite needs a whole number of issues, got ${options.issues}`);
  const skeleton = siteSkeleton();
  const counters = initialCounters(skeleton);
  const rng = new SeededRandom(options.seed ?? 1);
  const generated = generateIssues({
    rng,
    now: DEMO_NOW,
    counts: countsFor(options.issues),
    windowDays: 365,
    quietDays: 0,
    maxCommentsPerIssue: 2,
    workflows: skeleton.workflows,
    statuses: skeleton.statuses,
    resolutions: skeleton.resolutions,
    counters,
  });
  const links = generateLinks(rng, generated, counters);
  return { ...skeleton, issues: generated.map((g) => g.issue), links, counters };
}
