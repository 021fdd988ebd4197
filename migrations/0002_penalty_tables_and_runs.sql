CREATE TABLE `legal_table_rows` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`table_name` text NOT NULL,
	`valid_from_date` text NOT NULL,
	`row_json` text NOT NULL,
	`note` text NOT NULL,
	`added_at_ms` integer NOT NULL,
	`added_by` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `legal_table_rows_table_idx` ON `legal_table_rows` (`table_name`,`valid_from_date`);--> statement-breakpoint
CREATE TABLE `penalty_accruals` (
	`run_id` integer NOT NULL,
	`account_id` integer NOT NULL,
	`accrued_kopecks` integer NOT NULL,
	`total_penalty_kopecks` integer NOT NULL,
	`lines_json` text NOT NULL,
	PRIMARY KEY(`run_id`, `account_id`),
	FOREIGN KEY (`run_id`) REFERENCES `penalty_runs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `penalty_accruals_account_idx` ON `penalty_accruals` (`account_id`);--> statement-breakpoint
CREATE TABLE `penalty_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`management_company_id` integer NOT NULL,
	`period` text NOT NULL,
	`calculation_date` text NOT NULL,
	`tables_version` text NOT NULL,
	`accounts_count` integer NOT NULL,
	`accrued_kopecks` integer NOT NULL,
	`status` text NOT NULL,
	`user_name` text NOT NULL,
	`at_ms` integer NOT NULL,
	FOREIGN KEY (`management_company_id`) REFERENCES `management_companies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `penalty_runs_company_period_idx` ON `penalty_runs` (`management_company_id`,`period`,`status`);