import { registerMessages } from './locale';
import { dataFilesMessagesEn } from './messages-data-files-en';
import { dataFilesMessagesEs } from './messages-data-files-es';

// The messages of the data files (CSV columns and values, README, workbook). Import this module from every module
// that uses them: it registers them when their code loads, in both languages, so the first screen does not carry them.
registerMessages('en', dataFilesMessagesEn);
registerMessages('es', dataFilesMessagesEs);
