import { describe, expect, it } from 'vitest';
import * as root from '../../../src/index.js';

describe('package root exports', () => {
  it.each([
    'coefficientOfVariation', 'williamson', 'gini', 'lorenzCurve', 'theilT', 'theilL', 'theilDecompose', 'theilNested', 'atkinson',
    'hoover', 'herfindahl', 'locationQuotient', 'krugmanSpecialization',
    'betaConvergence', 'convergenceSpeed', 'sigmaConvergence',
    'shiftShare', 'dynamicShiftShare',
    'disparityTable', 'convergenceTable', 'transferTable',
  ])('exports %s as a function', (name) => {
    expect(typeof (root as Record<string, unknown>)[name]).toBe('function');
  });
  it('exports the group labels of the disparity tables', () => {
    expect('REST_GROUP' in root).toBe(false); // 粤东西北 has one name: periphery
    expect(root.PERIPHERY_GROUP).toBe('periphery');
    expect(root.TRANSFER_SECTOR_COLUMNS).toEqual(['primary_va', 'secondary_va', 'tertiary_va']);
  });
});
