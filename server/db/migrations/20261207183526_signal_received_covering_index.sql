-- Reports count the signals received in a period by kind, channel, status and Fabrique (decision
-- record 0106): these indexes hold every column those counts read, so PostgreSQL answers them from
-- the index alone instead of visiting one table page per signal. Drizzle cannot express INCLUDE.
CREATE INDEX IF NOT EXISTS "signal_fabrique_received_idx" ON "signal" USING btree ("fabrique_id", "created_at") INCLUDE ("kind", "channel", "status", "spam", "campaign_id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "signal_received_idx" ON "signal" USING btree ("created_at") INCLUDE ("fabrique_id", "kind", "channel", "status", "spam", "campaign_id");
