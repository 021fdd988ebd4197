CREATE TABLE `blackmark_raid_addresses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`raid_id` integer NOT NULL,
	`account_id` integer NOT NULL,
	`route_order` integer NOT NULL,
	`debt_kopecks` integer NOT NULL,
	`outcome` text,
	`paid_kopecks` integer,
	`promise_date` text,
	`promise_kopecks` integer,
	`note` text DEFAULT '' NOT NULL,
	`recorded_by` text,
	`recorded_at_ms` integer,
	FOREIGN KEY (`raid_id`) REFERENCES `blackmark_raids`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "blackmark_raid_addresses_outcome_ck" CHECK("blackmark_raid_addresses"."outcome" IS NULL OR "blackmark_raid_addresses"."outcome" IN ('no_access', 'notice_handed', 'paid_on_spot', 'promise', 'restricted'))
);
--> statement-breakpoint
CREATE INDEX `blackmark_raid_addresses_raid_idx` ON `blackmark_raid_addresses` (`raid_id`,`route_order`);--> statement-breakpoint
CREATE INDEX `blackmark_raid_addresses_account_idx` ON `blackmark_raid_addresses` (`account_id`);--> statement-breakpoint
CREATE TABLE `blackmark_raids` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`raid_date` text NOT NULL,
	`kind` text NOT NULL,
	`team` text NOT NULL,
	`status` text DEFAULT 'planned' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`route_document_id` integer,
	`created_by` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	FOREIGN KEY (`route_document_id`) REFERENCES `generated_documents`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "blackmark_raids_kind_ck" CHECK("blackmark_raids"."kind" IN ('black_mark', 'demonstrative')),
	CONSTRAINT "blackmark_raids_status_ck" CHECK("blackmark_raids"."status" IN ('planned', 'done', 'cancelled'))
);
--> statement-breakpoint
CREATE INDEX `blackmark_raids_date_idx` ON `blackmark_raids` (`raid_date`);--> statement-breakpoint
CREATE TABLE `debt_snapshots` (
	`as_of_date` text NOT NULL,
	`management_company_id` integer NOT NULL,
	`bracket` text NOT NULL,
	`accounts` integer NOT NULL,
	`debt_kopecks` integer NOT NULL,
	`collected_kopecks` integer DEFAULT 0 NOT NULL,
	`data_stamp` text NOT NULL,
	`computed_at_ms` integer NOT NULL,
	PRIMARY KEY(`as_of_date`, `management_company_id`, `bracket`),
	FOREIGN KEY (`management_company_id`) REFERENCES `management_companies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `meeting_buildings` (
	`meeting_id` integer NOT NULL,
	`building_id` integer NOT NULL,
	PRIMARY KEY(`meeting_id`, `building_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`building_id`) REFERENCES `buildings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_buildings_building_idx` ON `meeting_buildings` (`building_id`);--> statement-breakpoint
CREATE TABLE `meeting_tasks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`text` text NOT NULL,
	`owner` text NOT NULL,
	`due_date` text NOT NULL,
	`done_date` text,
	`done_by` text,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_tasks_meeting_idx` ON `meeting_tasks` (`meeting_id`);--> statement-breakpoint
CREATE INDEX `meeting_tasks_due_idx` ON `meeting_tasks` (`done_date`,`due_date`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`held_date` text NOT NULL,
	`kind` text NOT NULL,
	`place` text NOT NULL,
	`participants_json` text DEFAULT '{}' NOT NULL,
	`agenda` text DEFAULT '' NOT NULL,
	`decisions` text DEFAULT '' NOT NULL,
	`created_by` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	CONSTRAINT "meetings_kind_ck" CHECK("meetings"."kind" IN ('elders', 'initiative_group', 'council_chairs', 'forum', 'other'))
);
--> statement-breakpoint
CREATE INDEX `meetings_date_idx` ON `meetings` (`held_date`);--> statement-breakpoint
CREATE TABLE `plan_report_comments` (
	`from_date` text NOT NULL,
	`to_date` text NOT NULL,
	`measure` integer NOT NULL,
	`comment` text NOT NULL,
	`updated_by` text NOT NULL,
	`updated_at_ms` integer NOT NULL,
	PRIMARY KEY(`from_date`, `to_date`, `measure`),
	CONSTRAINT "plan_report_comments_measure_ck" CHECK("plan_report_comments"."measure" BETWEEN 0 AND 13)
);
--> statement-breakpoint
CREATE TABLE `publications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`outlet` text NOT NULL,
	`published_date` text NOT NULL,
	`title` text NOT NULL,
	`link` text,
	`measures_json` text DEFAULT '[]' NOT NULL,
	`summary_document_id` integer,
	`note` text DEFAULT '' NOT NULL,
	`created_by` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	FOREIGN KEY (`summary_document_id`) REFERENCES `generated_documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `publications_date_idx` ON `publications` (`published_date`);--> statement-breakpoint
CREATE TABLE `report_files` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`owner_type` text NOT NULL,
	`owner_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`stored_path` text NOT NULL,
	`sha256` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`created_by` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	CONSTRAINT "report_files_owner_ck" CHECK("report_files"."owner_type" IN ('publication', 'blackmark_raid', 'blackmark_address', 'meeting'))
);
--> statement-breakpoint
CREATE INDEX `report_files_owner_idx` ON `report_files` (`owner_type`,`owner_id`);--> statement-breakpoint
ALTER TABLE `actions` ADD `debt_kopecks` integer;--> statement-breakpoint
INSERT INTO role_permissions (role, permission) VALUES ('claims_clerk', 'media.work');--> statement-breakpoint
INSERT INTO role_permissions (role, permission) VALUES ('claims_clerk', 'meetings.work');--> statement-breakpoint
INSERT INTO role_permissions (role, permission) VALUES ('lawyer', 'media.work');--> statement-breakpoint
INSERT INTO role_permissions (role, permission) VALUES ('lawyer', 'meetings.work');--> statement-breakpoint
INSERT INTO role_permissions (role, permission) VALUES ('head', 'media.work');--> statement-breakpoint
INSERT INTO role_permissions (role, permission) VALUES ('head', 'meetings.work');
