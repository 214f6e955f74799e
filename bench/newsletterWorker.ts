/**
 * One measured newsletter send in a fresh process, so its peak memory is its own:
 *   ours <data dir> <issue id> — the real sender (startSend + runSend) on a prepared SQLite file;
 *   raw  <message.json> <count> — bare nodemailer: one pre-rendered message to `count` addresses
 *        through the same pooled transport options, with as many messages in flight;
 *   prepare <data dir> <size> <runs> — the data both use (bench/newsletterPrepare.ts), in a
 *        process of its own because Payload builds one config per process.
 * Both time from the first step of the send to the last answer, and print one JSON line.
 */
import fs from 'node:fs'
import nodemailer from 'nodemailer'

const RESULT_MARKER = 'BENCH_RESULT '
const [mode, target, arg] = process.argv.slice(2)
// Before any project module is loaded: kernel/settings/env.ts reads the data dir once, at import.
if (mode !== 'raw') process.env.WINWINNURI_DATA_DIR = target
process.env.DISABLE_PAYLOAD_HMR = 'true'
const { readSendSettings } = await import('../newsletter/send/settings')
const { pooledSmtpOptions } = await import('../newsletter/send/transport')
const smtpUrl = process.env.SMTP_URL!
const settings = readSendSettings()

let peakHeap = 0
const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 20)

async function ours(): Promise<{ ms: number; sent: number }> {
  const { getPayload } = await import('payload')
  const { createConfig } = await import('../cms/config/createConfig')
  const { startSend } = await import('../newsletter/send/startSend')
  const { runSend } = await import('../newsletter/send/runSend')
  const payload = await getPayload({ config: createConfig({ databaseUri: `file:${target}/bench.db`, secret: 'bench', smtpUrl }) })
  const started = performance.now()
  await startSend(payload, arg, undefined, { queue: false })
  const result = await runSend(payload, arg, { settings })
  const ms = performance.now() - started
  await payload.destroy()
  return { ms, sent: result.counts?.sent ?? 0 }
}

async function raw(): Promise<{ ms: number; sent: number }> {
  const message = JSON.parse(fs.readFileSync(target, 'utf8'))
  const count = Number(arg)
  const transport = nodemailer.createTransport(pooledSmtpOptions(smtpUrl, { concurrency: settings.concurrency, ratePerSecond: 0 }) as never)
  const started = performance.now()
  let next = 0
  let sent = 0
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      await transport.sendMail({ ...message, to: `bench-${i}@example.kr` })
      sent += 1
    }
  }
  await Promise.all(Array.from({ length: settings.concurrency }, worker))
  const ms = performance.now() - started
  transport.close()
  return { ms, sent }
}

if (mode === 'prepare') {
  const { prepare } = await import('./newsletterPrepare')
  console.log(RESULT_MARKER + JSON.stringify(await prepare(target, Number(arg), Number(process.argv[5] ?? 1))))
  process.exit(0)
}
const result = await (mode === 'ours' ? ours() : raw())
clearInterval(sampler)
console.log(RESULT_MARKER + JSON.stringify({ ...result, peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024), peakHeapMiB: Math.round(peakHeap / 2 ** 20) }))
process.exit(0)
