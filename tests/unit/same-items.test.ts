import { describe, expect, it } from 'vitest';
import { sameItems } from '../../src/model/same-items';

describe('sameItems', () => {
  const a = { id: 'a' };
  const b = { id: 'b' };
  it('is true for two lists of the same items in the same order, and for one list', () => {
    expect(sameItems([a, b], [a, b])).toBe(true);
    const list = [a];
    expect(sameItems(list, list)).toBe(true);
    expect(sameItems([], [])).toBe(true);
  });
  it('compares items by identity, and minds order and length', () => {
    expect(sameItems([a], [{ id: 'a' }])).toBe(false);
    expect(sameItems([a, b], [b, a])).toBe(false);
    expect(sameItems([a, b], [a])).toBe(false);
  });
});
