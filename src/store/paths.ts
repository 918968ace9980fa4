// Where the drafts live: SINCERELY_DATA, else $XDG_DATA_HOME/sincerely, else ~/.local/share/sincerely.
import { homedir } from 'node:os'
import { isAbsolute, join, resolve } from 'node:path'

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  if (env.SINCERELY_DATA) return resolve(env.SINCERELY_DATA)
  // The XDG spec: a relative $XDG_DATA_HOME is invalid and must be ignored.
  if (env.XDG_DATA_HOME && isAbsolute(env.XDG_DATA_HOME)) return join(env.XDG_DATA_HOME, 'sincerely')
  return join(home, '.local', 'share', 'sincerely')
}
