ALTER TABLE "fabrique" ADD COLUMN "stale_after_days" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "signal" ADD COLUMN "assignee_user_id" uuid;--> statement-breakpoint
ALTER TABLE "signal" ADD CONSTRAINT "signal_assignee_user_id_user_id_fk" FOREIGN KEY ("assignee_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "signal_assignee_idx" ON "signal" USING btree ("assignee_user_id");