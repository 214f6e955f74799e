import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { backfillApplicantSnapshots } from '../database/backfillApplicantSnapshots'
import { backfillProgramVersions } from '../database/backfillProgramVersions'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`_programs_v_version_regions\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_programs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_programs_v_version_regions_order_idx\` ON \`_programs_v_version_regions\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_regions_parent_idx\` ON \`_programs_v_version_regions\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_regions_value_idx\` ON \`_programs_v_version_regions\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_programs_v_version_eligibility_industries\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_programs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_programs_v_version_eligibility_industries_order_idx\` ON \`_programs_v_version_eligibility_industries\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_eligibility_industries_parent_idx\` ON \`_programs_v_version_eligibility_industries\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_programs_v_version_eligibility_regions\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_programs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_programs_v_version_eligibility_regions_order_idx\` ON \`_programs_v_version_eligibility_regions\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_eligibility_regions_parent_idx\` ON \`_programs_v_version_eligibility_regions\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_programs_v_version_eligibility_categories\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_programs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_programs_v_version_eligibility_categories_order_idx\` ON \`_programs_v_version_eligibility_categories\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_eligibility_categories_parent_idx\` ON \`_programs_v_version_eligibility_categories\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_programs_v_version_eligibility_tiers\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_programs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_programs_v_version_eligibility_tiers_order_idx\` ON \`_programs_v_version_eligibility_tiers\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_eligibility_tiers_parent_idx\` ON \`_programs_v_version_eligibility_tiers\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_programs_v_version_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`by_name\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_programs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_programs_v_version_review_history_order_idx\` ON \`_programs_v_version_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_review_history_parent_id_idx\` ON \`_programs_v_version_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_review_history_by_idx\` ON \`_programs_v_version_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_programs_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_business_id\` integer,
  	\`version_company_id\` integer,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_purpose\` text,
  	\`version_support_field\` text,
  	\`version_target_scope\` text,
  	\`version_apply_start\` text,
  	\`version_apply_end\` text,
  	\`version_support_start\` text,
  	\`version_support_end\` text,
  	\`version_contact_department\` text,
  	\`version_contact_name\` text,
  	\`version_contact_phone\` text,
  	\`version_contact_email\` text,
  	\`version_apply_online\` integer DEFAULT false,
  	\`version_details\` text,
  	\`version_eligibility_details\` text,
  	\`version_how_to_apply\` text,
  	\`version_notes\` text,
  	\`version_review_status\` text DEFAULT 'draft',
  	\`version_review_note\` text,
  	\`version_submitted_at\` text,
  	\`version_reviewed_at\` text,
  	\`version_approved_at\` text,
  	\`version_reviewed_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_business_id\`) REFERENCES \`businesses\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_company_id\`) REFERENCES \`companies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_programs_v_parent_idx\` ON \`_programs_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_version_business_idx\` ON \`_programs_v\` (\`version_business_id\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_version_company_idx\` ON \`_programs_v\` (\`version_company_id\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_version_support_field_idx\` ON \`_programs_v\` (\`version_support_field\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_version_target_scope_idx\` ON \`_programs_v\` (\`version_target_scope\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_version_apply_start_idx\` ON \`_programs_v\` (\`version_apply_start\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_version_apply_end_idx\` ON \`_programs_v\` (\`version_apply_end\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_version_support_start_idx\` ON \`_programs_v\` (\`version_support_start\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_version_support_end_idx\` ON \`_programs_v\` (\`version_support_end\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_version_review_status_idx\` ON \`_programs_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_version_reviewed_by_idx\` ON \`_programs_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_version_updated_at_idx\` ON \`_programs_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_version_created_at_idx\` ON \`_programs_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_version__status_idx\` ON \`_programs_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_created_at_idx\` ON \`_programs_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_updated_at_idx\` ON \`_programs_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_latest_idx\` ON \`_programs_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_programs_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_programs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_programs_v_rels_order_idx\` ON \`_programs_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_rels_parent_idx\` ON \`_programs_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_rels_path_idx\` ON \`_programs_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_rels_media_id_idx\` ON \`_programs_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`review_digest\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`covered_until\` text,
  	\`last_sent_at\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_programs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`business_id\` integer,
  	\`company_id\` integer,
  	\`title\` text,
  	\`summary\` text,
  	\`purpose\` text,
  	\`support_field\` text,
  	\`target_scope\` text,
  	\`apply_start\` text,
  	\`apply_end\` text,
  	\`support_start\` text,
  	\`support_end\` text,
  	\`contact_department\` text,
  	\`contact_name\` text,
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`apply_online\` integer DEFAULT false,
  	\`details\` text,
  	\`eligibility_details\` text,
  	\`how_to_apply\` text,
  	\`notes\` text,
  	\`review_status\` text DEFAULT 'draft',
  	\`review_note\` text,
  	\`submitted_at\` text,
  	\`reviewed_at\` text,
  	\`approved_at\` text,
  	\`reviewed_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`business_id\`) REFERENCES \`businesses\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`company_id\`) REFERENCES \`companies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_programs\`("id", "business_id", "company_id", "title", "summary", "purpose", "support_field", "target_scope", "apply_start", "apply_end", "support_start", "support_end", "contact_department", "contact_name", "contact_phone", "contact_email", "apply_online", "details", "eligibility_details", "how_to_apply", "notes", "review_status", "review_note", "submitted_at", "reviewed_at", "approved_at", "reviewed_by_id", "updated_at", "created_at", "_status") SELECT "id", "business_id", "company_id", "title", "summary", "purpose", "support_field", "target_scope", "apply_start", "apply_end", "support_start", "support_end", "contact_department", "contact_name", "contact_phone", "contact_email", "apply_online", "details", "eligibility_details", "how_to_apply", "notes", "review_status", "review_note", "submitted_at", "reviewed_at", "approved_at", "reviewed_by_id", "updated_at", "created_at", CASE WHEN "review_status" = 'approved' THEN 'published' ELSE 'draft' END FROM \`programs\`;`)
  await db.run(sql`DROP TABLE \`programs\`;`)
  await db.run(sql`ALTER TABLE \`__new_programs\` RENAME TO \`programs\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`programs_business_idx\` ON \`programs\` (\`business_id\`);`)
  await db.run(sql`CREATE INDEX \`programs_company_idx\` ON \`programs\` (\`company_id\`);`)
  await db.run(sql`CREATE INDEX \`programs_support_field_idx\` ON \`programs\` (\`support_field\`);`)
  await db.run(sql`CREATE INDEX \`programs_target_scope_idx\` ON \`programs\` (\`target_scope\`);`)
  await db.run(sql`CREATE INDEX \`programs_apply_start_idx\` ON \`programs\` (\`apply_start\`);`)
  await db.run(sql`CREATE INDEX \`programs_apply_end_idx\` ON \`programs\` (\`apply_end\`);`)
  await db.run(sql`CREATE INDEX \`programs_support_start_idx\` ON \`programs\` (\`support_start\`);`)
  await db.run(sql`CREATE INDEX \`programs_support_end_idx\` ON \`programs\` (\`support_end\`);`)
  await db.run(sql`CREATE INDEX \`programs_review_status_idx\` ON \`programs\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`programs_reviewed_by_idx\` ON \`programs\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`programs_updated_at_idx\` ON \`programs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`programs_created_at_idx\` ON \`programs\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`programs__status_idx\` ON \`programs\` (\`_status\`);`)
  await db.run(sql`ALTER TABLE \`programs_review_history\` ADD \`by_name\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`applicant_company_name\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`applicant_name\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`applicant_email\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`applicant_phone\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notifications_review_results\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notifications_new_applications\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notifications_submissions\` integer DEFAULT true;`)
  // Every existing program gets its first version (the live one for approved programs).
  await backfillProgramVersions(payload, req)
  // Applications submitted before get 신청자 정보 from their applicant and company.
  await backfillApplicantSnapshots(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`_programs_v_version_regions\`;`)
  await db.run(sql`DROP TABLE \`_programs_v_version_eligibility_industries\`;`)
  await db.run(sql`DROP TABLE \`_programs_v_version_eligibility_regions\`;`)
  await db.run(sql`DROP TABLE \`_programs_v_version_eligibility_categories\`;`)
  await db.run(sql`DROP TABLE \`_programs_v_version_eligibility_tiers\`;`)
  await db.run(sql`DROP TABLE \`_programs_v_version_review_history\`;`)
  await db.run(sql`DROP TABLE \`_programs_v\`;`)
  await db.run(sql`DROP TABLE \`_programs_v_rels\`;`)
  await db.run(sql`DROP TABLE \`review_digest\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_programs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`business_id\` integer NOT NULL,
  	\`company_id\` integer,
  	\`title\` text NOT NULL,
  	\`summary\` text NOT NULL,
  	\`purpose\` text NOT NULL,
  	\`support_field\` text NOT NULL,
  	\`target_scope\` text NOT NULL,
  	\`apply_start\` text NOT NULL,
  	\`apply_end\` text NOT NULL,
  	\`support_start\` text NOT NULL,
  	\`support_end\` text NOT NULL,
  	\`contact_department\` text NOT NULL,
  	\`contact_name\` text,
  	\`contact_phone\` text NOT NULL,
  	\`contact_email\` text,
  	\`apply_online\` integer DEFAULT false,
  	\`details\` text,
  	\`eligibility_details\` text,
  	\`how_to_apply\` text,
  	\`notes\` text,
  	\`review_status\` text DEFAULT 'draft' NOT NULL,
  	\`review_note\` text,
  	\`submitted_at\` text,
  	\`reviewed_at\` text,
  	\`approved_at\` text,
  	\`reviewed_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`business_id\`) REFERENCES \`businesses\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`company_id\`) REFERENCES \`companies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_programs\`("id", "business_id", "company_id", "title", "summary", "purpose", "support_field", "target_scope", "apply_start", "apply_end", "support_start", "support_end", "contact_department", "contact_name", "contact_phone", "contact_email", "apply_online", "details", "eligibility_details", "how_to_apply", "notes", "review_status", "review_note", "submitted_at", "reviewed_at", "approved_at", "reviewed_by_id", "updated_at", "created_at") SELECT "id", "business_id", "company_id", "title", "summary", "purpose", "support_field", "target_scope", "apply_start", "apply_end", "support_start", "support_end", "contact_department", "contact_name", "contact_phone", "contact_email", "apply_online", "details", "eligibility_details", "how_to_apply", "notes", "review_status", "review_note", "submitted_at", "reviewed_at", "approved_at", "reviewed_by_id", "updated_at", "created_at" FROM \`programs\`;`)
  await db.run(sql`DROP TABLE \`programs\`;`)
  await db.run(sql`ALTER TABLE \`__new_programs\` RENAME TO \`programs\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`programs_business_idx\` ON \`programs\` (\`business_id\`);`)
  await db.run(sql`CREATE INDEX \`programs_company_idx\` ON \`programs\` (\`company_id\`);`)
  await db.run(sql`CREATE INDEX \`programs_support_field_idx\` ON \`programs\` (\`support_field\`);`)
  await db.run(sql`CREATE INDEX \`programs_target_scope_idx\` ON \`programs\` (\`target_scope\`);`)
  await db.run(sql`CREATE INDEX \`programs_apply_start_idx\` ON \`programs\` (\`apply_start\`);`)
  await db.run(sql`CREATE INDEX \`programs_apply_end_idx\` ON \`programs\` (\`apply_end\`);`)
  await db.run(sql`CREATE INDEX \`programs_support_start_idx\` ON \`programs\` (\`support_start\`);`)
  await db.run(sql`CREATE INDEX \`programs_support_end_idx\` ON \`programs\` (\`support_end\`);`)
  await db.run(sql`CREATE INDEX \`programs_review_status_idx\` ON \`programs\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`programs_reviewed_by_idx\` ON \`programs\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`programs_updated_at_idx\` ON \`programs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`programs_created_at_idx\` ON \`programs\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`programs_review_history\` DROP COLUMN \`by_name\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`applicant_company_name\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`applicant_name\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`applicant_email\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`applicant_phone\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notifications_review_results\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notifications_new_applications\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notifications_submissions\`;`)
}
