import { useI18n } from '../../i18n/i18n-context';
import { formatNumber } from '../../i18n/format';
import type { BriefingSlide } from '../../model/briefing/briefing-slide';

/** Five counts, large enough to read from the back of the room. */
export function FiguresSlideBody({ slide }: { slide: Extract<BriefingSlide, { kind: 'figures' }> }) {
  const { locale } = useI18n();
  return (
    <dl className="briefing-figures">
      {slide.figures.map((figure) => (
        <div key={figure.label} className="briefing-figures__item">
          <dt>{figure.label}</dt>
          <dd>{formatNumber(figure.value, locale)}</dd>
        </div>
      ))}
    </dl>
  );
}
