-- The jury table reads, for each application of a call, its submitted reviews' jurors and scores
-- (server/calls/get-jury-table.ts). This partial index holds exactly those columns, so PostgreSQL
-- answers from the index alone (an index-only scan once autovacuum has set the visibility map)
-- instead of visiting each review's row; drafts of reviews are not in it. Decision record 0145.
-- Drizzle's schema cannot express INCLUDE, hence a custom migration.
CREATE INDEX IF NOT EXISTS "call_review_submitted_idx" ON "call_review" USING btree ("application_id") INCLUDE ("user_id", "submitted_scores") WHERE "submitted_at" IS NOT NULL;
