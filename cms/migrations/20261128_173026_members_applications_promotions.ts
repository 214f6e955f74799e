import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_interests_support_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_interests_support_fields_order_idx\` ON \`users_interests_support_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_interests_support_fields_parent_idx\` ON \`users_interests_support_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_interests_regions\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_interests_regions_order_idx\` ON \`users_interests_regions\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_interests_regions_parent_idx\` ON \`users_interests_regions\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`private_files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`purpose\` text DEFAULT 'application' NOT NULL,
  	\`uploaded_by_id\` integer,
  	\`owner_company_id\` integer,
  	\`audience_company_id\` integer,
  	\`application_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`uploaded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_company_id\`) REFERENCES \`companies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`audience_company_id\`) REFERENCES \`companies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`private_files_uploaded_by_idx\` ON \`private_files\` (\`uploaded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`private_files_owner_company_idx\` ON \`private_files\` (\`owner_company_id\`);`)
  await db.run(sql`CREATE INDEX \`private_files_audience_company_idx\` ON \`private_files\` (\`audience_company_id\`);`)
  await db.run(sql`CREATE INDEX \`private_files_application_idx\` ON \`private_files\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`private_files_updated_at_idx\` ON \`private_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`private_files_created_at_idx\` ON \`private_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`private_files_filename_idx\` ON \`private_files\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`promotions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`company_id\` integer NOT NULL,
  	\`kind\` text NOT NULL,
  	\`date\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`url\` text,
  	\`review\` text DEFAULT 'submitted' NOT NULL,
  	\`review_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`company_id\`) REFERENCES \`companies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`promotions_company_idx\` ON \`promotions\` (\`company_id\`);`)
  await db.run(sql`CREATE INDEX \`promotions_date_idx\` ON \`promotions\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`promotions_review_idx\` ON \`promotions\` (\`review\`);`)
  await db.run(sql`CREATE INDEX \`promotions_updated_at_idx\` ON \`promotions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`promotions_created_at_idx\` ON \`promotions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`promotions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`private_files_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`promotions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`private_files_id\`) REFERENCES \`private_files\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`promotions_rels_order_idx\` ON \`promotions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`promotions_rels_parent_idx\` ON \`promotions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`promotions_rels_path_idx\` ON \`promotions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`promotions_rels_private_files_id_idx\` ON \`promotions_rels\` (\`private_files_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_applications_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`private_files_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`private_files_id\`) REFERENCES \`private_files\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  // Application attachments move from the public media collection to private-files. Before this
  // migration applications could not be made from the site, so no attachment rows are carried over.
  await db.run(sql`DROP TABLE \`applications_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_applications_rels\` RENAME TO \`applications_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`applications_rels_order_idx\` ON \`applications_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`applications_rels_parent_idx\` ON \`applications_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`applications_rels_path_idx\` ON \`applications_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`applications_rels_private_files_id_idx\` ON \`applications_rels\` (\`private_files_id\`);`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`decision_note\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`decided_at\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`active_key\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`applications_active_key_idx\` ON \`applications\` (\`active_key\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`program_alerts_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`program_alerts_covered_until\` text;`)
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`program_alerts_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`program_alerts_covered_until\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`private_files_id\` integer REFERENCES private_files(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`promotions_id\` integer REFERENCES promotions(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_private_files_id_idx\` ON \`payload_locked_documents_rels\` (\`private_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_promotions_id_idx\` ON \`payload_locked_documents_rels\` (\`promotions_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`users_interests_support_fields\`;`)
  await db.run(sql`DROP TABLE \`users_interests_regions\`;`)
  await db.run(sql`DROP TABLE \`private_files\`;`)
  await db.run(sql`DROP TABLE \`promotions\`;`)
  await db.run(sql`DROP TABLE \`promotions_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_applications_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  // Attachments pointed at private-files; none are carried back to media.
  await db.run(sql`DROP TABLE \`applications_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_applications_rels\` RENAME TO \`applications_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`applications_rels_order_idx\` ON \`applications_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`applications_rels_parent_idx\` ON \`applications_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`applications_rels_path_idx\` ON \`applications_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`applications_rels_media_id_idx\` ON \`applications_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`programs_id\` integer,
  	\`businesses_id\` integer,
  	\`applications_id\` integer,
  	\`companies_id\` integer,
  	\`users_id\` integer,
  	\`card_news_id\` integer,
  	\`partner_guides_id\` integer,
  	\`media_id\` integer,
  	\`newsletters_id\` integer,
  	\`subscribers_id\` integer,
  	\`newsletter_deliveries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`programs_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`businesses_id\`) REFERENCES \`businesses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`applications_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`companies_id\`) REFERENCES \`companies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`card_news_id\`) REFERENCES \`card_news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partner_guides_id\`) REFERENCES \`partner_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletters_id\`) REFERENCES \`newsletters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subscribers_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_deliveries_id\`) REFERENCES \`newsletter_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "programs_id", "businesses_id", "applications_id", "companies_id", "users_id", "card_news_id", "partner_guides_id", "media_id", "newsletters_id", "subscribers_id", "newsletter_deliveries_id") SELECT "id", "order", "parent_id", "path", "programs_id", "businesses_id", "applications_id", "companies_id", "users_id", "card_news_id", "partner_guides_id", "media_id", "newsletters_id", "subscribers_id", "newsletter_deliveries_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_programs_id_idx\` ON \`payload_locked_documents_rels\` (\`programs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_businesses_id_idx\` ON \`payload_locked_documents_rels\` (\`businesses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_applications_id_idx\` ON \`payload_locked_documents_rels\` (\`applications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_companies_id_idx\` ON \`payload_locked_documents_rels\` (\`companies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_card_news_id_idx\` ON \`payload_locked_documents_rels\` (\`card_news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partner_guides_id_idx\` ON \`payload_locked_documents_rels\` (\`partner_guides_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletters_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_deliveries_id\`);`)
  await db.run(sql`DROP INDEX \`applications_active_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`decision_note\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`decided_at\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`active_key\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`program_alerts_enabled\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`program_alerts_covered_until\`;`)
  await db.run(sql`ALTER TABLE \`subscribers\` DROP COLUMN \`program_alerts_enabled\`;`)
  await db.run(sql`ALTER TABLE \`subscribers\` DROP COLUMN \`program_alerts_covered_until\`;`)
}
