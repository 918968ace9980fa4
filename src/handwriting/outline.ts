// Glyph outlines as data: variants warped by a smooth random field (a hand never draws the same `e`
// twice), and serialisation to SVG path data and to PDF path operators. Pure.
import { hash32 } from './random.js'

/** Op codes M L Q C Z with their coordinates (font units, y up). */
export interface Outline {
  ops: string
  coords: number[]
}

const ARITY: Record<string, number> = { M: 2, L: 2, Q: 4, C: 6, Z: 0 }

function unit(key: number, i: number): number {
  return hash32(key, i) / 4294967296
}

/**
 * A variant of an outline under a smooth displacement field: two low-frequency waves per axis, with an
 * amplitude of `amount` em, plus a slight change of width and lean. Smooth, so curves stay curves, and
 * small (its gradient stays well below 1), so the outline never folds over itself.
 */
export function warpOutline(o: Outline, em: number, key: number, amount: number): Outline {
  if (amount <= 0) return o
  const a = amount * em
  const tau = 2 * Math.PI
  const f = [0, 1, 2, 3].map((i) => (0.5 + unit(key, i)) / em)
  const p = [4, 5, 6, 7].map((i) => unit(key, i))
  const widen = 1 + (unit(key, 8) - 0.5) * amount * 3
  const lean = (unit(key, 9) - 0.5) * amount * 3
  const out = new Array<number>(o.coords.length)
  for (let i = 0; i < o.coords.length; i += 2) {
    const x = o.coords[i] as number
    const y = o.coords[i + 1] as number
    const dx =
      a *
      (Math.sin(tau * ((f[0] as number) * y + (p[0] as number))) +
        0.5 * Math.sin(tau * ((f[1] as number) * x + (p[1] as number))))
    const dy =
      a *
      (Math.sin(tau * ((f[2] as number) * x + (p[2] as number))) +
        0.5 * Math.sin(tau * ((f[3] as number) * y + (p[3] as number))))
    out[i] = x * widen + lean * y + dx
    out[i + 1] = y + dy
  }
  return { ops: o.ops, coords: out }
}

/** Font units are ~0.007 mm at a usual size: whole units are plenty. */
const r1 = (x: number) => Math.round(x)

/** SVG path data, font units, y up (the `<use>` transform flips it). */
export function toSvgPath(o: Outline): string {
  let d = ''
  let k = 0
  for (const op of o.ops) {
    d += op
    const n = ARITY[op] ?? 0
    for (let i = 0; i < n; i++) d += (i ? ' ' : '') + r1(o.coords[k++] as number)
  }
  return d
}

/** PDF path operators (m l c h), font units; quadratic segments become cubic ones. */
export function toPdfOps(o: Outline): string {
  const parts: string[] = []
  let k = 0
  let cx = 0
  let cy = 0
  let sx = 0
  let sy = 0
  const c = o.coords
  for (const op of o.ops) {
    if (op === 'M') {
      cx = sx = c[k++] as number
      cy = sy = c[k++] as number
      parts.push(`${r1(cx)} ${r1(cy)} m`)
    } else if (op === 'L') {
      cx = c[k++] as number
      cy = c[k++] as number
      parts.push(`${r1(cx)} ${r1(cy)} l`)
    } else if (op === 'Q') {
      const qx = c[k++] as number
      const qy = c[k++] as number
      const x = c[k++] as number
      const y = c[k++] as number
      const c1x = cx + (2 / 3) * (qx - cx)
      const c1y = cy + (2 / 3) * (qy - cy)
      const c2x = x + (2 / 3) * (qx - x)
      const c2y = y + (2 / 3) * (qy - y)
      parts.push(`${r1(c1x)} ${r1(c1y)} ${r1(c2x)} ${r1(c2y)} ${r1(x)} ${r1(y)} c`)
      cx = x
      cy = y
    } else if (op === 'C') {
      const v = c.slice(k, k + 6)
      k += 6
      parts.push(`${v.map(r1).join(' ')} c`)
      cx = v[4] as number
      cy = v[5] as number
    } else {
      parts.push('h')
      cx = sx
      cy = sy
    }
  }
  return parts.join('\n')
}
