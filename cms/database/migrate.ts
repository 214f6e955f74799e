import type { Migration, Payload } from 'payload'
import { migrations } from '../migrations'
import { backfillApplicantSnapshots } from './backfillApplicantSnapshots'
import { backfillProgramVersions } from './backfillProgramVersions'

/**
 * Brings the schema up to date. SQLite runs the committed SQL migrations (cms/migrations);
 * MongoDB needs no DDL, only the data steps those migrations run (idempotent, so on every start). Called by `npm start` and by every test suite, so the migrations that
 * production runs are the ones the tests ran.
 */
export async function migrateDatabase(payload: Payload): Promise<void> {
  if (payload.db.name === 'sqlite') await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  else {
    await backfillProgramVersions(payload)
    await backfillApplicantSnapshots(payload)
  }
}
