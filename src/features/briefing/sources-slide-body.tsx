import type { BriefingSlide } from '../../model/briefing/briefing-slide';

/** The sources the deck cites, compactly, in two columns: id, publisher and title, date, reliability. */
export function SourcesSlideBody({ slide }: { slide: Extract<BriefingSlide, { kind: 'sources' }> }) {
  return (
    <ul className="briefing-sources">
      {slide.sources.map((source) => (
        <li key={source.id} className="briefing-sources__item">
          <span className="briefing-sources__id">{source.id}</span> {source.text} · {source.date} · {source.reliability}
        </li>
      ))}
    </ul>
  );
}
