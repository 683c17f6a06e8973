import type { Clock } from '../../ports/clock';
import type { AuditExecutionJira, AuditExecutionStore, AuditSource } from '../../ports/auditExecution';
import type { EvidenceSearchPort } from '../../ports/evidence';
import type { PeopleDirectory } from '../../ports/soaPeople';
import type { ComplianceLinksPorts } from '../complianceLinks/ports';

/** What the audit execution use cases run on; `jira`, `evidence` and `links` act as the calling user. */
export interface AuditExecutionPorts {
  source: AuditSource;
  store: AuditExecutionStore;
  jira: AuditExecutionJira;
  evidence: EvidenceSearchPort;
  links: ComplianceLinksPorts;
  /** Asked as the app: the caller's groups (ISMS leads) and display names for the report. */
  people: PeopleDirectory;
  clock: Clock;
}

/** The workflow validator runs without a user: Jira as the app and the app's records. */
export type ClosureGatePorts = { jira: AuditExecutionJira; store: Pick<AuditExecutionStore, 'readNonconformity'> };
