-- Similar signals in two tiers (docs/decisions/0022-similar-signals-in-two-tiers.md): in the
-- typed territory's neighbourhood every title is compared (through signal_territory_idx); in the
-- rest of the network, the signals whose title holds every significant word of the typed one,
-- found through this word index (French stems of the folded title). The GiST trigram index of
-- `similar-title-knn` is no longer used for signals: walked nearest first over a million titles,
-- it visited most of the table (about 0.5 s a lookup). Initiatives, far fewer, keep theirs.
DROP INDEX IF EXISTS signal_title_fold_trgm_gist_idx;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS signal_title_words_idx ON signal USING gin (to_tsvector('french'::regconfig, essaim_fold(title)));
