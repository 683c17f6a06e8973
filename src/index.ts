/**
 * Forge entry points: every `function.handler` in manifest.yml names an export of this file (`index.<export>`).
 * Each export is a thin handler from `src/handlers/`.
 */
export { compliancePanelResolver } from './handlers/compliancePanelResolver';
export { classificationResolver } from './handlers/classificationResolver';
export { onIssueChanged } from './handlers/onIssueChanged';
export { adminResolver } from './handlers/adminResolver';
export { cabResolver } from './handlers/cabResolver';
export { cabAgendaResolver } from './handlers/cabAgendaResolver';
export { cabGate } from './handlers/cabGate';
export { evidenceResolver } from './handlers/evidenceResolver';
export { coverageGadgetResolver } from './handlers/coverageGadgetResolver';
export { evidenceWorker } from './handlers/evidenceWorker';
export { imsEvidence, imsRiskLinked } from './handlers/jqlFunctions';
export { soaResolver } from './handlers/soaResolver';
export { aiSystemResolver } from './handlers/aiSystemResolver';
export { riskRegisterResolver } from './handlers/riskRegisterResolver';
export { auditResolver } from './handlers/auditResolver';
export { auditExecutionResolver } from './handlers/auditExecutionResolver';
export { ncClosureGate } from './handlers/ncClosureGate';
export { reviewScheduler } from './handlers/reviewScheduler';
