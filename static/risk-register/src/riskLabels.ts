import type { RiskCategory, RiskStatus, RiskTreatment } from '../../../src/domain/schemas/risk';

export { RISK_APPEARANCE } from '../../cab-panel/src/cabLabels';

export const CATEGORY_NAMES: Record<RiskCategory, string> = {
  service: 'Service',
  security: 'Security',
  ai: 'AI',
  supplier: 'Supplier',
  continuity: 'Continuity',
  privacy: 'Privacy',
  other: 'Other',
};

export const STATUS_NAMES: Record<RiskStatus, string> = {
  identified: 'Identified',
  assessed: 'Assessed',
  treating: 'Treating',
  accepted: 'Accepted',
  closed: 'Closed',
};

export const TREATMENT_NAMES: Record<RiskTreatment, string> = {
  mitigate: 'Mitigate',
  accept: 'Accept',
  transfer: 'Transfer',
  avoid: 'Avoid',
};

/** Likelihood and impact levels of the 5×5 matrix, as the scale reads them. */
export const LEVEL_NAMES = ['1 – rare / negligible', '2 – unlikely / minor', '3 – possible / moderate', '4 – likely / major', '5 – almost certain / severe'] as const;
