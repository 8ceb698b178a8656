import { registerMessages } from './locale';
import { filtersMessagesEn } from './messages-filters-en';
import { filtersMessagesEs } from './messages-filters-es';

// The messages of explained empty views and the country filter's lead marks. Import this module from every module
// that uses them: it registers them when their code loads, in both languages, so the first screen does not carry them.
registerMessages('en', filtersMessagesEn);
registerMessages('es', filtersMessagesEs);
