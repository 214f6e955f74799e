/**
 * The newsletter benchmark (run by `npm run bench` after the site table, or on its own:
 * `node --conditions=production --import tsx/esm bench/newsletter.ts`). Prints a table; asserts
 * nothing (machines here are shared and noisy).
 *
 * For each size (default 1,000 and 10,000 confirmed subscribers), on a SQLite file seeded with
 * the demo plus that many subscribers and one issue per run:
 *  - ours: the real sender (startSend + runSend: render and freeze, the ledger, personal links
 *    and headers per recipient) through the pooled SMTP transport;
 *  - raw: bare nodemailer sending one pre-rendered message (the same issue, the same headers) to
 *    as many addresses through the same pool options and the same number of messages in flight;
 * each in a fresh process (bench/newsletterWorker.ts), alternating, against one SMTP sink in its
 * own process (bench/smtpSinkProcess.ts). Throughput is messages / time from the send's first
 * step to its last answer; memory is the worker's peak resident set and sampled peak heap.
 *
 * Options: --newsletter-sizes=1000,10000  --newsletter-runs=1
 *          --newsletter-keep: keep the prepared data dirs (to profile a worker on them)
 */
import { fork, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const RESULT_MARKER = 'BENCH_RESULT '
const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]
const SIZES = (arg('newsletter-sizes') ?? '1000,10000').split(',').map(Number).filter((n) => n > 0)
const RUNS = Math.max(1, Number(arg('newsletter-runs') ?? 1))
const log = (line: string) => console.error(`[newsletter bench ${new Date().toISOString().slice(11, 19)}] ${line}`)

type RunResult = { ms: number; sent: number; peakRssMiB: number; peakHeapMiB: number }
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]

async function prepare(size: number): Promise<{ dir: string; issues: (string | number)[]; messageFile: string; recipients: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `winwinnuri-newsletter-bench-${size}-`))
  process.env.WINWINNURI_DATA_DIR = dir
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  const { getPayload } = await import('payload')
  const { createConfig } = await import('../cms/config/createConfig')
  const { migrateDatabase } = await import('../cms/database/migrate')
  const { seedDemo } = await import('../seed/demo')
  const { loadIssueModel } = await import('../newsletter/render/model')
  const { renderIssue } = await import('../newsletter/render/renderIssue')
  const { recipientLinks } = await import('../newsletter/links')
  const { issueMessage } = await import('../newsletter/send/message')
  const { mailSettings } = await import('../newsletter/send/mailSettings')
  const payload = await getPayload({ config: createConfig({ databaseUri: `file:${dir}/bench.db`, secret: 'bench' }) })
  await migrateDatabase(payload)
  await seedDemo(payload)
  const started = Date.now()
  for (let i = 0; i < size; i++) {
    await payload.db.create({ collection: 'subscribers', data: { email: `reader-${i}@example.kr`, status: 'confirmed', confirmedAt: '2026-01-01T00:00:00.000Z' }, returning: false })
  }
  const recipients = (await payload.count({ collection: 'subscribers', where: { status: { equals: 'confirmed' } }, overrideAccess: true })).totalDocs
  const cardNews = (await payload.find({ collection: 'card-news', where: { status: { equals: 'published' } }, limit: 3, depth: 0, overrideAccess: true })).docs.map((d) => d.id)
  const guides = (await payload.find({ collection: 'partner-guides', where: { published: { equals: true } }, limit: 2, depth: 0, overrideAccess: true })).docs.map((d) => d.id)
  const issues: (string | number)[] = []
  for (let run = 0; run < RUNS; run++) {
    const month = `2040-${String(run + 1).padStart(2, '0')}`
    const doc = await payload.create({ collection: 'newsletters', data: { issueMonth: month, title: `벤치마크 ${month} 상생누리 소식`, intro: '이달의 상생협력 소식입니다.', cardNews, partnerGuides: guides } as never, overrideAccess: true })
    issues.push(doc.id)
  }
  // The raw side's message: the same issue, rendered and personalised once, with the same headers.
  const { siteUrl, from } = mailSettings(payload)
  const rendered = await renderIssue(await loadIssueModel(payload, issues[0], { siteUrl }), { variant: 'email' })
  const { to: _to, messageId: _id, ...message } = issueMessage({ issue: rendered, to: 'x@example.kr', from, links: recipientLinks(1, { siteUrl, secret: payload.secret }), messageId: '<x@x>' })
  const messageFile = path.join(dir, 'message.json')
  fs.writeFileSync(messageFile, JSON.stringify(message))
  log(`${size}: ${recipients} confirmed subscribers ready in ${((Date.now() - started) / 1000).toFixed(1)} s (message ${(rendered.html.length / 1024).toFixed(0)} KiB HTML)`)
  await payload.destroy()
  return { dir, issues, messageFile, recipients }
}

function worker(args: string[], smtpUrl: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    let output = ''
    const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx/esm', '--no-deprecation', path.resolve('bench/newsletterWorker.ts'), ...args], {
      env: { ...process.env, SMTP_URL: smtpUrl, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => {
      const line = output.split('\n').find((l) => l.startsWith(RESULT_MARKER))
      if (code === 0 && line) resolve(JSON.parse(line.slice(RESULT_MARKER.length)))
      else reject(new Error(`worker ${args[0]} exited ${code}:\n${output.slice(-3000)}`))
    })
  })
}

const sink = fork(path.resolve('bench/smtpSinkProcess.ts'), [], { execArgv: ['--import', 'tsx/esm'] })
const port = await new Promise<number>((resolve) => sink.once('message', (m: { port: number }) => resolve(m.port)))
const smtpUrl = `smtp://127.0.0.1:${port}`

const rows: string[][] = [['subscribers', 'ours msg/s', 'raw nodemailer msg/s', 'ratio', 'ours peak RSS / heap', 'raw peak RSS / heap']]
const oursPeaks: number[] = []
for (const size of SIZES) {
  const prepared = await prepare(size)
  const ours: RunResult[] = []
  const raw: RunResult[] = []
  for (let run = 0; run < RUNS; run++) {
    raw.push(await worker(['raw', prepared.messageFile, String(prepared.recipients)], smtpUrl))
    log(`${size} raw: ${raw.at(-1)!.sent} in ${(raw.at(-1)!.ms / 1000).toFixed(1)} s`)
    ours.push(await worker(['ours', prepared.dir, String(prepared.issues[run])], smtpUrl))
    log(`${size} ours: ${ours.at(-1)!.sent} in ${(ours.at(-1)!.ms / 1000).toFixed(1)} s`)
  }
  const rate = (r: RunResult[]) => median(r.map((x) => (x.sent / x.ms) * 1000))
  oursPeaks.push(median(ours.map((x) => x.peakRssMiB)))
  rows.push([
    String(prepared.recipients),
    rate(ours).toFixed(0),
    rate(raw).toFixed(0),
    `${(rate(ours) / rate(raw)).toFixed(2)}×`,
    `${median(ours.map((x) => x.peakRssMiB))} / ${median(ours.map((x) => x.peakHeapMiB))} MiB`,
    `${median(raw.map((x) => x.peakRssMiB))} / ${median(raw.map((x) => x.peakHeapMiB))} MiB`,
  ])
  if (process.argv.includes('--newsletter-keep')) log(`kept ${prepared.dir} (issues ${prepared.issues.join(', ')}, all sent now)`)
  else fs.rmSync(prepared.dir, { recursive: true, force: true })
}
sink.kill()

const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)))
console.log(`\n상생누리 newsletter benchmark — ${new Date().toISOString()} — Node ${process.version}, ${os.cpus().length} cores, ` +
  `NEWSLETTER_CONCURRENCY=${process.env.NEWSLETTER_CONCURRENCY ?? 5}, median of ${RUNS}\n`)
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '))
if (oursPeaks.length > 1) console.log(`\nours: peak RSS ${oursPeaks[0]} MiB at ${SIZES[0]} → ${oursPeaks.at(-1)} MiB at ${SIZES.at(-1)} subscribers (×${(oursPeaks.at(-1)! / oursPeaks[0]).toFixed(2)})`)
console.log('Targets: ratio ≥ 0.8× raw nodemailer; peak memory flat as subscribers grow.\n')
process.exit(0)
