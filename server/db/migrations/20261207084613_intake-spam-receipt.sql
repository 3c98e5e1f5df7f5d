ALTER TABLE "campaign" ADD COLUMN "address_limit_per_hour" integer;--> statement-breakpoint
ALTER TABLE "signal" ADD COLUMN "assisted" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "signal" ADD COLUMN "spam" text;--> statement-breakpoint
ALTER TABLE "signal" ADD COLUMN "spam_reasons" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "signal" ADD COLUMN "spam_reviewed_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "signal" ADD COLUMN "spam_reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "signal" ADD COLUMN "receipt_token_hash" text;--> statement-breakpoint
ALTER TABLE "signal_submission_attempt" ADD COLUMN "fabrique_id" uuid;--> statement-breakpoint
ALTER TABLE "signal_submission_attempt" ADD COLUMN "campaign_id" uuid;--> statement-breakpoint
ALTER TABLE "signal" ADD CONSTRAINT "signal_spam_reviewed_by_user_id_user_id_fk" FOREIGN KEY ("spam_reviewed_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_submission_attempt" ADD CONSTRAINT "signal_submission_attempt_fabrique_id_fabrique_id_fk" FOREIGN KEY ("fabrique_id") REFERENCES "public"."fabrique"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_submission_attempt" ADD CONSTRAINT "signal_submission_attempt_campaign_id_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaign"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "signal_receipt_token_idx" ON "signal" USING btree ("receipt_token_hash");--> statement-breakpoint
CREATE INDEX "signal_fabrique_spam_idx" ON "signal" USING btree ("fabrique_id","spam");