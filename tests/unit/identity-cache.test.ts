import { describe, expect, it } from 'vitest';
import { createIdentityCache } from '../../src/model/identity-cache';

describe('createIdentityCache', () => {
  it('builds a value once per object and hands the same value back for that object', () => {
    const cache = createIdentityCache<readonly number[], { total: number }>();
    let builds = 0;
    const sum = (list: readonly number[]) => {
      builds += 1;
      return { total: list.reduce((a, b) => a + b, 0) };
    };
    const list = [1, 2, 3];
    const first = cache.get(list, sum);
    expect(first).toEqual({ total: 6 });
    expect(cache.get(list, sum)).toBe(first);
    expect(builds).toBe(1);
    // An equal list is another object: its own value.
    expect(cache.get([1, 2, 3], sum)).not.toBe(first);
    expect(builds).toBe(2);
  });

  it('keeps a value that is undefined instead of building it again', () => {
    const cache = createIdentityCache<object, undefined>();
    let builds = 0;
    const key = {};
    cache.get(key, () => void (builds += 1));
    cache.get(key, () => void (builds += 1));
    expect(builds).toBe(1);
  });
});
