import { fileURLToPath } from 'node:url';
import { setWarningHandler } from '../../src/core/warnings.js';
import type { DataWarning } from '../../src/core/warnings.js';
import { openFirmPanel } from '../../src/firms/index.js';
import type { FirmPanel } from '../../src/firms/index.js';

/** The hand-made panel of test/firms/fixtures/small-panel.csv (answers in its README). */
export const SMALL = fileURLToPath(new URL('./fixtures/small-panel.csv', import.meta.url));

/** Open a panel with warnings collected instead of printed. */
export async function openQuiet(path: string, options?: Parameters<typeof openFirmPanel>[1]): Promise<{ panel: FirmPanel; warnings: DataWarning[] }> {
  const warnings: DataWarning[] = [];
  const prev = setWarningHandler((w) => warnings.push(w));
  try {
    const panel = await openFirmPanel(path, options);
    return { panel, warnings };
  } finally {
    setWarningHandler(prev);
  }
}

/** Collect the warnings emitted while running `fn`. */
export async function collectWarnings<T>(fn: () => Promise<T>): Promise<{ value: T; warnings: DataWarning[] }> {
  const warnings: DataWarning[] = [];
  const prev = setWarningHandler((w) => warnings.push(w));
  try {
    return { value: await fn(), warnings };
  } finally {
    setWarningHandler(prev);
  }
}
