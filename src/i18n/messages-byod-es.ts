import type { byodMessagesEn } from './messages-byod-en';

/** Spanish strings of "bring your own dataset". */
export const byodMessagesEs: Record<keyof typeof byodMessagesEn, string> = {
  'byod.open': 'Abrir conjunto de datos…',
  'byod.open.hint':
    'Abre un archivo JSON con el formato de datos de HLED Explorer, de hasta {limit} MB. También puede soltar el archivo en cualquier lugar de la página.',
  'byod.drop.title': 'Suelte el archivo para abrirlo',
  'byod.drop.hint': 'Un archivo de datos JSON, de hasta {limit} MB',
  'byod.progress.reading': 'Leyendo {file}…',
  'byod.progress.validating': 'Comprobando {file}…',
  'byod.progress.label': 'Abriendo el archivo de datos',
};
