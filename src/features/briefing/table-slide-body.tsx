import type { BriefingSlide } from '../../model/briefing/briefing-slide';

/** A table slide: an optional lead paragraph, then the rows the deck model put on this slide. */
export function TableSlideBody({ slide }: { slide: Extract<BriefingSlide, { kind: 'table' }> }) {
  const total = slide.columns.reduce((sum, c) => sum + c.weight, 0);
  return (
    <>
      {slide.lead !== null && <p className="briefing-slide__lead">{slide.lead}</p>}
      {slide.rows.length > 0 && (
        <table className="briefing-table">
          <colgroup>
            {slide.columns.map((c) => (
              <col key={c.header} style={{ width: `${(100 * c.weight) / total}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {slide.columns.map((c) => (
                <th key={c.header} scope="col">
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {slide.rows.map((row, r) => (
              <tr key={r}>
                {row.map((text, c) => (
                  <td key={c}>{text}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
