import { memo } from 'react';
import type { Dialogue } from '../data/dataset-schema';
import { useI18n } from '../i18n/i18n-context';
import { Localized } from '../i18n/localized';
import type { CountryDelegation, DelegateRow } from '../model/select-meeting-delegation';
import { AppLink } from './app-link';
import { CitationMarker } from './citation/citation-marker';

/** Memoised on the records it shows: a roster rebuilt by a filter change makes new rows of the same records. */
const Delegate = memo(
  function Delegate({ row }: { row: DelegateRow }) {
    const { t } = useI18n();
    const { participation, person, organization } = row;
    return (
      <li className="delegate">
        <AppLink to={`/people/${participation.person}`} className="delegate__name">
          {person?.name ?? participation.person}
        </AppLink>
        {participation.role === 'chair' && <span className="badge badge--chair">{t('delegations.chair')}</span>}
        <span className="delegate__title">
          <Localized value={participation.title} />
          {organization && (
            <>
              {' · '}
              {organization.abbreviation ?? <Localized value={organization.name} />}
            </>
          )}
        </span>
        {participation.note && (
          <span className="delegate__note">
            <Localized value={participation.note} />
          </span>
        )}
        <CitationMarker citations={participation.citations} />
      </li>
    );
  },
  (prev, next) =>
    prev.row.participation === next.row.participation &&
    prev.row.person === next.row.person &&
    prev.row.organization === next.row.organization,
);

/** Who sat at the table for each country at one meeting: chairs first. */
export function DelegationRoster({
  delegations,
  countries,
}: {
  delegations: CountryDelegation[];
  countries: Dialogue['countries'];
}) {
  const { t } = useI18n();
  if (delegations.length === 0) return <p className="muted">{t('delegations.noneListed')}</p>;
  return (
    <div className="roster">
      {delegations.map((d) => {
        const country = countries.find((c) => c.code === d.country);
        return (
          <section key={d.country} className={`roster__country roster__country--${d.country.toLowerCase()}`}>
            <h3>{country ? <Localized value={country.name} /> : d.country}</h3>
            <ul className="plain-list">
              {[...d.chairs, ...d.members].map((row) => (
                <Delegate key={row.participation.id} row={row} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
