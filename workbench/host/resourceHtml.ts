/**
 * Forge loads its bridge into every Custom UI iframe before the app's own scripts: `@forge/bridge` looks up
 * `window.__bridge` when its modules load. The workbench does the same with a same-origin script (no inline
 * code, so the resource's CSP needs no hash for it).
 */
export function injectBridgeScript(html: string, bridgeScriptUrl: string, hostOrigin: string): string {
  const tag = `<script src="${bridgeScriptUrl}" data-host-origin="${hostOrigin}"></script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (!head) return `${tag}${html}`;
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n    ${tag}${html.slice(at)}`;
}
