CREATE TABLE `building_courts` (
	`building_id` integer NOT NULL,
	`court_kind` text NOT NULL,
	`court_id` integer NOT NULL,
	`source` text NOT NULL,
	`updated_at_ms` integer NOT NULL,
	PRIMARY KEY(`building_id`, `court_kind`),
	FOREIGN KEY (`building_id`) REFERENCES `buildings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`court_id`) REFERENCES `courts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "building_courts_kind_ck" CHECK("building_courts"."court_kind" IN ('magistrate', 'district')),
	CONSTRAINT "building_courts_source_ck" CHECK("building_courts"."source" IN ('range', 'manual'))
);
--> statement-breakpoint
CREATE INDEX `building_courts_court_idx` ON `building_courts` (`court_id`);--> statement-breakpoint
CREATE TABLE `court_batch_accounts` (
	`batch_id` integer NOT NULL,
	`account_id` integer NOT NULL,
	`claim_kopecks` integer NOT NULL,
	`trace_json` text NOT NULL,
	PRIMARY KEY(`batch_id`, `account_id`),
	FOREIGN KEY (`batch_id`) REFERENCES `court_batches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `court_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`brackets_json` text NOT NULL,
	`as_of_date` text NOT NULL,
	`status` text NOT NULL,
	`accounts_count` integer NOT NULL,
	`claim_kopecks` integer NOT NULL,
	`created_by` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	`decided_by` text,
	`decided_at_ms` integer,
	`decision_note` text,
	CONSTRAINT "court_batches_status_ck" CHECK("court_batches"."status" IN ('awaiting_approval', 'approved', 'rejected', 'prepared'))
);
--> statement-breakpoint
CREATE TABLE `court_case_documents` (
	`case_id` integer NOT NULL,
	`document_id` integer NOT NULL,
	`kind` text NOT NULL,
	PRIMARY KEY(`case_id`, `document_id`),
	FOREIGN KEY (`case_id`) REFERENCES `court_cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `generated_documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `court_cases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`batch_id` integer,
	`account_id` integer NOT NULL,
	`management_company_id` integer NOT NULL,
	`court_id` integer,
	`kind` text NOT NULL,
	`parent_case_id` integer,
	`status` text NOT NULL,
	`debtor_person_id` integer NOT NULL,
	`debtor_name` text NOT NULL,
	`joint_person_ids_json` text DEFAULT '[]' NOT NULL,
	`share_num` integer,
	`share_den` integer,
	`periods_json` text NOT NULL,
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`time_barred_included` integer DEFAULT 0 NOT NULL,
	`time_barred_note` text,
	`as_of_date` text NOT NULL,
	`principal_kopecks` integer NOT NULL,
	`penalty_kopecks` integer NOT NULL,
	`claim_kopecks` integer NOT NULL,
	`duty_kopecks` integer NOT NULL,
	`duty_offset_kopecks` integer DEFAULT 0 NOT NULL,
	`duty_exempt_reason` text,
	`identifiers_status` text NOT NULL,
	`identifiers_note` text,
	`prepared_date` text NOT NULL,
	`filed_date` text,
	`filed_channel` text,
	`court_case_number` text,
	`issued_number` text,
	`issued_date` text,
	`copy_received_date` text,
	`objection_deadline` text,
	`in_force_date` text,
	`cancelled_date` text,
	`returned_date` text,
	`writ_received_date` text,
	`writ_number` text,
	`closed_reason` text,
	`created_by` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL,
	FOREIGN KEY (`batch_id`) REFERENCES `court_batches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`management_company_id`) REFERENCES `management_companies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`court_id`) REFERENCES `courts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`debtor_person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "court_cases_kind_ck" CHECK("court_cases"."kind" IN ('court_order', 'lawsuit')),
	CONSTRAINT "court_cases_status_ck" CHECK("court_cases"."status" IN ('prepared', 'duty_paid', 'filed', 'issued', 'copy_received', 'in_force', 'writ_received', 'cancelled', 'returned', 'closed')),
	CONSTRAINT "court_cases_channel_ck" CHECK("court_cases"."filed_channel" IS NULL OR "court_cases"."filed_channel" IN ('gas_justice', 'post', 'in_person')),
	CONSTRAINT "court_cases_identifiers_ck" CHECK("court_cases"."identifiers_status" IN ('complete', 'missing', 'unknown_confirmed')),
	CONSTRAINT "court_cases_money_ck" CHECK("court_cases"."claim_kopecks" = "court_cases"."principal_kopecks" + "court_cases"."penalty_kopecks" AND "court_cases"."duty_kopecks" >= 0 AND "court_cases"."duty_offset_kopecks" >= 0)
);
--> statement-breakpoint
CREATE INDEX `court_cases_account_idx` ON `court_cases` (`account_id`,`status`);--> statement-breakpoint
CREATE INDEX `court_cases_status_idx` ON `court_cases` (`status`,`court_id`);--> statement-breakpoint
CREATE INDEX `court_cases_company_idx` ON `court_cases` (`management_company_id`,`status`);--> statement-breakpoint
CREATE TABLE `court_packages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`court_id` integer NOT NULL,
	`file_path` text NOT NULL,
	`sha256` text NOT NULL,
	`cases_count` integer NOT NULL,
	`total_kopecks` integer NOT NULL,
	`user_name` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	FOREIGN KEY (`court_id`) REFERENCES `courts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `court_rules` (
	`key` text NOT NULL,
	`valid_from_date` text NOT NULL,
	`value_int` integer NOT NULL,
	`note` text NOT NULL,
	`user_name` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	PRIMARY KEY(`key`, `valid_from_date`)
);
--> statement-breakpoint
CREATE TABLE `court_territories` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`court_id` integer NOT NULL,
	`street` text NOT NULL,
	`street_search` text NOT NULL,
	`house_from` integer,
	`house_to` integer,
	`parity` text DEFAULT 'all' NOT NULL,
	FOREIGN KEY (`court_id`) REFERENCES `courts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "court_territories_parity_ck" CHECK("court_territories"."parity" IN ('all', 'odd', 'even'))
);
--> statement-breakpoint
CREATE INDEX `court_territories_street_idx` ON `court_territories` (`street_search`);--> statement-breakpoint
CREATE TABLE `courts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`plot_number` text,
	`code` text,
	`address` text NOT NULL,
	`phone` text,
	`email` text,
	`website` text,
	`payee_name` text NOT NULL,
	`payee_inn` text NOT NULL,
	`payee_kpp` text NOT NULL,
	`payee_bank_name` text NOT NULL,
	`payee_bik` text NOT NULL,
	`payee_bank_account` text NOT NULL,
	`payee_treasury_account` text NOT NULL,
	`kbk` text NOT NULL,
	`oktmo` text NOT NULL,
	`confirmed` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT 1 NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL,
	CONSTRAINT "courts_kind_ck" CHECK("courts"."kind" IN ('magistrate', 'district'))
);
--> statement-breakpoint
CREATE TABLE `duty_payment_cases` (
	`payment_id` integer NOT NULL,
	`case_id` integer NOT NULL,
	`amount_kopecks` integer NOT NULL,
	PRIMARY KEY(`payment_id`, `case_id`),
	FOREIGN KEY (`payment_id`) REFERENCES `duty_payments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_id`) REFERENCES `court_cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `duty_payment_cases_case_idx` ON `duty_payment_cases` (`case_id`);--> statement-breakpoint
CREATE TABLE `duty_payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`management_company_id` integer NOT NULL,
	`order_number` text NOT NULL,
	`order_date` text NOT NULL,
	`amount_kopecks` integer NOT NULL,
	`payer` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`user_name` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	FOREIGN KEY (`management_company_id`) REFERENCES `management_companies`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "duty_payments_amount_ck" CHECK("duty_payments"."amount_kopecks" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `duty_payments_order_uq` ON `duty_payments` (`management_company_id`,`order_number`,`order_date`);--> statement-breakpoint
CREATE TABLE `duty_request_cases` (
	`request_id` integer NOT NULL,
	`case_id` integer NOT NULL,
	`duty_kopecks` integer NOT NULL,
	PRIMARY KEY(`request_id`, `case_id`),
	FOREIGN KEY (`request_id`) REFERENCES `duty_requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_id`) REFERENCES `court_cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `duty_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`management_company_id` integer NOT NULL,
	`request_date` text NOT NULL,
	`cases_count` integer NOT NULL,
	`total_kopecks` integer NOT NULL,
	`letter_document_id` integer,
	`list_document_id` integer,
	`user_name` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	FOREIGN KEY (`management_company_id`) REFERENCES `management_companies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`letter_document_id`) REFERENCES `generated_documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`list_document_id`) REFERENCES `generated_documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `duty_scales` (
	`valid_from_date` text PRIMARY KEY NOT NULL,
	`bands_json` text NOT NULL,
	`min_kopecks` integer NOT NULL,
	`max_kopecks` integer,
	`court_order_percent` integer NOT NULL,
	`court_order_min_kopecks` integer NOT NULL,
	`source` text NOT NULL,
	`user_name` text NOT NULL,
	`created_at_ms` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `persons` ADD `driver_licence` text;--> statement-breakpoint
ALTER TABLE `persons` ADD `vehicle_certificate` text;
--> statement-breakpoint
-- Seeds (hand-written): the head approves court batches; the dated court rules; the state-duty scale editions
-- (shared/court/seed-duty-scales.ts, the same figures); the one confirmed court (Красногорский городской суд, 50RS0021).
INSERT INTO role_permissions (role, permission) VALUES ('head', 'court.approve');
--> statement-breakpoint
INSERT INTO court_rules (key, valid_from_date, value_int, note, user_name, created_at_ms) VALUES
  ('court_order_max_kopecks', '2016-06-01', 50000000, 'ГПК РФ ст.121: судебный приказ — требования до 500 000 ₽', 'Поставка', 0),
  ('magistrate_lawsuit_max_kopecks', '2010-02-11', 5000000, 'ГПК РФ ст.23 ч.1 п.5: иски до 50 000 ₽ — мировой судья (Федеральный закон от 11.02.2010 № 6-ФЗ)', 'Поставка', 0),
  ('batch_approval_required', '2026-01-01', 1, 'Пакет заявлений утверждает начальник отдела до подготовки документов', 'Поставка', 0),
  ('limitation_warn_days_far', '2026-01-01', 90, 'Предупреждать об истечении давности месяца за 90 дней', 'Поставка', 0),
  ('limitation_warn_days_near', '2026-01-01', 30, 'Предупреждать об истечении давности месяца за 30 дней', 'Поставка', 0),
  ('lawsuit_min_limitation_months', '2026-01-01', 6, 'После отмены приказа иск — пока остаток давности не меньше 6 месяцев (ГК РФ ст.204 п.3)', 'Поставка', 0);
--> statement-breakpoint
INSERT INTO duty_scales (valid_from_date, bands_json, min_kopecks, max_kopecks, court_order_percent, court_order_min_kopecks, source, user_name, created_at_ms) VALUES
  ('2005-01-01', '[{"overKopecks":0,"baseKopecks":0,"percentBp":400},{"overKopecks":2000000,"baseKopecks":80000,"percentBp":300},{"overKopecks":10000000,"baseKopecks":320000,"percentBp":200},{"overKopecks":20000000,"baseKopecks":520000,"percentBp":100},{"overKopecks":100000000,"baseKopecks":1320000,"percentBp":50}]', 40000, 6000000, 50, 20000, 'НК РФ ст.333.19 в ред. Федерального закона от 02.11.2004 № 127-ФЗ', 'Поставка', 0),
  ('2024-09-09', '[{"overKopecks":0,"baseKopecks":400000,"percentBp":0},{"overKopecks":10000000,"baseKopecks":400000,"percentBp":300},{"overKopecks":30000000,"baseKopecks":1000000,"percentBp":250},{"overKopecks":50000000,"baseKopecks":1500000,"percentBp":200},{"overKopecks":100000000,"baseKopecks":2500000,"percentBp":100},{"overKopecks":300000000,"baseKopecks":4500000,"percentBp":70},{"overKopecks":800000000,"baseKopecks":8000000,"percentBp":35},{"overKopecks":2400000000,"baseKopecks":13600000,"percentBp":30},{"overKopecks":5000000000,"baseKopecks":21400000,"percentBp":20},{"overKopecks":10000000000,"baseKopecks":31400000,"percentBp":15}]', 400000, 90000000, 50, 200000, 'НК РФ ст.333.19 в ред. Федерального закона от 08.08.2024 № 259-ФЗ', 'Поставка', 0);
--> statement-breakpoint
INSERT INTO courts (kind, name, plot_number, code, address, phone, email, website, payee_name, payee_inn, payee_kpp, payee_bank_name, payee_bik, payee_bank_account, payee_treasury_account, kbk, oktmo, confirmed, active, note, created_at_ms, updated_at_ms) VALUES
  ('district', 'Красногорский городской суд Московской области', NULL, '50RS0021', '143404, Московская обл., г. Красногорск, б-р Строителей, д. 1', NULL, NULL, 'https://krasnogorsk--mo.sudrf.ru', 'Казначейство России (ФНС России)', '7727406020', '770701001', 'ОКЦ № 7 ГУ Банка России по ЦФО//УФК по Тульской области, г Тула', '017003983', '40102810445370000059', '03100643000000018500', '18210803010011050110', '46744000', 0, 1, 'Код суда 50RS0021 подтверждён; адрес, телефон и ОКТМО сверьте с сайтом суда. Реквизиты госпошлины — ЕНС (с 05.12.2025 КПП 770701001).', 0, 0);
