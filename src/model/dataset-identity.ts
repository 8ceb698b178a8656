import type { Dataset } from '../data/dataset-schema';

/** Which dataset a link was made for: the dialogue's id and, when the file gives one, its edition's version. */
export interface DatasetIdentity {
  id: string;
  version?: string;
}

export function selectDatasetIdentity(dataset: Dataset): DatasetIdentity {
  const version = dataset.edition?.version;
  return version === undefined ? { id: dataset.dialogue.id } : { id: dataset.dialogue.id, version };
}
