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
    <div ref={ref} className={`slide-frame slide-frame--${fit}`}>
      <div className="slide-frame__box" style={{ width: STAGE_WIDTH * scale, height: STAGE_HEIGHT * scale }}>
        <div className="slide-frame__stage" style={{ transform: `scale(${scale})` }}>
          {children}
        </div>
      </div>
    </div>
  );
}
