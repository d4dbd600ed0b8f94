/**
 * Provenance of a report: data files with checksums, sources, library version, git commit,
 * parameters and build date.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitInfo, libraryVersion } from './project.js';

/** What the appendix prints. */
export interface Provenance {
  dataFiles: { file: string; sha256: string }[];
  /** One line per source section of data/SOURCES.md. */
  sources: string[];
  library: string;
  commit: string;
  /** Commit date (ISO) or null; used to stamp DOCX/PDF metadata deterministically. */
  commitDate: string | null;
  engine: string;
  parameters: Record<string, string>;
  buildDate: string;
}

/**
 * Collect the provenance of a report built from `root`.
 * @param buildDate - ISO date of the build (`SOURCE_DATE_EPOCH` honoured by the caller).
 */
export function collectProvenance(root: string, engine: string, parameters: Record<string, string>, buildDate: string): Provenance {
  const manifestPath = join(root, 'data', 'manifest.json');
  const dataFiles: { file: string; sha256: string }[] = [];
  if (existsSync(manifestPath)) {
    const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as { files?: Record<string, string> };
    for (const [file, sha256] of Object.entries(m.files ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) dataFiles.push({ file, sha256 });
  }
  const sources: string[] = [];
  const sourcesPath = join(root, 'data', 'SOURCES.md');
  if (existsSync(sourcesPath)) {
    for (const line of readFileSync(sourcesPath, 'utf8').split('\n')) {
      const m = /^#{2,3}\s+(.*)$/.exec(line);
      if (m) sources.push(m[1]!.replace(/[`*]/g, '').trim());
    }
  }
  const lib = libraryVersion(root);
  const git = gitInfo(root);
  return {
    dataFiles,
    sources,
    library: `${lib.name} ${lib.version}`,
    commit: git.commit,
    commitDate: git.date,
    engine,
    parameters,
    buildDate,
  };
}
