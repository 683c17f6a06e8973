import type { AppManifest } from './appManifest';
import type { PlatformIdentity } from './invocation';

/** The one site and installation the workbench simulates; fixed ids keep persisted data and URLs stable between runs. */
const WORKBENCH_CLOUD_ID = 'b0b0b0b0-0000-4000-8000-00000000c10d';

export function identityOf(manifest: AppManifest): PlatformIdentity {
  return {
    appId: manifest.appId.split('/').pop() ?? manifest.appId,
    environmentId: 'e0e0e0e0-0000-4000-8000-0000000000e1',
    installationId: '1a1a1a1a-0000-4000-8000-0000000001a1',
    cloudId: WORKBENCH_CLOUD_ID,
    installContext: `ari:cloud:jira::site/${WORKBENCH_CLOUD_ID}`,
  };
}
