// The library entry (`import { check } from 'sincerely'`). Each capability adds its public exports here;
// heavy modules (pdfkit, SQLite) stay behind functions that load them on first use.
export * from './coach/index.js'
export * from './compose/index.js'
// Handwriting: pages as SVG/PDF/PNG and the copy sheet (fontkit, pdfkit and resvg load on first render).
export {
  copySheet,
  type Fallback,
  type HandInfo,
  hands,
  handsSheet,
  type LayoutReport,
  type Rendering,
  RenderOptionError,
  type RenderOptions,
  render,
} from './handwriting/index.js'
export type {
  Draft,
  DraftStore,
  DraftSummary,
  DraftVersion,
  ExportFile,
  ImportResult,
} from './store/types.js'
