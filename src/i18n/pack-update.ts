import { registerMessages } from './locale';
import { updateMessagesEn } from './messages-update-en';
import { updateMessagesEs } from './messages-update-es';

// The messages of the new-version notice, registered when the service worker's code loads (after the first
// screen), in both languages.
registerMessages('en', updateMessagesEn);
registerMessages('es', updateMessagesEs);
