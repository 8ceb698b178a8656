import type { Dataset, Initiative } from '../../data/dataset-schema';
import { useI18n } from '../../i18n/pack-initiatives';
import { Localized } from '../../i18n/localized';
import { NoneRecorded } from './none-recorded';

/** Who leads an initiative, with each organisation's country (or "International"). */
export function InitiativeLeads({ initiative, dataset }: { initiative: Initiative; dataset: Dataset }) {
  const { t } = useI18n();
  if (initiative.leadOrganizations.length === 0) return <NoneRecorded />;
  return (
    <ul className="plain-list">
      {initiative.leadOrganizations.map((id) => {
        const org = dataset.organizations.find((o) => o.id === id);
        if (!org) return <li key={id}>{id}</li>;
        const country = dataset.dialogue.countries.find((c) => c.code === org.country);
        return (
          <li key={id}>
            <Localized value={org.name} />
            {org.abbreviation && ` (${org.abbreviation})`}{' '}
            <span className="muted">
              · {country ? <Localized value={country.name} /> : t('initiatives.international')}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
