import crypto from 'node:crypto'
import path from 'node:path'
import { getPayload, type Payload, type SanitizedConfig } from 'payload'
import { createConfig } from '../../cms/config/createConfig'
import { migrateDatabase } from '../../cms/database/migrate'
import { sitePublisher } from '../../cms/jobs/runSiteBuild'

/**
 * The database a suite runs on: a fresh SQLite file in the suite's own data folder, or, when
 * TEST_MONGODB_URI is set, a fresh database on that MongoDB server.
 */
export function testDatabaseUri(): string {
  const mongo = process.env.TEST_MONGODB_URI
  if (mongo) {
    const url = new URL(mongo)
    url.pathname = `/winwinnuri_test_${crypto.randomBytes(6).toString('hex')}`
    return url.toString()
  }
  return `file:${path.join(process.env.WINWINNURI_DATA_DIR!, 'test.db')}`
}

let currentConfig: Promise<SanitizedConfig> | undefined

/**
 * The config promise the running test Payload was built from. Payload's route handlers
 * (`@payloadcms/next/routes`) take it and find the same cached instance through getPayload.
 */
export function testConfig(): Promise<SanitizedConfig> {
  if (!currentConfig) throw new Error('startTestPayload() has not been called in this test file')
  return currentConfig
}

/** `smtpUrl`: send e-mail there (e.g. a startSmtpSink() server) instead of the .eml outbox. */
export async function startTestPayload(options: { smtpUrl?: string } = {}): Promise<Payload> {
  const config = createConfig({ databaseUri: testDatabaseUri(), secret: 'test-secret-not-for-production', sitePublisher, smtpUrl: options.smtpUrl, autoRunJobs: false })
  currentConfig = config
  const payload = await getPayload({ config })
  await migrateDatabase(payload)
  return payload
}

export async function stopTestPayload(payload: Payload): Promise<void> {
  if (process.env.TEST_MONGODB_URI && payload.db.name === 'mongoose') {
    await (payload.db as unknown as { connection: { dropDatabase(): Promise<unknown> } }).connection.dropDatabase()
  }
  await payload.destroy()
}
