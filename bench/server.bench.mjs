// The local server under load: autocannon, 32 connections, against the built server running as a
// child process on 127.0.0.1 (as `npm start` runs it). `POST /api/check` with a letter of about 300
// words beside `GET /api/health` in the same run, the ceiling; and a draft save (one fsync'd
// transaction) for reference. Targets: check at >= 0.5x health's throughput, check p99 < 20 ms.
// The coach reuses the findings of sentences it has seen (src/coach/engine/run.ts), so the check is
// measured three ways: the same letter again and again (every sentence known), a letter being typed
// (each request one character longer in one sentence, as the editor sends it), and every request a
// letter never seen (every sentence new: the coach's full cost).
// To tell the server's share from the coach's, it also times check() in this process (no HTTP) and
// POST /api/check on one connection (no queueing), and runs two reference routes of a bench-only
// server (bench/reference-server.mjs, the same app): the check request read and validated with no
// coach and an empty answer, and the same with a report made once and serialized on every request.
// BENCH_SECONDS sets each measured run's length (default 5).
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { check as coach } from '../dist/coach/index.js'
import { median, ms, percentile, ratio, sample, table } from './util.mjs'

const CLI = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const CONNECTIONS = 32

const words = (t) => t.split(/\s+/).filter(Boolean).length
const base = readFileSync(new URL('./fixtures/letter-150.txt', import.meta.url), 'utf8')
const paragraphs = base.split('\n\n').slice(1, -1)
const parts = []
for (let i = 0; words(parts.join(' ')) < 275; i++) parts.push(paragraphs[i % paragraphs.length])
const LETTER = `Dear Sam,\n\n${parts.join('\n\n')}\n\nWith love,\nAlex`

const dataDir = mkdtempSync(join(tmpdir(), 'sincerely-bench-'))
/** Starts a server as a child process and resolves with it and its address once it listens. */
function start(args) {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, SINCERELY_DATA: dataDir, PORT: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout.setEncoding('utf8').on('data', (d) => {
      out += d
      const m = /listening on (http:\/\/\S+)/.exec(out)
      if (m) resolve({ child, url: m[1] })
    })
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening`)))
  })
}
const server = await start([CLI, 'serve', '--port', '0'])
const url = server.url
// The same app with two bench-only routes that take a check request apart (bench/reference-server.mjs).
const reference = await start([fileURLToPath(new URL('./reference-server.mjs', import.meta.url))])

const json = { 'content-type': 'application/json' }
/** The size of a route's answer, to set the static route beside check's answer. */
async function answerSize(path, init) {
  const bytes = (await (await fetch(`${url}${path}`, init)).arrayBuffer()).byteLength
  return `${(bytes / 1024).toFixed(1)} KB`
}
const routes = {
  health: { title: 'GET /api/health', method: 'GET', path: '/api/health' },
  // A fixed JSON answer of about a check's size: what answering with that many bytes costs here.
  questionnaire: {
    title: `GET /api/questionnaire (static JSON, ${await answerSize('/api/questionnaire')})`,
    method: 'GET',
    path: '/api/questionnaire',
  },
  check: {
    title: `POST /api/check (${words(LETTER)} words, answer ${await answerSize('/api/check', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ text: LETTER }),
    })})`,
    method: 'POST',
    path: '/api/check',
    headers: json,
    body: JSON.stringify({ text: LETTER }),
  },
  read: {
    title: 'reference: the check request read and validated, answer {} (no coach)',
    base: reference.url,
    method: 'POST',
    path: '/bench/read',
    headers: json,
    body: JSON.stringify({ text: LETTER }),
  },
  report: {
    title: 'reference: the same, answer a report made once, serialized each time (no coach)',
    base: reference.url,
    method: 'POST',
    path: '/bench/report',
    headers: json,
    body: JSON.stringify({ text: LETTER }),
  },
  typing: {
    title: 'POST /api/check, a letter being typed',
    method: 'POST',
    path: '/api/check',
    headers: json,
    setupRequest: typed(),
  },
  cold: {
    title: 'POST /api/check, every sentence new',
    method: 'POST',
    path: '/api/check',
    headers: json,
    setupRequest: unseen(),
  },
  save: {
    title: 'POST /api/drafts (a save)',
    method: 'POST',
    path: '/api/drafts',
    headers: json,
    body: JSON.stringify({ title: 'bench', text: LETTER }),
  },
}

/** The letter being typed: each request has one more character in the middle sentence (a new sentence). */
function typed() {
  const at = LETTER.indexOf('.', LETTER.length >> 1)
  let n = 0
  return (req) => {
    n++
    // A sentence never sent before, as each keystroke makes one; every other sentence is unchanged.
    req.body = JSON.stringify({
      text: `${LETTER.slice(0, at)} and I mean it${'!'.repeat(n % 7)} ${n}${LETTER.slice(at)}`,
    })
    return req
  }
}

/** A letter never seen: a number of its own in every sentence. */
function unseen() {
  let n = 0
  return (req) => {
    n++
    req.body = JSON.stringify({ text: LETTER.replace(/([.!?])(\s)/g, (_, p, s) => ` ${n}${p}${s}`) })
    return req
  }
}

function run(route, duration, connections = CONNECTIONS) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${route.base ?? url}${route.path}`,
        method: route.method,
        headers: route.headers,
        body: route.body,
        setupClient: route.setupRequest
          ? (client) => client.setRequests([{ setupRequest: route.setupRequest }])
          : undefined,
        connections,
        duration,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    )
  })
}

try {
  // Warm-up: JIT, the coach's compiled rules, SQLite's page cache.
  for (const route of Object.values(routes)) await run(route, 1)
  const results = {}
  // health, check, health, check: each route's figure is the mean of its two runs, so a slow spell on
  // a shared machine weighs on both sides of the ratio. The static route beside them shows what the
  // answer's size alone costs: the same bytes with no work behind them.
  for (const name of [
    'health',
    'questionnaire',
    'read',
    'report',
    'check',
    'typing',
    'cold',
    'health',
    'questionnaire',
    'read',
    'report',
    'check',
    'typing',
    'cold',
    'save',
    'check1',
  ]) {
    const route = routes[name] ?? routes.check
    const r = await run(
      route,
      SECONDS / (name === 'save' || name === 'check1' ? 1 : 2),
      name === 'check1' ? 1 : CONNECTIONS,
    )
    if (r.non2xx || r.errors) throw new Error(`${name}: ${r.non2xx} non-2xx answers, ${r.errors} errors`)
    if (!results[name]) results[name] = []
    results[name].push(r)
  }
  const mean = (rs, f) => rs.reduce((s, r) => s + f(r), 0) / rs.length
  const fig = (name) => ({
    rps: mean(results[name], (r) => r.requests.average),
    p50: mean(results[name], (r) => r.latency.p50),
    p99: mean(results[name], (r) => r.latency.p99),
    n: results[name].reduce((s, r) => s + r.requests.total, 0),
  })
  const health = fig('health')
  const rows = Object.keys(results).map((name) => {
    const f = fig(name)
    const title = name === 'check1' ? `${routes.check.title}, 1 connection` : routes[name].title
    return [title, f.n, Math.round(f.rps), ms(f.p50), ms(f.p99), ratio(f.rps / health.rps)]
  })
  const direct = sample(() => JSON.stringify(coach(JSON.parse(routes.check.body).text)), {
    runs: 300,
    warmup: 30,
  })
  const directCold = sample(
    () => JSON.stringify(coach(JSON.parse(routes.check.body).text, { memo: false })),
    {
      runs: 300,
      warmup: 30,
    },
  )
  for (const [title, d] of [
    ['check() in this process, no HTTP', direct],
    ['check() in this process, every sentence new', directCold],
  ])
    rows.push([title, d.length, Math.round(1000 / median(d)), ms(median(d)), ms(percentile(d, 99)), ''])
  console.log(`${CONNECTIONS} connections, ${SECONDS} s per route, server: node dist/cli/main.js serve\n`)
  table(['route', 'requests', 'req/s', 'p50', 'p99', 'vs health'], rows)
  const one = fig('check1')
  console.log(
    // On one connection requests follow each other: 1/rate is a request's whole time (autocannon's
    // latencies are in whole milliseconds, too coarse here).
    `\nserver's own share of a check (1 connection, time per request minus check() alone): ${ms(1000 / one.rps - median(direct))}`,
  )
  const share = (name) => ratio(fig(name).rps / health.rps)
  console.log(
    `a check request taken apart, vs health: read and validated ${share('read')}, ` +
      `and answered with a report's JSON ${share('report')}, and checked ${share('check')}`,
  )
  for (const [name, what] of [
    ['check', 'the same letter'],
    ['typing', 'a letter being typed'],
    ['cold', 'every sentence new'],
  ]) {
    const f = fig(name)
    const r = f.rps / health.rps
    console.log(
      `${what}: check/health throughput ${ratio(r)} (target >= 0.50×: ${r >= 0.5 ? 'met' : 'MISSED'}); ` +
        `p99 ${ms(f.p99)} (target < 20 ms: ${f.p99 < 20 ? 'met' : 'MISSED'})`,
    )
  }
} finally {
  for (const { child } of [server, reference]) {
    child.kill('SIGTERM')
    await new Promise((r) => child.once('exit', r))
  }
  rmSync(dataDir, { recursive: true, force: true })
}
