import { z } from 'zod';
import rawCatalog from './data/iso-catalog.json';
import { buildCatalogData } from './buildCatalogData';
import { createCatalog, type Catalog } from './catalog';
import type { CatalogData } from './catalogTypes';
import { parseClauseId, type ClauseId } from './clauseId';

let builtinData: CatalogData | undefined;
let builtin: Catalog | undefined;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The data shipped with the app, parsed once and frozen so no override can change it by accident. */
export function builtinCatalogData(): CatalogData {
  builtinData ??= deepFreeze(buildCatalogData(rawCatalog));
  return builtinData;
}

/** The catalog without user overrides. Overrides never add entries, so it also answers "is this id known". */
export function builtinCatalog(): Catalog {
  builtin ??= createCatalog(builtinCatalogData());
  return builtin;
}

export function isKnownClause(text: string): boolean {
  const parsed = parseClauseId(text);
  return parsed.ok && builtinCatalog().has(parsed.value);
}

/** Like `ClauseIdSchema`, and the clause or control must exist in the catalog. */
export const KnownClauseIdSchema = z.string().transform((text, ctx): ClauseId => {
  const parsed = parseClauseId(text);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.error.message });
    return z.NEVER;
  }
  if (!builtinCatalog().has(parsed.value)) {
    ctx.addIssue({ code: 'custom', message: `${parsed.value} is not a clause or control in the catalog` });
    return z.NEVER;
  }
  return parsed.value;
});
