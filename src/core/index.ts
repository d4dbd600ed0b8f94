/**
 * Core: the typed errors (`DataError`, `MeasureError`) and the warning channel shared by every layer.
 * @module core
 */
export { DataError, MeasureError } from './errors.js';
export type { DataLocation, DataErrorCode, MeasureErrorCode } from './errors.js';
export { createWarningPrinter, setWarningHandler, warn } from './warnings.js';
export type { DataWarning } from './warnings.js';
