import type { ReactNode } from 'react';
import { STAGE_HEIGHT, STAGE_WIDTH, useFitScale } from './use-fit-scale';

interface SlideFrameProps {
  /** "width": as wide as the column (reading view); "contain": as large as fits the box (presentation). */
  fit: 'width' | 'contain';
  children: ReactNode;
}

/** A 16:9 stage laid out at 1280×720 and scaled to its place; print sets its own fixed scale. */
export function SlideFrame({ fit, children }: SlideFrameProps) {
  const { ref, scale } = useFitScale(fit);
  return (
    <ScaledSlideFrame fit={fit} scale={scale} frameRef={ref}>
      {children}
    </ScaledSlideFrame>
  );
}

interface ScaledSlideFrameProps extends SlideFrameProps {
  /** The stage's scale, measured by the caller: the reading view measures the deck once for all its slides. */
  scale: number;
  frameRef?: (element: HTMLElement | null) => void;
}

/**
 * A slide frame at a scale given. The reading view's slides are all as wide as the deck, and a slide far off screen
 * is not laid out (content-visibility, briefing.css): measuring each would leave it unscaled for a frame when it
 * comes on screen.
 */
export function ScaledSlideFrame({ fit, scale, frameRef, children }: ScaledSlideFrameProps) {
  return (
    <div ref={frameRef} className={`slide-frame slide-frame--${fit}`}>
      <div className="slide-frame__box" style={{ width: STAGE_WIDTH * scale, height: STAGE_HEIGHT * scale }}>
        <div className="slide-frame__stage" style={{ transform: `scale(${scale})` }}>
          {children}
        </div>
      </div>
    </div>
  );
}
