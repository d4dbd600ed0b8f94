// Shift-share decompositions of regional growth.
export { shiftShare } from './shift-share.js';
export type { ShiftShareInput, ShiftShareMethod, ShiftShareOptions, ShiftShareIndustry, ShiftShareResult } from './shift-share.js';
export { dynamicShiftShare } from './dynamic-shift-share.js';
export type { DynamicShiftShareResult } from './dynamic-shift-share.js';
