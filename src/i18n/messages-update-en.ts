/** English strings of the new-version notice (src/app/update-notice.tsx), loaded with the service worker's code. */
export const updateMessagesEn = {
  'update.available': 'A new version of HLED Explorer is available.',
  'update.reload': 'Reload',
} as const;
