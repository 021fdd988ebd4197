CREATE TABLE `call_queue_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`queue_date` text NOT NULL,
	`account_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`position` integer NOT NULL,
	`bracket` text NOT NULL,
	`debt_kopecks` integer NOT NULL,
	`phone` text NOT NULL,
	`status` text NOT NULL,
	`outcome` text,
	`done_at_ms` integer,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `call_queue_day_account_uq` ON `call_queue_items` (`queue_date`,`account_id`);--> statement-breakpoint
CREATE INDEX `call_queue_user_idx` ON `call_queue_items` (`queue_date`,`user_id`,`position`);--> statement-breakpoint
CREATE TABLE `contact_blocks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`category` text NOT NULL,
	`note` text,
	`user_name` text NOT NULL,
	`at_ms` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `contact_blocks_account_idx` ON `contact_blocks` (`account_id`);--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`channel` text NOT NULL,
	`contact_date` text NOT NULL,
	`local_minute` integer NOT NULL,
	`at_ms` integer NOT NULL,
	`phone` text,
	`outcome` text NOT NULL,
	`user_name` text NOT NULL,
	`note` text,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "contacts_channel_ck" CHECK("contacts"."channel" IN ('call', 'sms'))
);
--> statement-breakpoint
CREATE INDEX `contacts_account_idx` ON `contacts` (`account_id`,`channel`,`contact_date`);--> statement-breakpoint
CREATE INDEX `contacts_date_idx` ON `contacts` (`contact_date`,`channel`);--> statement-breakpoint
CREATE TABLE `payment_promises` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`made_date` text NOT NULL,
	`promised_date` text NOT NULL,
	`amount_kopecks` integer NOT NULL,
	`status` text NOT NULL,
	`paid_kopecks` integer,
	`checked_date` text,
	`user_name` text NOT NULL,
	`at_ms` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "payment_promises_amount_ck" CHECK("payment_promises"."amount_kopecks" > 0)
);
--> statement-breakpoint
CREATE INDEX `payment_promises_status_idx` ON `payment_promises` (`status`,`promised_date`);--> statement-breakpoint
CREATE INDEX `payment_promises_account_idx` ON `payment_promises` (`account_id`);--> statement-breakpoint
CREATE TABLE `plan_targets` (
	`measure` integer PRIMARY KEY NOT NULL,
	`target_count` integer,
	`period` text NOT NULL,
	`executor` text NOT NULL,
	`updated_by` text NOT NULL,
	`updated_at_ms` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `rule_book_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`valid_from_date` text NOT NULL,
	`book_json` text NOT NULL,
	`note` text NOT NULL,
	`added_by` text NOT NULL,
	`added_at_ms` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sms_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_date` text NOT NULL,
	`template` text NOT NULL,
	`recipients` integer NOT NULL,
	`status` text NOT NULL,
	`file_path` text,
	`user_name` text NOT NULL,
	`at_ms` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sms_messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`batch_id` integer NOT NULL,
	`account_id` integer NOT NULL,
	`phone` text NOT NULL,
	`text` text NOT NULL,
	`encoding` text NOT NULL,
	`segments` integer NOT NULL,
	`status` text NOT NULL,
	`status_at_ms` integer,
	FOREIGN KEY (`batch_id`) REFERENCES `sms_batches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sms_messages_batch_idx` ON `sms_messages` (`batch_id`);--> statement-breakpoint
CREATE INDEX `sms_messages_phone_idx` ON `sms_messages` (`phone`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`login` text NOT NULL,
	`full_name` text NOT NULL,
	`role` text NOT NULL,
	`daily_quota` integer DEFAULT 150 NOT NULL,
	`active` integer DEFAULT 1 NOT NULL,
	`created_at_ms` integer NOT NULL,
	CONSTRAINT "users_role_ck" CHECK("users"."role" IN ('operator', 'claims_clerk', 'lawyer', 'head', 'admin'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_login_uq` ON `users` (`login`);