import type { ClassificationProblem } from '../../domain/classification';
import type { ClassificationView } from './presentClassification';

/** Outcomes of the resolver use cases; the handler turns them into `{ok, value | error}`. */
export type ClassificationResult =
  | { ok: true; value: ClassificationView }
  | { ok: false; code: 'NOT_FOUND' | 'FORBIDDEN' | 'UNAVAILABLE'; message: string }
  | { ok: false; code: 'INVALID_INPUT'; message: string; problems: ClassificationProblem[] };
