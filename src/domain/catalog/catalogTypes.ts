import type { ClauseId, RefKind } from './clauseId';
import type { Confidence, MappingCategory } from './catalogFile';
import type { StandardId } from './standards';

export type { Confidence, MappingCategory };

/** Built-in facts ship with the app; user corrections arrive as overrides and stay recognisable as such. */
export type Origin = 'builtin' | 'user';

/** The Annex A area a reference control belongs to (27001: theme; 42001: group and, in A.6, a subgroup). */
export interface ControlGroup {
  ref: string;
  title: string;
  theme?: string;
  subgroup?: { ref: string; title: string };
}

/**
 * A requirement node (clause), a reference control (Annex A) or a whole-system pseudo-ref (`kind: 'scope'`,
 * `4-10` and `Annex A`). `level` is the clause depth (8.5.1 → 3), the number depth for controls (A.5.24 → 2)
 * and 0 for whole-system refs.
 */
export interface CatalogEntry {
  id: ClauseId;
  standard: StandardId;
  ref: string;
  kind: RefKind;
  title: string;
  level: number;
  parent: ClauseId | null;
  confidence: Confidence;
  note?: string;
  group?: ControlGroup;
  origin: Origin;
  /** Set when a user override replaced the heading: what the catalog said before. */
  builtinTitle?: string;
  overrideReason?: string;
}

export interface CatalogMapping {
  from: ClauseId;
  /** Empty for the data's "no counterpart" rows, which say so explicitly. */
  to: readonly ClauseId[];
  relation: string;
  confidence: Confidence;
  source: string;
  note?: string;
  category: MappingCategory;
  origin: Origin;
}

export interface StandardInfo {
  id: StandardId;
  edition: string;
  title: string;
  structure: string;
  note?: string;
  controlGroups: readonly { ref: string; title: string; theme?: string; count: number }[];
}

export interface CatalogData {
  standards: readonly StandardInfo[];
  entries: readonly CatalogEntry[];
  mappings: readonly CatalogMapping[];
  /** Meaning of each relation name used by the mappings. */
  relations: Readonly<Record<string, string>>;
  disclaimer: string;
}
