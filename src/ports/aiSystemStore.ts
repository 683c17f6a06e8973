import type { AiLifecycleStage, AiSystem } from '../domain/aiSystems';

/** What happened to a register entry; users cannot edit or delete these. */
export interface AiSystemAuditEvent {
  kind: 'ai-system-created' | 'ai-system-edited';
  systemId: string;
  actor: string;
  at: string;
  version: number;
  before: unknown;
  after: unknown;
}

/**
 * The AI system register. Numbers come from an atomic counter, so two systems created at once never share an
 * id; writes carry "version is still N", so of two edits made on the same version exactly one is stored.
 */
export interface AiSystemStore {
  /** The next unused register number, taken atomically (never handed out twice). */
  takeNextNumber(): Promise<number>;
  /** `false` when a system with that id exists already. */
  create(system: AiSystem, event: AiSystemAuditEvent): Promise<boolean>;
  read(id: string): Promise<AiSystem | null>;
  /** `false` when the stored version is no longer `expectedVersion`. */
  write(system: AiSystem, expectedVersion: number, event: AiSystemAuditEvent): Promise<boolean>;
  /** By owner or by lifecycle stage through their indexes; all systems when neither is given. Ordered by number. */
  list(query: { owner?: string; lifecycleStage?: AiLifecycleStage }): Promise<AiSystem[]>;
  history(id: string, limit: number): Promise<AiSystemAuditEvent[]>;
}
