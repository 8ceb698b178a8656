import type { AnyMessageKey } from './messages-en';
import { coreMessagesEs } from './messages-es';
import { chartMessagesEs } from './messages-charts-es';
import { sourcesMessagesEs } from './messages-sources-es';
import { initiativesMessagesEs } from './messages-initiatives-es';
import { briefingMessagesEs } from './messages-briefing-es';
import { updateMessagesEs } from './messages-update-es';
import { byodNoticesMessagesEs } from './messages-byod-notices-es';
import { filtersMessagesEs } from './messages-filters-es';
import { dataFilesMessagesEs } from './messages-data-files-es';

/** Every Spanish message at once — for tests and tools; the app loads the packs with their code instead. */
export const messagesEs: Record<AnyMessageKey, string> = {
  ...coreMessagesEs,
  ...chartMessagesEs,
  ...sourcesMessagesEs,
  ...initiativesMessagesEs,
  ...briefingMessagesEs,
  ...updateMessagesEs,
  ...byodNoticesMessagesEs,
  ...filtersMessagesEs,
  ...dataFilesMessagesEs,
};
