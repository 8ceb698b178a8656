import { useCallback, useRef, useState } from 'react';

/**
 * The width, in CSS pixels, every chart is drawn at for a download, whatever the screen: the picture then has the
 * same layout from a phone or a wide screen, and its 12 px labels stay legible pasted at half a slide's width
 * (a full-width drawing from a laptop, shrunk to that size, had 6 px text). Reference images are drawn at it too.
 */
export const EXPORT_CHART_WIDTH = 760;

/** How long a drawing may take to settle (recharts measures, then draws; bars may animate in). */
const SETTLE_TIMEOUT_MS = 4000;
/** Frames the drawing must stay the same before it is read. */
const STABLE_FRAMES = 3;

export interface ExportStage {
  /** Whether the stage is mounted (the frame renders the chart a second time in it, off screen). */
  staged: boolean;
  stageRef: React.RefObject<HTMLDivElement | null>;
  /** Mounts the stage and resolves with its element once the chart in it is drawn and settled. */
  prepare: () => Promise<Element>;
  /** Unmounts the stage (it would otherwise be redrawn on every filter change). */
  release: () => void;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * A second drawing of a chart, off screen at EXPORT_CHART_WIDTH, made when a picture is downloaded and dropped
 * after. It is the same chart element the frame shows, so it has the same data, labels and colours.
 */
export function useExportStage(): ExportStage {
  const [staged, setStaged] = useState(false);
  const stageRef = useRef<HTMLDivElement>(null);
  const prepare = useCallback(async () => {
    setStaged(true);
    const started = performance.now();
    let last = '';
    let stable = 0;
    while (performance.now() - started < SETTLE_TIMEOUT_MS) {
      await nextFrame();
      const stage = stageRef.current;
      const svg = stage?.querySelector('svg.recharts-surface') ?? stage?.querySelector('svg');
      // The stage is EXPORT_CHART_WIDTH wide from the start: a drawing with any width is drawn at it.
      if (!stage || !svg || !(Number(svg.getAttribute('width')) > 0)) continue;
      const markup = svg.outerHTML;
      stable = markup === last ? stable + 1 : 0;
      last = markup;
      if (stable >= STABLE_FRAMES) return stage;
    }
    throw new Error('image');
  }, []);
  const release = useCallback(() => setStaged(false), []);
  return { staged, stageRef, prepare, release };
}
