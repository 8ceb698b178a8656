import { memo } from 'react';
import type { InitiativeRow } from '../../model/to-initiative-rows';
import { useI18n, type MessageKey } from '../../i18n/pack-initiatives';
import { useI18n as useFiltersI18n } from '../../i18n/pack-filters';
import { AppLink } from '../../components/app-link';
import { RowText } from './row-text';
import { EmptyCell } from './empty-cell';
import { PillarCell } from './pillar-cell';

/** A column's name, shown beside each value only when the table reflows into cards on phones. */
function CellLabel({ label }: { label: MessageKey }) {
  const { t } = useI18n();
  return (
    <span className="initiatives-table__label" aria-hidden="true">
      {t(label)}
    </span>
  );
}

interface InitiativeTableRowProps {
  row: InitiativeRow;
  /** In a virtualised table: the row's 0-based place in the sorted rows, and the ref that measures its height. */
  index?: number;
  measureRef?: (element: HTMLTableRowElement | null) => void;
  /** Kept in the table but out of the page (a short table hides the rows the filters leave out). */
  hidden?: boolean;
  /** The row's pillars that the pillar filter holds, as one string ("P1 P3"), so that memo compares it by value. */
  pressedPillars: string;
  onTogglePillar: (pillarId: string) => void;
  /** Under a country filter: how the initiative belongs to that country, when not by its own lead ('' otherwise). */
  leadMark: '' | 'joint' | 'unrecorded';
}

/** One initiative as a table row. Memoised: a re-sort reuses the row objects, so only context readers re-render. */
export const InitiativeTableRow = memo(function InitiativeTableRow(props: InitiativeTableRowProps) {
  const { row, index, measureRef, hidden, pressedPillars, onTogglePillar, leadMark } = props;
  return (
    <tr ref={measureRef} data-index={index} aria-rowindex={index === undefined ? undefined : index + 2} hidden={hidden}>
      <InitiativeCells row={row} pressedPillars={pressedPillars} onTogglePillar={onTogglePillar} />
      <LeadsCell leads={row.leads} leadMark={leadMark} />
      <StatusCell status={row.status} />
    </tr>
  );
});

interface InitiativeCellsProps {
  row: InitiativeRow;
  pressedPillars: string;
  onTogglePillar: (pillarId: string) => void;
}

/**
 * The row's cells up to the date, memoised apart from the row: hiding or showing a row does not render its cells
 * again, and neither does a country change, which changes only the leads cell's mark.
 */
const InitiativeCells = memo(function InitiativeCells({ row, pressedPillars, onTogglePillar }: InitiativeCellsProps) {
  const { t } = useI18n();
  return (
    <>
      <th scope="row">
        <AppLink to={`/initiatives/${row.id}`}>
          <RowText value={row.name} />
        </AppLink>
      </th>
      <td>
        <CellLabel label="initiatives.column.pillars" />
        <PillarCell
          pillars={row.pillars}
          pressed={pressedPillars === '' ? [] : pressedPillars.split(' ')}
          onToggle={onTogglePillar}
        />
      </td>
      <td>
        <CellLabel label="initiatives.column.sectors" />
        {row.sectors.length === 0 ? (
          <EmptyCell />
        ) : (
          <ul className="initiatives-table__list">
            {row.sectors.map((s) => (
              <li key={s.id}>
                <AppLink to={`/sectors/${s.id}`}>
                  <RowText value={s.label} />
                </AppLink>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        <CellLabel label="initiatives.column.meeting" />
        {row.firstMeeting ? (
          <AppLink to={`/meetings/${row.firstMeeting.id}`}>
            <RowText value={row.firstMeeting.title} />
          </AppLink>
        ) : (
          <EmptyCell />
        )}
      </td>
      <td className="initiatives-table__date">
        <CellLabel label="initiatives.column.date" />
        {row.date === null ? (
          <EmptyCell label={t('initiatives.undated')} />
        ) : row.date.fromMeeting ? (
          <span title={t('initiatives.dateFromMeeting.long')}>
            <span className="initiatives-table__year">{row.date.label}</span>{' '}
            <span className="muted initiatives-table__note">({t('initiatives.dateFromMeeting')})</span>
          </span>
        ) : (
          <time dateTime={row.date.value}>{row.date.label}</time>
        )}
      </td>
    </>
  );
});

/** The leads, with the mark a country filter gives them: the one cell a country change renders again. */
const LeadsCell = memo(function LeadsCell({
  leads,
  leadMark,
}: {
  leads: InitiativeRow['leads'];
  leadMark: '' | 'joint' | 'unrecorded';
}) {
  const { t: tFilters } = useFiltersI18n();
  return (
    <td>
      <CellLabel label="initiatives.column.leads" />
      {leadMark !== '' && (
        <span className="lead-mark" title={tFilters(`lead.${leadMark}.long`)}>
          {tFilters(`lead.${leadMark}`)}
        </span>
      )}
      {leads.length === 0 ? (
        leadMark === '' && <EmptyCell />
      ) : (
        <ul className="initiatives-table__list">
          {leads.map((l) =>
            l.label === l.name.text ? (
              <li key={l.id}>
                <RowText value={l.name} />
              </li>
            ) : (
              <li key={l.id}>
                <abbr title={l.name.text}>{l.label}</abbr>
              </li>
            ),
          )}
        </ul>
      )}
    </td>
  );
});

const StatusCell = memo(function StatusCell({ status }: { status: InitiativeRow['status'] }) {
  const { t } = useI18n();
  return (
    <td>
      <CellLabel label="initiatives.column.status" />
      {status === null ? <EmptyCell /> : t(`initiatives.status.${status}`)}
    </td>
  );
});
