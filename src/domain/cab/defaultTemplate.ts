import type { ChecklistTemplate, Choice, RiskAxis } from '../schemas/cab';

/**
 * The checklist a new site starts with (version 1). Admins edit a copy; records keep the version they used.
 * Choice labels are written to read both as an option and as a reason ("High because: privilege change + ..."),
 * so the riskiest choice of each question names the finding, not the question.
 */

const choice = (value: string, label: string, severity: number, affects: RiskAxis): Choice => ({ value, label, severity, affects });

export const DEFAULT_CHECKLIST_TEMPLATE: ChecklistTemplate = {
  version: 1,
  sections: [
    {
      key: 'service',
      title: 'Service impact',
      questions: [
        {
          key: 'ai-system-touched',
          text: 'Does the change touch an AI system (model, training data, prompts or AI-driven decision logic)?',
          help: 'Yes adds the AI impact section and the AI system owner as approver (ISO/IEC 42001 AI system life cycle).',
          required: true,
          choices: [choice('no', 'No AI system touched', 0, 'impact'), choice('yes', 'AI system touched', 0, 'impact')],
        },
        {
          key: 'affected-services',
          text: 'Which services does the change affect?',
          help: 'Name them in the note; a critical service is one whose SLA has the highest availability target.',
          required: true,
          choices: [
            choice('single', 'One non-critical service', 0, 'impact'),
            choice('several', 'Several services affected', 2, 'impact'),
            choice('critical', 'Critical service affected', 3, 'impact'),
          ],
        },
        {
          key: 'outage',
          text: 'Does the change need an outage?',
          help: 'Give the planned window in the note.',
          required: true,
          choices: [
            choice('none', 'No outage', 0, 'impact'),
            choice('in-window', 'Outage inside the maintenance window', 1, 'impact'),
            choice('out-of-window', 'Outage outside the maintenance window', 3, 'impact'),
          ],
        },
        {
          key: 'capacity',
          text: 'Does the change affect capacity or performance?',
          help: 'Capacity management, ISO/IEC 20000-1 8.4.3.',
          required: true,
          choices: [
            choice('unchanged', 'Capacity unchanged', 0, 'likelihood'),
            choice('verified', 'Capacity change verified', 1, 'likelihood'),
            choice('not-assessed', 'Capacity impact not assessed', 3, 'likelihood'),
          ],
        },
        {
          key: 'sla-impact',
          text: 'What is the impact on agreed service levels?',
          help: 'Compare the outage and degradation with the SLAs of the affected services.',
          required: true,
          choices: [
            choice('none', 'No SLA impact', 0, 'impact'),
            choice('at-risk', 'SLA at risk', 2, 'impact'),
            choice('breach', 'SLA breach expected', 4, 'impact'),
          ],
        },
        {
          key: 'test-evidence',
          text: 'Was the change tested in a representative environment?',
          help: 'Link the test report.',
          required: true,
          requiresEvidence: ['tested', 'partly'],
          choices: [
            choice('tested', 'Tested, report attached', 0, 'likelihood'),
            choice('partly', 'Partly tested', 2, 'likelihood'),
            choice('untested', 'Untested change', 4, 'likelihood'),
          ],
        },
        {
          key: 'rollback',
          text: 'Is there a rollback plan, and was it tested?',
          help: 'Link the rollback procedure and, when tested, its test record.',
          required: true,
          requiresEvidence: ['tested'],
          choices: [
            choice('tested', 'Rollback plan tested', 0, 'impact'),
            choice('untested', 'No tested rollback', 2, 'impact'),
            choice('none', 'No rollback possible', 4, 'impact'),
          ],
        },
        {
          key: 'communication',
          text: 'Are users and stakeholders informed?',
          help: 'Service desk, customers and suppliers who see the change.',
          required: true,
          choices: [choice('planned', 'Communication planned', 0, 'impact'), choice('none', 'No communication planned', 2, 'impact')],
        },
        {
          key: 'supplier-dependencies',
          text: 'Does the change depend on a supplier?',
          help: 'Supplier management, ISO/IEC 20000-1 8.2.5 and ISO/IEC 27001 A.5.19–A.5.22.',
          required: true,
          choices: [
            choice('none', 'No supplier involved', 0, 'likelihood'),
            choice('confirmed', 'Supplier involvement confirmed', 1, 'likelihood'),
            choice('unconfirmed', 'Supplier involvement not confirmed', 3, 'likelihood'),
          ],
        },
      ],
    },
    {
      key: 'security',
      title: 'Security impact',
      questions: [
        {
          key: 'confidentiality',
          text: 'Could the change expose information (confidentiality)?',
          help: 'Consider data in transit, at rest and in logs.',
          required: true,
          choices: [
            choice('none', 'No confidentiality impact', 0, 'impact'),
            choice('internal', 'Internal data exposure possible', 2, 'impact'),
            choice('confidential', 'Confidential data exposure possible', 4, 'impact'),
          ],
        },
        {
          key: 'integrity',
          text: 'Could the change corrupt or alter information (integrity)?',
          help: 'Data migrations, schema changes, new write paths.',
          required: true,
          choices: [
            choice('none', 'No integrity impact', 0, 'impact'),
            choice('limited', 'Limited integrity risk', 2, 'impact'),
            choice('high', 'High integrity risk', 4, 'impact'),
          ],
        },
        {
          key: 'availability',
          text: 'Could the change make information or security controls unavailable?',
          help: 'Include security tooling, backups and logging pipelines.',
          required: true,
          choices: [
            choice('none', 'No availability impact', 0, 'impact'),
            choice('degraded', 'Security controls degraded', 2, 'impact'),
            choice('lost', 'Security controls unavailable', 4, 'impact'),
          ],
        },
        {
          key: 'access-change',
          text: 'Does the change alter access rights or privileges?',
          help: 'Privileged access rights, ISO/IEC 27001 A.8.2.',
          required: true,
          choices: [
            choice('none', 'No access change', 0, 'likelihood'),
            choice('user', 'User access change', 2, 'likelihood'),
            choice('privilege', 'Privilege change', 3, 'likelihood'),
          ],
        },
        {
          key: 'exposure',
          text: 'Does the change create new exposure (ports, endpoints, integrations)?',
          help: 'Anything reachable that was not reachable before.',
          required: true,
          choices: [
            choice('none', 'No new exposure', 0, 'likelihood'),
            choice('internal', 'New internal interface', 1, 'likelihood'),
            choice('internet', 'New internet-facing exposure', 4, 'likelihood'),
          ],
        },
        {
          key: 'personal-data',
          text: 'Does the change process personal data?',
          help: 'Privacy and protection of PII, ISO/IEC 27001 A.5.34; special categories per GDPR Art. 9.',
          required: true,
          choices: [
            choice('none', 'No personal data', 0, 'impact'),
            choice('personal', 'Personal data processed', 2, 'impact'),
            choice('special', 'Special-category personal data', 4, 'impact'),
          ],
        },
        {
          key: 'secure-configuration',
          text: 'Was the configuration hardened and a vulnerability scan run?',
          help: 'Configuration management A.8.9 and technical vulnerabilities A.8.8: link the scan report.',
          required: true,
          requiresEvidence: ['clean', 'accepted'],
          choices: [
            choice('clean', 'Scanned, no open findings', 0, 'likelihood'),
            choice('accepted', 'Scan findings accepted', 2, 'likelihood'),
            choice('not-scanned', 'No vulnerability scan', 3, 'likelihood'),
          ],
        },
        {
          key: 'logging-monitoring',
          text: 'Are logging and monitoring in place for the changed parts?',
          help: 'Logging A.8.15 and monitoring activities A.8.16.',
          required: true,
          choices: [
            choice('covered', 'Logging and monitoring covered', 0, 'likelihood'),
            choice('gap', 'Monitoring gap', 2, 'likelihood'),
          ],
        },
        {
          key: 'environment-separation',
          text: 'Are development, test and production kept separate for this change?',
          help: 'Separation of environments A.8.31.',
          required: true,
          choices: [
            choice('separated', 'Environments separated', 0, 'likelihood'),
            choice('production-data', 'Production data used outside production', 3, 'impact'),
            choice('direct', 'Changed directly in production', 3, 'likelihood'),
          ],
        },
      ],
    },
    {
      key: 'ai',
      title: 'AI impact',
      appliesWhen: { question: 'ai-system-touched', choices: ['yes'] },
      questions: [
        {
          key: 'model-change',
          text: 'Is the model retrained or replaced?',
          help: 'AI system life cycle, ISO/IEC 42001 A.6.2.',
          required: true,
          choices: [
            choice('none', 'No model change', 0, 'likelihood'),
            choice('retrained', 'Model retrained', 2, 'likelihood'),
            choice('replaced', 'Model replaced', 3, 'likelihood'),
          ],
        },
        {
          key: 'training-data',
          text: 'Does the training data change?',
          help: 'Data for AI systems, ISO/IEC 42001 A.7: provenance and quality of new data.',
          required: true,
          choices: [
            choice('none', 'No training-data change', 0, 'likelihood'),
            choice('known-sources', 'New data from known sources', 1, 'likelihood'),
            choice('new-sources', 'New training-data sources', 3, 'likelihood'),
          ],
        },
        {
          key: 'bias-evaluation',
          text: 'Was bias re-evaluated?',
          help: 'Link the evaluation; compare with the last accepted baseline.',
          required: true,
          requiresEvidence: ['no-regression'],
          choices: [
            choice('no-regression', 'Bias re-evaluated, no regression', 0, 'impact'),
            choice('not-evaluated', 'Bias not re-evaluated', 3, 'impact'),
          ],
        },
        {
          key: 'performance-drift',
          text: 'Were performance and drift validated?',
          help: 'Verification and validation, ISO/IEC 42001 A.6.2.4: link the validation report.',
          required: true,
          requiresEvidence: ['validated'],
          choices: [
            choice('validated', 'Performance and drift validated', 0, 'likelihood'),
            choice('not-validated', 'Performance not validated', 3, 'likelihood'),
          ],
        },
        {
          key: 'documentation',
          text: 'Are documentation and transparency information updated?',
          help: 'Information for interested parties, ISO/IEC 42001 A.8.',
          required: true,
          choices: [choice('updated', 'Documentation updated', 0, 'impact'), choice('outdated', 'Documentation outdated', 2, 'impact')],
        },
        {
          key: 'human-oversight',
          text: 'How does the change affect human oversight?',
          help: 'Who can review, override or stop the AI system’s outputs.',
          required: true,
          choices: [
            choice('unchanged', 'Human oversight unchanged or stronger', 0, 'impact'),
            choice('reduced', 'Reduced human oversight', 4, 'impact'),
          ],
        },
        {
          key: 'impact-assessment',
          text: 'Was the AI system impact assessment updated?',
          help: 'AI system impact assessment, ISO/IEC 42001 6.1.4: link the updated assessment.',
          required: true,
          requiresEvidence: ['updated'],
          choices: [
            choice('updated', 'Impact assessment updated', 0, 'impact'),
            choice('not-updated', 'Impact assessment not updated', 3, 'impact'),
          ],
        },
      ],
    },
  ],
};
