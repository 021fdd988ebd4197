CREATE TABLE `document_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`params_json` text NOT NULL,
	`as_of_date` text NOT NULL,
	`status` text NOT NULL,
	`cancel_requested` integer DEFAULT 0 NOT NULL,
	`total_items` integer NOT NULL,
	`done_items` integer DEFAULT 0 NOT NULL,
	`print_file` text,
	`summary` text,
	`user_name` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	`finished_at_ms` integer,
	CONSTRAINT "document_batches_kind_ck" CHECK("document_batches"."kind" IN ('claims', 'notices')),
	CONSTRAINT "document_batches_status_ck" CHECK("document_batches"."status" IN ('running', 'done', 'cancelled', 'failed'))
);
--> statement-breakpoint
CREATE TABLE `document_rules` (
	`key` text NOT NULL,
	`valid_from_date` text NOT NULL,
	`value_int` integer NOT NULL,
	`note` text NOT NULL,
	PRIMARY KEY(`key`, `valid_from_date`)
);
--> statement-breakpoint
CREATE TABLE `generated_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`batch_id` integer,
	`kind` text NOT NULL,
	`template_version` text NOT NULL,
	`account_id` integer,
	`building_id` integer,
	`entrance` integer,
	`issued_date` text NOT NULL,
	`file_path` text NOT NULL,
	`sha256` text NOT NULL,
	`pages` integer,
	`total_kopecks` integer,
	`user_name` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	FOREIGN KEY (`batch_id`) REFERENCES `document_batches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`building_id`) REFERENCES `buildings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `generated_documents_account_idx` ON `generated_documents` (`account_id`,`kind`,`issued_date`);--> statement-breakpoint
CREATE INDEX `generated_documents_batch_idx` ON `generated_documents` (`batch_id`,`kind`);--> statement-breakpoint
CREATE TABLE `mail_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`batch_id` integer NOT NULL,
	`document_id` integer NOT NULL,
	`account_id` integer NOT NULL,
	`position` integer NOT NULL,
	`recipient_name` text NOT NULL,
	`address` text NOT NULL,
	`postal_code` text,
	`building_id` integer,
	`entrance` integer,
	`apartment` text,
	`total_kopecks` integer NOT NULL,
	`tracking_number` text,
	`outcome` text DEFAULT 'pending' NOT NULL,
	`outcome_date` text,
	FOREIGN KEY (`batch_id`) REFERENCES `document_batches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `generated_documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "mail_items_outcome_ck" CHECK("mail_items"."outcome" IN ('pending', 'delivered', 'returned', 'refused'))
);
--> statement-breakpoint
CREATE INDEX `mail_items_batch_idx` ON `mail_items` (`batch_id`,`position`);--> statement-breakpoint
CREATE INDEX `mail_items_tracking_idx` ON `mail_items` (`tracking_number`);--> statement-breakpoint
CREATE TABLE `notice_postings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`building_id` integer NOT NULL,
	`entrance` integer,
	`posted_date` text NOT NULL,
	`place` text NOT NULL,
	`user_name` text NOT NULL,
	`at_ms` integer NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `generated_documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`building_id`) REFERENCES `buildings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `postal_codes` (
	`scope` text PRIMARY KEY NOT NULL,
	`postal_code` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `document_rules` (`key`, `valid_from_date`, `value_int`, `note`) VALUES
  ('claim_cooldown_days', '2026-01-01', 30, 'Повторная претензия по тому же лицевому счёту — не ранее чем через столько дней'),
  ('claim_payment_days', '2026-01-01', 10, 'Срок добровольной оплаты по претензии, календарных дней с даты претензии'),
  ('notice_min_debt_kopecks', '2026-01-01', 500000, 'Порог долга для объявления в подъезде по умолчанию (5 000 ₽)'),
  ('notice_few_flats', '2026-01-01', 12, 'Предупреждать, если в подъезде не больше стольких квартир: жильцов легко узнать'),
  ('letter_mass_grams', '2026-01-01', 20, 'Масса заказного письма с претензией, граммов (для ф.103 и файла загрузки)');--> statement-breakpoint
INSERT INTO `postal_codes` (`scope`, `postal_code`) VALUES
  ('г. Красногорск', '143400'),
  ('р.п. Нахабино', '143430');
