// The handwriting renderer: a ~300-word letter rendered to SVG, PDF and PNG, median per call, against the
// floor measured in the same run — the same text written by pdfkit in the same TrueType font (parsed once,
// reused), with no variation. Targets: SVG for one page under 20 ms; PDF within 3× the floor.
import { readFileSync } from 'node:fs'
import PDFDocument from 'pdfkit'
import { HANDS } from '../dist/handwriting/catalog.js'
import { facesOf } from '../dist/handwriting/fonts.js'
import { copySheet, render } from '../dist/handwriting/index.js'
import { pageGeometry } from '../dist/handwriting/layout.js'
import { fontSizeMm } from '../dist/handwriting/metrics.js'
import { median, ms, percentile, ratio, sample, sampleAsync, table } from './util.mjs'

const base = readFileSync(new URL('../src/handwriting/fixtures/letter-en.txt', import.meta.url), 'utf8')
const extra =
  'I also want to say that I never stopped being proud of you when you changed jobs last spring; I should have told you then.'
// About 300 words: the sample letter with one more paragraph before the closing.
const text = base.replace('\n\nTake all the time', `\n\n${extra}\n\nTake all the time`)
const words = text.split(/\s+/).filter(Boolean).length
const hand = 'caveat'
const opts = { hand, paper: 'a4', size: 'small' }
const PT = 72 / 25.4

// First call in a fresh process: reads and parses the fonts, shapes every word.
const t0 = process.hrtime.bigint()
const first = render(text, { ...opts, seed: 0 })
void first.svg
const cold = Number(process.hrtime.bigint() - t0) / 1e6
const pages = first.layout.pages

/** The floor: pdfkit writes the same text in the same font at the same size, on the same page, no variation. */
const face = facesOf(hand)[0]
const g = pageGeometry(opts.paper, opts.size)
const sizePt = fontSizeMm(hand, opts.size) * PT
function floorPdf() {
  const doc = new PDFDocument({ size: [g.widthMm * PT, g.heightMm * PT], margin: 0 })
  const chunks = []
  doc.on('data', (c) => chunks.push(c))
  const done = new Promise((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  doc.font(face.font).fontSize(sizePt).fillColor('#1c3a8c')
  doc.text(text, g.margin.left * PT, g.margin.top * PT, {
    width: g.usableWidth * PT,
    lineGap: g.lineSpacing * PT - sizePt * 1.26,
  })
  doc.end()
  return done
}

let seed = 1
const svg = sample(() => render(text, { ...opts, seed: seed++ }).svg, { runs: 200, warmup: 20 })
const svgMedium = sample(() => render(text, { hand, paper: 'a4', size: 'medium', seed: seed++ }).svg, {
  runs: 100,
  warmup: 10,
})
const mediumPages = render(text, { hand, paper: 'a4', size: 'medium' }).layout.pages
const layoutOnly = sample(() => render(text, { ...opts, seed: seed++ }).layout, { runs: 200, warmup: 20 })
const floor = await sampleAsync(floorPdf, { runs: 40, warmup: 5 })
const pdf = await sampleAsync(() => render(text, { ...opts, seed: seed++ }).pdf(), { runs: 40, warmup: 5 })
const png = sample(() => render(text, { ...opts, seed: seed++ }).png(0), { runs: 15, warmup: 3 })
const sheet = await sampleAsync(() => copySheet(text, opts), { runs: 20, warmup: 3 })

const sizes = {
  svg: Buffer.byteLength(render(text, opts).svg[0]),
  pdf: (await render(text, opts).pdf()).length,
  floor: (await floorPdf()).length,
  png: render(text, opts).png(0).length,
}
const kB = (n) => `${(n / 1024).toFixed(0)} kB`
const f = median(floor)
console.log(
  `${words} words, ${HANDS[hand].name}, A4, small hand: ${first.layout.lines} lines, ${pages} page(s). ` +
    `First render in a fresh process (fonts read and parsed, words shaped): ${ms(cold)}.\n`,
)
table(
  ['call', 'p50', 'p95', 'output', '÷ floor (pdfkit text)'],
  [
    [
      'floor: pdfkit text, same font, no variation',
      ms(f),
      ms(percentile(floor, 95)),
      kB(sizes.floor),
      ratio(1),
    ],
    [
      'layout only (report)',
      ms(median(layoutOnly)),
      ms(percentile(layoutOnly, 95)),
      '',
      ratio(median(layoutOnly) / f),
    ],
    ['SVG, one page', ms(median(svg)), ms(percentile(svg, 95)), kB(sizes.svg), ratio(median(svg) / f)],
    [
      `SVG, medium hand (${mediumPages} pages), per page`,
      ms(median(svgMedium) / mediumPages),
      ms(percentile(svgMedium, 95) / mediumPages),
      '',
      ratio(median(svgMedium) / mediumPages / f),
    ],
    ['PDF (vector paths)', ms(median(pdf)), ms(percentile(pdf, 95)), kB(sizes.pdf), ratio(median(pdf) / f)],
    ['PNG, 150 dpi (resvg)', ms(median(png)), ms(percentile(png, 95)), kB(sizes.png), ratio(median(png) / f)],
    ['copy sheet PDF', ms(median(sheet)), ms(percentile(sheet, 95)), '', ratio(median(sheet) / f)],
  ],
)
const svgOk = median(svg) < 20
const pdfOk = median(pdf) / f <= 3
console.log(
  `\nTargets: SVG one page < 20 ms: ${svgOk ? 'met' : 'MISSED'} (${ms(median(svg))}); ` +
    `PDF within 3× the floor: ${pdfOk ? 'met' : 'MISSED'} (${ratio(median(pdf) / f)}).`,
)
