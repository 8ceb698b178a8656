import type { updateMessagesEn } from './messages-update-en';

export const updateMessagesEs: Record<keyof typeof updateMessagesEn, string> = {
  'update.available': 'Hay una nueva versión de HLED Explorer.',
  'update.reload': 'Recargar',
};
