// Multi-criteria decision measures (research-style composites, not official evaluation methods).
export { entropyWeights } from './entropy-weights.js';
export type { EntropyWeightsOptions, EntropyWeightsResult } from './entropy-weights.js';
export { topsis } from './topsis.js';
export type { TopsisOptions, TopsisResult } from './topsis.js';
export { ahp, SAATY_RANDOM_INDEX } from './ahp.js';
export type { AhpOptions, AhpResult } from './ahp.js';
export type { DecisionMatrix } from './matrix.js';
