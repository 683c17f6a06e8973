import type { HostModule } from '../hostBackend';
import { type Html, html } from './html';

/**
 * A Custom UI module as Jira embeds it: a cross-origin iframe on the resource origin. Its context rides on the
 * element for the host bridge (the page's own script reads it; the frame cannot change it).
 */
export function moduleFrame(module: HostModule, context: unknown, resourceOrigin: string): Html {
  const src = resourceUrl(module, resourceOrigin);
  return html`<iframe class="forge-frame" data-forge-frame data-module-key="${module.key}" data-context="${JSON.stringify(context)}"
    src="${src}" title="${module.title}" sandbox="allow-scripts allow-same-origin allow-forms allow-popups allow-downloads allow-modals"></iframe>`;
}

export function hostBridgeScript(resourceOrigin: string): Html {
  return html`<script src="/host/assets/hostBridge.js" data-resource-origin="${resourceOrigin}"></script>`;
}

/** Where the module's resource is served: the resource origin, as Forge serves resources from its CDN. */
export function resourceUrl(module: HostModule, resourceOrigin: string): string {
  return `${resourceOrigin}/resources/${encodeURIComponent(module.resource)}/index.html`;
}
