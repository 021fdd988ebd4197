CREATE TABLE `bailiff_departments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`code` text,
	`address` text NOT NULL,
	`phone` text,
	`email` text,
	`senior_bailiff` text,
	`confirmed` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT 1 NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `bailiff_territories` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`department_id` integer NOT NULL,
	`street` text NOT NULL,
	`street_search` text NOT NULL,
	`house_from` integer,
	`house_to` integer,
	`parity` text DEFAULT 'all' NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `bailiff_departments`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "bailiff_territories_parity_ck" CHECK("bailiff_territories"."parity" IN ('all', 'odd', 'even'))
);
--> statement-breakpoint
CREATE INDEX `bailiff_territories_street_idx` ON `bailiff_territories` (`street_search`);--> statement-breakpoint
CREATE TABLE `building_departments` (
	`building_id` integer PRIMARY KEY NOT NULL,
	`department_id` integer NOT NULL,
	`source` text NOT NULL,
	`updated_at_ms` integer NOT NULL,
	FOREIGN KEY (`building_id`) REFERENCES `buildings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`department_id`) REFERENCES `bailiff_departments`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "building_departments_source_ck" CHECK("building_departments"."source" IN ('range', 'manual'))
);
--> statement-breakpoint
CREATE INDEX `building_departments_department_idx` ON `building_departments` (`department_id`);--> statement-breakpoint
CREATE TABLE `debtor_bank_accounts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`bank_name` text NOT NULL,
	`bik` text NOT NULL,
	`bank_address` text NOT NULL,
	`account_number` text,
	`note` text DEFAULT '' NOT NULL,
	`created_at_ms` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `debtor_bank_accounts_person_idx` ON `debtor_bank_accounts` (`person_id`);--> statement-breakpoint
CREATE TABLE `enforcement_proceedings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`writ_id` integer NOT NULL,
	`number` text NOT NULL,
	`opened_date` text NOT NULL,
	`department_id` integer,
	`bailiff_name` text,
	`status` text NOT NULL,
	`status_date` text NOT NULL,
	`status_note` text DEFAULT '' NOT NULL,
	`debt_kopecks` integer NOT NULL,
	`created_by` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL,
	FOREIGN KEY (`writ_id`) REFERENCES `writs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`department_id`) REFERENCES `bailiff_departments`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "enforcement_proceedings_status_ck" CHECK("enforcement_proceedings"."status" IN ('opened', 'suspended', 'ended_performed', 'ended_impossible', 'terminated'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `enforcement_proceedings_number_uq` ON `enforcement_proceedings` (`number`);--> statement-breakpoint
CREATE INDEX `enforcement_proceedings_writ_idx` ON `enforcement_proceedings` (`writ_id`);--> statement-breakpoint
CREATE INDEX `enforcement_proceedings_status_idx` ON `enforcement_proceedings` (`status`);--> statement-breakpoint
CREATE TABLE `fssp_applications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`writ_id` integer NOT NULL,
	`recipient` text NOT NULL,
	`department_id` integer,
	`debtor_bank_account_id` integer,
	`application_date` text NOT NULL,
	`document_id` integer,
	`register_id` integer,
	`status` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	FOREIGN KEY (`writ_id`) REFERENCES `writs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`department_id`) REFERENCES `bailiff_departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`debtor_bank_account_id`) REFERENCES `debtor_bank_accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `generated_documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`register_id`) REFERENCES `transfer_registers`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "fssp_applications_recipient_ck" CHECK("fssp_applications"."recipient" IN ('department', 'bank')),
	CONSTRAINT "fssp_applications_status_ck" CHECK("fssp_applications"."status" IN ('prepared', 'sent', 'withdrawn'))
);
--> statement-breakpoint
CREATE INDEX `fssp_applications_writ_idx` ON `fssp_applications` (`writ_id`);--> statement-breakpoint
CREATE INDEX `fssp_applications_register_idx` ON `fssp_applications` (`register_id`);--> statement-breakpoint
CREATE TABLE `fssp_collections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`proceeding_id` integer NOT NULL,
	`collected_date` text NOT NULL,
	`amount_kopecks` integer NOT NULL,
	`payment_id` integer,
	`note` text DEFAULT '' NOT NULL,
	`created_by` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	FOREIGN KEY (`proceeding_id`) REFERENCES `enforcement_proceedings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`payment_id`) REFERENCES `payments`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "fssp_collections_amount_ck" CHECK("fssp_collections"."amount_kopecks" > 0)
);
--> statement-breakpoint
CREATE INDEX `fssp_collections_proceeding_idx` ON `fssp_collections` (`proceeding_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `fssp_collections_payment_uq` ON `fssp_collections` (`payment_id`);--> statement-breakpoint
CREATE TABLE `fssp_petitions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`writ_id` integer NOT NULL,
	`application_id` integer,
	`proceeding_id` integer,
	`kind` text NOT NULL,
	`sent_date` text,
	`answer_due_date` text,
	`answer` text,
	`answer_date` text,
	`answer_file_path` text,
	`answer_note` text DEFAULT '' NOT NULL,
	`complaint_document_id` integer,
	`complaint_date` text,
	`document_id` integer,
	`created_by` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	FOREIGN KEY (`writ_id`) REFERENCES `writs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`application_id`) REFERENCES `fssp_applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proceeding_id`) REFERENCES `enforcement_proceedings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`complaint_document_id`) REFERENCES `generated_documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `generated_documents`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "fssp_petitions_kind_ck" CHECK("fssp_petitions"."kind" IN ('arrest_accounts', 'arrest_property', 'travel_ban', 'registry_requests', 'income_deduction', 'search')),
	CONSTRAINT "fssp_petitions_answer_ck" CHECK("fssp_petitions"."answer" IS NULL OR "fssp_petitions"."answer" IN ('granted', 'refused'))
);
--> statement-breakpoint
CREATE INDEX `fssp_petitions_writ_idx` ON `fssp_petitions` (`writ_id`);--> statement-breakpoint
CREATE INDEX `fssp_petitions_due_idx` ON `fssp_petitions` (`answer`,`answer_due_date`);--> statement-breakpoint
CREATE TABLE `raid_addresses` (
	`raid_id` integer NOT NULL,
	`account_id` integer NOT NULL,
	`proceeding_id` integer,
	`route_order` integer NOT NULL,
	`debt_kopecks` integer NOT NULL,
	`outcome` text,
	`paid_kopecks` integer,
	`promise_date` text,
	`note` text DEFAULT '' NOT NULL,
	`recorded_by` text,
	`recorded_at_ms` integer,
	PRIMARY KEY(`raid_id`, `account_id`),
	FOREIGN KEY (`raid_id`) REFERENCES `raids`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proceeding_id`) REFERENCES `enforcement_proceedings`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "raid_addresses_outcome_ck" CHECK("raid_addresses"."outcome" IS NULL OR "raid_addresses"."outcome" IN ('no_access', 'arrested', 'paid', 'promise', 'refused'))
);
--> statement-breakpoint
CREATE TABLE `raids` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`raid_date` text NOT NULL,
	`team` text NOT NULL,
	`department_id` integer,
	`route_document_id` integer,
	`created_by` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `bailiff_departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`route_document_id`) REFERENCES `generated_documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `reconciliation_differences` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reconciliation_id` integer NOT NULL,
	`kind` text NOT NULL,
	`writ_id` integer,
	`row_id` integer,
	`ours` text DEFAULT '' NOT NULL,
	`theirs` text DEFAULT '' NOT NULL,
	`resolved_at_ms` integer,
	`resolved_by` text,
	`resolution_note` text,
	FOREIGN KEY (`reconciliation_id`) REFERENCES `reconciliations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`writ_id`) REFERENCES `writs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`row_id`) REFERENCES `reconciliation_rows`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "reconciliation_differences_kind_ck" CHECK("reconciliation_differences"."kind" IN ('ours_not_theirs', 'theirs_not_ours', 'sum_differs', 'status_differs', 'collected_differs'))
);
--> statement-breakpoint
CREATE INDEX `reconciliation_differences_rec_idx` ON `reconciliation_differences` (`reconciliation_id`);--> statement-breakpoint
CREATE TABLE `reconciliation_rows` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reconciliation_id` integer NOT NULL,
	`row_number` integer NOT NULL,
	`proceeding_number` text,
	`proceeding_date` text,
	`debtor_name` text NOT NULL,
	`birth_date` text,
	`writ_number` text,
	`sum_kopecks` integer,
	`balance_kopecks` integer,
	`status_text` text,
	`bailiff_name` text,
	`matched_writ_id` integer,
	`matched_by` text,
	FOREIGN KEY (`reconciliation_id`) REFERENCES `reconciliations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`matched_writ_id`) REFERENCES `writs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reconciliation_rows_rec_idx` ON `reconciliation_rows` (`reconciliation_id`);--> statement-breakpoint
CREATE TABLE `reconciliations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`department_id` integer,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`list_date` text NOT NULL,
	`rows_count` integer NOT NULL,
	`matched_count` integer NOT NULL,
	`differences_count` integer NOT NULL,
	`mapping_json` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `bailiff_departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `transfer_registers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`department_id` integer,
	`bank_name` text,
	`bank_bik` text,
	`register_date` text NOT NULL,
	`applications_count` integer NOT NULL,
	`total_kopecks` integer NOT NULL,
	`pdf_document_id` integer,
	`xlsx_path` text,
	`handed_date` text,
	`receipt` text,
	`created_by` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `bailiff_departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`pdf_document_id`) REFERENCES `generated_documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `writ_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`writ_id` integer NOT NULL,
	`type` text NOT NULL,
	`event_date` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_by` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	FOREIGN KEY (`writ_id`) REFERENCES `writs`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "writ_events_type_ck" CHECK("writ_events"."type" IN ('presented', 'returned', 'partial_payment'))
);
--> statement-breakpoint
CREATE INDEX `writ_events_writ_idx` ON `writ_events` (`writ_id`,`event_date`);--> statement-breakpoint
CREATE TABLE `writs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`number` text NOT NULL,
	`act_date` text NOT NULL,
	`in_force_date` text,
	`term_start_date` text NOT NULL,
	`court_id` integer,
	`court_name` text NOT NULL,
	`court_case_number` text,
	`court_case_id` integer,
	`account_id` integer NOT NULL,
	`management_company_id` integer NOT NULL,
	`debtor_person_id` integer NOT NULL,
	`debtor_name` text NOT NULL,
	`principal_kopecks` integer NOT NULL,
	`penalty_kopecks` integer NOT NULL,
	`duty_kopecks` integer NOT NULL,
	`total_kopecks` integer NOT NULL,
	`received_date` text NOT NULL,
	`status` text NOT NULL,
	`source` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_by` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL,
	FOREIGN KEY (`court_id`) REFERENCES `courts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`court_case_id`) REFERENCES `court_cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`management_company_id`) REFERENCES `management_companies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`debtor_person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "writs_kind_ck" CHECK("writs"."kind" IN ('court_order', 'writ_of_execution')),
	CONSTRAINT "writs_status_ck" CHECK("writs"."status" IN ('received', 'sent', 'in_proceedings', 'returned', 'performed', 'cancelled')),
	CONSTRAINT "writs_source_ck" CHECK("writs"."source" IN ('court_case', 'manual', 'import')),
	CONSTRAINT "writs_money_ck" CHECK("writs"."total_kopecks" = "writs"."principal_kopecks" + "writs"."penalty_kopecks" + "writs"."duty_kopecks" AND "writs"."principal_kopecks" >= 0 AND "writs"."penalty_kopecks" >= 0 AND "writs"."duty_kopecks" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `writs_number_uq` ON `writs` (`number`,`act_date`);--> statement-breakpoint
CREATE UNIQUE INDEX `writs_case_uq` ON `writs` (`court_case_id`);--> statement-breakpoint
CREATE INDEX `writs_account_idx` ON `writs` (`account_id`,`status`);--> statement-breakpoint
CREATE INDEX `writs_status_idx` ON `writs` (`status`);--> statement-breakpoint
INSERT INTO court_rules (key, valid_from_date, value_int, note, user_name, created_at_ms) VALUES
  ('writ_term_years', '2008-02-01', 3, '229-ФЗ ст.21: исполнительный лист и судебный приказ предъявляются в течение 3 лет', 'Поставка', 0),
  ('writ_warn_days_far', '2026-01-01', 90, 'Первое предупреждение об истечении срока предъявления', 'Поставка', 0),
  ('writ_warn_days_near', '2026-01-01', 30, 'Второе предупреждение об истечении срока предъявления', 'Поставка', 0),
  ('travel_ban_min_kopecks', '2017-10-01', 3000000, '229-ФЗ ст.67 ч.1: запрет выезда при долге 30 000 ₽ и более', 'Поставка', 0),
  ('petition_answer_days', '2008-02-01', 10, '229-ФЗ ст.64.1 ч.5: ходатайство рассматривается в 10-дневный срок; ст.15 — нерабочие дни не включаются', 'Поставка', 0);
