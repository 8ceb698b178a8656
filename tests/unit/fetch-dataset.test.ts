import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchDataset } from '../../src/data/dataset-query';
import { DatasetLoadError } from '../../src/data/dataset-load-error';
import { loadFixture } from '../fixtures/load-fixture';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** A fetch that never answers until aborted, like a dead briefing-room network. */
function hangingFetch() {
  return vi.fn(
    (_url: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      }),
  );
}

describe('fetchDataset', () => {
  it('returns the validated dataset', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(loadFixture('mini-dataset.json')))),
    );
    const dataset = await fetchDataset('/data/x.json');
    expect(dataset.dialogue.id).toBe('demo');
  });

  it('reports a request that does not answer in time as a network error', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', hangingFetch());
    const result = fetchDataset('/data/x.json', undefined, 5000).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(5001);
    const error = await result;
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect(error).toMatchObject({ kind: 'network', detail: 'no answer after 5 s' });
  });

  it('reports an HTTP error with its status', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('gone', { status: 404, statusText: 'Not Found' })),
    );
    await expect(fetchDataset('/data/x.json')).rejects.toMatchObject({ kind: 'network', detail: 'HTTP 404 Not Found' });
  });

  it('reports every problem of an invalid file', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"format":"nope"}')),
    );
    await expect(fetchDataset('/data/x.json')).rejects.toMatchObject({ kind: 'invalid' });
  });
});
