import { translate } from '../../i18n/pack-data-files';
import { type Locale } from '../../i18n/locale';

export interface DatasetCitationInput {
  /** The dialogue's name in the reader's language. */
  datasetName: string;
  /** The dataset's edition label (`edition.version`), when it has one. */
  editionVersion?: string;
  /** The permalink of the exported view. */
  link: string;
  /** The reader's local date of the download, YYYY-MM-DD. */
  retrieved: string;
}

/**
 * "U.S.–Mexico High-Level Economic Dialogue dataset, edition 2026.12.1, HLED Explorer, https://… (retrieved
 * 2026-12-02)." — how to cite the data of a download. It names only what the file itself knows; the sources behind
 * each fact are listed beside it.
 */
export function toDatasetCitation(input: DatasetCitationInput, locale: Locale): string {
  const edition =
    input.editionVersion === undefined
      ? ''
      : translate(locale, 'dataFiles.citation.edition', { version: input.editionVersion });
  return translate(locale, 'dataFiles.citation', {
    dataset: input.datasetName,
    edition,
    link: input.link,
    date: input.retrieved,
  });
}
