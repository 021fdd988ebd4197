CREATE TABLE `accounts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`number` text NOT NULL,
	`management_company_id` integer NOT NULL,
	`tenure` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`paused_until_date` text,
	`pause_reason` text,
	`created_at_ms` integer NOT NULL,
	FOREIGN KEY (`management_company_id`) REFERENCES `management_companies`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "accounts_tenure_ck" CHECK("accounts"."tenure" IN ('owner', 'social_tenant')),
	CONSTRAINT "accounts_status_ck" CHECK("accounts"."status" IN ('open', 'closed'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_number_uq` ON `accounts` (`number`);--> statement-breakpoint
CREATE INDEX `accounts_company_idx` ON `accounts` (`management_company_id`);--> statement-breakpoint
CREATE TABLE `actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer,
	`measure` integer,
	`kind` text NOT NULL,
	`action_date` text NOT NULL,
	`at_ms` integer NOT NULL,
	`user_name` text NOT NULL,
	`summary` text NOT NULL,
	`details_json` text,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "actions_measure_ck" CHECK("actions"."measure" IS NULL OR ("actions"."measure" BETWEEN 1 AND 13))
);
--> statement-breakpoint
CREATE INDEX `actions_account_idx` ON `actions` (`account_id`,`at_ms`);--> statement-breakpoint
CREATE INDEX `actions_measure_date_idx` ON `actions` (`measure`,`action_date`);--> statement-breakpoint
CREATE TABLE `app_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value_json` text NOT NULL,
	`updated_at_ms` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `buildings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`management_company_id` integer NOT NULL,
	`address` text NOT NULL,
	`address_search` text NOT NULL,
	`entrances` integer,
	`judicial_district` text,
	`fssp_department` text,
	`created_at_ms` integer NOT NULL,
	FOREIGN KEY (`management_company_id`) REFERENCES `management_companies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `buildings_address_uq` ON `buildings` (`address_search`);--> statement-breakpoint
CREATE INDEX `buildings_company_idx` ON `buildings` (`management_company_id`);--> statement-breakpoint
CREATE TABLE `management_companies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`inn` text NOT NULL,
	`kpp` text,
	`ogrn` text,
	`address` text,
	`phone` text,
	`bank_name` text,
	`bik` text,
	`correspondent_account` text,
	`settlement_account` text,
	`contract_due_day` integer,
	`penalty_charged` integer DEFAULT 1 NOT NULL,
	`created_at_ms` integer NOT NULL,
	CONSTRAINT "management_companies_due_day_ck" CHECK("management_companies"."contract_due_day" IS NULL OR ("management_companies"."contract_due_day" BETWEEN 1 AND 31))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `management_companies_inn_uq` ON `management_companies` (`inn`);