import type { Source } from '../../data/dataset-schema';

/** What every exported file says about itself: what it is, where the data comes from, which view produced it. */
export interface ExportAbout {
  title: string;
  /** One line per source: publisher, title, date and address. */
  sources: readonly string[];
  /** The filters as URL parameters (`country=MX&pillar=P1`), or words saying there were none. */
  filters: string;
  /** The permalink of the view the file was exported from. */
  link: string;
  /** ISO 8601 time of the export. */
  generated: string;
  /** The dataset's edition and as-of date in words (formatEditionLine), when the dataset has one. */
  edition?: string;
  /** How to cite the dataset (toDatasetCitation), when the export knows which dataset it came from. */
  citation?: string;
}

/** "White House, “Fact sheet: …” (2023-09-29). https://…" for each cited source id, in citation order. */
export function toSourceLines(sourceIds: readonly string[], sources: readonly Source[]): string[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return sourceIds.flatMap((id) => {
    const source = byId.get(id);
    if (source === undefined) return [];
    const date = source.published === null ? '' : ` (${source.published})`;
    return [`${source.publisher}, “${source.title}”${date}. ${source.url}`];
  });
}
