DROP INDEX "signal_territory_idx";--> statement-breakpoint
ALTER TABLE "signal" ADD COLUMN "title_folded" text GENERATED ALWAYS AS (essaim_fold(title)) STORED;--> statement-breakpoint
CREATE INDEX "signal_territory_title_idx" ON "signal" USING btree ("territory_kind","territory_code","status","spam","id","title_folded");