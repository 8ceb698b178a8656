import { useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/** How far off screen a drawing is still redrawn with the filters: a fast scroll reaches it a moment later. */
const NEAR_SCREEN_PX = 200;

interface Waiting {
  element: Element;
  redraw: () => void;
}

/** Frames whose drawing is out of date, to be looked at once the update is done. */
const waiting = new Set<Waiting>();
let lookRequested = false;

const canObserve = () => typeof IntersectionObserver !== 'undefined';

function isNearScreen(element: Element): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  return bottom >= -NEAR_SCREEN_PX && top <= window.innerHeight + NEAR_SCREEN_PX;
}

const inDocumentOrder = (a: Waiting, b: Waiting) =>
  a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;

/**
 * Runs once React has done the update (a microtask queued during its commit runs after all of its synchronous work,
 * recharts' second pass included), in the same task, before the browser paints: the page's layout, read here, is the
 * one the paint uses unless something is redrawn. Each waiting frame near the screen is redrawn at once, top to
 * bottom, each seeing where the redraws above it moved it.
 */
function redrawThoseNearScreen(): void {
  lookRequested = false;
  for (const entry of [...waiting].sort(inDocumentOrder)) {
    if (!waiting.has(entry) || !isNearScreen(entry.element)) continue;
    waiting.delete(entry);
    flushSync(entry.redraw);
  }
}

/**
 * What a chart frame draws for `drawing` (see ChartFrame): the latest drawing while the frame is on screen, and
 * otherwise the one drawn last, kept (`outOfDate`) until the frame is near the screen. `keep` keeps the last drawing
 * whatever the distance (the filters leave nothing to draw). With `firstDrawNear` the first drawing waits too
 * (nothing is drawn until then), as a later one does.
 *
 * A filter change can move a chart by a screen or more (the charts above it grow or shrink), so where a chart off
 * screen was is no guide: it is looked at once the update is done, laid out as it will be painted, and redrawn
 * then if it is near. Later, scrolling near it, focus or a pointer inside it, or printing redraws it. Where there is
 * no IntersectionObserver (jsdom, old browsers) every drawing is the latest.
 */
export function useDrawingNearScreen(
  ref: RefObject<HTMLElement | null>,
  drawing: ReactNode,
  keep: boolean,
  firstDrawNear = false,
): { drawn: ReactNode; outOfDate: boolean } {
  const deferrable = canObserve();
  // On screen, as the observer last said: the common case, drawn with the update itself.
  const [onScreen, setOnScreen] = useState(!firstDrawNear);
  const [drawn, setDrawn] = useState<ReactNode>(null);
  const waitsForFirst = firstDrawNear && deferrable;
  if (!keep && drawn !== drawing && ((drawn === null && !waitsForFirst) || !deferrable || onScreen)) setDrawn(drawing);
  const outOfDate = !keep && drawn !== drawing && (drawn !== null || waitsForFirst);
  const latest = useRef({ drawing, outOfDate });
  useLayoutEffect(() => {
    latest.current = { drawing, outOfDate };
  });

  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null || !outOfDate) return;
    const entry: Waiting = { element, redraw: () => setDrawn(latest.current.drawing) };
    waiting.add(entry);
    if (!lookRequested) {
      lookRequested = true;
      queueMicrotask(redrawThoseNearScreen);
    }
    return () => {
      waiting.delete(entry);
    };
  });

  useEffect(() => {
    const element = ref.current;
    if (element === null || !deferrable) return;
    const redraw = () => {
      if (latest.current.outOfDate) setDrawn(latest.current.drawing);
    };
    const visible = new IntersectionObserver((entries) => {
      const last = entries[entries.length - 1];
      if (last !== undefined) setOnScreen(last.isIntersecting);
    });
    const near = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && redraw(), {
      rootMargin: `${NEAR_SCREEN_PX}px 0px`,
    });
    visible.observe(element);
    near.observe(element);
    // The download menu reads the drawing; a reader who reaches the frame by keyboard or pointer sees it drawn.
    element.addEventListener('focusin', redraw);
    element.addEventListener('pointerdown', redraw);
    // The print is laid out from the page as it is when beforeprint's listeners return.
    const beforePrint = () => flushSync(redraw);
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      visible.disconnect();
      near.disconnect();
      element.removeEventListener('focusin', redraw);
      element.removeEventListener('pointerdown', redraw);
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [ref, deferrable]);

  return { drawn: keep || outOfDate ? drawn : drawing, outOfDate };
}
