-- Page URLs take English parameter names (decision record 0054): the initiatives list's `vue=tableau`
-- is now `view=table`. Saved views keep the query string they were saved with, so it is rewritten
-- here; the list's loader also redirects the old address, for links kept elsewhere.
UPDATE "saved_view"
SET "query" = regexp_replace(regexp_replace("query", '(^|&)vue=tableau(&|$)', '\1view=table\2', 'g'), '(^|&)vue=', '\1view=', 'g')
WHERE "list" = 'initiatives' AND "query" ~ '(^|&)vue=';
