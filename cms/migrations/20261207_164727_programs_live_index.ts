import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Recommendations at scale (issue 15): the live programs (approved, not ended) are counted and
 * their distinct updatedAt read on every /my/ and GET /api/programs/recommended
 * (members/operations/liveProgramSnapshot.ts); this index answers both without reading a program
 * row (collections/Programs/index.ts `indexes`). Payload adds the same index to the versions table.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`reviewStatus_supportEnd_updatedAt_idx\` ON \`programs\` (\`review_status\`,\`support_end\`,\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_reviewStatus_version_supportEnd_version_updatedA_idx\` ON \`_programs_v\` (\`version_review_status\`,\`version_support_end\`,\`version_updated_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`reviewStatus_supportEnd_updatedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_reviewStatus_version_supportEnd_version_updatedA_idx\`;`)
}
