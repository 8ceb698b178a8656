import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_DATASET_FILE_BYTES, checkDatasetFileSize, parseDatasetFileText } from '../../src/data/parse-dataset-file';
import { validateDatasetFileText } from '../../src/data/validate-dataset-file-text';
import { clearStoredDataset, readStoredDataset, storeDataset } from '../../src/data/stored-dataset';
import { fetchActiveDataset } from '../../src/data/dataset-query';

const demoText = readFileSync('public/data/examples/demo-dialogue.json', 'utf8');
const miniText = readFileSync('tests/fixtures/mini-dataset.json', 'utf8');

afterEach(() => vi.unstubAllGlobals());

describe('checkDatasetFileSize', () => {
  it('refuses files over the 50 MB limit before reading them', () => {
    expect(MAX_DATASET_FILE_BYTES).toBe(52_428_800);
    expect(checkDatasetFileSize(52_428_801)).toEqual({ kind: 'too-large', size: 52_428_801 });
    expect(checkDatasetFileSize(52_428_800)).toBeNull();
  });

  it('refuses empty files', () => {
    expect(checkDatasetFileSize(0)).toEqual({ kind: 'empty' });
    expect(checkDatasetFileSize(1)).toBeNull();
  });
});

describe('parseDatasetFileText', () => {
  it('says a blank file is empty', () => {
    expect(parseDatasetFileText('  \n')).toEqual({ ok: false, failure: { kind: 'empty' } });
  });

  it('says text that is not JSON is not JSON, with the parser’s detail', () => {
    const result = parseDatasetFileText('dialogue: Atlantis');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure.kind).toBe('not-json');
    expect(result.failure.kind === 'not-json' && result.failure.detail).toMatch(/JSON/);
  });

  it('lists every schema problem of JSON that breaks the contract, with its path', () => {
    const result = parseDatasetFileText(readFileSync('tests/fixtures/byod/invalid-dataset.json', 'utf8'));
    expect(result.ok).toBe(false);
    if (result.ok || result.failure.kind !== 'invalid') throw new Error('expected schema problems');
    expect(result.failure.problems.map((p) => [p.path, p.code])).toEqual([
      ['meetings[1].title', 'missing'],
      ['sources[0].url', 'invalid'],
    ]);
  });

  it('accepts the shipped fictional demo dataset', () => {
    const result = parseDatasetFileText(demoText);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.dialogue.name.en).toBe('Demo: Atlantis–Lemuria Trade Dialogue (fictional)');
    expect(result.dataset.meetings).toHaveLength(4);
    expect(result.dataset.sources.every((s) => s.url.startsWith('https://example.org/'))).toBe(true);
    expect(result.dataset.sources.every((s) => /fictional/i.test(s.title))).toBe(true);
  });
});

describe('without Worker or IndexedDB (as in jsdom)', () => {
  it('validates on the main thread', async () => {
    expect(typeof Worker).toBe('undefined');
    await expect(validateDatasetFileText('')).resolves.toEqual({ ok: false, failure: { kind: 'empty' } });
    expect((await validateDatasetFileText(demoText)).ok).toBe(true);
  });

  it('treats storage as empty and never throws', async () => {
    expect(typeof indexedDB).toBe('undefined');
    await expect(readStoredDataset()).resolves.toEqual({ status: 'none' });
    await expect(storeDataset({ text: demoText, fileName: 'demo.json' })).resolves.toBe(false);
    await expect(clearStoredDataset()).resolves.toBeUndefined();
  });

  it('falls back to the built-in dataset', async () => {
    const fetchMock = vi.fn(async () => new Response(miniText, { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const active = await fetchActiveDataset();
    expect(active.origin).toBe('built-in');
    expect(active.dataset.dialogue.name.en).toBe('Demo Economic Dialogue');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
