// Spatial dependence and distribution dynamics (PySAL esda / giddy in TypeScript): one measure a file.
export type { SpatialWeights, WeightsTransform, LisaQuadrant, PermutationOptions } from './types.js';
export { weightsFromNeighbors } from './weights-from-neighbors.js';
export type { NeighborList, LinkWeights, WeightsFromNeighborsOptions } from './weights-from-neighbors.js';
export { spatialLag } from './spatial-lag.js';
export { moranI } from './moran-i.js';
export type { MoranResult } from './moran-i.js';
export { localMoran } from './local-moran.js';
export type { LocalMoranRow } from './local-moran.js';
export { quantileBreaks } from './quantile-breaks.js';
export { quantileClasses } from './quantile-classes.js';
export { markovChain } from './markov-chain.js';
export type { MarkovChainOptions, MarkovChainResult } from './markov-chain.js';
