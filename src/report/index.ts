/**
 * Report: the notebook protocol (used by notebook cells), the notebook runner (tslab and
 * jupyter engines) and the assembler (HTML, DOCX, PDF). Heavy dependencies (docx,
 * playwright-core, tslab internals) are loaded only when a report is built.
 * @module report
 */
export { emit, REPORT_MIME } from './protocol.js';
export type {
  FindingSection,
  HeadlineRecord,
  FindingRecord,
  FigureRecord,
  TableRecord,
  TextRecord,
  ParametersRecord,
  WarningRecord,
  SourcesRecord,
  CitedSource,
  ReportRecord,
  StoredRecord,
  MimeBundle,
} from './protocol.js';
export { reportParameters, reportPanel, say, headline, finding, table, figure, cite, recordWarnings, priorHeadline, priorHeadlines, latestPriorHeadline, optionalPriorHeadline } from './notebook-helpers.js';
export type { ReportParameters, TableColumn as ReportTableColumn, PriorHeadline } from './notebook-helpers.js';
export type { Notebook, NotebookCell, NotebookOutput } from './ipynb.js';
export type { EngineName, CellFailure, ExecutionResult, Engine } from './engine.js';
export { runReport, NotebookFailureError, ReportWarningsError } from './runner.js';
export type { ReportOptions, ReportResult, NotebookTiming } from './runner.js';
export type { ChapterEntry, ChapterManifest } from './model.js';
export {
  resolveReportInputs, validateReportInputs, reportInputEnv, reportParks, reportIndustry, reportTransfers, reportFirms, dataStatement,
  REPORT_INPUT_ROLES, REPORT_INPUT_FILE_NAMES, REPORT_EXAMPLE_FILES, REPORT_INPUT_LABELS, REPORT_INPUT_ENV,
} from './inputs.js';
export type { ReportInputRole, ReportInputOptions, ResolvedReportInputs, ReportInputFile, ReportInputParameters } from './inputs.js';
