import { token } from '@atlaskit/tokens';
import type { HistoryEntry } from '../../../src/services/classification/presentHistory';
import { headingStyle } from './RegulatoryClockList';

const whenFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

// Audit events keep the account id; `app` marks the app's own work (triggers), which no user started.
const whoOf = (actor: string) => (actor === 'app' ? 'Triad (automatic)' : actor);

/** The classification's audit trail, newest first: who, when, what, and the classification before → after. */
export function HistoryList({ history }: { history: HistoryEntry[] }) {
  return (
    <section aria-labelledby="history-heading">
      <h3 id="history-heading" style={headingStyle}>History</h3>
      {history.length === 0 ? (
        <p style={{ margin: 0, color: token('color.text.subtle') }}>No change recorded yet.</p>
      ) : (
        <ol data-testid="classification-history" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.100') }}>
          {history.map((entry, index) => (
            <li key={`${entry.at}-${index}`} style={{ display: 'grid', gap: token('space.025') }}>
              <span>{entry.what}</span>
              {(entry.before !== undefined || entry.after !== undefined) && (
                <span style={{ font: token('font.body.small') }}>
                  {entry.before ?? '—'} → {entry.after ?? '—'}
                </span>
              )}
              <span style={{ font: token('font.body.small'), color: token('color.text.subtlest') }}>
                <time dateTime={entry.at}>{whenFormat.format(new Date(entry.at))}</time> · {whoOf(entry.actor)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
