import { registerMessages, translate as translateCore } from './locale';
import { dataFilesMessagesEn } from './messages-data-files-en';
import { dataFilesMessagesEs } from './messages-data-files-es';
import type { Pack } from './pack';

// The messages of the data files (CSV columns and values, README, workbook). A module that uses them takes its
// accessors from here (src/i18n/pack.ts says why): importing this module registers the messages in both languages,
// so they load with the code that uses them and the first screen does not carry them.
registerMessages('en', dataFilesMessagesEn);
registerMessages('es', dataFilesMessagesEs);

type DataFilesMessages = Pack<keyof typeof dataFilesMessagesEn>;
// The core accessors, typed for these keys too: they read the loaded catalogue, which holds them from here on.
export const translate = translateCore as DataFilesMessages['translate'];
