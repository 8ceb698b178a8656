import type { filtersMessagesEn } from './messages-filters-en';

/** Spanish strings of explained empty views and the country filter's lead marks. */
export const filtersMessagesEs: Record<keyof typeof filtersMessagesEn, string> = {
  'empty.explain.with': 'No hay {things} que coincidan con {culprit} junto con {others}.',
  'empty.explain.alone': 'No hay {things} que coincidan con {culprit}.',
  'empty.explain.show': 'Mostrar {count} sin {culprit}',
  'empty.things.initiatives': 'iniciativas',
  'empty.things.meetings': 'reuniones',
  'empty.things.people': 'personas',
  'empty.things.pillars': 'pilares',
  'empty.things.sectors': 'sectores',
  'empty.things.delegations': 'delegaciones',
  'empty.things.overview': 'iniciativas, personas ni reuniones',
  'empty.and': ' y ',
  'empty.count.pillars.one': '{count} pilar',
  'empty.count.pillars.other': '{count} pilares',
  'empty.count.delegations.one': '{count} puesto en delegaciones',
  'empty.count.delegations.other': '{count} puestos en delegaciones',
  'lead.joint': 'Conjunta',
  'lead.joint.long': 'Encabezada junto con organizaciones del otro país',
  'lead.unrecorded': 'Responsable no registrado',
  'lead.unrecorded.long': 'No consta el país responsable: se incluye para ambas partes',
};
