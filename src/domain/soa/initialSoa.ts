import { builtinCatalog, type Catalog } from '../catalog';
import { SOA_STANDARDS, type SoaEntry } from '../schemas/soa';

/**
 * Every reference control, in catalog order, as an undecided draft: applicable until someone says otherwise
 * (27001 6.1.3 c asks to compare against all of Annex A), no justification yet, so each entry shows as
 * incomplete until the ISMS lead has decided it.
 */
export function buildInitialSoa(catalog: Catalog = builtinCatalog()): SoaEntry[] {
  return SOA_STANDARDS.flatMap((standard) =>
    catalog.listStandard(standard, { kind: 'control' }).map(
      (control): SoaEntry => ({
        controlId: control.id,
        applicable: true,
        justification: '',
        inclusionReasons: [],
        implementationStatus: 'not started',
        appliedControls: '',
        linkedRisks: [],
        evidenceJql: null,
        owner: null,
        version: 1,
        updatedAt: null,
        updatedBy: null,
      }),
    ),
  );
}
