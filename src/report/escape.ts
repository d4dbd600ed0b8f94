/**
 * HTML escaping for every data label the report prints: one implementation, the charts
 * layer's (`escapeHtml` in src/charts/html.ts).
 * @module
 */
export { escapeHtml } from '../charts/html.js';
