/** Gap between the pointed mark's centre and the tooltip's near edge, in px. */
const GAP = 14;

/**
 * Where the tooltip box goes, in px from the drawing's top left corner: beside the point, after it if it fits
 * the drawing's width, else before it; where neither fits (a phone), across the width, below the point (or above
 * it, past the drawing's lower half), so that it never covers the mark pointed at.
 */
export function placeTooltip(
  point: { x: number; y: number },
  box: { width: number; height: number },
  area: { width: number; height: number },
): { left: number; top: number } {
  const beside = point.y - box.height / 2;
  if (area.width <= 0 || point.x + GAP + box.width <= area.width) return { left: point.x + GAP, top: beside };
  if (point.x - GAP - box.width >= 0) return { left: point.x - GAP - box.width, top: beside };
  const left = Math.max(0, Math.min(area.width - box.width, point.x - box.width / 2));
  const top = point.y > area.height / 2 ? point.y - GAP - box.height : point.y + GAP;
  return { left, top };
}
