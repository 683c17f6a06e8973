import { z } from 'zod';
import { STANDARD_IDS, type StandardId } from '../catalog';
import { AccountIdSchema, IsoInstantSchema } from '../schemas/risk';

/**
 * The internal audit programme (clause 9.2.2 of all three standards, ISO 19011 5): one cycle, typically the
 * three years of a certification cycle, over the standards the integrated management system is certified to.
 */

export const DEFAULT_CYCLE_YEARS = 3;

export const ProgrammeDraftSchema = z.strictObject({
  cycleStartYear: z.number({ error: 'The cycle starts in a year, e.g. 2026' }).int().min(2000, { error: 'The cycle starts in 2000 or later' }).max(2100, { error: 'The cycle starts in 2100 or earlier' }),
  cycleYears: z.number({ error: 'The cycle length is a number of years' }).int().min(1, { error: 'The cycle lasts at least 1 year' }).max(5, { error: 'The cycle lasts at most 5 years' }),
  standards: z
    .array(z.enum(STANDARD_IDS, { error: `A standard is ${STANDARD_IDS.join(', ')}` }))
    .min(1, { error: 'Choose at least one standard' })
    .refine((standards) => new Set(standards).size === standards.length, { error: 'A standard is named twice' })
    // Stored in the catalog's order, so every view and export lists the standards the same way.
    .transform((standards) => STANDARD_IDS.filter((standard) => standards.includes(standard))),
});
export type ProgrammeDraft = z.infer<typeof ProgrammeDraftSchema>;

export const ProgrammeSchema = z.strictObject({
  cycleStartYear: z.number().int(),
  cycleYears: z.number().int(),
  standards: z.array(z.enum(STANDARD_IDS)),
  version: z.number().int().positive(),
  updatedAt: IsoInstantSchema,
  updatedBy: AccountIdSchema,
});
export type Programme = z.infer<typeof ProgrammeSchema>;

/** First and last day of the cycle, as `YYYY-MM-DD` (compared as text, which orders ISO dates correctly). */
export function cycleWindow(programme: Pick<Programme, 'cycleStartYear' | 'cycleYears'>): { from: string; to: string } {
  return { from: `${programme.cycleStartYear}-01-01`, to: `${programme.cycleStartYear + programme.cycleYears - 1}-12-31` };
}

export function cycleLabel(programme: Pick<Programme, 'cycleStartYear' | 'cycleYears'>): string {
  const last = programme.cycleStartYear + programme.cycleYears - 1;
  return last === programme.cycleStartYear ? String(last) : `${programme.cycleStartYear}–${last}`;
}

/** An audit counts for the cycle when it is planned to start inside it (a late finish still audits this cycle). */
export function isInCycle(programme: Pick<Programme, 'cycleStartYear' | 'cycleYears'>, plannedStart: string): boolean {
  const { from, to } = cycleWindow(programme);
  return plannedStart >= from && plannedStart <= to;
}

export const isProgrammeStandard = (programme: Pick<Programme, 'standards'>, standard: StandardId): boolean => programme.standards.includes(standard);
