/**
 * The jobs thread's lower priority (server/threadPriority.ts), read back from the kernel: a
 * worker thread lowers its own nice value and only its own; a process it starts inherits it.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import { Worker } from 'node:worker_threads'
import { describe, expect, test } from 'vitest'
import { BACKGROUND_NICENESS, currentThreadId } from '../../server/threadPriority'

/** A thread's nice value as the kernel reports it (/proc/<pid>/task/<tid>/stat, field 19). */
const niceOf = (tid: number) => Number(fs.readFileSync(`/proc/${process.pid}/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ')[16])

const linux = fs.existsSync('/proc/thread-self')

describe.runIf(linux)('lowerThreadPriority', () => {
  test('lowers the calling thread, not the process\'s other threads, and a child process inherits it', async () => {
    const main = currentThreadId()!
    expect(main).toBe(process.pid)
    const before = niceOf(main)
    const moduleUrl = new URL('../../server/threadPriority.ts', import.meta.url).href
    const worker = new Worker(
      `const { register } = await import('tsx/esm/api'); register();
       const { parentPort } = await import('node:worker_threads');
       const { execFileSync } = await import('node:child_process');
       const { lowerThreadPriority, currentThreadId } = await import(${JSON.stringify(moduleUrl)});
       const lowered = lowerThreadPriority();
       const child = Number(execFileSync('sh', ['-c', 'cut -d" " -f19 /proc/self/stat']).toString().trim());
       parentPort.postMessage({ lowered, tid: currentThreadId(), child });
       await new Promise((resolve) => parentPort.once('message', resolve));`,
      { eval: true, type: 'module' } as never,
    )
    try {
      const answer = await new Promise<{ lowered: boolean; tid: number; child: number }>((resolve, reject) => {
        worker.once('message', resolve)
        worker.once('error', reject)
      })
      expect(answer.lowered).toBe(true)
      expect(answer.tid).not.toBe(main)
      expect(niceOf(answer.tid)).toBe(Math.max(before, BACKGROUND_NICENESS))
      expect(answer.child).toBe(Math.max(before, BACKGROUND_NICENESS))
      expect(niceOf(main)).toBe(before)
    } finally {
      worker.postMessage('done')
      await worker.terminate()
    }
    expect(Number(execFileSync('sh', ['-c', 'cut -d" " -f19 /proc/self/stat']).toString().trim())).toBe(before)
  })
})
