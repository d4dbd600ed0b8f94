/**
 * Every builder's example spec, in Chinese and English, is valid against the vega-lite JSON
 * schema shipped in the vega-lite package (validated with ajv).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { exampleSpecs } from './examples.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('vega-lite/vega-lite-schema.json'), 'utf8')) as object;
const ajv = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true, validateFormats: false });
const validate = ajv.compile(schema);

describe('vega-lite schema', () => {
  for (const lang of ['zh', 'en'] as const) {
    for (const { name, spec } of exampleSpecs(lang)) {
      it(`${name} (${lang}) is a valid vega-lite spec`, () => {
        const ok = validate(spec);
        expect(ok ? [] : (validate.errors ?? []).slice(0, 5)).toEqual([]);
      });
    }
  }

  it('the validator rejects an invalid spec (the check can fail)', () => {
    expect(validate({ mark: 'no-such-mark', data: { values: [] } })).toBe(false);
  });
});
