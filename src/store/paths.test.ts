import { describe, expect, it } from 'vitest'
import { defaultDataDir } from './paths.js'

describe('the data folder', () => {
  it('is SINCERELY_DATA when set, resolved to an absolute path', () => {
    expect(defaultDataDir({ SINCERELY_DATA: '/tmp/letters', XDG_DATA_HOME: '/x' }, '/home/a')).toBe(
      '/tmp/letters',
    )
    expect(defaultDataDir({ SINCERELY_DATA: 'rel' }, '/home/a')).toBe(`${process.cwd()}/rel`)
  })

  it('is $XDG_DATA_HOME/sincerely, unless XDG_DATA_HOME is relative (the XDG spec says ignore it)', () => {
    expect(defaultDataDir({ XDG_DATA_HOME: '/data' }, '/home/a')).toBe('/data/sincerely')
    expect(defaultDataDir({ XDG_DATA_HOME: 'data' }, '/home/a')).toBe('/home/a/.local/share/sincerely')
  })

  it('is ~/.local/share/sincerely otherwise', () => {
    expect(defaultDataDir({}, '/home/a')).toBe('/home/a/.local/share/sincerely')
  })
})
