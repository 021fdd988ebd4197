CREATE TABLE `account_persons` (
	`account_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`role` text NOT NULL,
	`share_num` integer,
	`share_den` integer,
	`position` integer NOT NULL,
	PRIMARY KEY(`account_id`, `person_id`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "account_persons_role_ck" CHECK("account_persons"."role" IN ('owner', 'tenant', 'family', 'registered')),
	CONSTRAINT "account_persons_share_ck" CHECK(("account_persons"."share_num" IS NULL AND "account_persons"."share_den" IS NULL) OR ("account_persons"."share_num" > 0 AND "account_persons"."share_den" >= "account_persons"."share_num"))
);
--> statement-breakpoint
CREATE INDEX `account_persons_person_idx` ON `account_persons` (`person_id`);--> statement-breakpoint
CREATE TABLE `account_summaries` (
	`account_id` integer PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`address` text NOT NULL,
	`address_sort` text NOT NULL,
	`management_company_id` integer NOT NULL,
	`company_name` text NOT NULL,
	`building_id` integer,
	`tenure` text NOT NULL,
	`status` text NOT NULL,
	`main_person` text,
	`charged_kopecks` integer NOT NULL,
	`paid_kopecks` integer NOT NULL,
	`debt_kopecks` integer NOT NULL,
	`months_in_arrears` integer NOT NULL,
	`debt_since_period` text,
	`last_payment_date` text,
	`last_payment_kopecks` integer,
	`bracket` text NOT NULL,
	`search_text` text NOT NULL,
	`updated_at_ms` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `account_summaries_debt_idx` ON `account_summaries` (`debt_kopecks`);--> statement-breakpoint
CREATE INDEX `account_summaries_bracket_debt_idx` ON `account_summaries` (`bracket`,`debt_kopecks`);--> statement-breakpoint
CREATE INDEX `account_summaries_company_debt_idx` ON `account_summaries` (`management_company_id`,`debt_kopecks`);--> statement-breakpoint
CREATE INDEX `account_summaries_building_idx` ON `account_summaries` (`building_id`);--> statement-breakpoint
CREATE INDEX `account_summaries_number_idx` ON `account_summaries` (`number`);--> statement-breakpoint
CREATE INDEX `account_summaries_address_idx` ON `account_summaries` (`address_sort`);--> statement-breakpoint
CREATE TABLE `charges` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`period` text NOT NULL,
	`service` text NOT NULL,
	`amount_kopecks` integer NOT NULL,
	`import_id` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `charges_key_uq` ON `charges` (`account_id`,`period`,`service`);--> statement-breakpoint
CREATE TABLE `column_mappings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`header_signature` text NOT NULL,
	`headers_json` text NOT NULL,
	`mapping_json` text NOT NULL,
	`created_at_ms` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `column_mappings_signature_uq` ON `column_mappings` (`kind`,`header_signature`);--> statement-breakpoint
CREATE TABLE `debt_brackets` (
	`code` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`min_kopecks` integer NOT NULL,
	`max_kopecks` integer,
	`rank` integer NOT NULL,
	`valid_from_date` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`file_name` text NOT NULL,
	`file_sha256` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`stored_path` text NOT NULL,
	`row_count` integer NOT NULL,
	`result_json` text NOT NULL,
	`user_name` text NOT NULL,
	`at_ms` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `imports_sha_uq` ON `imports` (`file_sha256`);--> statement-breakpoint
CREATE TABLE `payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`payment_date` text NOT NULL,
	`amount_kopecks` integer NOT NULL,
	`period` text,
	`source` text,
	`document_number` text,
	`payment_key` text NOT NULL,
	`import_id` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "payments_amount_ck" CHECK("payments"."amount_kopecks" <> 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `payments_key_uq` ON `payments` (`account_id`,`payment_key`);--> statement-breakpoint
CREATE INDEX `payments_account_date_idx` ON `payments` (`account_id`,`payment_date`);--> statement-breakpoint
CREATE TABLE `persons` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`full_name` text NOT NULL,
	`name_search` text NOT NULL,
	`identity_key` text NOT NULL,
	`birth_date` text,
	`birth_place` text,
	`snils` text,
	`inn` text,
	`passport` text,
	`phone` text,
	`sms_consent` integer,
	`created_at_ms` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `persons_identity_uq` ON `persons` (`identity_key`);--> statement-breakpoint
CREATE INDEX `persons_name_idx` ON `persons` (`name_search`);--> statement-breakpoint
CREATE TABLE `premises` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`building_id` integer NOT NULL,
	`entrance` integer,
	`apartment` text NOT NULL,
	`area_centi_m2` integer,
	`ownership_form` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	FOREIGN KEY (`building_id`) REFERENCES `buildings`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "premises_ownership_ck" CHECK("premises"."ownership_form" IN ('private', 'municipal'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `premises_building_apartment_uq` ON `premises` (`building_id`,`apartment`);--> statement-breakpoint
ALTER TABLE `accounts` ADD `premises_id` integer REFERENCES premises(id);--> statement-breakpoint
INSERT INTO `debt_brackets` (`code`, `label`, `min_kopecks`, `max_kopecks`, `rank`, `valid_from_date`) VALUES
  ('over_100k', 'свыше 100 000 ₽', 10000001, NULL, 1, '2026-01-01'),
  ('from_50k', '50 000 – 100 000 ₽', 5000000, 10000001, 2, '2026-01-01'),
  ('from_10k', '10 000 – 50 000 ₽', 1000000, 5000000, 3, '2026-01-01'),
  ('from_5k', '5 000 – 10 000 ₽', 500000, 1000000, 4, '2026-01-01'),
  ('below_5k', 'до 5 000 ₽', 1, 500000, 5, '2026-01-01'),
  ('none', 'нет долга', 0, 1, 6, '2026-01-01');
