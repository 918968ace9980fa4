// 2-D affine matrices in SVG order [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f.

export type Matrix = [number, number, number, number, number, number]

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0]

/** A ∘ B: apply B first, then A. */
export function mul(A: Matrix, B: Matrix): Matrix {
  return [
    A[0] * B[0] + A[2] * B[1],
    A[1] * B[0] + A[3] * B[1],
    A[0] * B[2] + A[2] * B[3],
    A[1] * B[2] + A[3] * B[3],
    A[0] * B[4] + A[2] * B[5] + A[4],
    A[1] * B[4] + A[3] * B[5] + A[5],
  ]
}

export const translate = (x: number, y: number): Matrix => [1, 0, 0, 1, x, y]
export const scale = (sx: number, sy: number): Matrix => [sx, 0, 0, sy, 0, 0]

/** Rotation by `deg` degrees; with y pointing down (SVG, our pages) a positive angle turns clockwise. */
export function rotate(deg: number): Matrix {
  const r = (deg * Math.PI) / 180
  const c = Math.cos(r)
  const s = Math.sin(r)
  return [c, s, -s, c, 0, 0]
}

/** Slant by `deg` degrees with y pointing down: what is above the origin moves right. */
export function slant(deg: number): Matrix {
  return [1, 0, -Math.tan((deg * Math.PI) / 180), 1, 0, 0]
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]
}
