/**
 * The load benchmark's report (bench/load.ts runs the windows): the table of every window and
 * route group, the server's threads in each, what ran in the background, the editors' saves, and
 * the issue's targets with MET / NOT MET.
 */
import os from 'node:os'
import path from 'node:path'
import { EDITORS, REBUILD_REASON, type Prepared } from './loadHelpers'
import { profileSummary } from './loadMonitor'

export type LoadResult = {
  duration: number
  '2xx': number
  non2xx: number
  errors: number
  timeouts: number
  latency: { p50: number; p99: number }
}
export type Builds = { queued: number; builds: { at: string; durationMs: number; reason: string }[]; failures: number }
export type Group = { name: string; kind: 'static' | 'api'; base: string; paths: string[]; connections: number; headers?: Record<string, string> }
export type Measured = { group: Group; result: LoadResult }
/** cpu: the web thread's CPU time per second of the window (cores), processCpu: the whole server process's (web and jobs threads, the ledger's, GC). */
export type Loop = { stallMs: number; p99Ms: number; busy: number; cpu: number | null; processCpu: number; frontCpu: number | null }
export type Window = { label: string; measured: Measured[]; loadAverage: number; loop: Loop | null; background?: Background }
export type Save = { editor: number; kind: 'PATCH' | 'POST'; id?: number | string; title: string; status: number; ms: number; error?: string }
export type Background = { rebuilds: (Builds & { overlapS: number }) | null; send: { accepted: number; status: string; seconds: number | null; total: number; failed: number } | null; saves: number }

export type LoadReport = {
  windows: Window[]
  data: Prepared
  staticPaths: string[]
  pageBytes: number[]
  cacheBefore: string
  /** Our server's address (the plain server's groups have another). */
  base: string
  saves: Save[]
  rounds: number
  /** Saves the server acknowledged, each read back afterwards. */
  acknowledged: number
  lost: { id: string; expected: string; found: string }[]
  /** SQLITE_BUSY / "database is locked" lines in the server's log. */
  busy: number
  failedSaves: Save[]
  profiles: { label: string; file: string }[]
  seconds: number
  connections: number
  perRoute: number
  background: Set<string>
}

export function printLoadReport(report: LoadReport): void {
  const { windows, data, staticPaths, pageBytes, cacheBefore, base, saves, lost, busy, failedSaves, profiles, rounds: round } = report
  const { seconds: SECONDS, connections: CONNECTIONS, perRoute: PER_ROUTE, background: BACKGROUND } = report
  const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
  const rate = (m: Measured) => m.result['2xx'] / m.result.duration
  const rows: string[][] = [['window', 'route group', 'conns', 'req/s (2xx)', 'p50', 'p99', 'non-2xx', 'timeouts', 'other errors', 'load avg']]
  for (const w of windows) {
    for (const m of w.measured) {
      const r = m.result
      rows.push([w.label, m.group.name, String(m.group.connections), fmt(rate(m)), `${fmt(r.latency.p50)} ms`, `${fmt(r.latency.p99)} ms`, fmt(r.non2xx), fmt(r.timeouts), fmt(r.errors - r.timeouts), w.loadAverage.toFixed(1)])
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)))
  console.log(`\n상생누리 load benchmark — ${new Date().toISOString()} — Node ${process.version}, ${os.cpus().length} cores, autocannon, ${CONNECTIONS} connections (${PER_ROUTE} per route)`)
  console.log(`Data: ${fmt(data.approved)} approved programs (${fmt(data.programs)} in all), ${fmt(data.subscribers)} confirmed subscribers; pages ${staticPaths.join(', ')} (${pageBytes.map((b) => `${fmt(b / 1024)} KiB`).join(', ')} uncompressed), asked for with Accept-Encoding: gzip, deflate, br.`)
  const backgroundText = [BACKGROUND.has('rebuild') && 'the site rebuilt back to back', BACKGROUND.has('send') && `a ${fmt(data.subscribers)}-recipient send`, BACKGROUND.has('editors') && `${EDITORS} editors saving at once three times`].filter(Boolean).join(', ')
  console.log(`Latencies are of 2xx answers; a timeout is no answer in 10 s; load avg: the machine's 1-minute load average at the window's end. Under load: ${backgroundText || 'nothing in the background'}.`)
  console.log(`The visitors' read cache (x-winwinnuri-cache; API_CACHE_MS=${process.env.API_CACHE_MS ?? 'unset'}): ${cacheBefore}.\n`)
  for (const r of rows) console.log(r.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd())
  console.log('')
  console.log(`our server's web thread in each window (a 10 ms timer's longest wait; the median of its per-second 99th percentiles; time busy; the CPU it got, in cores, the whole server process's: web and jobs threads, and the front's, in the npm start launcher):`)
  for (const w of windows) {
    const on = w.measured.map((m) => (m.group.base === base ? m.group.name.replace(/ \(ours\)$/, '') : null)).filter(Boolean).join(' + ') || 'nothing'
    const cpu = w.loop ? `, on CPU ${w.loop.cpu === null ? '?' : w.loop.cpu.toFixed(2)} of a core (process ${w.loop.processCpu.toFixed(2)}; the front ${w.loop.frontCpu === null ? '?' : w.loop.frontCpu.toFixed(2)})` : ''
    console.log(`  ${w.label}, serving ${on}: ${w.loop ? `longest stall ${fmt(w.loop.stallMs)} ms, p99 ${fmt(w.loop.p99Ms)} ms, busy ${Math.round(w.loop.busy * 100)}%${cpu}` : 'not measured'}`)
  }
  console.log('')
  for (const w of windows) {
    if (!w.background) continue
    const { rebuilds, send } = w.background
    const parts: string[] = []
    if (rebuilds) {
      parts.push(`a site build running ${fmt(rebuilds.overlapS)} s of the ${SECONDS} s (${rebuilds.builds.map((x) => `${x.reason === REBUILD_REASON ? 'full rebuild' : `"${x.reason}"`} ${(x.durationMs / 1000).toFixed(1)} s`).join(', ') || 'none'})${rebuilds.failures ? `, ${rebuilds.failures} failed` : ''}`)
    }
    if (send) parts.push(`the send: ${fmt(send.accepted)} messages accepted by the sink in the window, ${send.status} after ${send.seconds === null ? '?' : `${fmt(send.seconds)} s`} (${fmt(send.total)} sent, ${fmt(send.failed)} failed)`)
    parts.push(`${w.background.saves} editor saves`)
    console.log(`${w.label}: ${parts.join('; ')}`)
  }
  const saveMs = saves.map((s) => s.ms).sort((a, b) => a - b)
  console.log(`editor saves: ${saves.length} (${EDITORS} at once, ${round} rounds), ${failedSaves.length} failed; p50 ${fmt(saveMs[Math.floor(saveMs.length / 2)] ?? 0)} ms, max ${fmt(saveMs.at(-1) ?? 0)} ms; read back: ${report.acknowledged} records, ${lost.length} lost writes; SQLITE_BUSY / "database is locked" in the server log: ${busy}`)
  for (const s of failedSaves.slice(0, 5)) console.log(`  failed save: editor ${s.editor + 1} ${s.kind} ${s.id ?? ''} → ${s.status} ${s.error}`)
  for (const l of lost.slice(0, 5)) console.log(`  lost write: card news ${l.id}: expected "${l.expected}", found "${l.found}"`)

  const ours = windows.find((w) => w.label === 'under load, ours')!
  const baseline = windows.find((w) => w.label === 'under load, baseline')!
  const oursStatic = ours.measured.find((m) => m.group.kind === 'static')!
  const plainStatic = baseline.measured.find((m) => m.group.kind === 'static')!
  const [quietOurs, quietPlain] = windows.filter((w) => w.label === 'quiet').map((w) => w.measured[0])
  const onOurServer = [...ours.measured, ...baseline.measured.filter((m) => m.group.kind === 'api')]
  const quietApi = windows.find((w) => w.label === 'quiet, API only')!
  const errors = onOurServer.reduce((s, m) => s + m.result.non2xx + m.result.errors, 0)
  // Both windows under load: in the baseline one the API routes still run on our server, with the same background.
  const apiP99 = Math.max(...onOurServer.filter((m) => m.group.kind === 'api').map((m) => m.result.latency.p99))
  const staticRatio = rate(oursStatic) / rate(plainStatic)
  const verdict = (ok: boolean) => (ok ? 'MET' : 'NOT MET')
  console.log('\ntargets:')
  console.log(`  0 errors on our server under load (non-2xx + timeouts + others, both windows): ${fmt(errors)} — ${verdict(errors === 0)}`)
  console.log(`  static pages ≥ 0.8× plain express.static under the same load (req/s): ${staticRatio.toFixed(2)}× (${fmt(rate(oursStatic))} / ${fmt(rate(plainStatic))}; quiet: ${(rate(quietOurs) / rate(quietPlain)).toFixed(2)}×) — ${verdict(staticRatio >= 0.8)}`)
  console.log(`  API p99 ≤ 1 s under load (the worst route of both windows): ${fmt(apiP99)} ms (quiet: ${quietApi.measured.map((m) => `${fmt(m.result.latency.p99)} ms`).join(' / ')}) — ${verdict(apiP99 <= 1000)}`)
  console.log(`  no SQLITE_BUSY, failed save or lost write (${EDITORS} editors at once during the send): ${busy} / ${failedSaves.length} / ${lost.length} — ${verdict(busy + failedSaves.length + lost.length === 0)}`)
  if (profiles.length) {
    console.log(`\nwhere the server's CPU went (sampled; the frame nearest the top of each stack that names a package or our bundle):`)
    for (const { label, file } of profiles) console.log(`  ${label}: ${profileSummary(file)}  (${path.basename(file)})`)
  }
}
