import { coreMessagesEn, type AnyMessageKey } from './messages-en';
import { chartMessagesEn } from './messages-charts-en';
import { sourcesMessagesEn } from './messages-sources-en';
import { initiativesMessagesEn } from './messages-initiatives-en';
import { briefingMessagesEn } from './messages-briefing-en';
import { updateMessagesEn } from './messages-update-en';
import { byodNoticesMessagesEn } from './messages-byod-notices-en';
import { filtersMessagesEn } from './messages-filters-en';
import { dataFilesMessagesEn } from './messages-data-files-en';

/** Every English message at once — for tests and tools; the app loads the packs with their code instead. */
export const messagesEn: Record<AnyMessageKey, string> = {
  ...coreMessagesEn,
  ...chartMessagesEn,
  ...sourcesMessagesEn,
  ...initiativesMessagesEn,
  ...briefingMessagesEn,
  ...updateMessagesEn,
  ...byodNoticesMessagesEn,
  ...filtersMessagesEn,
  ...dataFilesMessagesEn,
};
