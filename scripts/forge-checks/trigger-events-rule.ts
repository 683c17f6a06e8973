import type { AppContext } from './app-context';
import { knownProductEvents } from './known-events';
import { moduleEntries, stringField, triggerEvents } from './manifest-shape';
import { MANIFEST_FILE, manifestLineOf, type Problem } from './problem';

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function closest(name: string, known: ReadonlySet<string>): string | undefined {
  let best: { event: string; distance: number } | undefined;
  for (const event of known) {
    const distance = editDistance(name, event);
    if (distance <= 3 && (!best || distance < best.distance)) best = { event, distance };
  }
  return best?.event;
}

/** A trigger on an event name Forge does not know deploys without complaint and never fires. */
export function checkTriggerEvents({ manifest }: AppContext): Problem[] {
  const known = knownProductEvents();
  return moduleEntries(manifest.content, 'trigger').flatMap((trigger) =>
    triggerEvents(trigger)
      .filter((event) => !known.has(event))
      .map((event): Problem => {
        const suggestion = closest(event, known);
        const line = manifestLineOf(event, manifest.lines);
        return {
          level: 'error',
          source: 'triad',
          message:
            `trigger '${stringField(trigger, 'key') ?? '?'}' listens to unknown event '${event}'` +
            (suggestion ? ` (did you mean '${suggestion}'?)` : ' (see the Forge events reference)'),
          file: MANIFEST_FILE,
          ...(line ? { line } : {}),
        };
      }),
  );
}
