-- What the public catalogue's cache depends on (decision record 0045): any change to these tables
-- bumps the 'catalogue' generation in the writing transaction, so a cached answer computed before
-- it is never served after its commit, in any app process.
INSERT INTO read_cache_generation (name, generation) VALUES ('catalogue', 0) ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE FUNCTION essaim_bump_catalogue_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE read_cache_generation SET generation = generation + 1 WHERE name = 'catalogue';
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER model_catalogue_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON model
  FOR EACH STATEMENT EXECUTE FUNCTION essaim_bump_catalogue_generation();
--> statement-breakpoint
CREATE TRIGGER model_search_document_catalogue_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON model_search_document
  FOR EACH STATEMENT EXECUTE FUNCTION essaim_bump_catalogue_generation();
--> statement-breakpoint
CREATE TRIGGER model_search_document_terms_catalogue_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON model_search_document_terms
  FOR EACH STATEMENT EXECUTE FUNCTION essaim_bump_catalogue_generation();
--> statement-breakpoint
CREATE TRIGGER model_search_posting_catalogue_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON model_search_posting
  FOR EACH STATEMENT EXECUTE FUNCTION essaim_bump_catalogue_generation();
--> statement-breakpoint
CREATE TRIGGER model_search_term_catalogue_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON model_search_term
  FOR EACH STATEMENT EXECUTE FUNCTION essaim_bump_catalogue_generation();
--> statement-breakpoint
CREATE TRIGGER search_synonym_catalogue_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON search_synonym
  FOR EACH STATEMENT EXECUTE FUNCTION essaim_bump_catalogue_generation();
--> statement-breakpoint
CREATE TRIGGER theme_catalogue_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON theme
  FOR EACH STATEMENT EXECUTE FUNCTION essaim_bump_catalogue_generation();
--> statement-breakpoint
CREATE TRIGGER territory_catalogue_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON territory
  FOR EACH STATEMENT EXECUTE FUNCTION essaim_bump_catalogue_generation();
