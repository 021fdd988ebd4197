-- The rows shipped with the application were signed «Поставка» (a supplier's word a clerk does not use). The
-- settings show who added a row: the shipped ones now say so in the clerk's words. Rows an administrator added keep
-- his name.
UPDATE court_rules SET user_name = 'заложено в программу' WHERE user_name = 'Поставка' AND created_at_ms = 0;
--> statement-breakpoint
UPDATE duty_scales SET user_name = 'заложено в программу' WHERE user_name = 'Поставка' AND created_at_ms = 0;
