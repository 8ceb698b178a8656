/**
 * English strings of what the app says about an opened file: the banner, news from other tabs and from storage,
 * and why a file was refused. A pack (pack-byod-notices.ts): only the banner and the problems panel use them, and
 * both load on demand.
 */
export const byodNoticesMessagesEn = {
  'byod.banner': 'You are viewing {dialogue} from {file}.',
  'byod.banner.notSaved': 'This browser could not keep the file, so a reload will bring back the HLED dataset.',
  'byod.back': 'Back to the HLED dataset',
  'byod.discarded':
    'The dataset saved from {file} no longer passes the checks, so it was removed and the HLED dataset is shown.',
  'byod.dismiss': 'Dismiss',
  'byod.storageUnreadable': 'The dataset file saved in this browser could not be read, so the HLED dataset is shown.',
  'byod.elsewhere.cleared':
    'Another tab went back to the HLED dataset: this file is no longer saved, and a reload will show the HLED dataset.',
  'byod.elsewhere.stored': 'Another tab opened {file}: a reload will show it here too.',
  'byod.failed.title': 'The file could not be opened',
  'byod.failed.unchanged': 'Nothing changed: the dataset on screen stays as it was.',
  'byod.failed.tooLarge': '{file} is {size} MB; files can be at most {limit} MB.',
  'byod.failed.empty': '{file} is empty.',
  'byod.failed.notJson': '{file} is not a JSON file ({detail}).',
  'byod.failed.unreadable': '{file} could not be read ({detail}).',
  'byod.failed.notUtf8':
    '{file} is not UTF-8 text (it may be saved as Latin-1 or Windows-1252). Save it with UTF-8 encoding and open it again.',
  'byod.failed.notUtf8At':
    '{file} is not UTF-8 text: byte {byte} at position {offset} is not valid UTF-8 (the file may be saved as Latin-1 or Windows-1252). Save it with UTF-8 encoding and open it again.',
  'byod.failed.notUtf16':
    '{file} starts with a UTF-16 byte-order mark but is not valid UTF-16 text. Save it with UTF-8 encoding and open it again.',
  'byod.failed.invalid': '{file} is not a valid dataset: {count} problem(s) found.',
} as const;
