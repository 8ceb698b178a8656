/** Gap between the pointed mark's centre and the tooltip's near edge, in px. */
const GAP = 14;

/**
 * Where the tooltip box goes, in px from the drawing's top left corner: beside the point, after it if it fits
 * the drawing's width, else before it, centred on the point's height but kept within the drawing's height (as
 * recharts keeps its tooltips within the chart); where neither side fits (a phone), across the width, below the
 * point (or above it, past the drawing's lower half), so that it never covers the mark pointed at.
 */
export function placeTooltip(
  point: { x: number; y: number },
  box: { width: number; height: number },
  area: { width: number; height: number },
): { left: number; top: number } {
  const centred = point.y - box.height / 2;
  const beside = area.height > 0 ? Math.max(0, Math.min(area.height - box.height, centred)) : centred;
  if (area.width <= 0 || point.x + GAP + box.width <= area.width) return { left: point.x + GAP, top: beside };
  if (point.x - GAP - box.width >= 0) return { left: point.x - GAP - box.width, top: beside };
  const left = Math.max(0, Math.min(area.width - box.width, point.x - box.width / 2));
  const top = point.y > area.height / 2 ? point.y - GAP - box.height : point.y + GAP;
  return { left, top };
}
