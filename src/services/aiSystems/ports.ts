import type { AiSystemStore } from '../../ports/aiSystemStore';
import type { Clock } from '../../ports/clock';
import type { PeopleDirectory } from '../../ports/soaPeople';

export interface AiSystemPorts {
  store: AiSystemStore;
  people: PeopleDirectory;
  clock: Clock;
}
