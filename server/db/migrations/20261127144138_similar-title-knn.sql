-- Similar titles are looked up nearest first: a GiST trigram index walks the titles in order of
-- trigram distance (`<->`) and word distance (`<<->`), so the closest candidates come without
-- computing the similarity of every title above a threshold (which, with many alike titles, is
-- most of the table). GiST replaces the GIN indexes of `similar-text-index`.
DROP INDEX IF EXISTS signal_title_fold_trgm_idx;
--> statement-breakpoint
DROP INDEX IF EXISTS initiative_title_fold_trgm_idx;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS signal_title_fold_trgm_gist_idx ON signal USING gist (essaim_fold(title) gist_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS initiative_title_fold_trgm_gist_idx ON initiative USING gist (essaim_fold(title) gist_trgm_ops);
