/**
 * Forge entry points: every `function.handler` in manifest.yml names an export of this file (`index.<export>`).
 * Each export is a thin handler from `src/handlers/`.
 */
export { compliancePanelResolver } from './handlers/compliancePanelResolver';
export { classificationResolver } from './handlers/classificationResolver';
export { onIssueChanged } from './handlers/onIssueChanged';
