import { useEffect, useState } from 'react';

/** Slides are laid out once at this size and scaled, so a slide looks the same on a laptop, a projector and paper. */
export const STAGE_WIDTH = 1280;
export const STAGE_HEIGHT = 720;

/**
 * The scale that fits the 1280×720 stage into an element: to its width (reading view) or inside its box
 * (presentation). Measured by ResizeObserver, which also reports once on observe; where it is missing (jsdom) the
 * stage keeps scale 1.
 */
export function useFitScale(fit: 'width' | 'contain'): { ref: (element: HTMLElement | null) => void; scale: number } {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [scale, setScale] = useState(1);
  useEffect(() => {
    if (element === null || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => {
      const width = element.clientWidth;
      const height = element.clientHeight;
      if (width === 0) return;
      setScale(fit === 'width' ? width / STAGE_WIDTH : Math.min(width / STAGE_WIDTH, height / STAGE_HEIGHT));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, fit]);
  return { ref: setElement, scale };
}
