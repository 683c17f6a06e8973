import type { SimField, SimIssue, SimState } from '../jira/model';
import type { JqlAlias } from '../jira/jqlTypes';

interface CustomFieldModule {
  key: string;
  name: string;
  type: string;
  readOnly?: boolean;
  schema?: { properties?: Record<string, { type?: string; format?: string; searchAlias?: string }> };
}

interface EntityPropertyModule {
  key: string;
  entityType?: string;
  propertyKey: string;
  values: { path: string; type: string; searchAlias?: string }[];
}

const modulesOf = <T>(manifest: Record<string, unknown>, type: string): T[] =>
  (((manifest.modules as Record<string, unknown[]> | undefined) ?? {})[type] ?? []) as T[];

const FORGE_FIELD_TYPE = 'ari:cloud:ecosystem::extension';

/**
 * What installing the app does to a site: each `jira:customField` module becomes a custom field owned by the
 * app (Jira gives it the next `customfield_N` id). Idempotent: a field already installed keeps its id.
 */
export function installCustomFields(state: SimState, manifest: Record<string, unknown>): SimField[] {
  return modulesOf<CustomFieldModule>(manifest, 'jira:customField').map((module) => {
    const existing = state.fields.find((field) => field.forgeModuleKey === module.key);
    if (existing) return existing;
    const number = (state.counters.customFieldId ?? 10099) + 1;
    state.counters.customFieldId = number;
    const field: SimField = {
      id: `customfield_${number}`,
      key: `customfield_${number}`,
      name: module.name,
      custom: true,
      schema: { type: module.type === 'object' ? 'any' : module.type, custom: `${FORGE_FIELD_TYPE}/${module.key}`, customId: number },
      forgeModuleKey: module.key,
      readOnly: module.readOnly === true,
      clauseNames: [`cf[${number}]`, module.name],
    };
    state.fields.push(field);
    return field;
  });
}

/**
 * The JQL names the manifest adds: the `searchAlias` of each property of an object custom field (the app names
 * them in full, `imsClass.security`, because Atlassian's grammar refuses a quoted field name followed by a
 * property) and of each indexed `jira:entityProperty` value. Values resolve from the issue as Jira indexes them.
 */
export function manifestJqlAliases(state: SimState, manifest: Record<string, unknown>): JqlAlias[] {
  const aliases: JqlAlias[] = [];
  for (const module of modulesOf<CustomFieldModule>(manifest, 'jira:customField')) {
    const field = state.fields.find((candidate) => candidate.forgeModuleKey === module.key);
    if (!field) continue;
    for (const [property, spec] of Object.entries(module.schema?.properties ?? {})) {
      if (!spec.searchAlias) continue;
      aliases.push({
        name: spec.searchAlias,
        ...(spec.format === 'date-time' ? { type: 'date' as const } : {}),
        resolve: (issue) => valueAt(issue.customFields[field.id], property),
      });
    }
  }
  for (const module of modulesOf<EntityPropertyModule>(manifest, 'jira:entityProperty')) {
    if ((module.entityType ?? 'issue') !== 'issue') continue;
    for (const value of module.values) {
      if (!value.searchAlias) continue;
      aliases.push({ name: value.searchAlias, ...(value.type === 'date' ? { type: 'date' as const } : {}), resolve: (issue: SimIssue) => valueAt(issue.properties[module.propertyKey], value.path) });
    }
  }
  return aliases;
}

/** Reads a dotted path; arrays along the way are flattened, as Jira indexes every element of an array. */
function valueAt(root: unknown, dottedPath: string): unknown {
  let values: unknown[] = [root];
  for (const segment of dottedPath.split('.')) {
    values = values
      .flatMap((value) => (Array.isArray(value) ? value : [value]))
      .map((value) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined))
      .filter((value) => value !== undefined);
  }
  const flat = values.flatMap((value) => (Array.isArray(value) ? value : [value]));
  return flat.length === 0 ? undefined : flat.length === 1 ? flat[0] : flat;
}
