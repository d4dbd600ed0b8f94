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

/** Chinese names of the sections of data/SOURCES.md (matched by their opening words). */
const SOURCE_SECTIONS_ZH: readonly [RegExp, string][] = [
  [/^Licence status/i, '许可状况（再分发前必读）'],
  [/^Source ids/i, '表中“来源”列使用的来源编号'],
  [/^cities\.csv/, 'cities.csv：全省 21 个地级市名录'],
  [/^city-panel\.csv/, 'city-panel.csv：城市—年份面板数据'],
  [/^Known breaks/i, '已知统计口径断点及处理方法（逐行标注，不删除）'],
  [/^province\.csv/, 'province.csv：全省年度数据'],
  [/^facts\/ and external\//, 'facts/ 与 external/：原样复制的文字事实与外部对照数据'],
  [/^manifest\.json/, 'manifest.json：数据文件校验和'],
  [/^Source grades/i, '来源等级（SourceGrade）'],
  [/^Derived: implied resident population/i, '推算：隐含常住人口'],
  [/^industry-mappings/, 'industry-mappings/：国民经济行业分类（GB/T 4754）口径映射'],
  [/^City boundaries/i, '城市边界（geo/guangdong.json，图表模块）'],
  [/^Parks module/i, '园区模块：规划、规则、评分细则、模板与示例'],
];

/**
 * A section heading of data/SOURCES.md in the report's language: the Chinese name of a known
 * section for `zh` (unknown sections keep their heading), the heading itself for `en`.
 */
export function sourceSectionLabel(heading: string, lang: 'zh' | 'en'): string {
  if (lang === 'en') return heading;
  const hit = SOURCE_SECTIONS_ZH.find(([re]) => re.test(heading));
  return hit ? hit[1] : heading;
}
