-- Dyad's DuckDB store, schema version 2. One row per document in `documents`; every other table
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
    record JSON NOT NULL
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
