// Readers for the PySAL example files in test/fixtures/spatial (GAL weights, GeoDa text, CSV).
import { readFileSync } from 'node:fs';

const dir = new URL('../../fixtures/spatial/', import.meta.url);

/** A GAL file as a Map id → neighbour ids, in file order (libpysal's id_order). */
export function readGal(name: string): Map<string, string[]> {
  const lines = readFileSync(new URL(name, dir), 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const out = new Map<string, string[]>();
  for (let i = 1; i + 1 < lines.length; i += 2) {
    const [id, k] = lines[i]!.trim().split(/\s+/);
    const nb = lines[i + 1]!.trim().split(/\s+/).filter(Boolean);
    if (Number(k) !== nb.length) throw new Error(`${name}: bad GAL record for ${id}`);
    out.set(id!, nb);
  }
  return out;
}

/** A GeoDa text file (first line "n,k", then a quoted header) as columns of numbers. */
export function readGeoDaTxt(name: string): Record<string, number[]> {
  const lines = readFileSync(new URL(name, dir), 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines[1]!.split(',').map((h) => h.replace(/"/g, '').trim());
  const cols: Record<string, number[]> = Object.fromEntries(header.map((h) => [h, []]));
  for (const line of lines.slice(2)) line.split(',').forEach((v, j) => cols[header[j]!]!.push(Number(v)));
  return cols;
}

/** A simple CSV (quoted header, no embedded commas in values) as rows of strings. */
export function readCsv(name: string): { header: string[]; rows: string[][] } {
  const lines = readFileSync(new URL(name, dir), 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const split = (l: string): string[] => l.split(',').map((v) => v.replace(/"/g, '').trim());
  return { header: split(lines[0]!), rows: lines.slice(1).map(split) };
}

/** usjoin.csv: 48 states × per-capita income 1929–2009 (units × years). */
export function usIncome(): { names: string[]; years: number[]; pci: number[][] } {
  const { header, rows } = readCsv('usjoin.csv');
  const years = header.slice(2).map(Number);
  return { names: rows.map((r) => r[0]!), years, pci: rows.map((r) => r.slice(2).map(Number)) };
}
