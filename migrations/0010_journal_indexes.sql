DROP INDEX `actions_measure_date_idx`;--> statement-breakpoint
CREATE INDEX `actions_date_idx` ON `actions` (`action_date`,`at_ms`);--> statement-breakpoint
CREATE INDEX `actions_measure_date_idx` ON `actions` (`measure`,`action_date`,`at_ms`);