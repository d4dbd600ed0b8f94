/**
 * Firms: firm-level panels on embedded DuckDB — relocations, flows, output moved out,
 * clustered moves, park capture, and the seeded SYNTHETIC panel generator.
 * @module firms
 */
export { openFirmPanel, FirmPanel, FIRM_YEAR_MIN, FIRM_YEAR_MAX, OUTPUT_JUMP } from './panel.js';
export type {
  FirmColumn,
  FirmPanelSchema,
  OpenFirmPanelOptions,
  FirmPanelReport,
  FirmRowProblem,
  FirmRowProblemCode,
  FirmRowExample,
} from './panel.js';
export type { MoveSelection, PlaceSelector } from './selection.js';
export { detectRelocations } from './relocations.js';
export type { DetectRelocationsOptions } from './relocations.js';
export { relocationFlows, relocationFlowLinks } from './flows.js';
export type { FlowKey, RelocationFlowsOptions, FlowLink, FlowLinkOptions } from './flows.js';
export { outputMovedOut, transferRecords } from './output-moved-out.js';
export type { OutputMovedOutOptions, TransferRecord } from './output-moved-out.js';
export { clusteredMoves } from './clustered-moves.js';
export type { ClusteredMoves, ClusteredMovesOptions } from './clustered-moves.js';
export { parkCapture } from './park-capture.js';
export type { CaptureKey, ParkCaptureOptions, ParkList } from './park-capture.js';
export { harmonizeDivision, GBT4754_RULES, GBT4754_EDITIONS, GBT4754_2017_SECTIONS } from './gbt4754.js';
export type { Gbt4754Edition, Gbt4754Rule } from './gbt4754.js';
export { firmTransferSummary } from './transfer-summary.js';
export type { FirmTransferSummary, OutputMovedOutRow, ClusteredMoveRow, ParkCaptureRow } from './transfer-summary.js';
