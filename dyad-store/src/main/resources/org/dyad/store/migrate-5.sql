-- From schema version 5 to 6: the columns that let lists and filters read one table, filled from
-- what version 5 already holds (the same values a version 6 store writes).
ALTER TABLE documents ADD COLUMN events INTEGER;
ALTER TABLE documents ADD COLUMN quotes INTEGER;
UPDATE documents SET events = (SELECT count(*) FROM events e WHERE e.document_id = documents.id),
                     quotes = (SELECT count(*) FROM quotes q WHERE q.document_id = documents.id);
ALTER TABLE events ADD COLUMN source_country VARCHAR;
ALTER TABLE events ADD COLUMN source_sector VARCHAR;
ALTER TABLE events ADD COLUMN target_country VARCHAR;
ALTER TABLE events ADD COLUMN target_sector VARCHAR;
ALTER TABLE events ADD COLUMN day DATE;
UPDATE events SET source_country = a.country, source_sector = a.sector
    FROM actors a WHERE a.document_id = events.document_id AND a.actor_id = events.source_id;
UPDATE events SET target_country = a.country, target_sector = a.sector
    FROM actors a WHERE a.document_id = events.document_id AND a.actor_id = events.target_id;
UPDATE events SET day = coalesce(try_cast(left(date, 10) AS DATE), try_cast(left(date, 7) || '-01' AS DATE));
UPDATE schema_version SET version = 6;
