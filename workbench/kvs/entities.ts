import { invalidInput, KvsError } from './errors';

/** The manifest's `app.storage.entities[]` entry, passed in as data. */
export type AttributeType = 'string' | 'integer' | 'float' | 'boolean' | 'any';
export interface EntityIndexDefinition {
  name: string;
  /** The manifest schema makes `range` a one-or-more list; a bare string is accepted too. */
  range: string | string[];
  partition?: string[];
}
export interface EntityDefinition {
  name: string;
  attributes: Record<string, { type: AttributeType }>;
  /** A bare attribute name is shorthand for an index of that name ranged on that attribute. */
  indexes?: Array<string | EntityIndexDefinition>;
}

export interface EntityIndex {
  name: string;
  range: string;
  partition: string[];
}
export interface EntitySchema {
  name: string;
  attributes: Record<string, { type: AttributeType }>;
  indexes: Map<string, EntityIndex>;
}

const ENTITY_NAME_PATTERN = /^(?![_.-])(?!.*\.{2})[a-z0-9:\-_.]*(?<![.])$/;
const INT32_MIN = -2_147_483_648;
const INT32_MAX = 2_147_483_647;

/** A bad definition is a manifest bug: throw a plain Error so the workbench refuses to start. */
export function compileEntityDefinitions(definitions: readonly EntityDefinition[]): Map<string, EntitySchema> {
  const schemas = new Map<string, EntitySchema>();
  for (const definition of definitions) {
    if (schemas.has(definition.name)) throw new Error(`Entity '${definition.name}' is defined twice`);
    schemas.set(definition.name, compileEntity(definition));
  }
  return schemas;
}

function compileEntity(definition: EntityDefinition): EntitySchema {
  const indexes = new Map<string, EntityIndex>();
  for (const raw of definition.indexes ?? []) {
    const index = typeof raw === 'string' ? { name: raw, range: raw, partition: [] } : compileIndex(definition.name, raw);
    for (const attribute of [index.range, ...index.partition]) {
      if (!(attribute in definition.attributes)) {
        throw new Error(`Index '${index.name}' of entity '${definition.name}' uses undeclared attribute '${attribute}'`);
      }
    }
    if (indexes.has(index.name)) throw new Error(`Entity '${definition.name}' defines index '${index.name}' twice`);
    indexes.set(index.name, index);
  }
  return { name: definition.name, attributes: definition.attributes, indexes };
}

function compileIndex(entityName: string, raw: EntityIndexDefinition): EntityIndex {
  const range = typeof raw.range === 'string' ? [raw.range] : raw.range;
  const [first, ...rest] = range;
  if (first === undefined || rest.length > 0) {
    throw new Error(`Index '${raw.name}' of entity '${entityName}': the workbench supports exactly one range attribute`);
  }
  return { name: raw.name, range: first, partition: raw.partition ?? [] };
}

export function checkEntityName(name: string): void {
  if (name.length < 3) throw invalidInput('ENTITY_TYPE_TOO_SHORT', `Entity name '${name}' needs at least 3 characters`);
  if (name.length > 60) throw invalidInput('ENTITY_TYPE_TOO_LARGE', `Entity name '${name}' exceeds 60 characters`);
  if (!ENTITY_NAME_PATTERN.test(name)) {
    throw invalidInput('INVALID_ENTITY_TYPE', `Entity name '${name}' does not match ${ENTITY_NAME_PATTERN.source}`);
  }
}

export function schemaFor(schemas: Map<string, EntitySchema>, name: string): EntitySchema {
  checkEntityName(name);
  const schema = schemas.get(name);
  // Undocumented on the platform (it only stores declared entities): name the fix.
  if (!schema) throw new KvsError(400, 'ENTITY_NOT_DEFINED', `Entity '${name}' is not declared in manifest app.storage.entities`);
  return schema;
}

/**
 * Values must match the declared attribute types. Undeclared attributes are refused too, so that an
 * attribute the app forgot to declare shows up here rather than as a missing index entry after deploy.
 */
export function checkEntityValue(schema: EntitySchema, value: unknown): asserts value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw invalidInput('INVALID_ENTITY_VALUE', `A value of entity '${schema.name}' must be an object`);
  }
  for (const [attribute, attributeValue] of Object.entries(value)) {
    const declared = schema.attributes[attribute];
    if (!declared) {
      throw invalidInput('INVALID_ENTITY_VALUE', `Attribute '${attribute}' is not declared for entity '${schema.name}'`);
    }
    if (!fitsType(declared.type, attributeValue)) {
      throw invalidInput(
        'INVALID_ENTITY_VALUE',
        `Attribute '${attribute}' of entity '${schema.name}' must be ${declared.type}; got ${JSON.stringify(attributeValue)}`,
      );
    }
  }
}

function fitsType(type: AttributeType, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value) && (value as number) >= INT32_MIN && (value as number) <= INT32_MAX;
    case 'float':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'any':
      return true;
  }
}
