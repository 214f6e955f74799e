/**
 * Under load (issue 15; run by `npm run bench` after the newsletter table unless --no-load, or on
 * its own: `node --conditions=production --import tsx/esm bench/load.ts`). Prints a table with the
 * targets; asserts nothing (machines here are shared and noisy).
 *
 * The real server (`npm start`'s cli/start.mjs, started as the browser tests start it) on a data
 * dir seeded with the demo, synthetic programs up to 1,114 approved, 10,000 confirmed subscribers
 * and 20 editor accounts each with a published card news, sending to an SMTP sink in its own
 * process (bench/smtpSinkProcess.ts). autocannon drives it with 100 connections, split evenly over
 * five routes: `/`, a program page and `/programs/` (the static pages, one autocannon instance
 * cycling through the three), `GET /api/programs?limit=20` anonymously and
 * `GET /api/programs/recommended` as the demo SME (`Authorization: JWT …`), each asking for
 * gzip/br as a browser does. Windows, each after the server has been idle for two seconds:
 *
 *  1. quiet: the static pages alone, on our server, then on plain `express.static` with the same
 *     `compression` (a process of its own serving the same live build folder, DATA_DIR/site);
 *     then the two API routes alone;
 *  2. under load, ours: all five routes on our server while it rebuilds the whole site back to
 *     back (the daily full rebuild, queued again as soon as the last one finished) and sends a
 *     newsletter to the 10,000 subscribers, and 20 editors save at once (PATCH, then POST, then
 *     PATCH of card news through REST) at 1/6, 1/2 and 5/6 of the window;
 *  3. under load, baseline: the same, with the static pages' connections on plain
 *     `express.static` instead — the same background work competing for the same two cores.
 * Afterwards every save is read back (a lost write: a stored value other than the last one the
 * server acknowledged), and the server's log is searched for SQLITE_BUSY / "database is locked".
 * The server loads a small monitor (NODE_OPTIONS=--import): its web thread's event-loop stalls and CPU time per window.
 *
 * Options: --load-seconds=30  --load-quiet-seconds=15  --load-connections=100
 *          --load-programs=1114  --load-subscribers=10000
 *          --load-background=rebuild,send,editors (any of them; empty for none: which causes what)
 *          --load-data=<dir>: prepare into (or reuse) this data dir and keep it
 *          --load-profile=<dir>: a CPU profile of the server per window in <dir>, summarised
 * API_CACHE_MS=0 in the environment measures the server without its visitors' read cache.
 *
 * Its helper processes (the data, the rebuilds kept queued, the baseline) are bench/loadHelpers.ts;
 * what it measures inside the server, bench/loadMonitor.ts.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import { createRequire } from 'node:module'
import { arg, sleep } from './args'
import { CARD_TITLE, EDITORS, EDITOR_EMAIL, HELPER_FILE, PREPARED_FILE, REBUILD_REASON, RESULT_MARKER, type Prepared } from './loadHelpers'
import { PRELOAD, serverProcess } from './loadMonitor'
import { printLoadReport, type Background, type Builds, type Group, type LoadResult, type Loop, type Measured, type Save, type Window } from './loadReport'

/** What this bench uses of autocannon (a devDependency without types of its own). */
type LoadOptions = { url: string; connections: number; duration: number; timeout: number; headers: Record<string, string>; requests: { method: 'GET'; path: string }[] }
const autocannon = createRequire(import.meta.url)('autocannon') as (options: LoadOptions) => Promise<LoadResult>

const NODE_ARGS = ['--conditions=production', '--import', 'tsx/esm', '--no-deprecation']

await main()

async function main(): Promise<void> {
  const { startServer } = await import('../tests/helpers/server')
  const { DEMO_PASSWORD } = await import('../seed/data/users')

  const SECONDS = Number(arg('load-seconds') ?? 30)
  const QUIET_SECONDS = Number(arg('load-quiet-seconds') ?? 15)
  const CONNECTIONS = Number(arg('load-connections') ?? 100)
  const PROGRAMS = Number(arg('load-programs') ?? 1114)
  const SUBSCRIBERS = Number(arg('load-subscribers') ?? 10_000)
  const PROFILE_DIR = arg('load-profile') ? path.resolve(arg('load-profile')!) : undefined
  const PER_ROUTE = Math.max(1, Math.round(CONNECTIONS / 5))
  const BACKGROUND = new Set((arg('load-background') ?? 'rebuild,send,editors').split(',').filter(Boolean))
  const log = (line: string) => console.error(`[load bench ${new Date().toISOString().slice(11, 19)}] ${line}`)
  const benchStarted = Date.now()

  // Every process started here is its own process group, killed on any way out.
  const children = new Set<ChildProcess>()
  const killGroup = (child: ChildProcess) => {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {
      // gone
    }
  }
  const keptDir = arg('load-data') ? path.resolve(arg('load-data')!) : undefined
  const dataDir = keptDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'winwinnuri-load-bench-'))
  fs.mkdirSync(dataDir, { recursive: true })
  let stopServer: (() => Promise<void>) | undefined
  process.on('exit', () => {
    children.forEach(killGroup)
    if (!keptDir) fs.rmSync(dataDir, { recursive: true, force: true })
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void (stopServer?.() ?? Promise.resolve()).finally(() => process.exit(130)))

  const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', WINWINNURI_PRODUCTION: '0', WINWINNURI_DATA_DIR: dataDir, DATABASE_URI: '', DISABLE_PAYLOAD_HMR: 'true' }
  function helper(args: string[]): { child: ChildProcess; lines: AsyncIterator<string>; output: () => string } {
    const child = spawn(process.execPath, [...NODE_ARGS, HELPER_FILE, ...args], { env: childEnv, stdio: ['pipe', 'pipe', 'pipe'], detached: true })
    children.add(child)
    let output = ''
    child.stderr!.on('data', (chunk) => (output += chunk))
    child.stdout!.on('data', (chunk) => (output += chunk))
    const lines = readline.createInterface({ input: child.stdout! })[Symbol.asyncIterator]()
    return { child, lines, output: () => output }
  }
  async function untilLine(h: ReturnType<typeof helper>, test: (line: string) => boolean, what: string): Promise<string> {
    for (;;) {
      const { value, done } = await h.lines.next()
      if (done) throw new Error(`${what}: the helper ended first:\n${h.output().slice(-3000)}`)
      if (test(value)) return value
    }
  }

  // ---- the data ----
  const preparedFile = path.join(dataDir, PREPARED_FILE)
  let prepared: Prepared & { asked?: { programs: number; subscribers: number } } | undefined = fs.existsSync(preparedFile) ? JSON.parse(fs.readFileSync(preparedFile, 'utf8')) : undefined
  if (prepared?.asked?.programs !== PROGRAMS || prepared.asked.subscribers !== SUBSCRIBERS) {
    log(`preparing ${dataDir}: the demo, ${PROGRAMS} approved programs, ${SUBSCRIBERS} subscribers, ${EDITORS} editors…`)
    const h = helper(['prepare', dataDir, ...process.argv.slice(2)])
    const line = await untilLine(h, (l) => l.startsWith(RESULT_MARKER), 'prepare')
    prepared = JSON.parse(line.slice(RESULT_MARKER.length)) as Prepared
    children.delete(h.child)
    log(`prepared in ${(prepared.ms / 1000).toFixed(0)} s: ${prepared.approved} approved programs, ${prepared.subscribers} subscribers`)
  } else log(`reusing ${dataDir} (${prepared.approved} approved programs, ${prepared.subscribers} subscribers)`)
  const data = prepared!

  // ---- the SMTP sink and the server ----
  const sink = fork(path.resolve('bench/smtpSinkProcess.ts'), [], { execArgv: ['--import', 'tsx/esm'], detached: true })
  children.add(sink)
  const sinkPort = await new Promise<number>((resolve) => sink.once('message', (m: { port: number }) => resolve(m.port)))
  const sinkCount = () =>
    new Promise<number>((resolve) => {
      sink.once('message', (m: { accepted: number }) => resolve(m.accepted))
      sink.send('count')
    })
  const preload = path.join(dataDir, 'load-monitor.mjs')
  fs.writeFileSync(preload, PRELOAD)
  const serverEnv: Record<string, string> = { SMTP_URL: `smtp://127.0.0.1:${sinkPort}`, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${preload}`.trim() }
  if (PROFILE_DIR) {
    fs.mkdirSync(PROFILE_DIR, { recursive: true })
    serverEnv.LOAD_PROFILE_DIR = PROFILE_DIR
  }
  log('starting the server (it builds the admin first if its inputs changed, and the site on a first start)…')
  const serverStarted = Date.now()
  const server = await startServer({ dataDir, timeoutMs: 30 * 60_000, env: serverEnv })
  stopServer = server.stop
  const base = server.url
  log(`server healthy after ${((Date.now() - serverStarted) / 1000).toFixed(0)} s at ${base}`)
  const logStart = server.output().length
  const serverPid = PROFILE_DIR ? serverProcess(dataDir) : null
  if (PROFILE_DIR && !serverPid) log('no server process found in /proc: no profiles')
  /** Runs `measure` with the server's sampler on; the profile is saved as `<n>-<label>.cpuprofile`. */
  let profiled = 0
  const profiles: { label: string; file: string }[] = []
  async function withProfile<T>(label: string, measure: () => Promise<T>): Promise<T> {
    if (!PROFILE_DIR || !serverPid) return measure()
    const before = new Set(fs.readdirSync(PROFILE_DIR))
    process.kill(serverPid, 'SIGUSR2')
    try {
      return await measure()
    } finally {
      process.kill(serverPid, 'SIGUSR2')
      for (const deadline = Date.now() + 30_000; Date.now() < deadline; await sleep(200)) {
        const written = fs.readdirSync(PROFILE_DIR).find((name) => name.endsWith('.cpuprofile') && !before.has(name))
        if (!written) continue
        await sleep(500)
        const file = path.join(PROFILE_DIR, `${++profiled}-${label.replace(/[^a-z0-9]+/gi, '-')}.cpuprofile`)
        fs.renameSync(path.join(PROFILE_DIR, written), file)
        profiles.push({ label, file })
        break
      }
    }
  }

  type Res = { status: number; body: any; ms: number }
  /**
   * One request on a connection of its own (no keep-alive): a server whose event loop stalls for
   * seconds can close an idle kept-alive socket just as the next request goes out on it, and a
   * save lost that way would be the client's doing, not the server's.
   */
  const api = (method: string, url: string, token?: string, body?: unknown): Promise<Res> => {
    const headers: Record<string, string> = {}
    if (token) headers.Authorization = `JWT ${token}`
    const data = body === undefined ? undefined : Buffer.from(JSON.stringify(body))
    if (data) Object.assign(headers, { 'Content-Type': 'application/json', 'Content-Length': String(data.length) })
    const t0 = performance.now()
    return new Promise((resolve) => {
      const req = http.request(`${base}${url}`, { method, headers, agent: false, timeout: 60_000 }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          let parsed: unknown = text
          try {
            parsed = text ? JSON.parse(text) : null
          } catch {
            // not JSON
          }
          resolve({ status: res.statusCode ?? 0, body: parsed, ms: performance.now() - t0 })
        })
        res.on('error', (error) => resolve({ status: 0, body: String(error), ms: performance.now() - t0 }))
      })
      req.on('timeout', () => req.destroy(new Error('no answer in 60 s')))
      req.on('error', (error) => resolve({ status: 0, body: String(error), ms: performance.now() - t0 }))
      req.end(data)
    })
  }
  const login = async (email: string) => {
    const { status, body } = await api('POST', '/api/users/login', undefined, { email, password: DEMO_PASSWORD })
    if (status !== 200 || !body?.token) throw new Error(`login as ${email}: ${status} ${JSON.stringify(body).slice(0, 300)}`)
    return body.token as string
  }
  const admin = await login('admin@winwinnuri.test')
  const member = await login('sme@winwinnuri.test')
  const editors: string[] = []
  for (let i = 0; i < EDITORS; i++) editors.push(await login(EDITOR_EMAIL(i)))

  // The site queue, through a process of its own (REST does not show job rows): the server
  // refreshes an existing site in the background on start; let that finish first.
  const jobs = helper(['rebuilder', dataDir, new Date(serverStarted).toISOString()])
  await untilLine(jobs, (l) => l === 'READY', 'jobs helper')
  /** Waits until the server's site queue is idle; the builds that finished since the last time. */
  const siteIdle = async (): Promise<Builds> => {
    jobs.child.stdin!.write('idle\n')
    return JSON.parse((await untilLine(jobs, (l) => l.startsWith(RESULT_MARKER), 'jobs helper')).slice(RESULT_MARKER.length))
  }
  log('waiting for the site jobs the start queued…')
  await siteIdle()

  const { body: list } = await api('GET', '/api/programs?limit=1&depth=0&sort=-applyEnd')
  const programId = list?.docs?.[0]?.id
  const staticPaths = ['/', `/programs/${programId}/`, '/programs/']
  for (const p of staticPaths) {
    const res = await fetch(`${base}${p}`)
    if (res.status !== 200) throw new Error(`${p} answers ${res.status} before the load`)
    await res.arrayBuffer()
  }
  const pageBytes = await Promise.all(staticPaths.map(async (p) => (await (await fetch(`${base}${p}`, { headers: { 'Accept-Encoding': 'identity' } })).arrayBuffer()).byteLength))

  // ---- the baseline server ----
  const plainPort = await new Promise<number>((resolve) => {
    const probe = net.createServer()
    probe.listen(0, '127.0.0.1', () => {
      const port = (probe.address() as { port: number }).port
      probe.close(() => resolve(port))
    })
  })
  const plainServer = helper(['plain', dataDir, String(plainPort)])
  await untilLine(plainServer, (l) => l === 'READY', 'plain express.static')
  const plainBase = `http://127.0.0.1:${plainPort}`

  // ---- load ----
  const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br', 'accept-language': 'ko-KR,ko;q=0.9' }
  const staticGroup = (on: string, label: string): Group => ({ name: `static pages (${label})`, kind: 'static', base: on, paths: staticPaths, connections: PER_ROUTE * 3 })
  const apiGroups: Group[] = [
    { name: 'GET /api/programs?limit=20, anonymous', kind: 'api', base, paths: ['/api/programs?limit=20'], connections: PER_ROUTE },
    { name: 'GET /api/programs/recommended, member', kind: 'api', base, paths: ['/api/programs/recommended'], connections: PER_ROUTE, headers: { authorization: `JWT ${member}` } },
  ]
  const fire = (group: Group, seconds: number, connections = group.connections) =>
    autocannon({
      url: group.base,
      connections,
      duration: seconds,
      timeout: 10,
      headers: { ...BROWSER_HEADERS, ...group.headers },
      requests: group.paths.map((p) => ({ method: 'GET' as const, path: p })),
    })
  const runGroups = async (groups: Group[], seconds: number): Promise<Measured[]> => (await Promise.all(groups.map((g) => fire(g, seconds)))).map((result, i) => ({ group: groups[i], result }))

  log('warming up both servers (3 s each route group, 10 connections)…')
  for (const g of [staticGroup(base, 'ours'), staticGroup(plainBase, 'plain'), ...apiGroups]) await fire(g, 3, 10)
  /** What the visitors' read cache (server/publicCache.ts) said of the anonymous list, and of the member's recommendations (never cached). */
  const cacheSays = async () => {
    const ask = async (url: string, headers: Record<string, string> = {}) => {
      const res = await fetch(`${base}${url}`, { headers: { ...BROWSER_HEADERS, ...headers } })
      await res.arrayBuffer()
      return res.headers.get('x-winwinnuri-cache') ?? 'none'
    }
    const list = [await ask('/api/programs?limit=20'), await ask('/api/programs?limit=20')].join(' then ')
    return `anonymous list ${list}; recommended ${await ask('/api/programs/recommended', apiGroups[1].headers)}`
  }
  const cacheBefore = await cacheSays()
  log(`the read cache after the warm-up: ${cacheBefore}`)

  const windows: Window[] = []
  /** The server's event loop while `measure` ran: its longest stall, the median of its per-second p99 waits, how busy it was. */
  async function watchLoop<T>(measure: () => Promise<T>): Promise<[T, Loop | null]> {
    const from = server.output().length
    const result = await measure()
    const seen = server.output().slice(from).split('\n').filter((l) => l.startsWith('LOAD_MONITOR ')).map((l) => JSON.parse(l.slice(13)) as { p99: number; max: number; busy: number; cpu: number | null; processCpu: number })
    if (!seen.length) return [result, null]
    const p99s = seen.map((x) => x.p99).sort((a, b) => a - b)
    const mean = (values: number[]) => values.reduce((sum, x) => sum + x, 0) / values.length
    const cpu = seen.every((x) => x.cpu !== null) ? mean(seen.map((x) => x.cpu!)) : null
    const front = server.output().slice(from).split('\n').filter((l) => l.startsWith('LOAD_FRONT ')).map((l) => (JSON.parse(l.slice(11)) as { cpu: number }).cpu)
    return [result, { stallMs: Math.max(...seen.map((x) => x.max)), p99Ms: p99s[Math.floor(p99s.length / 2)], busy: mean(seen.map((x) => x.busy)), cpu, processCpu: mean(seen.map((x) => x.processCpu)), frontCpu: front.length ? mean(front) : null }]
  }
  /**
   * Waits (at most 2 minutes) until our server has been idle for two seconds: a request the load
   * generator gave up on at the end of a window is still computed by the server after it.
   */
  async function settle(): Promise<void> {
    for (const deadline = Date.now() + 120_000; Date.now() < deadline; await sleep(500)) {
      const last = server.output().split('\n').filter((l) => l.startsWith('LOAD_MONITOR ')).slice(-2).map((l) => JSON.parse(l.slice(13)) as { busy: number })
      if (last.length === 2 && last.every((x) => x.busy < 0.25)) return
    }
  }
  const quiet = async (label: string, groups: Group[]) => {
    await settle()
    log(`${label}: ${groups.map((g) => g.name).join(' + ')}, ${groups.reduce((n, g) => n + g.connections, 0)} connections, ${QUIET_SECONDS} s…`)
    const [measured, loop] = await watchLoop(() => withProfile(label, () => runGroups(groups, QUIET_SECONDS)))
    windows.push({ label, measured, loadAverage: os.loadavg()[0], loop })
  }
  await quiet('quiet', [staticGroup(base, 'ours')])
  await quiet('quiet', [staticGroup(plainBase, 'plain express.static')])
  await quiet('quiet, API only', apiGroups)

  // ---- the background: rebuilds, a send, editors ----
  const { body: published } = await api('GET', '/api/card-news?depth=0&limit=3&where[status][equals]=published', admin)
  const { body: guides } = await api('GET', '/api/partner-guides?depth=0&limit=2&where[published][equals]=true', admin)
  const cardNewsIds = (published?.docs ?? []).map((d: { id: number }) => d.id)
  const guideIds = (guides?.docs ?? []).map((d: { id: number }) => d.id)

  const saves: Save[] = []
  /** The last title each editor's card news was acknowledged with (and each created one's). */
  const acknowledged = new Map<string, string>()
  let round = 0
  async function editorsSave(): Promise<void> {
    const r = ++round
    await Promise.all(
      editors.map(async (token, i) => {
        const stamp = `${Date.now().toString(36)}-${r}`
        if (r % 2 === 0) {
          const title = `부하 측정 새 카드뉴스 ${i + 1} ${stamp}`
          const res = await api('POST', '/api/card-news?depth=0', token, { title, category: 'activity', status: 'draft', cards: data.cards })
          const id = res.body?.doc?.id
          saves.push({ editor: i, kind: 'POST', id, title, status: res.status, ms: res.ms, error: res.status === 201 ? undefined : JSON.stringify(res.body).slice(0, 300) })
          if (res.status === 201 && id != null) acknowledged.set(String(id), title)
        } else {
          const id = data.cardNews[i]
          const title = `${CARD_TITLE(i)} 수정 ${stamp}`
          const res = await api('PATCH', `/api/card-news/${id}?depth=0`, token, { title })
          saves.push({ editor: i, kind: 'PATCH', id, title, status: res.status, ms: res.ms, error: res.status === 200 ? undefined : JSON.stringify(res.body).slice(0, 300) })
          if (res.status === 200) acknowledged.set(String(id), title)
        }
      }),
    )
  }

  let month = 0
  async function underLoad(label: string, groups: Group[]): Promise<Window> {
    let issue: number | undefined
    if (BACKGROUND.has('send')) {
      const issueMonth = `${2100 + Math.floor(Math.random() * 7000)}-${String((month++ % 12) + 1).padStart(2, '0')}`
      const created = await api('POST', '/api/newsletters?depth=0', admin, { issueMonth, title: `부하 측정 ${issueMonth} 상생누리 소식`, intro: '이달의 상생협력 소식입니다.', cardNews: cardNewsIds, partnerGuides: guideIds })
      issue = created.body?.doc?.id
      if (created.status !== 201 || issue == null) throw new Error(`newsletter issue: ${created.status} ${JSON.stringify(created.body).slice(0, 500)}`)
    }
    await settle()
    const sinkBefore = await sinkCount()
    const savesBefore = saves.length
    if (BACKGROUND.has('rebuild')) jobs.child.stdin!.write('start\n')
    const sendStarted = Date.now()
    if (issue != null) {
      const sent = await api('POST', `/api/newsletters/${issue}/send`, admin, {})
      if (sent.status !== 202) throw new Error(`newsletter send: ${sent.status} ${JSON.stringify(sent.body).slice(0, 500)}`)
    }
    log(`${label}: ${groups.reduce((s, g) => s + g.connections, 0)} connections for ${SECONDS} s with ${[...BACKGROUND].join(', ') || 'nothing'} in the background${issue != null ? ` (issue ${issue} to ${data.subscribers} subscribers)` : ''}…`)
    const timers = BACKGROUND.has('editors') ? [1 / 6, 1 / 2, 5 / 6].map((at) => sleep(at * SECONDS * 1000).then(editorsSave)) : []
    const windowStart = Date.now()
    const [measured, loop] = await watchLoop(() => withProfile(label, () => runGroups(groups, SECONDS)))
    const windowEnd = Date.now()
    const loadAverage = os.loadavg()[0]
    await Promise.all(timers)
    const accepted = (await sinkCount()) - sinkBefore
    if (BACKGROUND.has('rebuild')) {
      jobs.child.stdin!.write('stop\n')
      await untilLine(jobs, (l) => l === 'STOPPED', 'jobs helper')
    }
    // Let the send finish, so the next window starts with none in flight.
    let progress: any = null
    for (const deadline = Date.now() + 15 * 60_000; issue != null && Date.now() < deadline; await sleep(500)) {
      progress = (await api('GET', `/api/newsletters/${issue}/progress`, admin)).body
      if (progress?.status === 'sent' || progress?.status === 'failed' || progress?.status === 'paused') break
    }
    const seconds = progress?.sentAt ? (Date.parse(progress.sentAt) - sendStarted) / 1000 : null
    // Let the rebuilds still running or asked for by the saves finish too; which of them ran in the window.
    const done = await siteIdle()
    const span = (b: Builds['builds'][number]) => [Date.parse(b.at) - b.durationMs, Date.parse(b.at)]
    const inWindow = done.builds.filter((b) => span(b)[1] > windowStart && span(b)[0] < windowEnd)
    const overlapS = inWindow.reduce((sum, b) => sum + Math.max(0, Math.min(span(b)[1], windowEnd) - Math.max(span(b)[0], windowStart)), 0) / 1000
    const rebuilds: Background['rebuilds'] = BACKGROUND.has('rebuild') || inWindow.length ? { ...done, builds: inWindow, overlapS } : null
    log(`${label}: done${issue != null ? `; the send ${progress?.status} after ${seconds?.toFixed(0) ?? '?'} s` : ''}; ${inWindow.length} site builds ran in the window (${overlapS.toFixed(0)} s of it)`)
    return {
      label,
      measured,
      loadAverage,
      loop,
      background: {
        rebuilds,
        send: issue == null ? null : { accepted, status: progress?.status ?? '?', seconds, total: progress?.counts?.sent ?? 0, failed: progress?.counts?.failed ?? 0 },
        saves: saves.length - savesBefore,
      },
    }
  }

  windows.push(await underLoad('under load, ours', [staticGroup(base, 'ours'), ...apiGroups]))
  windows.push(await underLoad('under load, baseline', [staticGroup(plainBase, 'plain express.static'), ...apiGroups]))
  jobs.child.stdin!.write('exit\n')

  // ---- read every save back ----
  const lost: { id: string; expected: string; found: string }[] = []
  for (const [id, title] of acknowledged) {
    const { status, body } = await api('GET', `/api/card-news/${id}?depth=0`, admin)
    if (status !== 200 || body?.title !== title) lost.push({ id, expected: title, found: status === 200 ? body?.title : `HTTP ${status}` })
  }
  const serverLog = server.output().slice(logStart)
  const busy = (serverLog.match(/SQLITE_BUSY|database is locked/gi) ?? []).length
  const failedSaves = saves.filter((s) => s.error)
  await server.stop()
  stopServer = undefined
  killGroup(plainServer.child)
  sink.kill()

  // ---- the table ----
  printLoadReport({
    windows, data, staticPaths, pageBytes, cacheBefore, base, saves, rounds: round, acknowledged: acknowledged.size, lost, busy, failedSaves, profiles,
    seconds: SECONDS, connections: CONNECTIONS, perRoute: PER_ROUTE, background: BACKGROUND,
  })
  console.log(`\n(load benchmark took ${((Date.now() - benchStarted) / 60_000).toFixed(1)} min${keptDir ? `; data kept in ${keptDir}` : ''})\n`)
  process.exit(0)
}
