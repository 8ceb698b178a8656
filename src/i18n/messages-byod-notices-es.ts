import type { byodNoticesMessagesEn } from './messages-byod-notices-en';

/** Spanish strings of what the app says about an opened file (see messages-byod-notices-en.ts). */
export const byodNoticesMessagesEs: Record<keyof typeof byodNoticesMessagesEn, string> = {
  'byod.banner': 'Está viendo {dialogue} desde {file}.',
  'byod.banner.notSaved':
    'Este navegador no pudo guardar el archivo, así que al recargar volverá el conjunto de datos del DEAN.',
  'byod.back': 'Volver al conjunto de datos del DEAN',
  'byod.discarded':
    'El conjunto de datos guardado desde {file} ya no supera las comprobaciones, así que se eliminó y se muestra el del DEAN.',
  'byod.dismiss': 'Cerrar',
  'byod.storageUnreadable':
    'No se pudo leer el archivo de datos guardado en este navegador, así que se muestra el conjunto de datos del DEAN.',
  'byod.elsewhere.cleared':
    'Otra pestaña volvió al conjunto de datos del DEAN: este archivo ya no está guardado, y al recargar se mostrará el conjunto de datos del DEAN.',
  'byod.elsewhere.stored': 'Otra pestaña abrió {file}: al recargar se mostrará también aquí.',
  'byod.failed.title': 'No se pudo abrir el archivo',
  'byod.failed.unchanged': 'No cambió nada: el conjunto de datos en pantalla sigue igual.',
  'byod.failed.tooLarge': '{file} ocupa {size} MB; el máximo es {limit} MB.',
  'byod.failed.empty': '{file} está vacío.',
  'byod.failed.notJson': '{file} no es un archivo JSON ({detail}).',
  'byod.failed.unreadable': 'No se pudo leer {file} ({detail}).',
  'byod.failed.notUtf8':
    '{file} no es texto UTF-8 (quizá se guardó como Latin-1 o Windows-1252). Guárdelo con codificación UTF-8 y vuelva a abrirlo.',
  'byod.failed.notUtf8At':
    '{file} no es texto UTF-8: el byte {byte} en la posición {offset} no es UTF-8 válido (quizá se guardó como Latin-1 o Windows-1252). Guárdelo con codificación UTF-8 y vuelva a abrirlo.',
  'byod.failed.notUtf16':
    '{file} empieza con una marca de orden de bytes UTF-16 pero no es texto UTF-16 válido. Guárdelo con codificación UTF-8 y vuelva a abrirlo.',
  'byod.failed.invalid': '{file} no es un conjunto de datos válido: {count} problema(s).',
};
