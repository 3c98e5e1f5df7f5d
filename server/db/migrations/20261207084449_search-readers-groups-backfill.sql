-- The search's counts per readers' group (docs/decisions/0040-search-reads-only-what-the-caller-may-read.md),
-- computed from the index as it stands: published models in model_search_term.published_count,
-- drafts and archived models per owner in model_search_term_private, corpus totals per group.
UPDATE "model_search_term" t SET "published_count" = c.n
FROM (
  SELECT p.term_id, count(*)::int AS n
  FROM "model_search_posting" p JOIN "model_search_document" d ON d.doc_id = p.doc_id
  WHERE d.status = 'published'
  GROUP BY p.term_id
) c
WHERE c.term_id = t.term_id;--> statement-breakpoint
INSERT INTO "model_search_term_private" ("term_id", "status", "owner_fabrique_id", "document_count")
SELECT p.term_id, d.status, d.owner_fabrique_id, count(*)::int
FROM "model_search_posting" p JOIN "model_search_document" d ON d.doc_id = p.doc_id
WHERE d.status <> 'published'
GROUP BY 1, 2, 3;--> statement-breakpoint
INSERT INTO "model_search_corpus" ("status", "owner_fabrique_id", "document_count", "total_length")
SELECT status, CASE WHEN status = 'published' THEN NULL ELSE owner_fabrique_id END, count(*)::int, coalesce(sum(length), 0)
FROM "model_search_document"
GROUP BY 1, 2;
