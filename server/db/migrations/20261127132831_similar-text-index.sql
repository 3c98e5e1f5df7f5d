-- Similar signals and initiatives across the network (issue 5, "Duplicates" and "Ce qui existe
-- déjà"). Texts are compared lower-cased and without accents; unaccent() is only STABLE, so an
-- IMMUTABLE wrapper naming its dictionary lets the same expression be indexed and queried. The
-- trigram index holds titles only: short texts keep the index selective (a description shares
-- too many common trigrams with every other one), and the whole text is compared only on the
-- candidates the titles bring. Queries must call `essaim_fold(title)` to use these indexes.
CREATE OR REPLACE FUNCTION essaim_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS signal_title_fold_trgm_idx ON signal USING gin (essaim_fold(title) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS initiative_title_fold_trgm_idx ON initiative USING gin (essaim_fold(title) gin_trgm_ops);
