CREATE TABLE `summary_refresh_queue` (
	`account_id` integer PRIMARY KEY NOT NULL
);
