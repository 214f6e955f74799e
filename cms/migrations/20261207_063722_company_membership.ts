import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Company membership that is earned (issue 12): `users.pending_company_id` holds a request to join
 * apart from the confirmed `company_id`; `companies.manager_id` is the 기업 담당자. Existing SMEs
 * and mid-sized firms get their oldest member as 담당자, so someone can confirm requests at once.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`companies\` ADD \`manager_id\` integer REFERENCES users(id) ON DELETE SET NULL;`)
  await db.run(sql`CREATE INDEX \`companies_manager_idx\` ON \`companies\` (\`manager_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`pending_company_id\` integer REFERENCES companies(id) ON DELETE SET NULL;`)
  await db.run(sql`CREATE INDEX \`users_pending_company_idx\` ON \`users\` (\`pending_company_id\`);`)
  await db.run(sql`UPDATE \`companies\` SET \`manager_id\` = (
    SELECT \`id\` FROM \`users\` WHERE \`users\`.\`company_id\` = \`companies\`.\`id\` AND \`users\`.\`role\` = 'member' ORDER BY \`created_at\`, \`id\` LIMIT 1
  ) WHERE \`category\` IN ('sme', 'midsize') AND \`manager_id\` IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_companies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`biz_reg_no\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`group\` text,
  	\`ceo_name\` text NOT NULL,
  	\`address_postcode\` text,
  	\`address_line1\` text NOT NULL,
  	\`address_line2\` text,
  	\`homepage\` text NOT NULL,
  	\`category\` text NOT NULL,
  	\`industry\` text NOT NULL,
  	\`industry_detail\` text,
  	\`logo_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_companies\`("id", "biz_reg_no", "name", "group", "ceo_name", "address_postcode", "address_line1", "address_line2", "homepage", "category", "industry", "industry_detail", "logo_id", "updated_at", "created_at") SELECT "id", "biz_reg_no", "name", "group", "ceo_name", "address_postcode", "address_line1", "address_line2", "homepage", "category", "industry", "industry_detail", "logo_id", "updated_at", "created_at" FROM \`companies\`;`)
  await db.run(sql`DROP TABLE \`companies\`;`)
  await db.run(sql`ALTER TABLE \`__new_companies\` RENAME TO \`companies\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`companies_biz_reg_no_idx\` ON \`companies\` (\`biz_reg_no\`);`)
  await db.run(sql`CREATE INDEX \`companies_name_idx\` ON \`companies\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`companies_group_idx\` ON \`companies\` (\`group\`);`)
  await db.run(sql`CREATE INDEX \`companies_category_idx\` ON \`companies\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`companies_logo_idx\` ON \`companies\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`companies_updated_at_idx\` ON \`companies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`companies_created_at_idx\` ON \`companies\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'member' NOT NULL,
  	\`company_id\` integer,
  	\`program_alerts_enabled\` integer DEFAULT false,
  	\`program_alerts_covered_until\` text,
  	\`notifications_review_results\` integer DEFAULT true,
  	\`notifications_new_applications\` integer DEFAULT true,
  	\`notifications_submissions\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	FOREIGN KEY (\`company_id\`) REFERENCES \`companies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users\`("id", "name", "role", "company_id", "program_alerts_enabled", "program_alerts_covered_until", "notifications_review_results", "notifications_new_applications", "notifications_submissions", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at") SELECT "id", "name", "role", "company_id", "program_alerts_enabled", "program_alerts_covered_until", "notifications_review_results", "notifications_new_applications", "notifications_submissions", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`CREATE INDEX \`users_company_idx\` ON \`users\` (\`company_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
}
