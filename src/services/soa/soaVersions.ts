import { z } from 'zod';
import { diffSoaEntries, soaSummary, type SoaControlChange, type SoaSnapshot, type SoaSnapshotHeader } from '../../domain/soa';
import type { PdfExport } from '../evidence/pdfExport';
import { isIsmsLead, onlyIsmsLeads } from './ismsLeads';
import type { Caller, SoaPorts } from './ports';
import { refuse, succeed, type RegisterResult } from './registerResult';
import type { SoaSnapshotStore } from './snapshotStore';
import { soaPdfExport } from './soaPdf';
import { allEntries } from './soaReports';

export type SoaVersionPorts = SoaPorts & { snapshots: SoaSnapshotStore };

// Two leads approving at once: one gets N, the other N + 1 on its next round.
const MAX_APPROVE_ATTEMPTS = 3;

/** Freezes the SoA as it stands as the next version; only ISMS leads approve. */
export async function approveSoaVersion(ports: SoaVersionPorts, caller: Caller): Promise<RegisterResult<SoaSnapshotHeader>> {
  if (!(await isIsmsLead(ports.people, caller.accountId))) {
    return refuse('FORBIDDEN', await onlyIsmsLeads(ports.people, 'approve a version of the Statement of Applicability'));
  }
  const entries = await allEntries(ports);
  for (let attempt = 0; attempt < MAX_APPROVE_ATTEMPTS; attempt += 1) {
    const version = (await ports.snapshots.latestVersion()) + 1;
    const header: SoaSnapshotHeader = { version, approvedBy: caller.accountId, approvedAt: ports.clock.now().toISOString(), summary: soaSummary(entries) };
    const snapshot: SoaSnapshot = { ...header, entries };
    if (await ports.snapshots.create(snapshot)) return succeed(header);
  }
  return refuse('CONFLICT', 'Another version is being approved right now. Reload the versions and try again.');
}

export const ListVersionsInput = z.strictObject({ limit: z.number().int().min(1).max(100).default(50) });

export interface SoaVersionList {
  versions: SoaSnapshotHeader[];
  /** Display names of the approvers. */
  people: Record<string, string>;
}

export async function listSoaVersions(ports: SoaVersionPorts, input: z.output<typeof ListVersionsInput>): Promise<RegisterResult<SoaVersionList>> {
  const versions = await ports.snapshots.list(input.limit);
  const people = await ports.people.displayNames([...new Set(versions.map((version) => version.approvedBy))]);
  return succeed({ versions, people });
}

const VersionRef = z.union([z.number().int().positive(), z.literal('current')]);
export const DiffVersionsInput = z.strictObject({ from: VersionRef, to: VersionRef });

async function entriesAt(ports: SoaVersionPorts, ref: z.output<typeof VersionRef>) {
  if (ref === 'current') return allEntries(ports);
  return (await ports.snapshots.read(ref))?.entries ?? null;
}

/** What changed in applicability, status and justification between two versions (or a version and now). */
export async function diffSoaVersions(ports: SoaVersionPorts, input: z.output<typeof DiffVersionsInput>): Promise<RegisterResult<SoaControlChange[]>> {
  const [from, to] = await Promise.all([entriesAt(ports, input.from), entriesAt(ports, input.to)]);
  if (from === null) return refuse('NOT_FOUND', `There is no approved version ${input.from}.`);
  if (to === null) return refuse('NOT_FOUND', `There is no approved version ${input.to}.`);
  return succeed(diffSoaEntries(from, to));
}

export const ExportSoaPdfInput = z.strictObject({ version: z.number().int().positive().optional() });

/** The working SoA, or an approved version, as a PDF. */
export async function exportSoaPdf(ports: SoaVersionPorts, input: z.output<typeof ExportSoaPdfInput>): Promise<RegisterResult<PdfExport>> {
  const snapshot = input.version === undefined ? null : await ports.snapshots.read(input.version);
  if (input.version !== undefined && snapshot === null) return refuse('NOT_FOUND', `There is no approved version ${input.version}.`);
  const entries = snapshot?.entries ?? (await allEntries(ports));
  const ids = [...new Set([...entries.flatMap((entry) => (entry.owner === null ? [] : [entry.owner])), ...(snapshot ? [snapshot.approvedBy] : [])])];
  return succeed(
    await soaPdfExport({
      entries,
      summary: snapshot?.summary ?? soaSummary(entries),
      version: snapshot === null ? null : { number: snapshot.version, approvedBy: snapshot.approvedBy, approvedAt: snapshot.approvedAt },
      generatedAt: ports.clock.now(),
      people: await ports.people.displayNames(ids),
    }),
  );
}
