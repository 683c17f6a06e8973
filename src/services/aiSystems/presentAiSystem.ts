import { aiSystemProblems, type AiSystem } from '../../domain/aiSystems';

/** A register entry as the page shows it: with what is overdue or missing, and whether the caller may edit it. */
export interface AiSystemRow {
  system: AiSystem;
  problems: string[];
  canEdit: boolean;
}

export const presentAiSystem = (system: AiSystem, now: Date, canEdit: boolean): AiSystemRow => ({ system, problems: aiSystemProblems(system, now), canEdit });
