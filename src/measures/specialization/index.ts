// Specialisation and concentration of industries across regions: one measure a file.
export { locationQuotient } from './location-quotient.js';
export { krugmanSpecialization } from './krugman-specialization.js';
export { hoover } from './hoover.js';
export { herfindahl } from './herfindahl.js';
export type { HerfindahlOptions } from './herfindahl.js';
