import { useImperativeHandle, useLayoutEffect, useRef, useState, type Ref } from 'react';
import { placeTooltip } from '../../model/chart-rows/place-tooltip';
import { ChartTooltipCard, type TooltipText } from './chart-tooltip-card';

/** What a chart's marks call to show and hide the tooltip. */
export interface HoverTooltipHandle {
  /** Shows `tooltip` beside the point (x, y), in px from the drawing's top left corner. */
  show: (tooltip: TooltipText, x: number, y: number) => void;
  hide: () => void;
}

interface Shown {
  tooltip: TooltipText;
  x: number;
  y: number;
}

/**
 * Every chart's tooltip (the chart kit: own-marks-chart.tsx): the card beside the mark pointed at (placeTooltip). It keeps its own state, so pointing at a mark re-renders the
 * tooltip alone, not the chart. Rendered after the drawing, in a box positioned over it; placed once measured.
 */
export function ChartHoverTooltip({
  ref,
  width,
  height,
}: {
  ref: Ref<HoverTooltipHandle>;
  width: number;
  height: number;
}) {
  const [shown, setShown] = useState<Shown | null>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  useImperativeHandle(
    ref,
    () => ({ show: (tooltip, x, y) => setShown({ tooltip, x, y }), hide: () => setShown(null) }),
    [],
  );
  useLayoutEffect(() => {
    const box = boxRef.current;
    if (box === null || shown === null) return;
    const { left, top } = placeTooltip(shown, { width: box.offsetWidth, height: box.offsetHeight }, { width, height });
    box.style.left = `${left}px`;
    box.style.top = `${top}px`;
    box.style.visibility = 'visible';
  }, [shown, width, height]);
  if (shown === null) return null;
  return (
    <div ref={boxRef} className="chart-hover-tooltip">
      <ChartTooltipCard tooltip={shown.tooltip} />
    </div>
  );
}
