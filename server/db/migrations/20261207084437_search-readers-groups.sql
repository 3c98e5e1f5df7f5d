CREATE TABLE "model_search_corpus" (
	"status" text NOT NULL,
	"owner_fabrique_id" uuid,
	"document_count" integer NOT NULL,
	"total_length" double precision NOT NULL,
	CONSTRAINT "model_search_corpus_key" UNIQUE NULLS NOT DISTINCT("status","owner_fabrique_id")
);
--> statement-breakpoint
CREATE TABLE "model_search_term_private" (
	"term_id" integer NOT NULL,
	"status" text NOT NULL,
	"owner_fabrique_id" uuid,
	"document_count" integer NOT NULL,
	CONSTRAINT "model_search_term_private_key" UNIQUE NULLS NOT DISTINCT("term_id","status","owner_fabrique_id")
);
--> statement-breakpoint
DROP TABLE "model_search_stats" CASCADE;--> statement-breakpoint
ALTER TABLE "model_search_term" ADD COLUMN "published_count" integer DEFAULT 0 NOT NULL;