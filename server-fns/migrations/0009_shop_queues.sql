-- A kiosk's conversation knows its shop: the customer may ask for an advisor of that shop
-- (queue `store:<id>`), who comes to them; advisors working in shops say which.
ALTER TABLE conversations ADD COLUMN store_id TEXT;
-- Space-separated store ids an advisor works in (their in-shop queues); empty for none.
ALTER TABLE advisors ADD COLUMN stores TEXT NOT NULL DEFAULT '';

