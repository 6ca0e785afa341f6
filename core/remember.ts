/**
 * `compute` for keys that come again and again (a column repeats a few texts down 100,000 rows: a
 * Satuan, a choice, `100%`): each distinct key is computed once. Only the first `limit` keys are
 * kept, so a sheet of texts that never repeat cannot grow the memory without end. Results are shared
 * between callers: never modify one.
 */
export function remember<K, V>(compute: (key: K) => V, limit = 10000): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    const v = known.get(key);
    if (v !== undefined || known.has(key)) return v as V;
    const computed = compute(key);
    if (known.size < limit) known.set(key, computed);
    return computed;
  };
}
