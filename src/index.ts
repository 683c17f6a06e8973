/**
 * Forge entry points: every `function.handler` in manifest.yml names an export of this file (`index.<export>`).
 * Each export is a thin handler from `src/handlers/`.
 */
export { compliancePanelResolver } from './handlers/compliancePanelResolver';
