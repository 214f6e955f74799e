/**
 * Background work yields the CPU to requests. The jobs thread (./jobsThread.ts) lowers its own
 * scheduling priority at start, so when builds, a send and requests want the two cores at once
 * the kernel gives the web thread and the front the larger share; idle, nothing changes (a
 * lower priority only matters when the CPU is contended). Linux keeps a nice value per thread,
 * and a process a thread starts inherits it: Pagefind, which a build runs, yields as well.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** Nice 10 of 19: under contention a thread at 0 gets about nine times its share. */
export const BACKGROUND_NICENESS = 10

/** This thread's kernel task id (Linux /proc/thread-self), or null where there is none. */
export function currentThreadId(): number | null {
  try {
    const tid = Number(path.basename(fs.readlinkSync('/proc/thread-self')))
    return Number.isInteger(tid) && tid > 0 ? tid : null
  } catch {
    return null
  }
}

/** Sets this thread's nice value (never raises its priority); false where the system does not allow it. */
export function lowerThreadPriority(niceness = BACKGROUND_NICENESS): boolean {
  const tid = currentThreadId()
  if (tid === null) return false
  try {
    if (os.getPriority(tid) >= niceness) return true
    os.setPriority(tid, niceness)
    return true
  } catch {
    return false
  }
}
