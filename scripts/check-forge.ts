/**
 * `npm run check:forge [appDir]`: the offline stand-in for `forge lint` (no Atlassian login, no network).
 * Prints every problem and a one-line summary; exits 1 on any error. Defaults to this repository's app.
 */
import { resolve } from 'path';
import { checkForgeApp } from './forge-checks/check-app';
import { formatProblem, summarize } from './forge-checks/problem';

async function main(): Promise<void> {
  const appDir = resolve(process.argv[2] ?? resolve(__dirname, '..'));
  const problems = await checkForgeApp(appDir);
  for (const problem of problems) console.log(formatProblem(problem));
  console.log(summarize(problems));
  if (problems.some((problem) => problem.level === 'error')) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error('check:forge could not run:', error);
  process.exitCode = 1;
});
