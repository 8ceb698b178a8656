/** English strings of "bring your own dataset" (open, drop, progress, banner, problems). Merged into the main catalogue. */
export const byodMessagesEn = {
  'byod.open': 'Open dataset…',
  'byod.open.hint':
    'Opens a JSON file in the HLED Explorer dataset format, up to {limit} MB. You can also drop the file anywhere on the page.',
  'byod.drop.title': 'Drop the file to open it',
  'byod.drop.hint': 'A JSON dataset file, up to {limit} MB',
  'byod.progress.reading': 'Reading {file}…',
  'byod.progress.validating': 'Checking {file}…',
  'byod.progress.label': 'Opening the dataset file',
  'byod.banner': 'You are viewing {dialogue} from {file}.',
  'byod.banner.notSaved': 'This browser could not keep the file, so a reload will bring back the HLED dataset.',
  'byod.back': 'Back to the HLED dataset',
  'byod.discarded': 'The dataset saved from {file} no longer passes the checks, so it was removed and the HLED dataset is shown.',
  'byod.dismiss': 'Dismiss',
  'byod.failed.title': 'The file could not be opened',
  'byod.failed.unchanged': 'Nothing changed: the dataset on screen stays as it was.',
  'byod.failed.tooLarge': '{file} is {size} MB; files can be at most {limit} MB.',
  'byod.failed.empty': '{file} is empty.',
  'byod.failed.notJson': '{file} is not a JSON file ({detail}).',
  'byod.failed.unreadable': '{file} could not be read ({detail}).',
  'byod.failed.invalid': '{file} is not a valid dataset: {count} problem(s) found.',
} as const;
