CREATE TABLE `debt_months` (
	`account_id` integer NOT NULL,
	`period` text NOT NULL,
	`kind` text NOT NULL,
	`due_date` text NOT NULL,
	`limitation_expires_on` text,
	`open_kopecks` integer NOT NULL,
	PRIMARY KEY(`account_id`, `period`, `kind`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `service_creditors` (
	`service` text PRIMARY KEY NOT NULL,
	`creditor` text NOT NULL,
	CONSTRAINT "service_creditors_ck" CHECK("service_creditors"."creditor" IN ('management_company', 'capital_repair_operator', 'landlord'))
);
--> statement-breakpoint
ALTER TABLE `account_summaries` ADD `not_yet_due_kopecks` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `account_summaries` ADD `time_barred_kopecks` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `account_summaries` ADD `balance_kopecks` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `account_summaries` ADD `as_of_date` text;--> statement-breakpoint
-- seed data (carry over on renumber)
-- Services owed to someone other than the УК (shared/debt/creditors.ts, SEED_SERVICE_CREDITORS).
INSERT INTO `service_creditors` (`service`, `creditor`) VALUES
  ('Взнос на капитальный ремонт', 'capital_repair_operator'),
  ('Социальный наём', 'landlord');
--> statement-breakpoint
-- Summaries written before this migration count debt the old way (every unpaid charge, due or not); `as_of_date`
-- NULL makes the core recompute them all at its next start (electron/core/debt/refresh-debt.ts).
UPDATE `account_summaries` SET `as_of_date` = NULL;
