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
} as const;
