-- Registry search (issue 14): an FTS5 trigram index over account_summaries.search_text, the one prepared text of
-- each account (account number, folded address with the flat, folded names of everyone on the account). External
-- content: the text stays in account_summaries; the triggers below keep the index exact wherever a summary is
-- written (import, demo load, daily refresh, court steps), and skip rows whose search text did not change, so a
-- charges import that recomputes summaries costs nothing here. case_sensitive 1: both sides are already folded by
-- foldForSearch (lower case, «ё» → «е»), so a phrase match is exactly the substring match instr() gave; no
-- remove_diacritics, which would make «й» match «и». Not in shared/db/schema.ts (drizzle does not model virtual
-- tables); electron/core/registry/search-index.ts owns it and test/registry/search-index.test.ts checks it.
CREATE VIRTUAL TABLE `account_search` USING fts5(
	search_text,
	content='account_summaries',
	content_rowid='account_id',
	tokenize='trigram case_sensitive 1',
	detail='full'
);
--> statement-breakpoint
CREATE TRIGGER `account_search_insert` AFTER INSERT ON `account_summaries` BEGIN
	INSERT INTO account_search (rowid, search_text) VALUES (new.account_id, new.search_text);
END;
--> statement-breakpoint
CREATE TRIGGER `account_search_delete` AFTER DELETE ON `account_summaries` BEGIN
	INSERT INTO account_search (account_search, rowid, search_text) VALUES ('delete', old.account_id, old.search_text);
END;
--> statement-breakpoint
CREATE TRIGGER `account_search_update` AFTER UPDATE OF account_id, search_text ON `account_summaries`
	WHEN old.account_id IS NOT new.account_id OR old.search_text IS NOT new.search_text BEGIN
	INSERT INTO account_search (account_search, rowid, search_text) VALUES ('delete', old.account_id, old.search_text);
	INSERT INTO account_search (rowid, search_text) VALUES (new.account_id, new.search_text);
END;
--> statement-breakpoint
INSERT INTO account_search (account_search) VALUES ('rebuild');
