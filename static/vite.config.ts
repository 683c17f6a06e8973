import path from 'node:path';
import type { InlineConfig } from 'vite' with { 'resolution-mode': 'import' };

/**
 * The one Vite configuration every Custom UI module builds with: `static/<module>/index.html` → `static/<module>/build/`.
 * `base: './'` because Forge serves each resource from its own CDN path, never from the site root.
 */
export function uiModuleConfig(moduleDir: string): InlineConfig {
  return {
    configFile: false,
    root: moduleDir,
    base: './',
    logLevel: 'warn',
    // Vite's own Oxc transform compiles TSX; the automatic runtime needs no `import React` in components.
    oxc: { jsx: { runtime: 'automatic' } },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: path.join(moduleDir, 'build'),
      emptyOutDir: true,
      target: 'es2022',
      // Forge resources are limited in size; a warning above 1 MB is a cue to split the module.
      chunkSizeWarningLimit: 1024,
    },
  };
}
