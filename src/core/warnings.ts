/**
 * Recorded warnings. Functions that find something suspicious but usable (a growth rate
 * that looks 100-based, a value 10 000× off its unit, an analysis that crosses a known
 * series break) record a {@link DataWarning} instead of changing the data. Warnings are
 * returned to the caller (e.g. attached to a result) and, by default, printed once per
 * distinct `code + message` to stderr. Silence printing with `setWarningHandler(() => {})`
 * or by setting `PRD_SILENCE_WARNINGS=1`.
 * @module
 */
import type { DataLocation } from './errors.js';

/** A recorded, non-fatal problem: what is wrong, where, and what to do. */
export interface DataWarning extends DataLocation {
  /** Stable identifier, e.g. `"index-like-growth"`, `"series-break"`. */
  code: string;
  /** What is wrong (and, in older warnings, what to do about it). */
  message: string;
  /** What to do about it, in plain words (set by every data-validation warning). */
  advice?: string | undefined;
}

type Handler = (w: DataWarning) => void;

/**
 * A warning printer with its own "already printed" set: prints each distinct `code + message`
 * once to stderr (`prd-restructuring warning [code] file, row, column: message — advice`),
 * nothing when `PRD_SILENCE_WARNINGS=1`. The default handler is one; the report runner gives each
 * notebook a fresh one (the behaviour of a fresh kernel) with `setWarningHandler(createWarningPrinter())`.
 */
export function createWarningPrinter(): Handler {
  const seen = new Set<string>();
  return (w) => {
    if (process.env.PRD_SILENCE_WARNINGS === '1') return;
    const key = `${w.code}\u0000${w.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    const place = [w.file, w.row !== undefined ? `row ${w.row}` : undefined, w.column !== undefined ? `column "${w.column}"` : undefined]
      .filter(Boolean).join(', ');
    process.stderr.write(`prd-restructuring warning [${w.code}]${place ? ` ${place}` : ''}: ${w.message}${w.advice ? ` — ${w.advice}` : ''}\n`);
  };
}

const defaultHandler: Handler = createWarningPrinter();
let handler: Handler = defaultHandler;

/** Replace the function that receives every warning (returns the previous one). */
export function setWarningHandler(next: Handler | undefined): Handler {
  const prev = handler;
  handler = next ?? defaultHandler;
  return prev;
}

/** Emit a warning through the current handler and return it (for collecting). */
export function warn(w: DataWarning): DataWarning {
  handler(w);
  return w;
}
