/**
 * One measured newsletter send in a fresh process, so its peak memory is its own:
 *   ours <data dir> <issue id> — the real sender (startSend + runSend) on a prepared SQLite file;
 *   raw  <message.json> <count> — bare nodemailer: one pre-rendered message to `count` addresses
 *        through the same pooled transport options, with as many messages in flight;
 *   prepare <data dir> <size> <runs> — the data both use (bench/newsletterPrepare.ts), in a
 *        process of its own because Payload builds one config per process.
 * Both time from the first step of the send to the last answer, and print one JSON line with the
 * time, the messages sent, the CPU time of the process and of its main thread, and peak memory.
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

// Every 100 ms: process.memoryUsage() costs the sampled thread some time of its own.
let peakHeap = 0
const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 100)

/**
 * Times `send` from its first step to its last answer: wall time, the CPU time of the whole
 * process (every thread: the ledger's, the garbage collector's) and of the main thread alone, the
 * one that drives the SMTP connections (from /proc: Linux only, else null).
 */
async function measured(send: () => Promise<number>): Promise<{ ms: number; cpuMs: number; mainCpuMs: number | null; sent: number }> {
  const [cpu, main, started] = [process.cpuUsage(), mainThreadCpuMs(), performance.now()]
  const sent = await send()
  const ms = performance.now() - started
  const { user, system } = process.cpuUsage(cpu)
  const mainAfter = mainThreadCpuMs()
  return { ms, cpuMs: Math.round((user + system) / 1000), mainCpuMs: main === null || mainAfter === null ? null : mainAfter - main, sent }
}

function mainThreadCpuMs(): number | null {
  try {
    // utime and stime, fields 14 and 15 of stat(5), in clock ticks (USER_HZ, 100 on Linux).
    const fields = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return null
  }
}

async function ours() {
  const { getPayload } = await import('payload')
  const { createConfig } = await import('../cms/config/createConfig')
  const { startSend } = await import('../newsletter/send/startSend')
  const { runSend } = await import('../newsletter/send/runSend')
  const payload = await getPayload({ config: createConfig({ databaseUri: `file:${target}/bench.db`, secret: 'bench', smtpUrl }) })
  const result = await measured(async () => {
    await startSend(payload, arg, undefined, { queue: false })
    return (await runSend(payload, arg, { settings })).counts?.sent ?? 0
  })
  await payload.destroy()
  return result
}

async function raw() {
  const message = JSON.parse(fs.readFileSync(target, 'utf8'))
  const count = Number(arg)
  const transport = nodemailer.createTransport(pooledSmtpOptions(smtpUrl, { concurrency: settings.concurrency, ratePerSecond: 0 }) as never)
  const result = await measured(async () => {
    let next = 0
    let sent = 0
    const worker = async () => {
      for (let i = next++; i < count; i = next++) {
        await transport.sendMail({ ...message, to: `bench-${i}@example.kr` })
        sent += 1
      }
    }
    await Promise.all(Array.from({ length: settings.concurrency }, worker))
    return sent
  })
  transport.close()
  return result
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
