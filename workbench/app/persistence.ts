import fs from 'node:fs';
import path from 'node:path';
import type { SimState } from '../jira/model';

/** The simulated site's state under `.workbench/`, written atomically (temp file, then rename). */
export function loadSiteState(dir: string): SimState | null {
  const file = path.join(dir, 'jira.json');
  if (!fs.existsSync(file)) return null;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as SimState;
}

export function saveSiteState(dir: string, state: SimState): void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'jira.json');
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(state));
  fs.renameSync(temp, file);
}
