// Convergence of per-capita values across units over time: β (catch-up) and σ (dispersion).
export { betaConvergence, convergenceSpeed } from './beta.js';
export type { BetaConvergence, ConvergenceSpeed } from './beta.js';
export { sigmaConvergence } from './sigma.js';
export type { SigmaConvergence, SigmaConvergenceOptions } from './sigma.js';
