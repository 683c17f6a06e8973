import { builtinCatalog, type Catalog } from '../../../src/domain/catalog';

// The evidence resolver has no catalog search: the page bundles the built-in catalog (the three standards'
// headings and mappings) so the clause picker answers as the user types, with no invocation per keystroke.
let catalog: Catalog | undefined;
export const pageCatalog = (): Catalog => (catalog ??= builtinCatalog());
