// First: zod must be configured before any schema module is evaluated.
import '../../shared/zodWithoutEval';
import { mountApp } from '../../shared/mountApp';
import { AuditPanel } from './AuditPanel';

mountApp(() => <AuditPanel />);
