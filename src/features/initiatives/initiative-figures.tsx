import type { Figure } from '../../data/dataset-schema';
import { useI18n } from '../../i18n/pack-initiatives';
import { Localized } from '../../i18n/localized';
import { formatPartialDate } from '../../i18n/format';
import { CitationMarker } from '../../components/citation/citation-marker';
import { NoneRecorded } from './none-recorded';
import { Quantity } from '../../i18n/quantity';

/** Sourced quantities, written as the source states them ("more than 500,000 young people"). */
export function InitiativeFigures({ figures }: { figures: readonly Figure[] }) {
  const { t, locale } = useI18n();
  if (figures.length === 0) return <NoneRecorded />;
  return (
    <ul className="plain-list plain-list--spaced">
      {figures.map((figure, index) => (
        <li key={index}>
          <strong>
            <Quantity value={figure.value} unit={figure.unit} qualifier={figure.qualifier} />
          </strong>{' '}
          — <Localized value={figure.label} />
          {figure.asOf && (
            <span className="muted"> ({t('initiatives.asOf', { date: formatPartialDate(figure.asOf, locale) })})</span>
          )}
          <CitationMarker citations={figure.citations} />
        </li>
      ))}
    </ul>
  );
}
