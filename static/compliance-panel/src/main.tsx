import { mountApp } from '../../shared/mountApp';
import { CompliancePanel } from './CompliancePanel';

mountApp(() => <CompliancePanel />);
