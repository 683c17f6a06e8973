import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { findTemplate } from './matchPath';
import { type OpenApiOperation, type OpenApiSpec, loadJiraSpec } from './spec';

export interface ContractCheck {
  method: string;
  /** A spec path template (`/rest/api/3/issue/{issueIdOrKey}`) or a concrete path, with or without query string. */
  path: string;
  status?: number;
  requestBody?: unknown;
  responseBody?: unknown;
}

const COMPONENTS_ID = 'jira-platform-components';

/**
 * Ajv over the OpenAPI 3.0 schemas: `nullable` is understood by Ajv 8 itself; OpenAPI-only keywords
 * (readOnly, example, x-…) are ignored (`strict: false`); `#/components/...` refs resolve through a schema holding
 * the spec's components under its own `$id`.
 */
class SpecValidator {
  private readonly ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(readonly spec: OpenApiSpec) {
    addFormats(this.ajv);
    // Formats the spec uses that are documentation only.
    this.ajv.addFormat('url', true);
    this.ajv.addSchema({ $id: COMPONENTS_ID, components: normalizeSchema(spec.components) });
  }

  validator(cacheKey: string, schema: unknown): ValidateFunction {
    let fn = this.compiled.get(cacheKey);
    if (!fn) {
      fn = this.ajv.compile(normalizeSchema(schema) as object);
      this.compiled.set(cacheKey, fn);
    }
    return fn;
  }
}

/**
 * Points `#/components/...` refs at the components schema, and drops `additionalProperties: false` where a schema
 * has no `properties` of its own but combines others (`anyOf`...): Atlassian's generator writes that for
 * `JqlQueryClause`, which in JSON Schema would forbid every property of every alternative.
 */
function normalizeSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(normalizeSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const record = schema as Record<string, unknown>;
  const isComposition = !('properties' in record) && ('anyOf' in record || 'oneOf' in record || 'allOf' in record);
  return Object.fromEntries(
    Object.entries(record)
      .filter(([k, v]) => !(isComposition && k === 'additionalProperties' && v === false))
      .map(([k, v]) => [k, k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `${COMPONENTS_ID}${v}` : normalizeSchema(v)]),
  );
}

let shared: SpecValidator | undefined;

function jsonSchemaOf(content: Record<string, { schema?: unknown }> | undefined): unknown {
  return content?.['application/json']?.schema;
}

function isEmptySchema(schema: unknown): boolean {
  return schema !== null && typeof schema === 'object' && Object.keys(schema).length === 0;
}

function check(v: SpecValidator, key: string, schema: unknown, value: unknown, where: string): string[] {
  const validate = v.validator(key, schema);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${where}${e.instancePath || '/'} ${e.message ?? 'is invalid'}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
}

function responseErrors(v: SpecValidator, op: OpenApiOperation, opKey: string, status: number, body: unknown): string[] {
  const where = `response ${status}`;
  const response = op.responses[String(status)] ?? op.responses.default;
  const schema = jsonSchemaOf(response?.content);
  // Error statuses Jira documents without a body (or not at all) still carry its ErrorCollection shape.
  if (status >= 400 && (!response || schema === undefined)) {
    if (!v.spec.components.schemas.ErrorCollection) return [];
    return check(v, 'ErrorCollection', { $ref: '#/components/schemas/ErrorCollection' }, body, where);
  }
  if (!response) return [`${where}: status ${status} is not documented for this operation`];
  if (schema === undefined || (isEmptySchema(schema) && body === undefined)) {
    return body === undefined || isEmptySchema(schema) ? [] : [`${where}: documented without a body, but one was sent`];
  }
  if (body === undefined) return [`${where}: a body is documented but none was sent`];
  return check(v, `${opKey} ${status}`, schema, body, where);
}

/** Checks a request and/or response against the Jira spec; returns readable errors, none when it conforms. */
export function validateAgainstSpec(input: ContractCheck): string[] {
  shared ??= new SpecValidator(loadJiraSpec());
  const v = shared;
  const method = input.method.toLowerCase();
  const bare = input.path.split('?')[0]!;
  const template = bare in v.spec.paths ? bare : findTemplate(Object.keys(v.spec.paths), bare)?.template;
  const op = template === undefined ? undefined : v.spec.paths[template]?.[method];
  if (!template || !op) return [`${input.method.toUpperCase()} ${bare}: no such operation in the Jira spec`];
  const opKey = `${method} ${template}`;
  const errors: string[] = [];
  if (input.requestBody !== undefined) {
    const schema = jsonSchemaOf(op.requestBody?.content);
    if (schema === undefined) errors.push(`request: ${opKey} takes no JSON body`);
    else errors.push(...check(v, `${opKey} request`, schema, input.requestBody, 'request'));
  }
  if (input.status !== undefined) errors.push(...responseErrors(v, op, opKey, input.status, input.responseBody));
  return errors.map((e) => `${input.method.toUpperCase()} ${template}: ${e}`);
}
