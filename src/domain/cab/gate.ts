import type { CabRecord } from '../schemas/cab';
import { describeMissing } from './approvals';
import { assessCab, type CabContext } from './assessment';
import { describeIncompleteSections } from './template';

/**
 * The decision behind the `jira:workflowValidator`: a gated transition passes only when the CAB record is approved
 * on its current answers. The status is re-derived here rather than read from the record, so a change of
 * requester or assignee since the votes (segregation of duties) is seen at the gate too.
 */

export interface GateConfig {
  /** Transition names (as configured in the workflow) that need CAB approval, e.g. "Implementing". */
  gatedTransitions: readonly string[];
}

export type GateDecision = { allowed: true } | { allowed: false; message: string };

// Workflow editors retype names freely: "Start implementing " and "start implementing" are the same transition.
const normalise = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

export function gateTransition(record: CabRecord | null, transitionName: string, config: GateConfig, context: CabContext): GateDecision {
  if (!config.gatedTransitions.some((gated) => normalise(gated) === normalise(transitionName))) return { allowed: true };
  const refuse = (message: string): GateDecision => ({ allowed: false, message });
  if (record === null) return refuse('CAB approval missing: the CAB checklist has not been started.');
  // Fail closed: a record checked against another template version could look complete when it is not.
  if (record.templateVersion !== context.template.version) {
    return refuse(`CAB approval could not be checked: the checklist uses template version ${record.templateVersion}.`);
  }

  const assessment = assessCab(record, context);
  const { status, missing, message } = assessment.approvals;
  switch (status) {
    case 'approved':
      return { allowed: true };
    case 'rejected':
      return refuse(`The CAB rejected this change: ${lowerFirst(message)}.`);
    case 'not started':
      return refuse(`CAB approval missing: the checklist is not complete (${describeIncompleteSections(assessment.progress)}).`);
    case 'invalidated': {
      const invalidation = record.audit.findLast((event) => event.kind === 'approvals-invalidated');
      const when = invalidation === undefined ? '' : ` on ${invalidation.at.slice(0, 16).replace('T', ' ')} UTC`;
      const stillNeeded = assessment.isComplete
        ? `${lowerFirst(describeMissing(missing))} again`
        : `the checklist is not complete (${describeIncompleteSections(assessment.progress)})`;
      return refuse(`Approvals were invalidated by an answer change${when}: ${stillNeeded}.`);
    }
    case 'in review':
      return refuse(`CAB approval missing: ${lowerFirst(describeMissing(missing))}.`);
  }
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
