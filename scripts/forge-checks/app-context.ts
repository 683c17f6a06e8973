import type { ParsedManifest } from './manifest-validation';

/** What every Triad check reads: the app folder, its manifest as @forge/manifest parsed it, its source files. */
export interface AppContext {
  appDir: string;
  manifest: ParsedManifest;
  /** Relative to appDir, forward slashes (`src/index.ts`). */
  sourceFiles: string[];
  /** The vendored specs and `operations.json` (this repository's `openapi/`). */
  openapiDir: string;
}
