-- The offering a bucket comes from (the line's plan, or an add-on): the usage view names it in
-- the customer's language (`offering_texts`), whatever language it was bought in. Empty for a
-- bucket of no offering (a shared family allowance).
ALTER TABLE buckets ADD COLUMN offering_id TEXT;

-- Buckets from before: a plan's from its line, an add-on's from its name in any language.
UPDATE buckets SET offering_id = (SELECT l.offering_id FROM lines l WHERE l.id = buckets.plan_line_id)
WHERE plan_line_id IS NOT NULL;
UPDATE buckets SET offering_id = (SELECT MIN(t.offering_id) FROM offering_texts t WHERE t.name = buckets.name)
WHERE offering_id IS NULL AND is_addon = 1;
