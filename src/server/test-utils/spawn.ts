// Starts the BUILT server (`node dist/cli/main.js serve`) as a child process, as `npm start` does, on
// 127.0.0.1 and a port the system picks, and waits for the whole banner (address, data folder).
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { CLI } from '../../cli/test-utils/run-cli.js'

export interface ServerProcess {
  child: ChildProcess
  url: string
  stdout: () => string
  stderr: () => string
  /** Resolves with the exit code (or the signal's name) once the process has exited. */
  exited: Promise<number | string>
}

export async function spawnServer(
  dataDir: string,
  { args = ['--port', '0'], env = {} }: { args?: string[]; env?: Record<string, string> } = {},
): Promise<ServerProcess> {
  if (!existsSync(CLI)) throw new Error('dist/cli/main.js is missing: run `npm run build` (npm test does it)')
  const child = spawn(process.execPath, [CLI, 'serve', ...args], {
    env: { ...process.env, SINCERELY_DATA: dataDir, PORT: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  child.stdout?.setEncoding('utf8').on('data', (d: string) => {
    out += d
  })
  child.stderr?.setEncoding('utf8').on('data', (d: string) => {
    err += d
  })
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  )
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${out}\n${err}`)), 30_000)
    const look = () => {
      const m = /listening on (http:\/\/\S+)/.exec(out)
      if (m?.[1] && out.includes('Ctrl-C')) {
        clearTimeout(timer)
        resolve(m[1])
      }
    }
    child.stdout?.on('data', look)
    exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`server exited (${code}) before listening:\n${out}\n${err}`))
    })
  })
  return { child, url, stdout: () => out, stderr: () => err, exited }
}
