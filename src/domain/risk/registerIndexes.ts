import { DEFAULT_RISK_MATRIX, type RiskClass, type RiskMatrix } from '../riskMatrix';
import type { Risk, RiskCategory, RiskStatus } from '../schemas/risk';
import { riskNumberOf } from './riskId';
import { riskClassOf } from './scoring';

/**
 * The risk register as a KVS custom entity. Every filter of the register page is one index query, paged 100 at a
 * time, never a scan. KVS allows at most 7 indexes per entity; these are 6, leaving one for a later need.
 * Index attributes sit at the top level of the stored value (KVS indexes nothing nested); the risk itself
 * is the `risk` attribute. `residualClass` depends on the site's matrix: changing the matrix means re-indexing.
 */
export const RISK_ENTITY_NAME = 'risk';

export interface RiskIndexAttributes {
  /** R-12 → 12: the register's default order. */
  riskNumber: number;
  category: RiskCategory;
  status: RiskStatus;
  owner: string;
  /** YYYY-MM-DD: sorts as a date, so "due before" is a range query. */
  nextReview: string;
  residualClass: RiskClass;
}

export type RiskEntityValue = RiskIndexAttributes & { risk: Risk };

/** For manifest.yml `app.storage.entities`. */
export const RISK_ENTITY = {
  name: RISK_ENTITY_NAME,
  attributes: {
    riskNumber: { type: 'integer' },
    category: { type: 'string' },
    status: { type: 'string' },
    owner: { type: 'string' },
    nextReview: { type: 'string' },
    residualClass: { type: 'string' },
    risk: { type: 'any' },
  },
  indexes: [
    { name: 'by-number', range: ['riskNumber'] },
    { name: 'by-next-review', range: ['nextReview'] },
    { name: 'by-category', partition: ['category'], range: ['nextReview'] },
    { name: 'by-status', partition: ['status'], range: ['nextReview'] },
    { name: 'by-owner', partition: ['owner'], range: ['nextReview'] },
    { name: 'by-residual-class', partition: ['residualClass'], range: ['nextReview'] },
  ],
} as const;

export function riskIndexAttributes(risk: Risk, matrix: RiskMatrix = DEFAULT_RISK_MATRIX): RiskIndexAttributes {
  return {
    riskNumber: riskNumberOf(risk.id),
    category: risk.category,
    status: risk.status,
    owner: risk.owner,
    nextReview: risk.nextReviewDate,
    residualClass: riskClassOf(risk.residual, matrix),
  };
}

export function riskEntityValue(risk: Risk, matrix: RiskMatrix = DEFAULT_RISK_MATRIX): RiskEntityValue {
  return { ...riskIndexAttributes(risk, matrix), risk };
}
