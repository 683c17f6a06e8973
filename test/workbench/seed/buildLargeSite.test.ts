import { buildLargeSite, DEMO_NOW } from '../../../workbench/seed';
import { integrityProblems } from './integrity';

describe('buildLargeSite', () => {
  it('generates exactly the requested number of issues, consistently, across all projects', () => {
    const site = buildLargeSite({ issues: 5000 });
    expect(site.issues).toHaveLength(5000);
    expect(integrityProblems(site, DEMO_NOW)).toEqual([]);
    for (const project of site.projects.filter((p) => p.key !== 'IMS')) expect(site.issues.filter((i) => i.projectId === project.id).length).toBeGreaterThan(300);
  });

  it('is the same for the same seed and different for another seed', () => {
    expect(buildLargeSite({ issues: 500, seed: 3 })).toEqual(buildLargeSite({ issues: 500, seed: 3 }));
    expect(buildLargeSite({ issues: 500, seed: 4 }).issues.map((i) => i.summary)).not.toEqual(buildLargeSite({ issues: 500, seed: 3 }).issues.map((i) => i.summary));
  });

  it('refuses a count that is not a whole number', () => {
    expect(() => buildLargeSite({ issues: -1 })).toThrow(/whole number/);
    expect(() => buildLargeSite({ issues: 2.5 })).toThrow(/whole number/);
  });

  // 50k and 100k sites are built by `npm run bench`; the test keeps one size so the suite stays quick.
  it('builds a 10k issue site with consistent ids (size and time printed, not asserted)', () => {
    const lines: string[] = [];
    for (const issues of [10_000]) {
      const heapBefore = process.memoryUsage().heapUsed;
      const started = performance.now();
      const site = buildLargeSite({ issues });
      const ms = performance.now() - started;
      const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
      const comments = site.issues.reduce((sum, i) => sum + i.comments.length, 0);
      const changes = site.issues.reduce((sum, i) => sum + i.changelog.length, 0);
      lines.push(`${issues} issues: ${ms.toFixed(0)} ms, ~${heapMb.toFixed(0)} MB heap, ${site.links.length} links, ${comments} comments, ${changes} changelog entries`);
      expect(site.issues).toHaveLength(issues);
      expect(site.counters.issueId).toBe(10_000 + issues - 1);
    }
    console.log(`buildLargeSite\n${lines.join('\n')}`);
  }, 120_000);
});
