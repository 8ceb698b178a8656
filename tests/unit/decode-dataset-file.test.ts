import { describe, expect, it } from 'vitest';
import { decodeDatasetFile, findInvalidUtf8 } from '../../src/data/decode-dataset-file';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('decodeDatasetFile', () => {
  it('reads UTF-8, with or without its byte-order mark', () => {
    expect(decodeDatasetFile(bytes(0x7b, 0x22, 0xc3, 0xa1, 0x22, 0x7d))).toEqual({
      ok: true,
      text: '{"á"}',
      encoding: 'utf-8',
    });
    expect(decodeDatasetFile(bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d))).toEqual({ ok: true, text: '{}', encoding: 'utf-8' });
  });

  it('reads UTF-16 little- and big-endian after their byte-order marks', () => {
    expect(decodeDatasetFile(bytes(0xff, 0xfe, 0x7b, 0x00, 0xe1, 0x00, 0x7d, 0x00))).toEqual({
      ok: true,
      text: '{á}',
      encoding: 'utf-16le',
    });
    expect(decodeDatasetFile(bytes(0xfe, 0xff, 0x00, 0x7b, 0x00, 0x7d))).toEqual({
      ok: true,
      text: '{}',
      encoding: 'utf-16be',
    });
  });

  it('refuses Latin-1, naming the first byte that is not UTF-8 and where it is', () => {
    // "Bárcena" in Latin-1: á is the single byte 0xE1.
    expect(decodeDatasetFile(bytes(0x42, 0xe1, 0x72, 0x63))).toEqual({
      ok: false,
      encoding: 'utf-8',
      offset: 1,
      byte: 0xe1,
    });
  });

  it('refuses UTF-16 that is not well-formed (a lone surrogate)', () => {
    expect(decodeDatasetFile(bytes(0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00))).toEqual({
      ok: false,
      encoding: 'utf-16le',
      offset: null,
      byte: null,
    });
  });
});

describe('findInvalidUtf8', () => {
  it('finds truncated, overlong, surrogate and out-of-range sequences', () => {
    expect(findInvalidUtf8(bytes(0x41, 0xe2, 0x82, 0xac))).toBeNull(); // A€
    expect(findInvalidUtf8(bytes(0x41, 0xe2, 0x82))).toBe(1); // truncated €
    expect(findInvalidUtf8(bytes(0xc0, 0xaf))).toBe(0); // overlong "/"
    expect(findInvalidUtf8(bytes(0xe0, 0x80, 0xaf))).toBe(0); // overlong, three bytes
    expect(findInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0); // U+D800
    expect(findInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // above U+10FFFF
    expect(findInvalidUtf8(bytes(0x61, 0x80))).toBe(1); // a lone continuation byte
  });
});
