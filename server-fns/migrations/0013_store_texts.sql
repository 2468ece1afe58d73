-- A shop's name, street and town in another of its country's languages (Arabic on an Arabic
-- screen in Egypt or Morocco, Cyrillic on a Russian one in Moldova, French on a French one in
-- Flanders): the locator, the assistant and reservations show these where the screen's
-- language has them, the `stores` columns otherwise.
CREATE TABLE store_texts (
    store_id TEXT NOT NULL,
    lang     TEXT NOT NULL,
    name     TEXT NOT NULL,
    street   TEXT NOT NULL,
    city     TEXT NOT NULL,
    PRIMARY KEY (store_id, lang)
);
