import fs from 'node:fs'
import { isMainThread } from 'node:worker_threads'
import { DATA_DIR } from './env'

/** What the server creates is readable by its own user only: files 0600, folders 0700. */
export const PRIVATE_UMASK = 0o077

/**
 * The data folder holds the database, applicants' private files, the mail outbox and the secret.
 * Every process that opens it (the server, the seed, the site build and the send commands all
 * build their config through createConfig) sets the umask first, so every file made later is
 * private too — SQLite's -wal and -shm files, uploads, .eml files, site builds — and a folder
 * an older version created readable is closed by its own mode: nothing below a 0700 folder can
 * be reached by other users. The folder of an external DATABASE_URI is the operator's.
 * The umask is the process's: a worker thread (the server's jobs thread) may not set it and
 * has it from the main thread, which set it first.
 */
export function keepDataPrivate(dataDir: string = DATA_DIR): void {
  if (isMainThread) process.umask(PRIVATE_UMASK)
  else if (process.umask() !== PRIVATE_UMASK) throw new Error('keepDataPrivate: the main thread must set the umask before a worker opens the data folder')
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  fs.chmodSync(dataDir, 0o700)
}

/**
 * Files copied rather than created keep their source's mode whatever the umask (Eleventy's
 * passthrough copy of the site's assets): this closes a finished tree the same way, folders
 * 0700 and files 0600. Links are left alone (they point inside the data folder).
 */
export function closeTree(dir: string): void {
  fs.chmodSync(dir, 0o700)
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = `${dir}/${entry.name}`
    if (entry.isDirectory()) closeTree(file)
    else if (entry.isFile()) fs.chmodSync(file, 0o600)
  }
}
