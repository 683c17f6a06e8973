import {
  AI_HARMS,
  AI_SERIOUS_INCIDENTS,
  CIA_IMPACTS,
  type Classification,
} from '../schemas/classification';

/** Prefix of every JQL name of the field's properties: `imsClass.security`, `imsClass.severity`, ... */
export const CLASSIFICATION_ALIAS_PREFIX = 'imsClass';

/** JSON schema type of a property in the field's manifest `schema` (what Jira indexes it as). */
export type SearchAliasType = 'boolean' | 'integer' | 'string';

export interface ClassificationSearchAlias {
  property: keyof Classification;
  /** The JQL name. Forge's manifest schema allows `[a-zA-Z0-9._-]`, 1–255 characters, in a search alias. */
  searchAlias: string;
  type: SearchAliasType;
  /** ISO 8601 instants are strings with `format: date-time`, so JQL compares them as dates. */
  format?: 'date-time';
  enum?: readonly (string | number)[];
  minimum?: number;
  maximum?: number;
}

const alias = (property: keyof Classification, type: SearchAliasType, extra: Partial<ClassificationSearchAlias> = {}) => ({
  property,
  searchAlias: `${CLASSIFICATION_ALIAS_PREFIX}.${property}`,
  type,
  ...extra,
});

/**
 * One alias per property, every property searchable. The alias is the whole dotted JQL name: Atlassian's JQL
 * grammar accepts `imsClass.security` as one field name but rejects a quoted field name followed by a property
 * (`"IMS classification".security`), so the name must not depend on the field's display name.
 * Booleans index as the strings "true"/"false": JQL must quote them (`imsClass.security = "true"`).
 */
export const CLASSIFICATION_SEARCH_ALIASES: readonly ClassificationSearchAlias[] = [
  alias('service', 'boolean'),
  alias('security', 'boolean'),
  alias('ai', 'boolean'),
  alias('severity', 'integer', { minimum: 1, maximum: 4 }),
  alias('confidentiality', 'string', { enum: CIA_IMPACTS }),
  alias('integrity', 'string', { enum: CIA_IMPACTS }),
  alias('availability', 'string', { enum: CIA_IMPACTS }),
  alias('personalData', 'boolean'),
  alias('aiHarm', 'string', { enum: AI_HARMS }),
  alias('aiSystem', 'string'),
  alias('aiSeriousIncident', 'string', { enum: AI_SERIOUS_INCIDENTS }),
  alias('awareAt', 'string', { format: 'date-time' }),
  alias('notifyBy', 'string', { format: 'date-time' }),
];

export function searchAliasOf(property: keyof Classification): string {
  return `${CLASSIFICATION_ALIAS_PREFIX}.${property}`;
}

type ManifestProperty = Omit<ClassificationSearchAlias, 'property' | 'enum'> & { enum?: (string | number)[] };

/** The `schema` of the field's `jira:customField` module (type object), for manifest.yml. */
export function classificationManifestSchema(): { type: 'object'; properties: Record<string, ManifestProperty> } {
  const properties: Record<string, ManifestProperty> = {};
  for (const { property, enum: values, ...rest } of CLASSIFICATION_SEARCH_ALIASES) {
    properties[property] = { ...rest, ...(values ? { enum: [...values] } : {}) };
  }
  return { type: 'object', properties };
}
