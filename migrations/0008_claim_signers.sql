CREATE TABLE `claim_exclusions` (
	`batch_id` integer NOT NULL,
	`account_id` integer NOT NULL,
	`kind` text NOT NULL,
	`reason` text NOT NULL,
	PRIMARY KEY(`batch_id`, `account_id`),
	FOREIGN KEY (`batch_id`) REFERENCES `document_batches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `claim_signers` (
	`scope` text PRIMARY KEY NOT NULL,
	`full_name` text NOT NULL,
	`position` text NOT NULL,
	`phone` text NOT NULL,
	`updated_by` text NOT NULL,
	`updated_at_ms` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `mail_items` ADD `pages` integer;
--> statement-breakpoint
-- seed data (carry over on renumber)
INSERT INTO `document_rules` (`key`, `valid_from_date`, `value_int`, `note`) VALUES
  ('claim_include_time_barred', '2026-01-01', 0, 'Включать в требование претензии месяцы за пределами срока исковой давности (1 — да, 0 — только отметить в выписке)');--> statement-breakpoint
UPDATE `document_rules` SET `note` = 'Срок добровольной оплаты по претензии, дней со дня её получения' WHERE `key` = 'claim_payment_days';--> statement-breakpoint
INSERT OR IGNORE INTO `app_settings` (`key`, `value_json`, `updated_at_ms`) VALUES
  ('claim_letters', '{"region":"Московская обл."}', 0);
