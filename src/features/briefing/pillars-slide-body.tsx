import { useI18n } from '../../i18n/i18n-context';
import { Localized } from '../../i18n/localized';
import { useFilterState } from '../../components/filter-state';
import type { BriefingSlide } from '../../model/build-briefing-deck';

/** Each pillar with its colour (the same as everywhere in the dashboard) and its one-line summary. */
export function PillarsSlideBody({ slide }: { slide: Extract<BriefingSlide, { kind: 'pillars' }> }) {
  const { t } = useI18n();
  const { pillarStyles } = useFilterState();
  if (slide.pillars.length === 0) return <p className="briefing-slide__empty">{t('briefing.empty.pillars')}</p>;
  return (
    <ul className="briefing-pillars">
      {slide.pillars.map((pillar) => (
        <li key={pillar.id} className="briefing-pillars__item">
          <span
            className="briefing-pillars__swatch"
            aria-hidden="true"
            style={{ background: pillarStyles.get(pillar.id)?.color ?? 'var(--color-border-strong)' }}
          />
          <span>
            <strong className="briefing-pillars__name">
              <Localized value={pillar.name} />
            </strong>
            <span className="briefing-pillars__summary">
              <Localized value={pillar.summary} />
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}
