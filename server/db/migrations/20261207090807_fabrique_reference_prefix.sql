ALTER TABLE "fabrique" ADD COLUMN "reference_prefix" text;--> statement-breakpoint
ALTER TABLE "fabrique" ADD CONSTRAINT "fabrique_referencePrefix_unique" UNIQUE("reference_prefix");