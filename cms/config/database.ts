import fs from 'node:fs'
import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { migrations } from '../migrations'

export type DatabaseKind = 'sqlite' | 'mongodb'

/** Which adapter a DATABASE_URI asks for; anything else is refused before Payload starts. */
export function databaseKind(uri: string): DatabaseKind {
  if (uri.startsWith('file:')) return 'sqlite'
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) return 'mongodb'
  throw new Error(
    `DATABASE_URI "${uri.replace(/\/\/[^@/]*@/, '//***@')}" is not supported: ` +
      'use file:./data/winwinnuri.db (SQLite) or mongodb://… / mongodb+srv://… (MongoDB). ' +
      '지원하지 않는 DATABASE_URI입니다.',
  )
}

export function databaseAdapter(uri: string): DatabaseAdapterObj {
  if (databaseKind(uri) === 'mongodb') return mongooseAdapter({ url: uri })
  const file = uri.slice('file:'.length)
  if (file && file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  return sqliteAdapter({
    client: { url: uri },
    // WAL: readers (the site build, a second process such as `npm run newsletter:send`) never
    // block the writer. synchronous=NORMAL commits without an fsync per transaction (about 3×
    // faster writes here); a killed process loses nothing, and after a power loss only the last
    // moments of writes can be rolled back. busyTimeout: a second process waits for a lock
    // instead of failing at once.
    wal: { synchronous: 'NORMAL' },
    busyTimeout: 5000,
    // Schema changes go through committed migrations only (cms/migrations), never drizzle push.
    push: false,
    migrationDir: path.resolve('cms/migrations'),
    prodMigrations: migrations,
  })
}
