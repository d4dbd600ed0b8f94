export * from './schema.js';
export { asTable } from './table-input.js';
export type { TableInput, DataFrameLike } from './table-input.js';
