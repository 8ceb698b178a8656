/**
 * Values derived once per object and reused while the object lives: the dataset and its lists (and the filtered
 * datasets `applyFilters` keeps) never change after they are made, so a value built from one holds for as long as the
 * object does. A WeakMap lets the value go with its object. Every identity cache of the model goes through this one
 * helper; what they bought is measured in docs/decisions/004-performance-techniques.md.
 */
export interface IdentityCache<K extends object, V> {
  /** The value kept for `key`, built by `build` the first time. */
  get(key: K, build: (key: K) => V): V;
}

export function createIdentityCache<K extends object, V>(): IdentityCache<K, V> {
  const values = new WeakMap<K, V>();
  return {
    get(key, build) {
      if (values.has(key)) return values.get(key) as V;
      const value = build(key);
      values.set(key, value);
      return value;
    },
  };
}
