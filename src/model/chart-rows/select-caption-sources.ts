import type { Source } from '../../data/dataset-schema';
import { indexById } from '../record-indexes';

export interface CaptionSources {
  /** The sources named in the caption, each from a different publisher. */
  shown: Source[];
  /** How many cited sources the caption summarises as "and N more". */
  moreCount: number;
}

/**
 * Which cited sources a chart's caption names: the first `limit` in citation order, skipping a publisher already
 * named, so a caption reads "White House, SRE, Reuters" rather than "White House, White House, White House".
 */
export function selectCaptionSources(
  sourceIds: readonly string[],
  sources: readonly Source[],
  limit = 3,
): CaptionSources {
  const byId = indexById(sources);
  const shown: Source[] = [];
  const publishers = new Set<string>();
  for (const id of sourceIds) {
    if (shown.length >= limit) break;
    const source = byId.get(id);
    if (source === undefined || publishers.has(source.publisher)) continue;
    publishers.add(source.publisher);
    shown.push(source);
  }
  return { shown, moreCount: sourceIds.length - shown.length };
}
