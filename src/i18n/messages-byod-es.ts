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
  'byod.banner': 'Está viendo {dialogue} desde {file}.',
  'byod.banner.notSaved': 'Este navegador no pudo guardar el archivo, así que al recargar volverá el conjunto de datos del DEAN.',
  'byod.back': 'Volver al conjunto de datos del DEAN',
  'byod.discarded': 'El conjunto de datos guardado desde {file} ya no supera las comprobaciones, así que se eliminó y se muestra el del DEAN.',
  'byod.dismiss': 'Cerrar',
  'byod.failed.title': 'No se pudo abrir el archivo',
  'byod.failed.unchanged': 'No cambió nada: el conjunto de datos en pantalla sigue igual.',
  'byod.failed.tooLarge': '{file} ocupa {size} MB; el máximo es {limit} MB.',
  'byod.failed.empty': '{file} está vacío.',
  'byod.failed.notJson': '{file} no es un archivo JSON ({detail}).',
  'byod.failed.unreadable': 'No se pudo leer {file} ({detail}).',
  'byod.failed.invalid': '{file} no es un conjunto de datos válido: {count} problema(s).',
};
