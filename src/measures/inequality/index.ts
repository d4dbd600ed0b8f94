// Inequality of per-capita values across units (cities, regions): one measure a file.
export { coefficientOfVariation } from './coefficient-of-variation.js';
export type { CoefficientOfVariationOptions } from './coefficient-of-variation.js';
export { williamson } from './williamson.js';
export type { WilliamsonOptions } from './williamson.js';
export { gini, lorenzCurve } from './gini.js';
export type { GiniOptions, LorenzCurve } from './gini.js';
export { theilT, theilL } from './theil.js';
export { theilDecompose } from './theil-decompose.js';
export type {
  TheilIndex,
  GroupLabel,
  TheilDecomposeOptions,
  TheilGroupPart,
  TheilDecomposition,
} from './theil-decompose.js';
export { theilNested } from './theil-nested.js';
export type { TheilNestedStage, TheilNestedGroup, TheilNestedDecomposition } from './theil-nested.js';
export { atkinson } from './atkinson.js';
