import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { RegulatoryClock, RegulatoryClocks } from '../../../src/domain/classification/regulatoryClocks';
import { timeLeftText, utcText } from './timeLeft';

const isSameClock = (a: RegulatoryClock, b: RegulatoryClock | undefined) => b !== undefined && a.regime === b.regime && a.obligation === b.obligation && a.dueAt === b.dueAt;

/** The regulatory deadlines with time left, earliest first and highlighted; overdue ones in the danger colour. */
export function RegulatoryClockList({ clocks }: { clocks: RegulatoryClocks }) {
  return (
    <section aria-labelledby="clocks-heading">
      <h3 id="clocks-heading" style={headingStyle}>Regulatory clocks</h3>
      {clocks.clocks.length === 0 && <p style={{ margin: 0, color: token('color.text.subtle') }}>No regulatory deadline applies.</p>}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.075') }}>
        {clocks.clocks.map((clock) => {
          const isEarliest = isSameClock(clock, clocks.earliest);
          return (
            <li
              key={`${clock.regime}-${clock.obligation}`}
              data-testid="regulatory-clock"
              title={clock.basis}
              style={{
                display: 'grid',
                gridTemplateColumns: 'minmax(0, 1fr) auto',
                gap: token('space.100'),
                alignItems: 'center',
                padding: `${token('space.075')} ${token('space.100')}`,
                borderRadius: token('radius.small'),
                border: `1px solid ${clock.isOverdue ? token('color.border.danger') : isEarliest ? token('color.border.warning') : token('color.border')}`,
                background: clock.isOverdue ? token('color.background.danger') : isEarliest ? token('color.background.warning') : 'transparent',
              }}
            >
              <span>
                <strong>{clock.regime}</strong> · {clock.obligation}
                <span style={{ display: 'block', font: token('font.body.small'), color: token('color.text.subtle') }}>
                  due {utcText(clock.dueAt)}
                  {isEarliest && ' · earliest'}
                </span>
              </span>
              <span style={{ color: clock.isOverdue ? token('color.text.danger') : token('color.text'), fontWeight: token('font.weight.semibold') }}>
                {clock.isOverdue ? <Lozenge appearance="removed" isBold>{timeLeftText(clock.timeLeftMs)}</Lozenge> : timeLeftText(clock.timeLeftMs)}
              </span>
            </li>
          );
        })}
      </ul>
      {clocks.reasons.length > 0 && (
        <ul style={{ margin: `${token('space.075')} 0 0`, paddingLeft: token('space.200'), font: token('font.body.small'), color: token('color.text.subtle') }}>
          {clocks.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

export const headingStyle = { font: token('font.heading.xxsmall'), color: token('color.text.subtle'), margin: `0 0 ${token('space.075')}` } as const;
