/**
 * Words that fill the `{slot}`s of issue templates. One value per slot is drawn per issue, so an issue's
 * summary, description and comments talk about the same office, service or model.
 */
export const VOCABULARY = {
  office: ['Berlin', 'Munich', 'Hamburg', 'Vienna', 'Zurich', 'Amsterdam', 'London', 'Warsaw', 'Madrid', 'Stockholm'],
  team: ['finance', 'HR', 'sales', 'marketing', 'legal', 'procurement', 'customer support', 'logistics'],
  service: ['billing', 'payroll', 'CRM', 'customer portal', 'e-mail', 'single sign-on', 'data warehouse', 'ERP', 'HR portal', 'file share', 'order API', 'invoice archive'],
  app: ['Salesforce', 'SAP S/4HANA', 'Confluence', 'Slack', 'Zoom', 'Workday', 'Microsoft Teams', 'GitLab', 'DocuSign', 'Okta'],
  model: ['credit-scoring', 'fraud-detection', 'churn-prediction', 'support chatbot', 'CV screening', 'demand-forecast', 'document-classification', 'invoice-OCR'],
  vendor: ['Cloudflare', 'AWS', 'Azure', 'Datadog', 'Twilio', 'Stripe', 'Zendesk', 'OpenAI'],
  host: ['bil-db-02', 'crm-app-01', 'erp-batch-03', 'vpn-gw-fra', 'sso-idp-01', 'dwh-etl-04', 'mail-relay-02', 'k8s-node-17'],
  component: ['OpenSSL', 'Log4j', 'nginx', 'Apache Struts', 'Jenkins', 'Spring Framework', 'libwebp', 'OpenSSH', 'Exchange Server', 'Citrix ADC'],
  database: ['billing cluster', 'CRM database', 'data warehouse', 'order database', 'HR database'],
  severity: ['minor', 'moderate', 'major'],
} as const;

export type SlotName = keyof typeof VOCABULARY;
export const SLOT_NAMES = Object.keys(VOCABULARY) as SlotName[];
