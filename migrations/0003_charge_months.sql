CREATE TABLE `charge_months` (
	`account_id` integer NOT NULL,
	`period` text NOT NULL,
	`housing_kopecks` integer,
	`capital_repair_kopecks` integer,
	PRIMARY KEY(`account_id`, `period`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
-- Filled from the charges imported so far (the table is derived: every import keeps it up to date from here on).
INSERT INTO `charge_months` (`account_id`, `period`, `housing_kopecks`, `capital_repair_kopecks`)
SELECT `account_id`, `period`,
       sum(CASE WHEN `service` <> 'Взнос на капитальный ремонт' THEN `amount_kopecks` END),
       sum(CASE WHEN `service` = 'Взнос на капитальный ремонт' THEN `amount_kopecks` END)
  FROM `charges` GROUP BY `account_id`, `period`;
