/**
 * The web thread's side of the jobs thread (server/jobsThread.ts): starts it, wakes its site
 * queue when the web thread queues work, restarts it if it dies, and stops it on shutdown.
 */
import { Worker } from 'node:worker_threads'
import type { FromJobsThread, ToJobsThread } from './jobsThread'

export type JobsThread = {
  /** Resolves when the thread serves (after the first build on a first start); rejects if it died before. */
  ready: Promise<void>
  /** Work was queued (and committed) here: run the site queue at once. */
  kick: () => void
  /** Lets the thread finish what is in flight and end (then terminates it after `timeoutMs`). */
  stop: (timeoutMs?: number) => Promise<void>
}

type Hooks = {
  info: (message: string) => void
  error: (message: string, error?: unknown) => void
  /** The thread committed a write to `slug`. */
  wrote: (slug: string, deleted: boolean) => void
}

/** After an unexpected end, how long before the thread starts again. */
const RESTART_DELAY_MS = 2000

export function startJobsThread(file: URL, log: Hooks, { restartDelayMs = RESTART_DELAY_MS } = {}): JobsThread {
  let worker: Worker
  let stopping = false
  let resolveReady!: () => void
  let rejectReady!: (error: Error) => void
  let everReady = false
  const ready = new Promise<void>((resolve, reject) => {
    resolveReady = resolve
    rejectReady = reject
  })
  ready.catch(() => undefined) // the caller awaits it; an early death must not also go unhandled

  const spawn = () => {
    let lastError: unknown
    worker = new Worker(file, { name: 'winwinnuri-jobs' })
    worker.on('message', (message: FromJobsThread) => {
      if (message.type === 'wrote') return log.wrote(message.slug, message.deleted)
      log.info(everReady ? '작업 스레드를 다시 시작했습니다' : '작업 스레드가 준비되었습니다 (사이트 빌드·발송·알림)')
      everReady = true
      resolveReady()
    })
    worker.on('error', (error) => {
      lastError = error
      log.error('작업 스레드 오류', error)
    })
    worker.on('exit', (code) => {
      if (stopping) return
      if (!everReady) {
        rejectReady(new Error(`작업 스레드를 시작하지 못했습니다 (종료 코드 ${code}): ${lastError instanceof Error ? lastError.message : String(lastError ?? '')}`))
        return
      }
      log.error(`작업 스레드가 멈췄습니다 (종료 코드 ${code}) — ${restartDelayMs / 1000}초 뒤 다시 시작합니다`, lastError)
      setTimeout(() => {
        if (!stopping) spawn()
      }, restartDelayMs).unref()
    })
  }
  spawn()

  const post = (message: ToJobsThread) => worker.postMessage(message)
  return {
    ready,
    kick: () => post({ type: 'kick' }),
    stop: async (timeoutMs = 20_000) => {
      stopping = true
      const current = worker
      if (current.threadId === -1) return // already ended
      const ended = new Promise<void>((resolve) => current.once('exit', () => resolve()))
      post({ type: 'stop' })
      const timer = setTimeout(() => void current.terminate(), timeoutMs)
      await ended
      clearTimeout(timer)
    },
  }
}
