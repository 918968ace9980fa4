// What a draft holds, as zod schemas: the server validates request bodies with them and the store
// validates an import file with them, so that one definition says what a valid draft is.
import { z } from 'zod'
import { HAND_SIZES, PAPERS } from '../coach/paper.js'

/** A letter is a page; the 1 MB request limit bounds it anyway. */
export const MAX_TEXT_CHARS = 500_000

const shortId = (what: string) =>
  z.string().trim().min(1, `${what} must not be empty`).max(100, `${what} is too long`)

export const draftContentShape = {
  title: z.string().max(200, 'title is too long (200 characters at most)'),
  /** The situation's id from the composer (`GET /api/situations`), or null. */
  situation: shortId('situation').nullable(),
  /** The questionnaire answers, keyed by question id; their meaning belongs to the composer. */
  answers: z.record(z.string().max(100), z.json()),
  text: z.string().max(MAX_TEXT_CHARS, 'the letter is too long'),
  hand: shortId('hand').nullable(),
  paper: z.enum(PAPERS).nullable(),
  size: z.enum(HAND_SIZES).nullable(),
}

export const draftContentSchema = z.strictObject(draftContentShape)
export type DraftContent = z.infer<typeof draftContentSchema>

/** Every field optional: creating a draft may start from nothing, a save may send only what changed. */
export const draftChangesSchema = z.strictObject(draftContentShape).partial()

export const EMPTY_DRAFT: DraftContent = {
  title: '',
  situation: null,
  answers: {},
  text: '',
  hand: null,
  paper: null,
  size: null,
}

export const versionNumber = z.int().min(1).max(Number.MAX_SAFE_INTEGER)

export const draftIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'a draft id is 1 to 64 letters, digits, _ or -')

const timestamp = z.iso.datetime({ offset: true })

export const exportFileSchema = z.strictObject({
  format: z.literal('sincerely-drafts'),
  formatVersion: z.literal(1),
  exportedAt: timestamp,
  drafts: z.array(
    z.strictObject({
      id: draftIdSchema,
      createdAt: timestamp,
      versions: z
        .array(
          z.strictObject({
            version: versionNumber,
            createdAt: timestamp,
            restoredFrom: versionNumber.nullable(),
            content: draftContentSchema,
          }),
        )
        .min(1, 'a draft has at least one version')
        .refine((vs) => vs.every((v, i) => v.version === i + 1), {
          message: 'versions must be numbered 1, 2, 3… in order',
        }),
    }),
  ),
})

/** JSON with object keys sorted at every depth: equal content gives equal strings, hence equal hashes. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value))
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key])
    return out
  }
  return value
}
