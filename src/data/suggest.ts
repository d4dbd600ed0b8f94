/**
 * "Did you mean …?" helpers: Levenshtein edit distance and the nearest candidate.
 * @module
 */

/** Levenshtein distance between two strings (insertions, deletions, substitutions; by code point). */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = cur;
  }
  return prev[t.length]!;
}

/** The candidate label nearest to `input` (case-insensitive), with its distance. */
export function nearest<T>(input: string, candidates: ReadonlyArray<{ label: string; value: T }>):
  { label: string; value: T; distance: number } | undefined {
  const needle = input.trim().toLowerCase();
  let best: { label: string; value: T; distance: number } | undefined;
  for (const c of candidates) {
    const d = editDistance(needle, c.label.toLowerCase());
    if (!best || d < best.distance) best = { ...c, distance: d };
  }
  return best;
}
