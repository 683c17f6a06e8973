import { readFileSync } from 'fs';
import { dirname, join } from 'path';

/**
 * Forge's own life-cycle events (events reference, "Life cycle events"): they need no scope, so Atlassian's
 * event-to-scope mapping below does not list them.
 */
const LIFECYCLE_EVENTS = ['avi:forge:installed:app', 'avi:forge:upgraded:app'];

interface EventScopeMapping {
  mapping: { productEvent: string }[];
}

/**
 * Every product event name Forge knows: @forge/manifest ships Atlassian's generated event-to-scope mapping
 * (Jira, Jira Software, JSM, Confluence, Bitbucket, Compass). The manifest schema accepts any string as an event
 * and the scope validator silently skips names it does not know, so a typo would deploy and never fire.
 * The file is not in the package's `exports`, hence the read by path.
 */
export function knownProductEvents(): Set<string> {
  const mappingFile = join(dirname(require.resolve('@forge/manifest')), 'mapping', 'product-event-to-scope-mapping.json');
  const { mapping } = JSON.parse(readFileSync(mappingFile, 'utf8')) as EventScopeMapping;
  return new Set([...mapping.map(({ productEvent }) => productEvent), ...LIFECYCLE_EVENTS]);
}
