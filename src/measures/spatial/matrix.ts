/**
 * Small dense linear algebra for Markov chains (internal): solve and invert by Gauss–Jordan
 * elimination with partial pivoting. k is the number of classes (≤ a few dozen).
 * Checked: src/measures/mcdm/matrix.ts has no solver; no kept library has one.
 * @module
 */

/** Solve A x = b (A k×k). Returns undefined when A is singular. */
export function solve(A: number[][], b: number[]): number[] | undefined {
  const k = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < k; c++) {
    let piv = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[piv]![c]!)) piv = r;
    if (Math.abs(M[piv]![c]!) < 1e-13) return undefined;
    [M[c], M[piv]] = [M[piv]!, M[c]!];
    const pr = M[c]!;
    for (let r = 0; r < k; r++) {
      if (r === c) continue;
      const f = M[r]![c]! / pr[c]!;
      if (f === 0) continue;
      const row = M[r]!;
      for (let j = c; j <= k; j++) row[j]! -= f * pr[j]!;
    }
  }
  return M.map((row, i) => row[k]! / row[i]!);
}

/** Inverse of A (k×k), undefined when singular. */
export function invert(A: number[][]): number[][] | undefined {
  const k = A.length;
  const cols: number[][] = [];
  for (let j = 0; j < k; j++) {
    const e = new Array<number>(k).fill(0);
    e[j] = 1;
    const x = solve(A, e);
    if (!x) return undefined;
    cols.push(x);
  }
  return Array.from({ length: k }, (_, i) => cols.map((c) => c[i]!));
}
