/**
 * What the load benchmark (bench/load.ts) learns from inside the server: the monitor it preloads
 * (event-loop stalls and CPU per second, CPU profiles on a signal), where the server process is,
 * and a profile summarised by the part of the code its samples fall in.
 */
import fs from 'node:fs'
export { serverProcess } from '../tests/helpers/server'

/**
 * Loaded into the server (NODE_OPTIONS=--import): once a second, how long its event loop was kept
 * from turning (the longest and the 99th percentile wait of a 10 ms timer) and how busy it was,
 * as a `LOAD_MONITOR {json}` line on stderr; with LOAD_PROFILE_DIR, SIGUSR2 starts V8's sampling
 * profiler and the next one writes its profile (Node refuses --cpu-prof in NODE_OPTIONS).
 */
export const PRELOAD = `import fs from 'node:fs'
import inspector from 'node:inspector'
import path from 'node:path'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
if (process.argv[1] && process.argv[1].endsWith('serve.mjs')) {
  const delay = monitorEventLoopDelay({ resolution: 10 })
  delay.enable()
  let last = performance.eventLoopUtilization()
  // The web thread's own CPU time (utime + stime of its task, in 10 ms ticks), and the process's.
  const threadTicks = () => {
    try {
      const fields = fs.readFileSync('/proc/self/task/' + process.pid + '/stat', 'utf8').split(') ')[1].split(' ')
      return Number(fields[11]) + Number(fields[12])
    } catch {
      return null
    }
  }
  let lastTicks = threadTicks()
  let lastUsage = process.cpuUsage()
  let lastAt = performance.now()
  setInterval(() => {
    const now = performance.eventLoopUtilization()
    const busy = performance.eventLoopUtilization(now, last).utilization
    last = now
    const [ticks, usage, at] = [threadTicks(), process.cpuUsage(), performance.now()]
    const seconds = (at - lastAt) / 1000
    const cpu = ticks === null || lastTicks === null ? null : (ticks - lastTicks) / 100 / seconds
    const processCpu = (usage.user + usage.system - lastUsage.user - lastUsage.system) / 1e6 / seconds
    ;[lastTicks, lastUsage, lastAt] = [ticks, usage, at]
    process.stderr.write('LOAD_MONITOR ' + JSON.stringify({ at: Date.now(), p99: delay.percentile(99) / 1e6, max: delay.max / 1e6, busy, cpu, processCpu }) + '\\n')
    delay.reset()
  }, 1000).unref()
}
// The front (server/front.ts) runs in the launcher, cli/start.mjs: its CPU, once a second.
if (process.argv[1] && /cli[\\/]start\\.mjs$/.test(process.argv[1])) {
  let lastUsage = process.cpuUsage()
  let lastAt = performance.now()
  setInterval(() => {
    const [usage, at] = [process.cpuUsage(), performance.now()]
    const cpu = (usage.user + usage.system - lastUsage.user - lastUsage.system) / 1e6 / ((at - lastAt) / 1000)
    ;[lastUsage, lastAt] = [usage, at]
    process.stderr.write('LOAD_FRONT ' + JSON.stringify({ at: Date.now(), cpu }) + '\\n')
  }, 1000).unref()
}
let session = null
let count = 0
if (process.env.LOAD_PROFILE_DIR) process.on('SIGUSR2', () => {
  if (!session) {
    session = new inspector.Session()
    session.connect()
    session.post('Profiler.enable')
    session.post('Profiler.setSamplingInterval', { interval: 1000 })
    session.post('Profiler.start')
    return
  }
  const running = session
  session = null
  running.post('Profiler.stop', (error, result) => {
    if (!error) fs.writeFileSync(path.join(process.env.LOAD_PROFILE_DIR, \`\${process.pid}-\${++count}.cpuprofile\`), JSON.stringify(result.profile))
    running.disconnect()
  })
})
`


/** The parts of the code a profile's samples fall in, by the package (or our bundle) nearest the top of each stack. */
const PARTS: [string, RegExp][] = [
  ['site build', /@11ty|eleventy|nunjucks|liquidjs|markdown-it|pagefind|posthtml|html-minifier|sharp/],
  ['newsletter', /nodemailer|mjml|juice|smtp|html-to-text/],
  ['SQLite + drizzle', /libsql|drizzle/],
  ['Payload', /node_modules\/(payload|@payloadcms)\//],
  ['Next', /node_modules\/(next|react|react-dom|react-server-dom)/],
  ['Express + static + compression', /node_modules\/(express|serve-static|send|compression|helmet|router|finalhandler|body-parser|on-headers|negotiator)\//],
  ['our code', /serve\.mjs/],
  ['Node', /^node:/],
]
export function profileSummary(file: string): string {
  type Node = { id: number; callFrame: { url: string; functionName: string }; children?: number[] }
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[] }
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id)
  const partOf = new Map<number, string>()
  const classify = (id: number): string => {
    const known = partOf.get(id)
    if (known) return known
    const node = byId.get(id)!
    const { url, functionName } = node.callFrame
    let part: string | undefined
    if (functionName === '(idle)') part = 'idle'
    else if (functionName === '(garbage collector)') part = 'garbage collection'
    else if (url) part = PARTS.find(([, pattern]) => pattern.test(url))?.[0] ?? 'other'
    else if (parent.has(id)) part = classify(parent.get(id)!)
    else part = 'other'
    partOf.set(id, part)
    return part
  }
  const counts = new Map<string, number>()
  for (const id of profile.samples) counts.set(classify(id), (counts.get(classify(id)) ?? 0) + 1)
  const total = profile.samples.length || 1
  return [...counts].sort((a, b) => b[1] - a[1]).map(([part, n]) => `${part} ${Math.round((n / total) * 100)}%`).join(', ')
}
