import type { z } from 'zod';
import type { AiSystemAuditEvent } from '../../ports/aiSystemStore';
import type { CreateAiSystemInput } from './createAiSystem';
import type { EditAiSystemInput } from './editAiSystem';
import type { GetAiSystemInput } from './getAiSystem';
import type { AiSystemRegisterView, ListAiSystemsInput } from './listAiSystems';
import type { AiSystemRow } from './presentAiSystem';

/** The ai-systems-resolver functions as the Custom UI calls them: payload in, success value out. */
export interface AiSystemResolverApi {
  listAiSystems: { payload: z.input<typeof ListAiSystemsInput>; value: AiSystemRegisterView };
  getAiSystem: { payload: z.input<typeof GetAiSystemInput>; value: AiSystemRow & { history: AiSystemAuditEvent[] } };
  createAiSystem: { payload: z.input<typeof CreateAiSystemInput>; value: AiSystemRow };
  editAiSystem: { payload: z.input<typeof EditAiSystemInput>; value: AiSystemRow };
}
