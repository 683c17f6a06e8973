import type { SimState } from '../jira/model';
import { DEMO_COUNTS } from './demoPlan';
import { generateIssues } from './generateIssues';
import { generateLinks } from './generateLinks';
import { SeededRandom } from './random';
import { showcaseIssues } from './showcaseIssues';
import { initialCounters, siteSkeleton } from './siteSkeleton';

/** A fixed "now" so dates, ages and screenshots are the same on every run. */
export const DEMO_NOW = new Date('2026-11-24T09:00:00Z');

const DEMO_SEED = 20_000_127;

/** The demo site of DESIGN.md §5: four projects, one user per role, ~300 issues over the last 12 months. */
export function buildDemoSite(options: { now?: Date } = {}): SimState {
  const now = options.now ?? DEMO_NOW;
  const skeleton = siteSkeleton();
  const counters = initialCounters(skeleton);
  const rng = new SeededRandom(DEMO_SEED);
  const generated = generateIssues({
    rng,
    now,
    counts: DEMO_COUNTS,
    windowDays: 365,
    // The last three days belong to the scripted showcase issues.
    quietDays: 3,
    maxCommentsPerIssue: 4,
    workflows: skeleton.workflows,
    statuses: skeleton.statuses,
    resolutions: skeleton.resolutions,
    counters,
  });
  const links = generateLinks(rng, generated, counters);
  const showcase = showcaseIssues(now, skeleton.workflows, skeleton.statuses, counters);
  return {
    ...skeleton,
    issues: [...generated.map((g) => g.issue), ...showcase.issues],
    links: [...links, ...showcase.links],
    counters,
  };
}
