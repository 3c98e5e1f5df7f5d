DROP INDEX "model_search_posting_strong_idx";--> statement-breakpoint
ALTER TABLE "model_search_document" ADD COLUMN "facet_bits" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "model_search_posting" ADD COLUMN "region_code" text;--> statement-breakpoint
ALTER TABLE "model_search_posting" ADD COLUMN "facet_bits" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Facet bits on the search index (docs/decisions/0024-facet-bits-on-postings.md): each
-- document's status, legal forms, themes and publics as bits, repeated with its région on each
-- of its postings. The layout below is `catalogue/model-facet-bits.ts` as of this migration.
UPDATE "model_search_document" d SET "facet_bits" = coalesce((
  SELECT bit_or(1::int8 << b.bit) FROM (VALUES
  ('status', 'published', 0), ('status', 'draft', 1), ('status', 'archived', 2), ('legalForm', 'association', 4),
  ('legalForm', 'scic', 5), ('legalForm', 'scop', 6), ('legalForm', 'sas', 7), ('legalForm', 'sarl', 8),
  ('legalForm', 'fondation', 9), ('legalForm', 'collectivite', 10), ('theme', 'bien-vieillir', 16), ('theme', 'alimentation-durable', 17),
  ('theme', 'mobilite', 18), ('theme', 'insertion-emploi', 19), ('theme', 'handicap-inclusion', 20), ('theme', 'economie-circulaire', 21),
  ('theme', 'services-proximite', 22), ('theme', 'lien-social', 23), ('theme', 'habitat', 24), ('theme', 'energie', 25),
  ('theme', 'numerique', 26), ('theme', 'culture-tourisme', 27), ('theme', 'petite-enfance-parentalite', 28), ('theme', 'sante', 29),
  ('theme', 'transition-ecologique', 30), ('public', 'actifs', 40), ('public', 'beneficiaires-des-minimas-sociaux', 41), ('public', 'demandeurs-emploi', 42),
  ('public', 'etudiants', 43), ('public', 'familles', 44), ('public', 'femmes', 45), ('public', 'jeunes', 46),
  ('public', 'personnes-en-situation-de-handicap', 47), ('public', 'personnes-en-situation-durgence', 48), ('public', 'personnes-en-situation-juridique-specifique', 49), ('public', 'personnes-exilees', 50),
  ('public', 'residents-qpv-frr', 51), ('public', 'seniors', 52), ('public', 'tous-publics', 53)
  ) AS b(kind, value, bit)
  WHERE (b.kind = 'status' AND b.value = d.status)
     OR (b.kind = 'legalForm' AND b.value = any(d.legal_forms))
     OR (b.kind = 'theme' AND b.value = any(d.themes))
     OR (b.kind = 'public' AND b.value = any(d.publics))), 0);--> statement-breakpoint
UPDATE "model_search_posting" p SET "region_code" = d.region_code, "facet_bits" = d.facet_bits
FROM "model_search_document" d WHERE d.doc_id = p.doc_id;--> statement-breakpoint
CREATE INDEX "model_search_posting_strong_idx" ON "model_search_posting" USING btree ("term_id","frequency" DESC NULLS LAST,"doc_id","length","region_code","facet_bits") WHERE "model_search_posting"."fields" & 7 <> 0;