-- A Fabrique's report counts its signals received in a period by kind, channel, status and campaign
-- (decision record 0106): this index holds every column those counts read, so PostgreSQL answers
-- them from the index alone instead of visiting one table page per signal. Drizzle cannot express
-- INCLUDE. (The network's counts read a third of the table: a sequential scan stays cheaper.)
CREATE INDEX IF NOT EXISTS "signal_fabrique_received_idx" ON "signal" USING btree ("fabrique_id", "created_at") INCLUDE ("kind", "channel", "status", "spam", "campaign_id");
