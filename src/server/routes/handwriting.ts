// The handwriting renderer's routes: the hands, the letter as a handwritten page (SVG, PDF or PNG, by a
// `format` field or the Accept header; or JSON with the layout and the SVG pages), and the copy sheet
// (PDF). The renderer (fontkit, pdfkit, resvg) is imported inside the handlers, on first use.
import { Hono } from 'hono'
import { z } from 'zod'
import { ApiError } from '../errors.js'
import { readJson } from '../json-request.js'
import { fixedJson, sendJson } from '../json-response.js'
import { SVG_CONTENT_SECURITY_POLICY } from '../security.js'
import { letterText } from './check.js'

const load = () => import('../../handwriting/index.js')

const FORMATS = ['svg', 'pdf', 'png', 'json'] as const
type Format = (typeof FORMATS)[number]
const MEDIA: Record<Format, string> = {
  svg: 'image/svg+xml; charset=utf-8',
  pdf: 'application/pdf',
  png: 'image/png',
  json: 'application/json; charset=utf-8',
}

// Values (which hands, inks…) are the renderer's to check: it names what it offers when refusing one.
const pageOptions = {
  text: z.string(),
  hand: z.string().max(100).optional(),
  size: z.string().max(20).optional(),
  paper: z.string().max(20).optional(),
}
const renderSchema = z.strictObject({
  ...pageOptions,
  style: z.string().max(20).optional(),
  ink: z.string().max(20).optional(),
  seed: z.union([z.int().min(0), z.string().max(100)]).optional(),
  variation: z.number().min(0).max(2).optional(),
  format: z.enum(FORMATS).optional(),
  /** For SVG and PNG, which page (from 1); PDF has them all. Default 1. */
  page: z.int().min(1).optional(),
  dpi: z.int().min(30).max(1200).optional(),
})
const copySheetSchema = z.strictObject(pageOptions)

/** The format: the body's `format`, else the first of the Accept header's types we make, else SVG. */
export function formatFor(field: Format | undefined, accept: string | undefined): Format {
  if (field) return field
  const wanted = (accept ?? '')
    .split(',')
    .map((part) => {
      const [type = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase())
      const q = Number(params.find((p) => p.startsWith('q='))?.slice(2) ?? 1)
      return { type, q: Number.isFinite(q) ? q : 0 }
    })
    .filter((w) => w.q > 0)
    .sort((a, b) => b.q - a.q)
  for (const { type } of wanted) {
    const found = FORMATS.find((f) => MEDIA[f].startsWith(type))
    if (found) return found
  }
  return 'svg'
}

/** The renderer's refusals are the writer's to fix: 400, with the field they name. */
function optionError(message: string): ApiError {
  const field = /^unknown paper style/.test(message)
    ? 'style'
    : (/^unknown (hand|size|paper|ink)\b/.exec(message)?.[1] ??
      (/^variation/.test(message)
        ? 'variation'
        : /^dpi/.test(message)
          ? 'dpi'
          : /page/.test(message)
            ? 'page'
            : 'text'))
  return new ApiError(400, 'invalid', `${field}: ${message}`, field)
}

async function rendering(make: (hw: Awaited<ReturnType<typeof load>>) => Promise<Response>) {
  const hw = await load()
  try {
    return await make(hw)
  } catch (error) {
    if (error instanceof hw.RenderOptionError) throw optionError(error.message)
    throw error
  }
}

export function handwritingRoutes(): Hono {
  return new Hono()
    .get(
      '/hands',
      fixedJson(async () => ({ hands: (await load()).hands() })),
    )
    .post('/render', async (c) => {
      const { text, format: field, page = 1, dpi, ...options } = await readJson(c, renderSchema)
      const letter = letterText(text)
      const format = formatFor(field, c.req.header('accept'))
      return rendering(async (hw) => {
        const r = hw.render(letter, options)
        const headers = {
          'Content-Type': MEDIA[format],
          'X-Sincerely-Pages': String(r.layout.pages),
          'X-Sincerely-Fits-One-Page': String(r.layout.fitsOnePage),
        }
        if (format === 'json')
          return sendJson(c, { options: r.options, layout: r.layout, svg: r.svg }, 200, headers)
        if (format === 'pdf') return c.body(new Uint8Array(await r.pdf()), 200, headers)
        if (page > r.layout.pages)
          throw new ApiError(400, 'invalid', `page: the letter has ${r.layout.pages} page(s)`, 'page')
        if (format === 'png') return c.body(new Uint8Array(r.png(page - 1, { dpi })), 200, headers)
        return c.body(r.svg[page - 1] as string, 200, {
          ...headers,
          'Content-Security-Policy': SVG_CONTENT_SECURITY_POLICY,
        })
      })
    })
    .post('/copy-sheet', async (c) => {
      const { text, ...options } = await readJson(c, copySheetSchema)
      const letter = letterText(text)
      return rendering(async (hw) => {
        const pdf = await hw.copySheet(letter, options)
        return c.body(new Uint8Array(pdf), 200, {
          'Content-Type': 'application/pdf',
          'Content-Disposition': 'inline; filename="copy-sheet.pdf"',
        })
      })
    })
}
