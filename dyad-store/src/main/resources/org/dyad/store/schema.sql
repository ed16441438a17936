-- Dyad's DuckDB store, schema version 6. One row per document in `documents`; every other table
-- holds the document's parts, keyed by document_id and their order in the document, so that a
-- document is replaced by deleting and inserting its rows in one transaction.
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id VARCHAR PRIMARY KEY,
    source VARCHAR NOT NULL,
    url VARCHAR,
    title VARCHAR,
    outlet VARCHAR,
    dateline VARCHAR,
    authors VARCHAR[],
    published VARCHAR,
    published_source VARCHAR NOT NULL,
    language VARCHAR,
    text VARCHAR NOT NULL,
    headings VARCHAR[],
    tokens INTEGER NOT NULL,
    notes VARCHAR[],
    record JSON NOT NULL,
    -- how many events and quotes the record holds: document lists show them without counting (v6)
    events INTEGER,
    quotes INTEGER
);
CREATE TABLE IF NOT EXISTS dropped (
    document_id VARCHAR NOT NULL, ord INTEGER NOT NULL, reason VARCHAR NOT NULL, text VARCHAR NOT NULL,
    PRIMARY KEY (document_id, ord));
CREATE TABLE IF NOT EXISTS posts (
    document_id VARCHAR NOT NULL, ord INTEGER NOT NULL, author VARCHAR, handle VARCHAR, date DATE,
    language VARCHAR, text VARCHAR NOT NULL,
    PRIMARY KEY (document_id, ord));
CREATE TABLE IF NOT EXISTS times (
    document_id VARCHAR NOT NULL, ord INTEGER NOT NULL, text VARCHAR NOT NULL, value VARCHAR, type VARCHAR,
    start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, sentence INTEGER NOT NULL,
    PRIMARY KEY (document_id, ord));
CREATE TABLE IF NOT EXISTS actors (
    document_id VARCHAR NOT NULL, actor_id VARCHAR NOT NULL, name VARCHAR NOT NULL, country VARCHAR,
    sector VARCHAR, title VARCHAR,
    PRIMARY KEY (document_id, actor_id));
CREATE TABLE IF NOT EXISTS quotes (
    document_id VARCHAR NOT NULL, ord INTEGER NOT NULL, text VARCHAR NOT NULL, speaker_id VARCHAR,
    speaker_name VARCHAR, date VARCHAR, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
    -- 'direct' (quotation marks) or 'indirect' (a reported clause: "said that …", "according to X, …")
    kind VARCHAR NOT NULL,
    -- the quote's post (posts.ord) when it lies in an embedded post: then its offsets are into the post's text
    post INTEGER,
    PRIMARY KEY (document_id, ord));
CREATE TABLE IF NOT EXISTS events (
    document_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL, source_id VARCHAR, source_name VARCHAR,
    target_id VARCHAR, target_name VARCHAR, cameo VARCHAR NOT NULL, plover VARCHAR, goldstein DOUBLE,
    date VARCHAR, date_source VARCHAR, location VARCHAR, location_country VARCHAR, sentence VARCHAR, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
    confidence DOUBLE,
    -- the source's and target's country and sector (as in the record), and the day the event happened
    -- (a TIMEX3 day, or the first of its month): filters and sorting read one table (v6)
    source_country VARCHAR, source_sector VARCHAR, target_country VARCHAR, target_sector VARCHAR, day DATE,
    PRIMARY KEY (document_id, event_id));
-- What the store has learnt of people across documents: each role seen, first and last seen.
-- Not part of any one document: re-analysing a document adds to it and removes nothing.
CREATE TABLE IF NOT EXISTS people (
    name VARCHAR NOT NULL, country VARCHAR NOT NULL, sector VARCHAR, title VARCHAR,
    first_seen DATE NOT NULL, last_seen DATE NOT NULL,
    leaves VARCHAR,  -- when the role ends, as a text said (TIMEX3 value: 2026-08), or null
    PRIMARY KEY (name, country));
-- Stories: which documents tell one happening (a document is in one story), each story's record
-- (the contract's story line) and its merged events, each happening once with the documents that
-- report it. A story is replaced whole when a document joins it.
CREATE TABLE IF NOT EXISTS stories (
    story_id VARCHAR NOT NULL, document_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
    PRIMARY KEY (story_id, document_id));
CREATE TABLE IF NOT EXISTS story_records (
    story_id VARCHAR PRIMARY KEY, documents INTEGER NOT NULL, events INTEGER NOT NULL, record JSON NOT NULL);
CREATE TABLE IF NOT EXISTS story_events (
    story_id VARCHAR NOT NULL, ord INTEGER NOT NULL, event_id VARCHAR NOT NULL, source_id VARCHAR, source_name VARCHAR,
    source_country VARCHAR, target_id VARCHAR, target_name VARCHAR, target_country VARCHAR, cameo VARCHAR NOT NULL,
    plover VARCHAR, goldstein DOUBLE, date VARCHAR, documents INTEGER NOT NULL, document_ids VARCHAR[], sentence VARCHAR,
    PRIMARY KEY (story_id, ord));
-- Every URL (or path) a stored document was read from: a copy of an article under another URL, or
-- a syndicated copy with trivial differences, is stored once and linked here (schema v4).
CREATE TABLE IF NOT EXISTS document_urls (
    document_id VARCHAR NOT NULL, url VARCHAR NOT NULL,
    PRIMARY KEY (document_id, url));
-- What makes two narrations one article (org.dyad.clean.Fingerprint): the normalized text's hash and
-- its MinHash signature; fingerprint_bands indexes the signature's bands to find near copies.
CREATE TABLE IF NOT EXISTS fingerprints (
    document_id VARCHAR PRIMARY KEY, hash VARCHAR NOT NULL, minhash INTEGER[] NOT NULL);
CREATE TABLE IF NOT EXISTS fingerprint_bands (
    document_id VARCHAR NOT NULL, band INTEGER NOT NULL, value BIGINT NOT NULL,
    PRIMARY KEY (document_id, band));
-- The items of polled feeds: fetched (with the document made of the page), or failed and how often.
CREATE TABLE IF NOT EXISTS feed_items (
    feed VARCHAR NOT NULL, item VARCHAR NOT NULL, url VARCHAR, status VARCHAR NOT NULL, attempts INTEGER NOT NULL,
    reason VARCHAR, document_id VARCHAR, last_attempt TIMESTAMP NOT NULL,
    PRIMARY KEY (feed, item));
