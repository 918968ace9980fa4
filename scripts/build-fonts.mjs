// Converts the @fontsource WOFF subsets (latin and latin-ext) of the handwriting hands and of the book
// face into plain TrueType files under assets/fonts/<id>/, with each font's LICENSE beside it, and checks
// each candidate's coverage of French and English text. A hand that lacks a character of the required
// set is dropped (and said so). Run once by hand: `node scripts/build-fonts.mjs`; the output is committed,
// so neither `npm start` nor the tests need any font work or network.
//
// Why: pdfkit re-parses and subsets a WOFF on every document (~590 ms a page) and renders WOFF2 blank;
// a TTF parsed once is fast. WOFF 1.0 is the SFNT tables, each zlib-compressed: unpacking it is lossless.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { inflateSync } from 'node:zlib'
import * as fontkit from 'fontkit'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const out = join(root, 'assets', 'fonts')

/** Candidate hands, in the order they are offered; `book` is the copy sheet's face. */
const CANDIDATES = [
  'caveat',
  'kalam',
  'indie-flower',
  'patrick-hand',
  'dancing-script',
  'shadows-into-light',
  'homemade-apple',
]
const BOOK = 'literata'
const SUBSETS = ['latin', 'latin-ext']

/** What every bundled face must draw: English and French, capitals, digits, quotes and dashes. */
const REQUIRED =
  'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789' +
  ' .,;:!?\'"()[]-/&@%*+=#' +
  'éèêëàâîïôœùûüÿçæÉÈÊËÀÂÎÏÔŒÙÛÜŸÇÆ' +
  '‘’“”«»‹›–—…€'

/** WOFF 1.0 → SFNT (TrueType) bytes. */
export function woffToSfnt(woff) {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 file')
  const flavor = woff.readUInt32BE(4)
  const numTables = woff.readUInt16BE(12)
  const tables = []
  for (let i = 0; i < numTables; i++) {
    const e = 44 + i * 20
    const tag = woff.toString('latin1', e, e + 4)
    const offset = woff.readUInt32BE(e + 4)
    const compLength = woff.readUInt32BE(e + 8)
    const origLength = woff.readUInt32BE(e + 12)
    const checksum = woff.readUInt32BE(e + 16)
    const raw = woff.subarray(offset, offset + compLength)
    const data = compLength < origLength ? inflateSync(raw) : Buffer.from(raw)
    if (data.length !== origLength) throw new Error(`table ${tag}: length ${data.length} ≠ ${origLength}`)
    tables.push({ tag, checksum, data })
  }
  tables.sort((a, b) => (a.tag < b.tag ? -1 : 1))
  let entrySelector = 0
  while (2 ** (entrySelector + 1) <= numTables) entrySelector++
  const searchRange = 2 ** entrySelector * 16
  const header = Buffer.alloc(12 + 16 * numTables)
  header.writeUInt32BE(flavor, 0)
  header.writeUInt16BE(numTables, 4)
  header.writeUInt16BE(searchRange, 6)
  header.writeUInt16BE(entrySelector, 8)
  header.writeUInt16BE(numTables * 16 - searchRange, 10)
  const parts = [header]
  let offset = header.length
  tables.forEach((t, i) => {
    const e = 12 + i * 16
    header.write(t.tag, e, 'latin1')
    header.writeUInt32BE(t.checksum, e + 4)
    header.writeUInt32BE(offset, e + 8)
    header.writeUInt32BE(t.data.length, e + 12)
    const padded = Buffer.alloc((t.data.length + 3) & ~3)
    t.data.copy(padded)
    parts.push(padded)
    offset += padded.length
  })
  return Buffer.concat(parts)
}

function convert(id) {
  const pkg = dirname(require.resolve(`@fontsource/${id}/package.json`))
  const faces = []
  for (const subset of SUBSETS) {
    let woff
    try {
      woff = readFileSync(join(pkg, 'files', `${id}-${subset}-400-normal.woff`))
    } catch {
      continue
    }
    const ttf = woffToSfnt(woff)
    const font = fontkit.create(ttf)
    const fromWoff = fontkit.create(woff)
    if (font.numGlyphs !== fromWoff.numGlyphs)
      throw new Error(`${id}-${subset}: glyph count differs after conversion`)
    faces.push({ subset, file: `${id}-${subset}.ttf`, ttf, font })
  }
  const missing = [...REQUIRED].filter(
    (c) => !faces.some((f) => f.font.hasGlyphForCodePoint(c.codePointAt(0))),
  )
  const meta = JSON.parse(readFileSync(join(pkg, 'metadata.json'), 'utf8'))
  return { id, pkg, faces, missing, meta }
}

rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
const manifest = {
  generatedBy: 'scripts/build-fonts.mjs',
  required: REQUIRED,
  hands: [],
  dropped: [],
  book: null,
}
for (const id of [...CANDIDATES, BOOK]) {
  const c = convert(id)
  if (c.missing.length > 0) {
    console.log(`drop ${id}: lacks ${c.missing.join(' ')}`)
    manifest.dropped.push({ id, missing: c.missing.join('') })
    continue
  }
  const dir = join(out, id)
  mkdirSync(dir, { recursive: true })
  for (const f of c.faces) writeFileSync(join(dir, f.file), f.ttf)
  copyFileSync(join(c.pkg, 'LICENSE'), join(dir, 'LICENSE'))
  const entry = {
    id,
    family: c.meta.family,
    license: c.meta.license.type,
    attribution: c.meta.license.attribution,
    version: c.meta.version,
    files: c.faces.map((f) => `${id}/${f.file}`),
  }
  if (id === BOOK) manifest.book = entry
  else manifest.hands.push(entry)
  const kb = c.faces.reduce((s, f) => s + f.ttf.length, 0) / 1024
  console.log(`keep ${id}: ${c.faces.map((f) => f.subset).join(' + ')}, ${kb.toFixed(0)} kB`)
}
writeFileSync(join(out, 'fonts.json'), `${JSON.stringify(manifest, null, 2)}\n`)
