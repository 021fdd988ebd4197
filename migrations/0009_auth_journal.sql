CREATE TABLE `role_permissions` (
	`role` text NOT NULL,
	`permission` text NOT NULL,
	PRIMARY KEY(`role`, `permission`),
	CONSTRAINT "role_permissions_role_ck" CHECK("role_permissions"."role" IN ('operator', 'claims_clerk', 'lawyer', 'head', 'admin'))
);
--> statement-breakpoint
ALTER TABLE `users` ADD `password_hash` text;--> statement-breakpoint
ALTER TABLE `users` ADD `must_change_password` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `failed_attempts` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `locked_until_ms` integer;--> statement-breakpoint
ALTER TABLE `users` ADD `password_changed_at_ms` integer;--> statement-breakpoint
ALTER TABLE `actions` ADD `user_id` integer;--> statement-breakpoint
ALTER TABLE `actions` ADD `object_type` text;--> statement-breakpoint
ALTER TABLE `actions` ADD `object_id` text;--> statement-breakpoint
ALTER TABLE `actions` ADD `before_json` text;--> statement-breakpoint
ALTER TABLE `actions` ADD `after_json` text;--> statement-breakpoint
CREATE INDEX `actions_at_idx` ON `actions` (`at_ms`);--> statement-breakpoint
CREATE INDEX `actions_user_idx` ON `actions` (`user_id`,`at_ms`);--> statement-breakpoint
CREATE INDEX `actions_kind_idx` ON `actions` (`kind`,`at_ms`);--> statement-breakpoint
-- seed data (carry over on renumber)
-- The roles' default permissions (shared/auth/permissions.ts, DEFAULT_ROLE_PERMISSIONS); the administrator edits them.
INSERT INTO `role_permissions` (`role`, `permission`) VALUES
  ('operator', 'calls.own'),
  ('claims_clerk', 'registry.view'),
  ('claims_clerk', 'contacts.manage'),
  ('claims_clerk', 'sms.work'),
  ('claims_clerk', 'claims.work'),
  ('claims_clerk', 'epd.work'),
  ('lawyer', 'registry.view'),
  ('lawyer', 'court.work'),
  ('lawyer', 'bailiffs.work'),
  ('head', 'registry.view'),
  ('head', 'calls.own'),
  ('head', 'calls.manage'),
  ('head', 'contacts.manage'),
  ('head', 'sms.work'),
  ('head', 'claims.work'),
  ('head', 'epd.work'),
  ('head', 'court.work'),
  ('head', 'bailiffs.work'),
  ('head', 'import.run'),
  ('head', 'documents.settings'),
  ('head', 'plan.manage'),
  ('head', 'reports.view'),
  ('admin', 'registry.view'),
  ('admin', 'import.run'),
  ('admin', 'reports.view'),
  ('admin', 'users.manage'),
  ('admin', 'roles.manage'),
  ('admin', 'legalTables.manage'),
  ('admin', 'rules.manage'),
  ('admin', 'gateways.manage'),
  ('admin', 'settings.manage'),
  ('admin', 'backups.manage'),
  ('admin', 'demo.load');
