import type { DatasetProblem } from './dataset-problem';

/** Thrown by the dataset query: either the download failed or the file broke the contract. */
export class DatasetLoadError extends Error {
  readonly url: string;
  readonly kind: 'network' | 'invalid';
  readonly problems: readonly DatasetProblem[];
  readonly detail: string;

  constructor(url: string, kind: 'network' | 'invalid', detail: string, problems: readonly DatasetProblem[] = []) {
    super(kind === 'network' ? `Could not download ${url}: ${detail}` : `${url} is not a valid dataset: ${detail}`);
    this.name = 'DatasetLoadError';
    this.url = url;
    this.kind = kind;
    this.detail = detail;
    this.problems = problems;
  }
}
