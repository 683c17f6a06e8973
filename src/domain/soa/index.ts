/** The Statement of Applicability over the reference controls of ISO 27001 and ISO 42001 Annex A. */
export { buildInitialSoa } from './initialSoa';
export { editSoaEntry, isSoaEntryComplete, soaEntryProblems, type SoaEditResult } from './entryRules';
export { outdatedLinkedRisks, risksByControl } from './linkedRisks';
export { soaSummary, type SoaCounts, type SoaSummary } from './summary';
export { soaAlignment, soaEvidenceJql, type AlignedControl, type SoaAlignment } from './alignment';
export { SOA_CSV_COLUMNS, soaCsv } from './soaCsv';
export * from '../schemas/soa';
export { diffSoaEntries, type SoaComparedField, type SoaControlChange, type SoaSnapshot, type SoaSnapshotHeader } from './snapshots';
