import { load } from 'cheerio';
import { CSPInjectionService, CSPProcessingService } from '@forge/csp';
import type { Permissions } from '@forge/manifest';

/**
 * The Content-Security-Policy Forge's CDN sends with a Custom UI resource, built by Atlassian's own @forge/csp:
 * the processing step reads the app's `permissions` (content, external) and the HTML's inline scripts, the
 * injection step adds the platform's fixed directives (prod environment). Our two workbench origins stand in for
 * the site: `hostOrigin` may frame the resource and is allowed like the site hostname is.
 */
export function resourceCsp(html: string, permissions: Permissions | undefined, origins: { hostOrigin: string; reportUri: string }): string {
  const processing = new CSPProcessingService({ info: (message: string) => console.warn(`[csp] ${message}`) }, load);
  const existingCSPDetails = processing.getCspDetails(html, permissions ?? {});
  const directives = new CSPInjectionService().getInjectableCSP({
    existingCSPDetails,
    microsEnv: 'prod',
    hostname: origins.hostOrigin,
    tunnelCSPReporterUri: origins.reportUri,
  });
  return directives.join('; ');
}
