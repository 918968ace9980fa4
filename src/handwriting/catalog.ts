// The bundled hands and the copy sheet's book face: what they are called, where their TrueType files are
// (under assets/fonts, made by scripts/build-fonts.mjs from @fontsource) and how each is best handled.
// Pure data; the files are read in fonts.ts.

export const HAND_IDS = [
  'caveat',
  'kalam',
  'indie-flower',
  'patrick-hand',
  'dancing-script',
  'shadows-into-light',
] as const
export type HandId = (typeof HAND_IDS)[number]

export interface HandSpec {
  id: HandId
  name: string
  /** One line to help choose. */
  description: string
  license: 'OFL-1.1' | 'Apache-2.0'
  attribution: string
  /** TrueType files, in order of preference for a character (latin first, then latin-ext). */
  files: string[]
  /**
   * How much glyph jitter the design tolerates (1 = full). A joined script breaks at its joins if its
   * letters turn too much, so it gets less rotation and offset.
   */
  jitter: number
  /** Word space as a multiple of the font's own space: hands leave wider gaps than typefaces. */
  wordSpace: number
  /** Extra slant in degrees (positive leans right), on top of the design's own. */
  slant: number
}

function files(id: string): string[] {
  return [`${id}/${id}-latin.ttf`, `${id}/${id}-latin-ext.ttf`]
}

export const HANDS: Record<HandId, HandSpec> = {
  caveat: {
    id: 'caveat',
    name: 'Caveat',
    description: 'quick, narrow everyday handwriting with alternate letter forms',
    license: 'OFL-1.1',
    attribution: 'Copyright 2014 The Caveat Project Authors (https://github.com/googlefonts/caveat)',
    files: files('caveat'),
    jitter: 1,
    wordSpace: 1.5,
    slant: 0,
  },
  kalam: {
    id: 'kalam',
    name: 'Kalam',
    description: 'round, upright felt-pen handwriting',
    license: 'OFL-1.1',
    attribution: 'Copyright (c) 2014 Indian Type Foundry (info@indiantypefoundry.com)',
    files: files('kalam'),
    jitter: 1,
    wordSpace: 1.2,
    slant: 0,
  },
  'indie-flower': {
    id: 'indie-flower',
    name: 'Indie Flower',
    description: 'airy, rounded, friendly print handwriting',
    license: 'OFL-1.1',
    attribution: 'Copyright 2010 The Indie Flower Authors (kimberlygeswein.com)',
    files: files('indie-flower'),
    jitter: 1,
    wordSpace: 1.1,
    slant: 0,
  },
  'patrick-hand': {
    id: 'patrick-hand',
    name: 'Patrick Hand',
    description: 'neat, compact print handwriting',
    license: 'OFL-1.1',
    attribution: 'Copyright (c) 2010-2012 Patrick Wagesreiter (mail@patrickwagesreiter.at)',
    files: files('patrick-hand'),
    jitter: 1,
    wordSpace: 1.25,
    slant: 1.5,
  },
  'dancing-script': {
    id: 'dancing-script',
    name: 'Dancing Script',
    description: 'joined, flowing cursive',
    license: 'OFL-1.1',
    attribution:
      "Copyright 2016 The Dancing Script Project Authors (https://github.com/googlefonts/DancingScript), with Reserved Font Name 'Dancing Script'",
    files: files('dancing-script'),
    jitter: 0.45,
    wordSpace: 1.3,
    slant: 0,
  },
  'shadows-into-light': {
    id: 'shadows-into-light',
    name: 'Shadows Into Light',
    description: 'thin, tall, hurried felt-tip handwriting',
    license: 'OFL-1.1',
    attribution: 'Copyright (c) 2010, Kimberly Geswein (kimberlygeswein.com)',
    files: files('shadows-into-light'),
    jitter: 1,
    wordSpace: 1.1,
    slant: 0,
  },
}

export const DEFAULT_HAND: HandId = 'caveat'

/** The copy sheet's clear book face. */
export const BOOK_FACE = {
  id: 'literata',
  name: 'Literata',
  license: 'OFL-1.1',
  attribution: 'Copyright 2017 The Literata Project Authors (https://github.com/googlefonts/literata)',
  files: files('literata'),
} as const

/** A line each hand writes in `sincerely hands` and in the hand picker. */
export const SAMPLE_LINE = 'Je pense à toi — I’m sorry, and I’d like us to talk. « Où es-tu ? »'

/** English and French pangrams: every bundled hand must draw all of them in its own design. */
export const PANGRAMS = {
  en: 'The quick brown fox jumps over the lazy dog. SPHINX OF BLACK QUARTZ, JUDGE MY VOW! “It’s 10–12 — maybe?”',
  fr: 'Voix ambiguë d’un cœur qui, au zéphyr, préfère les jattes de kiwis. « Dès Noël, où un zéphyr haï me vêt de glaçons würmiens, je dîne d’exquis rôtis de bœuf au kir à l’aÿ d’âge mûr & cætera ! » ÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸ',
} as const
