import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The project's vendored, trimmed Jira platform spec (made by the trim script from `openapi/operations.json`). */
export const JIRA_SPEC_PATH = path.resolve(__dirname, '../../../openapi/jira-platform.v3.json');

export interface OpenApiOperation {
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

export interface OpenApiSpec {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, unknown> };
}

let cached: OpenApiSpec | undefined;

export function loadJiraSpec(): OpenApiSpec {
  if (!cached) {
    cached = JSON.parse(readFileSync(JIRA_SPEC_PATH, 'utf8')) as OpenApiSpec;
  }
  return cached;
}
