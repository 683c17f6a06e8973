import { asUser } from '@forge/api';
import type { AuditExecutionPorts, ClosureGatePorts } from '../services/audit/executionPorts';
import { auditKvsStore } from './auditKvsStore';
import { auditExecutionJiraAsApp, auditExecutionJiraAsUser } from './auditExecutionJira';
import { programmeAuditSource } from './auditExecutionSource';
import { auditExecutionKvsStore } from './auditExecutionStore';
import { userComplianceLinksPorts } from './complianceLinksPorts';
import { evidenceSearchPort } from './evidenceJira';
import { soaPeopleAsApp } from './soaPeople';

const systemClock = { now: () => new Date() };

/**
 * Ports for a resolver call: Jira, the evidence search and the clause links act as the calling user, so the
 * checklist shows the evidence they may see and Jira checks their Create and Edit permissions.
 */
export const userAuditExecutionPorts = (accountId: string): AuditExecutionPorts => ({
  source: programmeAuditSource(auditKvsStore, systemClock, accountId),
  store: auditExecutionKvsStore,
  jira: auditExecutionJiraAsUser(),
  evidence: evidenceSearchPort(asUser()),
  links: userComplianceLinksPorts(),
  people: soaPeopleAsApp(),
  clock: systemClock,
});

/** Ports for the `nc-closure-gate` validator, which Forge runs without a user. */
export const appClosureGatePorts = (): ClosureGatePorts => ({ jira: auditExecutionJiraAsApp(), store: auditExecutionKvsStore });
