import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { CabView } from '../../../src/services/cab/cabView';
import { CHANGE_TYPE_NAMES, RISK_APPEARANCE, STATUS_APPEARANCE } from './cabLabels';
import { subtleText } from './panelStyles';

/** Status, risk class with its reasons, change type, and the one line saying what is missing. */
export function CabHeader({ view }: { view: CabView }) {
  return (
    <header style={{ display: 'grid', gap: token('space.075') }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: token('space.100') }}>
        <span data-testid="cab-status" aria-label={`CAB status: ${view.status}`}>
          <Lozenge appearance={STATUS_APPEARANCE[view.status]} isBold>
            {view.status}
          </Lozenge>
        </span>
        {view.riskClass === null ? (
          <span data-testid="cab-risk" aria-label="Risk class: not scored yet">
            <Lozenge>risk not scored</Lozenge>
          </span>
        ) : (
          <span data-testid="cab-risk" aria-label={`Risk class: ${view.riskClass}`}>
            <Lozenge appearance={RISK_APPEARANCE[view.riskClass]} isBold={view.riskClass === 'critical'}>
              {view.riskClass} risk
            </Lozenge>
          </span>
        )}
        <span data-testid="cab-change-type" style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>
          {CHANGE_TYPE_NAMES[view.changeType]}
        </span>
      </div>
      <p data-testid="cab-risk-explanation" style={{ margin: 0, font: token('font.body') }}>
        {view.score === null ? 'The risk is scored once every required question is answered.' : view.score.explanation}
      </p>
      <p data-testid="cab-message" style={subtleText}>
        {view.message}
      </p>
    </header>
  );
}
