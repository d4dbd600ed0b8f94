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

/** Longest input (in code points) for which {@link nearest} searches a suggestion. */
export const SUGGEST_MAX_LENGTH = 64;

/**
 * The candidate label nearest to `input` (case-insensitive), with its distance. Undefined when
 * there is no candidate or the input is longer than {@link SUGGEST_MAX_LENGTH} code points (a
 * cell of that size is no misspelt name, and the edit distance costs length × length).
 */
export function nearest<T>(input: string, candidates: ReadonlyArray<{ label: string; value: T }>):
  { label: string; value: T; distance: number } | undefined {
  const needle = input.trim().toLowerCase();
  if ([...needle.slice(0, 4 * SUGGEST_MAX_LENGTH + 4)].length > SUGGEST_MAX_LENGTH) return undefined;
  let best: { label: string; value: T; distance: number } | undefined;
  for (const c of candidates) {
    const d = editDistance(needle, c.label.toLowerCase());
    if (!best || d < best.distance) best = { ...c, distance: d };
  }
  return best;
}

/** Longest cell text quoted in an error or warning message (code points, before the ellipsis). */
export const QUOTE_MAX_LENGTH = 60;

/**
 * A cell's text as quoted in a message: at most `max` code points, then `…` and the total
 * length, so a 1 MB cell gives a short message. Control characters (newlines, tabs) are shown
 * as `\n`, `\t`, `\u0000`-style escapes.
 * @example
 * ```ts
 * clipText('abc') // 'abc'
 * clipText('x'.repeat(1000), 5) // 'xxxxx… (1000 characters)'
 * ```
 */
export function clipText(text: string, max = QUOTE_MAX_LENGTH): string {
  const head = [...text.slice(0, 2 * max + 2)];
  const shown = head.slice(0, max).join('').replace(/[\u0000-\u001f\u007f]/g, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (head.length <= max) return shown;
  let n = 0;
  for (const _ of text) n++;
  return `${shown}… (${n} characters)`;
}
