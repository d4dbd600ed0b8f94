/**
 * Chart rendering: for each builder's example spec (the ones the chart tests validate, plus
 * both views of the relocation flow chart), the time of the first `renderSvg` and `renderPng`
 * and the warm average over the next runs, in ms. The very first render of the process also
 * pays for loading vega and vega-lite; it is printed on its own line. PNG times include the
 * font subset, cached by content in the temp folder, so a "first" PNG may hit a cache left by an
 * earlier run. Benchmarks, not tests: nothing here fails on time.
 *
 * Run alone with `npm run bench charts`.
 */
import type { TopLevelSpec } from 'vega-lite';
import { relocationFlowChart, renderPng, renderSvg } from '../src/charts/index.js';
import { exampleSpecs } from '../test/charts/examples.js';

const WARM_RUNS = 5;

async function ms(f: () => Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await f();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

async function firstAndWarm(f: () => Promise<unknown>): Promise<{ first: number; warm: number }> {
  const first = await ms(f);
  let total = 0;
  for (let r = 0; r < WARM_RUNS; r++) total += await ms(f);
  return { first, warm: total / WARM_RUNS };
}

/** Illustrative relocation links (not data), shaped like `relocationFlowLinks` output. */
const flowLinks = [
  { origin: 440300, destination: 441600, value: 320 }, { origin: 440100, destination: 441800, value: 500 },
  { origin: 441900, destination: 441400, value: 50 }, { origin: 440300, destination: 441400, value: 120 },
  { origin: 440600, destination: 441700, value: 90 }, { origin: 440100, destination: 441600, value: 200 },
  { origin: 442000, destination: 445300, value: 40 }, { origin: 441900, destination: 441500, value: 75 },
];

export default async function run(): Promise<void> {
  const specs: { name: string; spec: TopLevelSpec }[] = [
    ...exampleSpecs('zh'),
    { name: 'relocation-corridors', spec: relocationFlowChart(flowLinks, { subtitle: '示意数据' }) },
    { name: 'relocation-matrix', spec: relocationFlowChart(flowLinks, { view: 'matrix', subtitle: '示意数据' }) },
  ];
  const cold = await ms(() => renderSvg(specs[0]!.spec));
  console.log(`process cold start (first renderSvg, loads vega + vega-lite): ${cold.toFixed(0)} ms`);
  console.log(`per spec: first render, then the mean of ${WARM_RUNS} warm renders (ms)`);
  console.log(`${'spec'.padEnd(24)} ${'svg first'.padStart(10)} ${'svg warm'.padStart(10)} ${'png first'.padStart(10)} ${'png warm'.padStart(10)} ${'png KB'.padStart(8)}`);
  for (const { name, spec } of specs) {
    const svg = await firstAndWarm(() => renderSvg(spec));
    let bytes = 0;
    const png = await firstAndWarm(async () => { bytes = (await renderPng(spec)).length; });
    console.log(`${name.padEnd(24)} ${svg.first.toFixed(1).padStart(10)} ${svg.warm.toFixed(1).padStart(10)} ${png.first.toFixed(1).padStart(10)} ${png.warm.toFixed(1).padStart(10)} ${(bytes / 1024).toFixed(0).padStart(8)}`);
  }
}
