import { readFileSync } from 'node:fs';

/** One case of test/fixtures/structure.json (copied from the shared fixtures). */
export interface StructureCase {
  measure: string;
  input: Record<string, number | number[]>;
  expected: number | number[];
  angleDegrees?: number;
}

export const structureCases = (
  JSON.parse(readFileSync(new URL('../../fixtures/structure.json', import.meta.url), 'utf8')) as { cases: StructureCase[] }
).cases;

export function structureCase(measure: string): StructureCase {
  const c = structureCases.find((x) => x.measure === measure);
  if (!c) throw new Error(`no fixture case for ${measure}`);
  return c;
}
