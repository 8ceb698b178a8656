import type { Dataset, Initiative } from '../../data/dataset-schema';
import { Localized } from '../../i18n/localized';
import { AppLink } from '../../components/app-link';
import { NoneRecorded } from './none-recorded';

/** The sectors an initiative touches, each a link to its sector page. */
export function InitiativeSectors({ initiative, dataset }: { initiative: Initiative; dataset: Dataset }) {
  if (initiative.sectors.length === 0) return <NoneRecorded />;
  return (
    <ul className="plain-list initiative-detail__chips">
      {initiative.sectors.map((id) => {
        const sector = dataset.sectors.find((s) => s.id === id);
        return (
          <li key={id}>
            <AppLink to={`/sectors/${id}`}>{sector ? <Localized value={sector.name} /> : id}</AppLink>
          </li>
        );
      })}
    </ul>
  );
}
