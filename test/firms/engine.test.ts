import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { findSqlFile, loadSql, renderSql, resultToArquero, sqlPath } from '../../src/firms/engine.js';

const SQL_DIR = fileURLToPath(new URL('../../src/firms/sql/', import.meta.url));

describe('firm SQL statements', () => {
  it('loads every .sql file of src/firms/sql', () => {
    const files = readdirSync(SQL_DIR).filter((f) => f.endsWith('.sql'));
    expect(files.length).toBeGreaterThanOrEqual(14);
    for (const f of files) {
      expect(sqlPath(f)).toBe(`${SQL_DIR}${f}`);
      expect(loadSql(f)).toBe(readFileSync(`${SQL_DIR}${f}`, 'utf8'));
    }
  });

  it('finds the statements from a compiled module in dist/firms/ (tsc does not copy .sql files)', () => {
    const root = mkdtempSync(join(tmpdir(), 'firms-pkg-'));
    mkdirSync(join(root, 'dist', 'firms'), { recursive: true });
    mkdirSync(join(root, 'src', 'firms', 'sql'), { recursive: true });
    writeFileSync(join(root, 'src', 'firms', 'sql', 'x.sql'), 'SELECT 1');
    const moduleUrl = pathToFileURL(join(root, 'dist', 'firms', 'engine.js'));
    expect(findSqlFile('x.sql', moduleUrl)).toBe(join(root, 'src', 'firms', 'sql', 'x.sql'));
    mkdirSync(join(root, 'dist', 'firms', 'sql'));
    writeFileSync(join(root, 'dist', 'firms', 'sql', 'x.sql'), 'SELECT 2');
    expect(findSqlFile('x.sql', moduleUrl)).toBe(join(root, 'dist', 'firms', 'sql', 'x.sql'));
    expect(findSqlFile('missing.sql', moduleUrl)).toBeUndefined();
    rmSync(root, { recursive: true, force: true });
  });

  it('fills placeholders with checked numbers and refuses missing or non-finite values', () => {
    expect(renderSql('SELECT {{a}} + {{ b }} WHERE x IN ({{c}})', { a: 1, b: 2.5, c: [3, 4] })).toBe('SELECT 1 + 2.5 WHERE x IN (3, 4)');
    expect(() => renderSql('SELECT {{a}}', {})).toThrow(/no value/);
    expect(() => renderSql('SELECT {{a}}', { a: Number.NaN })).toThrow(/not finite/);
  });

  it('turns DuckDB results into typed arquero columns through Arrow', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    const r = await c.runAndReadAll(
      "SELECT CAST(1 AS INTEGER) AS i, 2.5 :: DOUBLE AS d, CAST(NULL AS DOUBLE) AS n, 'x' AS s, true AS b, CAST(7 AS BIGINT) AS big",
    );
    const t = resultToArquero(r);
    expect(t.objects()).toEqual([{ i: 1, d: 2.5, n: null, s: 'x', b: true, big: 7 }]);
    c.closeSync();
    db.closeSync();
  });
});
