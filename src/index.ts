// The library entry (`import { check } from 'sincerely'`). Each capability adds its public exports here;
// heavy modules (pdfkit, SQLite) stay behind functions that load them on first use.
export * from './coach/index.js'
export * from './compose/index.js'
