import type { PillarStyle } from '../model/select-pillar-colors';

/** The pillar's colour with its palette number, so colour is never the only cue. */
export function PillarSwatch({ style }: { style: PillarStyle | undefined }) {
  if (!style) return null;
  return <span className="pillar-swatch" style={{ background: style.color }} aria-hidden="true" />;
}
