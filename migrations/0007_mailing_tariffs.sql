CREATE TABLE `postal_tariffs` (
	`valid_from_date` text PRIMARY KEY NOT NULL,
	`letter_kopecks` integer NOT NULL,
	`letter_step_kopecks` integer NOT NULL,
	`notice_simple_kopecks` integer NOT NULL,
	`notice_ordered_kopecks` integer NOT NULL,
	`notice_electronic_kopecks` integer NOT NULL,
	`vat_basis_points` integer NOT NULL,
	`confirmed` integer DEFAULT 0 NOT NULL,
	`note` text NOT NULL,
	`user_name` text NOT NULL,
	`created_at_ms` integer NOT NULL
);
--> statement-breakpoint
-- seed data (carry over on renumber)
-- Тарифы Почты России на заказное письмо: в спецификации (formats.md §2.1) цифр нет — колонки ф.103 «плата за
-- пересылку / за уведомление и НДС» там помечены [U]. Цифры ниже НЕ ПОДТВЕРЖДЕНЫ (confirmed = 0): ориентир,
-- чтобы колонки и итоги считались; администратор вносит действующий прайс-лист Почты (новая строка с датой
-- начала действия, confirmed = 1), и до этого экран и ф.103 предупреждают. Ставка НДС 22 % с 01.01.2026 — по
-- изменению ст.164 НК РФ (ФЗ от 28.11.2025 № 425-ФЗ) — тоже проверить [U].
INSERT INTO `postal_tariffs` (`valid_from_date`, `letter_kopecks`, `letter_step_kopecks`, `notice_simple_kopecks`, `notice_ordered_kopecks`, `notice_electronic_kopecks`, `vat_basis_points`, `confirmed`, `note`, `user_name`, `created_at_ms`) VALUES
  ('2026-01-01', 8750, 350, 3500, 8750, 2000, 2200, 0, 'Ориентировочные цифры, не подтверждены [U]: заказное письмо до 20 г 87,50 ₽, каждые следующие 20 г 3,50 ₽, простое уведомление 35,00 ₽, заказное уведомление 87,50 ₽, электронное 20,00 ₽ (без НДС); НДС 22 %. Сверьте с тарифами Почты России и внесите действующие.', 'начальные данные', 0);--> statement-breakpoint
INSERT INTO `document_rules` (`key`, `valid_from_date`, `value_int`, `note`) VALUES
  ('claim_mail_notice', '2026-01-01', 1, 'Уведомление о вручении претензии: 0 — без уведомления, 1 — простое, 2 — заказное, 3 — электронное (ф.103 и файл загрузки для почты берут одно значение)');
