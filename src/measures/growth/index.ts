// Growth measures: pure functions on numbers; rates are fractions (0.08 = 8 %).
export { growthRate } from './growth-rate.js';
export { perCapitaGrowth } from './per-capita-growth.js';
export { growthGap } from './growth-gap.js';
