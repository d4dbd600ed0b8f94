/**
 * Typed output tables of the panel functions: an arquero `ColumnTable` that also hands back its
 * rows with their documented type (`rows()`, `row(i)`), so no caller casts `objects()`.
 * @module
 */
import { ColumnTable, addAggregateFunction, op } from 'arquero';
import { DataError } from '../core/errors.js';

/** Output columns of a table of rows `R`: one array per field, in the order the object literal gives them. */
export type Columns<R> = { [K in keyof R]: Array<R[K]> };

/**
 * An arquero table whose rows have the type `R` (one of the panel row types: {@link GrowthGapRow},
 * {@link StructureRow}, {@link RegionSharesRow}, {@link DisparityRow}, {@link ConvergenceRow},
 * {@link TransferShareRow}, {@link ShiftShareRow}).
 *
 * It is a `ColumnTable` (every arquero verb works on it). `filter`, `orderby`, `slice` and the
 * like keep the columns, so their result still gives typed `rows()`. After a verb that drops or
 * renames a column of `R` (`select`, `rename`, `rollup`…) `rows()` throws a DataError naming the
 * missing column rather than returning rows that are not `R`; use `objects()` there.
 *
 * @example
 * ```ts
 * const rows = growthGapTable(loadGuangdongProvince(), { by: 'province' }).rows(); // GrowthGapRow[]
 * rows.filter((r) => r.gap_pp !== null).map((r) => r.year)
 * ```
 */
export class PanelTable<R extends object> extends ColumnTable {
  /** The function that made tables of this kind (for error messages). */
  static readonly producer: string = 'panel table';
  /** Columns every row of this kind has. */
  static readonly rowColumns: readonly string[] = [];

  /** The rows as records of type `R`, in table order (filters and orderings applied). */
  rows(): R[] {
    this.checkRowColumns();
    return this.objects() as R[];
  }

  /** Row `i` (0-based, in table order) as a record of type `R`. */
  row(i: number): R {
    this.checkRowColumns();
    if (!Number.isInteger(i) || i < 0 || i >= this.numRows()) {
      throw new DataError('out-of-range', `row ${i} is not in the table (${this.numRows()} rows)`, { file: (this.constructor as typeof PanelTable).producer });
    }
    return this.object(i) as R;
  }

  private checkRowColumns(): void {
    const kind = this.constructor as typeof PanelTable;
    const have = new Set(this.columnNames());
    for (const c of kind.rowColumns) {
      if (!have.has(c)) {
        throw new DataError('missing-column', `this ${kind.producer} table has no "${c}" column any more, so its rows are not typed rows`,
          { file: kind.producer, column: c }, 'call rows() before select/rename, or read objects() of the reshaped table');
      }
    }
  }
}

/**
 * A maker of typed tables of one kind: `make(columns)` builds a {@link PanelTable} from output
 * columns (no copy), checking the required columns are there.
 * @param producer - the public function that makes these tables.
 * @param rowColumns - the columns every row has, in output order.
 */
export function tableKind<R extends object>(producer: string, rowColumns: readonly string[]): (columns: Record<string, unknown[]>, names?: readonly string[]) => PanelTable<R> {
  class Kind extends PanelTable<R> {
    static override readonly producer = producer;
    static override readonly rowColumns = Object.freeze([...rowColumns]);
  }
  return (columns, names) => {
    const order = names ? [...names] : Object.keys(columns);
    for (const c of rowColumns) {
      if (!(c in columns)) throw new Error(`${producer}: internal error, output column "${c}" not built`);
    }
    return new Kind(columns as ConstructorParameters<typeof ColumnTable>[0], order);
  };
}

/**
 * Register once, with arquero, the aggregate `op.csum(x)`: the Neumaier-compensated sum of the
 * valid (non-null, non-NaN) values of a group, in the table's row order (ordered tables are
 * scanned in order), null when the group has none. Added in this order it gives exactly `sum` of
 * core/validate (simple-statistics' compensated sum), which the golden numbers were computed
 * with; arquero's own `op.sum` adds without compensation. Callers needing "every member present"
 * compare `op.valid(x)` with `op.count()` themselves: arquero skips nulls in aggregates, and its
 * arithmetic treats null as 0 (`null * x` is 0), so no null may reach a formula unguarded.
 */
export function registerCompensatedSum(): void {
  if (registered) return;
  addAggregateFunction('csum', {
    create: () => ({
      init: (st: object) => {
        const s = st as CsumState;
        s.cs = 0;
        s.cc = 0;
      },
      add: (st: object, v: number) => {
        const s = st as CsumState;
        const t = s.cs + v;
        s.cc += Math.abs(s.cs) >= Math.abs(v) ? s.cs - t + v : v - t + s.cs;
        s.cs = t;
      },
      rem: () => {
        throw new Error('csum cannot be used in a sliding window');
      },
      value: (st: object) => {
        const s = st as CsumState;
        return s.valid ? s.cs + s.cc : null;
      },
    }),
    param: [1, 0],
  });
  registered = true;
}

interface CsumState { cs: number; cc: number; valid: number }
let registered = false;

/** `op.csum` with its type (registered by {@link registerCompensatedSum}). */
export function csum(field: string): ReturnType<typeof op.sum> {
  registerCompensatedSum();
  return (op as unknown as { csum: (f: string) => ReturnType<typeof op.sum> }).csum(field);
}
