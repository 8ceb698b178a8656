import { NONE, type FilterIndexes } from './filter-indexes';

/**
 * How an initiative kept by a country filter belongs to that country: led by its organisations alone ('own'),
 * led together with another country's ('joint'), or with no country's lead on record ('unrecorded': no lead, or only
 * international bodies). Null when the country filter would leave it out.
 */
export type LeadKind = 'own' | 'joint' | 'unrecorded';

export function selectLeadKind(initiativeId: string, country: string, indexes: FilterIndexes): LeadKind | null {
  const leads = indexes.leadCountries.get(initiativeId) ?? NONE;
  if (leads.size === 0) return 'unrecorded';
  if (!leads.has(country)) return null;
  return leads.size > 1 ? 'joint' : 'own';
}
