import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { Classification } from '../../../src/domain/schemas/classification';

type Appearance = 'default' | 'inprogress' | 'moved' | 'new' | 'removed' | 'success';

/** Severities 1 and 2 are the ones that escalate and start NIS2 clocks: they get the danger colour. */
function appearanceOf(segment: string, classification: Classification): Appearance {
  if (segment.startsWith('Sev ')) return classification.severity <= 2 ? 'removed' : 'default';
  if (segment === 'Personal data') return 'moved';
  if (/^[CIA]( [CIA])*$/.test(segment)) return 'default';
  return 'new';
}

/**
 * The field's one-line view ("Security + Service · Sev 2 · C I") as lozenges, one per segment of the server's
 * `display` text, so the panel and Jira's formatter column always read the same.
 */
export function ClassificationSummary({ classification, display }: { classification: Classification; display: string }) {
  return (
    <p data-testid="classification-display" aria-label={`Classification: ${display}`} style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.075'), margin: 0 }}>
      {display.split(' · ').map((segment) => (
        <Lozenge key={segment} appearance={appearanceOf(segment, classification)} isBold={segment.startsWith('Sev ')}>
          {segment}
        </Lozenge>
      ))}
    </p>
  );
}
