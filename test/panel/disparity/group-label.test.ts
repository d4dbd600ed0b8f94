import { describe, expect, it } from 'vitest';
import { disparityGroupLabel } from '../../../src/panel/disparity/group-label.js';

describe('disparityGroupLabel', () => {
  it('names the scopes and groups of the disparity tables', () => {
    expect(['all', 'PRD', 'East', 'West', 'North', 'periphery'].map((s) => disparityGroupLabel(s as 'all'))).toEqual(['全省', '珠三角', '粤东', '粤西', '粤北山区', '粤东西北']);
    expect(disparityGroupLabel('all', 'en')).toBe('Province');
    expect(disparityGroupLabel('periphery', 'en')).toBe('Periphery (East, West, North)');
    expect(disparityGroupLabel('West', 'en')).toBe('West wing');
  });
});
