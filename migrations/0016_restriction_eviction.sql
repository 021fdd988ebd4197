CREATE TABLE `eviction_cases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`status` text NOT NULL,
	`unpaid_months` integer NOT NULL,
	`debt_kopecks` integer NOT NULL,
	`household_size` integer NOT NULL,
	`good_reasons_json` text,
	`checklist_date` text,
	`warning_date` text,
	`warning_deadline_date` text,
	`lawsuit_date` text,
	`duty_kopecks` integer,
	`court_name` text,
	`decision_date` text,
	`decision_result` text,
	`in_force_date` text,
	`enforcement_date` text,
	`relocated_date` text,
	`dwelling_id` integer,
	`closed_reason` text,
	`warning_document_id` integer,
	`lawsuit_document_id` integer,
	`user_name` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`warning_document_id`) REFERENCES `generated_documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lawsuit_document_id`) REFERENCES `generated_documents`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "eviction_cases_status_ck" CHECK("eviction_cases"."status" IN ('checklist', 'warning', 'lawsuit', 'decision', 'enforcement', 'relocated', 'closed'))
);
--> statement-breakpoint
CREATE INDEX `eviction_cases_account_idx` ON `eviction_cases` (`account_id`,`status`);--> statement-breakpoint
CREATE TABLE `housing_stock` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`settlement` text NOT NULL,
	`address` text NOT NULL,
	`apartment` text,
	`address_key` text NOT NULL,
	`rooms` integer NOT NULL,
	`living_area_centi_m2` integer NOT NULL,
	`total_area_centi_m2` integer,
	`status` text NOT NULL,
	`reserved_case_id` integer,
	`note` text,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL,
	CONSTRAINT "housing_stock_status_ck" CHECK("housing_stock"."status" IN ('free', 'reserved', 'occupied')),
	CONSTRAINT "housing_stock_area_ck" CHECK("housing_stock"."living_area_centi_m2" > 0 AND "housing_stock"."rooms" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `housing_stock_address_uq` ON `housing_stock` (`address_key`);--> statement-breakpoint
CREATE INDEX `housing_stock_status_idx` ON `housing_stock` (`status`,`settlement`);--> statement-breakpoint
CREATE TABLE `agreement_instalments` (
	`agreement_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`due_date` text NOT NULL,
	`amount_kopecks` integer NOT NULL,
	PRIMARY KEY(`agreement_id`, `seq`),
	FOREIGN KEY (`agreement_id`) REFERENCES `repayment_agreements`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "agreement_instalments_amount_ck" CHECK("agreement_instalments"."amount_kopecks" > 0)
);
--> statement-breakpoint
CREATE TABLE `contractor_companies` (
	`management_company_id` integer PRIMARY KEY NOT NULL,
	`contractor_id` integer NOT NULL,
	FOREIGN KEY (`management_company_id`) REFERENCES `management_companies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contractor_id`) REFERENCES `restriction_contractors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `measure_rules` (
	`key` text NOT NULL,
	`valid_from_date` text NOT NULL,
	`value_int` integer NOT NULL,
	`note` text NOT NULL,
	`user_name` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	PRIMARY KEY(`key`, `valid_from_date`)
);
--> statement-breakpoint
CREATE TABLE `repayment_agreements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`number` text NOT NULL,
	`status` text NOT NULL,
	`total_kopecks` integer NOT NULL,
	`signed_date` text,
	`tolerance_kopecks` integer NOT NULL,
	`grace_days` integer NOT NULL,
	`measure` integer,
	`ended_date` text,
	`document_id` integer,
	`note` text,
	`user_name` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `generated_documents`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "repayment_agreements_status_ck" CHECK("repayment_agreements"."status" IN ('draft', 'signed', 'completed', 'broken', 'cancelled'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `repayment_agreements_number_uq` ON `repayment_agreements` (`number`);--> statement-breakpoint
CREATE INDEX `repayment_agreements_account_idx` ON `repayment_agreements` (`account_id`,`status`);--> statement-breakpoint
CREATE TABLE `restrictable_services` (
	`service` text NOT NULL,
	`valid_from_date` text NOT NULL,
	`restrictable` integer NOT NULL,
	`note` text NOT NULL,
	`user_name` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	PRIMARY KEY(`service`, `valid_from_date`),
	CONSTRAINT "restrictable_services_ck" CHECK("restrictable_services"."restrictable" IN (0, 1))
);
--> statement-breakpoint
CREATE TABLE `restriction_act_files` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`act_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`stored_path` text NOT NULL,
	`sha256` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`created_at_ms` integer NOT NULL,
	FOREIGN KEY (`act_id`) REFERENCES `restriction_acts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `restriction_act_files_act_idx` ON `restriction_act_files` (`act_id`);--> statement-breakpoint
CREATE TABLE `restriction_acts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`kind` text NOT NULL,
	`act_date` text NOT NULL,
	`act_time` text NOT NULL,
	`method` text NOT NULL,
	`present` text NOT NULL,
	`readings` text,
	`note` text,
	`document_id` integer,
	`user_name` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `restriction_cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `generated_documents`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "restriction_acts_kind_ck" CHECK("restriction_acts"."kind" IN ('restriction', 'restoration'))
);
--> statement-breakpoint
CREATE INDEX `restriction_acts_case_idx` ON `restriction_acts` (`case_id`);--> statement-breakpoint
CREATE TABLE `restriction_cases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`service` text NOT NULL,
	`status` text NOT NULL,
	`debt_kopecks` integer NOT NULL,
	`threshold_kopecks` integer NOT NULL,
	`threshold_basis` text NOT NULL,
	`as_of_date` text NOT NULL,
	`restriction_possible` integer DEFAULT 1 NOT NULL,
	`warning_date` text NOT NULL,
	`warning_document_id` integer,
	`delivery_method` text,
	`mail_item_id` integer,
	`delivered_date` text,
	`timer_ends_date` text,
	`order_id` integer,
	`restricted_date` text,
	`restoration_reason` text,
	`restoration_due_date` text,
	`restored_date` text,
	`restriction_cost_kopecks` integer,
	`restoration_cost_kopecks` integer,
	`closed_reason` text,
	`user_name` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`warning_document_id`) REFERENCES `generated_documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`mail_item_id`) REFERENCES `mail_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`order_id`) REFERENCES `restriction_orders`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "restriction_cases_status_ck" CHECK("restriction_cases"."status" IN ('warned', 'delivered', 'ordered', 'restricted', 'restoration_due', 'restored', 'closed')),
	CONSTRAINT "restriction_cases_method_ck" CHECK("restriction_cases"."delivery_method" IS NULL OR "restriction_cases"."delivery_method" IN ('post', 'epd', 'sms', 'signature'))
);
--> statement-breakpoint
CREATE INDEX `restriction_cases_account_idx` ON `restriction_cases` (`account_id`,`status`);--> statement-breakpoint
CREATE INDEX `restriction_cases_status_idx` ON `restriction_cases` (`status`,`timer_ends_date`);--> statement-breakpoint
CREATE INDEX `restriction_cases_order_idx` ON `restriction_cases` (`order_id`);--> statement-breakpoint
CREATE TABLE `restriction_contractors` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`address` text,
	`phone` text,
	`created_at_ms` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `restriction_orders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contractor_id` integer NOT NULL,
	`number` text NOT NULL,
	`order_date` text NOT NULL,
	`pdf_document_id` integer,
	`xlsx_document_id` integer,
	`user_name` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	FOREIGN KEY (`contractor_id`) REFERENCES `restriction_contractors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`pdf_document_id`) REFERENCES `generated_documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`xlsx_document_id`) REFERENCES `generated_documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `service_norms` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`service` text NOT NULL,
	`valid_from_date` text NOT NULL,
	`norm_milli` integer NOT NULL,
	`unit` text NOT NULL,
	`tariff_kopecks` integer NOT NULL,
	`note` text NOT NULL,
	`user_name` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	CONSTRAINT "service_norms_values_ck" CHECK("service_norms"."norm_milli" > 0 AND "service_norms"."tariff_kopecks" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `service_norms_service_date_uq` ON `service_norms` (`service`,`valid_from_date`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_document_batches` (
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
	CONSTRAINT "document_batches_kind_ck" CHECK("__new_document_batches"."kind" IN ('claims', 'notices', 'restriction_warnings')),
	CONSTRAINT "document_batches_status_ck" CHECK("__new_document_batches"."status" IN ('running', 'done', 'cancelled', 'failed'))
);
--> statement-breakpoint
INSERT INTO `__new_document_batches`("id", "kind", "title", "params_json", "as_of_date", "status", "cancel_requested", "total_items", "done_items", "print_file", "summary", "user_name", "created_at_ms", "finished_at_ms") SELECT "id", "kind", "title", "params_json", "as_of_date", "status", "cancel_requested", "total_items", "done_items", "print_file", "summary", "user_name", "created_at_ms", "finished_at_ms" FROM `document_batches`;--> statement-breakpoint
DROP TABLE `document_batches`;--> statement-breakpoint
ALTER TABLE `__new_document_batches` RENAME TO `document_batches`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
-- Seeds: the dated rules of measures 8 and 12 (shared/restriction/measure-rules.ts), the restrictable services,
-- and the new permissions for the roles that do this work (shared/auth/permissions.ts).
INSERT INTO measure_rules (key, valid_from_date, value_int, note, user_name, created_at_ms) VALUES ('restriction.threshold_months', '2012-09-01', 2, 'Правила № 354 п.117, 118: долг более 2 месячных размеров платы по нормативу', 'миграция 0016', 0);--> statement-breakpoint
INSERT INTO measure_rules (key, valid_from_date, value_int, note, user_name, created_at_ms) VALUES ('restriction.warning_days', '2017-01-01', 20, 'Правила № 354 п.119 «а»: 20 дней со дня доставки предупреждения', 'миграция 0016', 0);--> statement-breakpoint
INSERT INTO measure_rules (key, valid_from_date, value_int, note, user_name, created_at_ms) VALUES ('restriction.restoration_days', '2012-09-01', 2, 'Правила № 354 п.120: 2 календарных дня с погашения или заключения соглашения', 'миграция 0016', 0);--> statement-breakpoint
INSERT INTO measure_rules (key, valid_from_date, value_int, note, user_name, created_at_ms) VALUES ('restriction.cost_restriction_kopecks', '2012-09-01', 0, 'Задаёт администратор по договору с исполнителем; предельный размер не подтверждён', 'миграция 0016', 0);--> statement-breakpoint
INSERT INTO measure_rules (key, valid_from_date, value_int, note, user_name, created_at_ms) VALUES ('restriction.cost_restoration_kopecks', '2012-09-01', 0, 'Задаёт администратор по договору с исполнителем; предельный размер не подтверждён', 'миграция 0016', 0);--> statement-breakpoint
INSERT INTO measure_rules (key, valid_from_date, value_int, note, user_name, created_at_ms) VALUES ('agreement.tolerance_kopecks', '2012-09-01', 10000, 'Недоплата до 100 ₽ по платежу графика не нарушает соглашение', 'миграция 0016', 0);--> statement-breakpoint
INSERT INTO measure_rules (key, valid_from_date, value_int, note, user_name, created_at_ms) VALUES ('agreement.grace_days', '2012-09-01', 5, 'Платёж графика считается просроченным через 5 дней после срока', 'миграция 0016', 0);--> statement-breakpoint
INSERT INTO measure_rules (key, valid_from_date, value_int, note, user_name, created_at_ms) VALUES ('eviction.dormitory_norm_centi_m2', '2005-03-01', 600, 'ЖК РФ ст.105: не менее 6 м² жилой площади на человека', 'миграция 0016', 0);--> statement-breakpoint
INSERT INTO measure_rules (key, valid_from_date, value_int, note, user_name, created_at_ms) VALUES ('eviction.warning_days', '2005-03-01', 30, 'Срок погашения долга, который даёт предупреждение нанимателю (практика наймодателя)', 'миграция 0016', 0);--> statement-breakpoint
INSERT INTO measure_rules (key, valid_from_date, value_int, note, user_name, created_at_ms) VALUES ('eviction.duty_individual_kopecks', '2005-01-01', 30000, 'НК РФ ст.333.19 п.1 пп.3 (до 09.09.2024): 300 ₽', 'миграция 0016', 0);--> statement-breakpoint
INSERT INTO measure_rules (key, valid_from_date, value_int, note, user_name, created_at_ms) VALUES ('eviction.duty_individual_kopecks', '2024-09-09', 300000, 'НК РФ ст.333.19 п.1 пп.3 (259-ФЗ): 3 000 ₽', 'миграция 0016', 0);--> statement-breakpoint
INSERT INTO measure_rules (key, valid_from_date, value_int, note, user_name, created_at_ms) VALUES ('eviction.duty_organisation_kopecks', '2005-01-01', 600000, 'НК РФ ст.333.19 п.1 пп.3 (до 09.09.2024): 6 000 ₽ (не подтверждено)', 'миграция 0016', 0);--> statement-breakpoint
INSERT INTO measure_rules (key, valid_from_date, value_int, note, user_name, created_at_ms) VALUES ('eviction.duty_organisation_kopecks', '2024-09-09', 2000000, 'НК РФ ст.333.19 п.1 пп.3 (259-ФЗ): 20 000 ₽', 'миграция 0016', 0);--> statement-breakpoint
INSERT INTO measure_rules (key, valid_from_date, value_int, note, user_name, created_at_ms) VALUES ('eviction.duty_exempt', '2005-01-01', 0, 'Орган местного самоуправления освобождён (НК ст.333.36 п.1 пп.19) — включите, если истец такой орган', 'миграция 0016', 0);--> statement-breakpoint
INSERT INTO restrictable_services (service, valid_from_date, restrictable, note, user_name, created_at_ms) VALUES ('Водоотведение', '2012-09-01', 1, 'Правила № 354 п.117; риск: ВС РФ 05.03.2019 № 47-АД19-2 — строгий порядок, жильё не должно стать непригодным', 'миграция 0016', 0);--> statement-breakpoint
INSERT INTO restrictable_services (service, valid_from_date, restrictable, note, user_name, created_at_ms) VALUES ('Горячее водоснабжение', '2012-09-01', 1, 'Правила № 354 п.117', 'миграция 0016', 0);--> statement-breakpoint
INSERT INTO restrictable_services (service, valid_from_date, restrictable, note, user_name, created_at_ms) VALUES ('Электроэнергия', '2012-09-01', 1, 'Правила № 354 п.117', 'миграция 0016', 0);--> statement-breakpoint
INSERT INTO restrictable_services (service, valid_from_date, restrictable, note, user_name, created_at_ms) VALUES ('Электроснабжение', '2012-09-01', 1, 'Правила № 354 п.117', 'миграция 0016', 0);--> statement-breakpoint
INSERT INTO restrictable_services (service, valid_from_date, restrictable, note, user_name, created_at_ms) VALUES ('Газоснабжение', '2012-09-01', 1, 'Правила № 354 п.117', 'миграция 0016', 0);--> statement-breakpoint
INSERT INTO restrictable_services (service, valid_from_date, restrictable, note, user_name, created_at_ms) VALUES ('Отопление', '2012-09-01', 0, 'Отопление не ограничивается и не приостанавливается за долги', 'миграция 0016', 0);--> statement-breakpoint
INSERT INTO restrictable_services (service, valid_from_date, restrictable, note, user_name, created_at_ms) VALUES ('Холодное водоснабжение', '2012-09-01', 0, 'Холодная вода в многоквартирном доме не ограничивается за долги', 'миграция 0016', 0);--> statement-breakpoint
INSERT INTO role_permissions (role, permission) VALUES ('claims_clerk', 'restriction.work');--> statement-breakpoint
INSERT INTO role_permissions (role, permission) VALUES ('claims_clerk', 'agreements.work');--> statement-breakpoint
INSERT INTO role_permissions (role, permission) VALUES ('lawyer', 'restriction.work');--> statement-breakpoint
INSERT INTO role_permissions (role, permission) VALUES ('lawyer', 'agreements.work');--> statement-breakpoint
INSERT INTO role_permissions (role, permission) VALUES ('lawyer', 'eviction.work');--> statement-breakpoint
INSERT INTO role_permissions (role, permission) VALUES ('head', 'restriction.work');--> statement-breakpoint
INSERT INTO role_permissions (role, permission) VALUES ('head', 'agreements.work');--> statement-breakpoint
INSERT INTO role_permissions (role, permission) VALUES ('head', 'eviction.work');
