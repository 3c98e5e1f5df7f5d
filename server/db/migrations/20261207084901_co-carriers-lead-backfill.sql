-- Before co-carriers, an initiative had at most one chosen carrier: it becomes the lead carrier
-- (chef de file). Should two have been chosen at once, the one chosen last leads.
UPDATE "carrier_candidate" SET "lead" = true
WHERE "id" IN (
  SELECT DISTINCT ON ("initiative_id") "id"
  FROM "carrier_candidate"
  WHERE "status" = 'chosen'
  ORDER BY "initiative_id", "decided_at" DESC NULLS LAST, "created_at" DESC
);
