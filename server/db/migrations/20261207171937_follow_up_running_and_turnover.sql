ALTER TABLE "follow_up" ADD COLUMN "still_running" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "follow_up" ADD COLUMN "turnover_band" text;