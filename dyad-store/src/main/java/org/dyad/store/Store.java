package org.dyad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dyad.clean.Fingerprint;
import org.dyad.ingest.web.FeedLedger;
import org.dyad.model.Actor;
import org.dyad.model.ActorRef;
import org.dyad.model.Analysis;
import org.dyad.model.CleanArticle;
import org.dyad.model.Dropped;
import org.dyad.model.DyadSeries;
import org.dyad.model.Event;
import org.dyad.model.Story;
import org.dyad.model.StoryEvent;
import org.dyad.record.AnalysisReader;
import org.dyad.record.TableRows;
import org.dyad.stories.Dyads;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;

/**
 * Dyad's embedded store: a DuckDB file holding every analyzed document and its parts (see
 * {@code schema.sql}). Each document is written in one transaction that first removes any earlier
 * analysis of it, so re-analysing is idempotent and a crash mid-batch leaves each document either
 * whole or absent.
 *
 * <p>One {@code Store} per file per process (DuckDB allows one writer); its methods are safe to call
 * from several threads. Writes take turns on one connection; reads run side by side on
 * {@link Readers} of their own, each query seeing only committed documents.
 */
public final class Store implements AutoCloseable, FeedLedger {
    /**
     * Bumped whenever schema.sql changes, with a {@code migrate-N.sql} that brings version N up; a file
     * of a version that cannot be migrated is refused, not silently misread.
     */
    public static final int SCHEMA_VERSION = 6;

    /** The tables of a document's parts, cleared before a document is written again. */
    private static final List<String> PARTS = TableRows.PARTS;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Readers per store: enough for a server's concurrent requests on a few cores; a busy one makes the next wait. */
    private static final int READERS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    private final Path file;
    private final Connection db;
    private final Readers readers;
    private final DayCounts dayCounts = new DayCounts();

    private final Duplicates duplicates;
    private final FeedItems feedItems;

    private Store(Path file, Connection db, Readers readers) {
        this.file = file;
        this.db = db;
        this.readers = readers;
        this.duplicates = new Duplicates(db);
        this.feedItems = new FeedItems(db);
    }

    /** Opens the store, creating the file and its tables if they do not exist. */
    public static Store open(Path file) {
        Connection db;
        Readers readers;
        try {
            db = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw new StoreException("cannot open the store " + file + ": " + firstLine(e), e);
        }
        try {
            readers = new Readers(db, READERS);
        } catch (SQLException e) {
            closeQuietly(db);
            throw new StoreException("cannot open readers of the store " + file + ": " + firstLine(e), e);
        }
        Store store = new Store(file, db, readers);
        try {
            store.createSchema();
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * Writes one analysis, replacing any earlier analysis of the same document — unless its narration
     * is that of another stored document (the same article under another URL, or a syndicated copy
     * with trivial differences): then only its URL is linked to that document. Returns the id of the
     * document that holds the article.
     */
    public synchronized String save(Analysis analysis) {
        String id = analysis.id();
        try {
            db.setAutoCommit(false);
            String holder = saveOrLink(analysis);
            db.commit();
            dayCounts.written();
            return holder;
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw new StoreException("cannot store document " + id + " (" + analysis.article().article().source()
                    + ") in " + file + ": " + firstLine(e), e);
        } finally {
            autoCommit();
        }
    }

    /**
     * Before an expensive analysis: if another stored document already holds this cleaned article
     * (same text, or a near copy), links the article's URL to it and returns its id; else empty, and
     * nothing is written.
     */
    public synchronized Optional<String> linkIfStored(CleanArticle clean) {
        if (clean.text().isBlank()) {
            return Optional.empty();
        }
        try {
            Optional<String> original = duplicates.original(Fingerprint.of(clean.text()), clean.id());
            if (original.isPresent()) {
                duplicates.link(original.get(), clean.article().url() != null ? clean.article().url() : clean.article().source());
            }
            return original;
        } catch (SQLException e) {
            throw failure("look up copies of " + clean.id(), e);
        }
    }

    private String saveOrLink(Analysis analysis) throws SQLException {
        String id = analysis.id();
        String url = analysis.article().article().url() != null ? analysis.article().article().url() : analysis.article().article().source();
        // an empty narration is no article to compare: every empty page would be "the same"
        Fingerprint fp = analysis.article().text().isBlank() ? null : Fingerprint.of(analysis.article().text());
        Optional<String> original = fp == null ? Optional.empty() : duplicates.original(fp, id);
        if (original.isPresent()) {
            duplicates.link(original.get(), url);
            return original.get();
        }
        delete(id);
        insertDocument(analysis);
        insertParts(analysis);
        rememberPeople(analysis);
        if (fp != null) {
            duplicates.remember(id, fp);
        }
        duplicates.link(id, url);
        return id;
    }

    /** The URLs (or paths) a stored document was read from, in order. */
    public List<String> urls(String id) {
        return rows("SELECT url FROM document_urls WHERE document_id = ? ORDER BY url", List.of(id), r -> r.getString(1));
    }

    @Override
    public synchronized boolean settled(String feed, String item, int maxAttempts) {
        try {
            return feedItems.settled(feed, item, maxAttempts);
        } catch (SQLException e) {
            throw failure("read feed items", e);
        }
    }

    @Override
    public synchronized void fetched(String feed, String item, String url, String documentId) {
        recordItem(feed, item, url, "fetched", null, documentId);
    }

    @Override
    public synchronized void failed(String feed, String item, String url, String reason) {
        recordItem(feed, item, url, "failed", reason, null);
    }

    private void recordItem(String feed, String item, String url, String status, String reason, String documentId) {
        try {
            feedItems.record(feed, item, url, status, reason, documentId);
        } catch (SQLException e) {
            throw failure("record feed item " + item, e);
        }
    }

    public long countDocuments() {
        return count("SELECT count(*) FROM documents", List.of());
    }

    /** Ids of the stored documents, in id order. */
    public List<String> documentIds() {
        return rows("SELECT id FROM documents ORDER BY id", List.of(), r -> r.getString(1));
    }

    /** What a pass over stored records does with each: its key (a document or a story id) and the record. */
    public interface RecordSink {
        void accept(String key, String record);
    }

    /** Every stored document's record with its id, in id order: one query, streamed, however large the store. */
    public void forEachRecord(RecordSink sink) {
        stream("SELECT id, record FROM documents ORDER BY id", sink);
    }

    /** The record of every document in a story with the story's id, story by story, each in the order it joined. */
    public void forEachStoryMember(RecordSink sink) {
        stream("SELECT s.story_id, d.record FROM stories s JOIN documents d ON d.id = s.document_id ORDER BY s.story_id, s.ord", sink);
    }

    private void stream(String sql, RecordSink sink) {
        try {
            readers.read(c -> {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                    while (r.next()) {
                        sink.accept(r.getString(1), r.getString(2));
                    }
                }
                return null;
            });
        } catch (SQLException e) {
            throw failure("read the records of", e);
        }
    }

    /** A stored document's analysis record (the JSON line of the contract), if it is stored. */
    public Optional<String> record(String id) {
        return rows("SELECT record FROM documents WHERE id = ?", List.of(id), r -> r.getString(1)).stream().findFirst();
    }

    /**
     * The lines the cleaner dropped from a document, in their order, each with its reason: the record
     * leaves them out (it is the narration's contract), but a reader of the article wants to see them.
     */
    public List<Dropped> dropped(String documentId) {
        return rows("SELECT text, reason FROM dropped WHERE document_id = ? ORDER BY ord", List.of(documentId),
                r -> new Dropped(r.getString(1), Dropped.Reason.valueOf(r.getString(2))));
    }

    /** The DuckDB file this store keeps: files that belong to it (a search index) live beside it. */
    public Path file() {
        return file;
    }

    /** Rows of one part table (e.g. "times") for a document; lets callers check completeness. */
    public long countParts(String table, String documentId) {
        if (!PARTS.contains(table)) {
            throw new IllegalArgumentException("not a part table: " + table + " (one of " + PARTS + ")");
        }
        return count("SELECT count(*) FROM " + table + " WHERE document_id = ?", List.of(documentId));
    }

    /**
     * Writes a story, replacing any earlier version of it, in one transaction. A document stays in
     * the story it was first stored in (story ids are stable): a story that claims a document of
     * another is refused with a {@link StoreException}.
     */
    public synchronized void saveStory(Story story) {
        try {
            db.setAutoCommit(false);
            for (String table : TableRows.STORY_TABLES) {
                update("DELETE FROM " + table + " WHERE story_id = ?", story.id());
            }
            for (String document : story.documents()) {
                try (PreparedStatement s = db.prepareStatement("SELECT story_id FROM stories WHERE document_id = ?")) {
                    s.setString(1, document);
                    try (ResultSet r = s.executeQuery()) {
                        if (r.next()) {
                            throw new IllegalArgumentException("document " + document + " is in story " + r.getString(1));
                        }
                    }
                }
            }
            for (String table : TableRows.STORY_TABLES) {
                for (Object[] row : TableRows.story(table, story)) {
                    insert(table, row);
                }
            }
            db.commit();
            dayCounts.written();
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw new StoreException("cannot store story " + story.id() + " in " + file + ": " + firstLine(e), e);
        } finally {
            autoCommit();
        }
    }

    /** Each stored document's story, by document id, each story's documents in the order they joined it. */
    public Map<String, String> storyOfDocuments() {
        Map<String, String> stories = new LinkedHashMap<>();
        rows("SELECT document_id, story_id FROM stories ORDER BY story_id, ord", List.of(), r -> stories.put(r.getString(1), r.getString(2)));
        return stories;
    }

    /** The story a stored document is in, if it is in one. */
    public Optional<String> storyOf(String documentId) {
        return rows("SELECT story_id FROM stories WHERE document_id = ?", List.of(documentId), r -> r.getString(1)).stream().findFirst();
    }

    /** A story's documents, in the order they joined it; empty for an unknown story. */
    public List<String> documentsOf(String storyId) {
        return rows("SELECT document_id FROM stories WHERE story_id = ? ORDER BY ord", List.of(storyId), r -> r.getString(1));
    }

    /** A stored story: its id, how many documents and events, and its record (the contract's story line). */
    public record StoredStory(String id, int documents, int events, String record) {
    }

    /** The stored stories, most documents first, then by id. */
    public List<StoredStory> stories() {
        return rows("SELECT story_id, documents, events, record FROM story_records ORDER BY documents DESC, story_id", List.of(),
                Store::storedStory);
    }

    /**
     * Every story's merged events, in story and event order. Each comes back with one report per
     * document that reports it, carrying the merged event's own fields (the stored summary, not each
     * report's wording): enough to count and average them.
     */
    public List<StoryEvent> storyEvents() {
        return rows("SELECT event_id, source_id, source_name, source_country, target_id, target_name, target_country, cameo, plover, "
                + "goldstein, date, to_json(document_ids), sentence FROM story_events ORDER BY story_id, ord", List.of(), Store::storyEvent);
    }

    private static StoryEvent storyEvent(ResultSet r) throws SQLException {
        ActorRef source = new ActorRef(r.getString(2), r.getString(3), r.getString(4), null);
        ActorRef target = new ActorRef(r.getString(5), r.getString(6), r.getString(7), null);
        Event e = new Event(r.getString(1), source, target, r.getString(8), r.getString(9), r.getDouble(10), r.getString(11),
                Event.DateSource.UNKNOWN, null, r.getString(13), 0, 0, 1);
        List<StoryEvent.Report> reports = new ArrayList<>();
        try {
            for (String document : JSON.readValue(r.getString(12), String[].class)) {
                reports.add(new StoryEvent.Report(document, e));
            }
        } catch (JsonProcessingException x) {
            throw new SQLException("unreadable document ids of story event " + e.id(), x);
        }
        return new StoryEvent(e.id(), source, target, e.cameo(), e.plover(), e.goldstein(), e.date(), reports);
    }

    /** A stored story by id, if there is one. */
    public Optional<StoredStory> story(String id) {
        return rows("SELECT story_id, documents, events, record FROM story_records WHERE story_id = ?", List.of(id), Store::storedStory)
                .stream().findFirst();
    }

    private static StoredStory storedStory(ResultSet r) throws SQLException {
        return new StoredStory(r.getString(1), r.getInt(2), r.getInt(3), r.getString(4));
    }

    /** The monthly series of a pair of countries or actors over the stored stories' merged events (as {@code dyad dyad} prints it). */
    public DyadSeries dyad(String a, String b) {
        return Dyads.of(a, b, storyEvents());
    }

    /** A page of documents matching the filter, latest published first, then by id. */
    public Page<DocumentRow> documents(DocumentFilter f, int limit, int offset) {
        String day = "left(d.published, 10)";
        Where where = new Where().between("try_cast(" + day + " AS DATE)", f.from(), f.to())
                .and("d.language = ?", f.language())
                .and("lower(d.outlet) = lower(?)", f.outlet());
        return pageByDay("documents d", day, "DESC NULLS LAST", where, filter -> "SELECT d.id, d.title, d.outlet, d.published, "
                        + "d.language, d.source, d.url, s.story_id, d.events, d.quotes FROM documents d LEFT JOIN stories s ON s.document_id = d.id"
                        + filter + " ORDER BY d.published DESC NULLS LAST, d.id LIMIT ? OFFSET ?", limit, offset,
                r -> new DocumentRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                        r.getString(7), r.getString(8), r.getInt(9), r.getInt(10)));
    }

    /** A page of events matching the filter, by the day they happened (undated last), then document and id. */
    public Page<EventRow> events(EventFilter f, int limit, int offset) {
        Where where = new Where().and("(e.source_country = upper(?) OR e.target_country = upper(?))", f.country())
                .and("upper(e.plover) = upper(?)", f.plover())
                .and("left(e.cameo, 2) = ?", f.cameoRoot())
                .between("e.day", f.from(), f.to())
                .and("(e.source_id = ? OR e.target_id = ?)", f.actor())
                .and("e.document_id = ?", f.document());
        Page<EventRow> page = pageByDay("events e", "e.day", "NULLS LAST", where, filter -> "SELECT e.document_id, e.event_id, e.source_id, "
                        + "e.source_name, e.source_country, e.source_sector, e.target_id, e.target_name, e.target_country, e.target_sector, "
                        + "e.cameo, e.plover, e.goldstein, e.date, e.date_source, e.location, e.location_country, e.sentence, e.start_offset, "
                        + "e.end_offset, e.confidence FROM events e" + filter + " ORDER BY e.day NULLS LAST, e.document_id, e.event_id "
                        + "LIMIT ? OFFSET ?", limit, offset,
                r -> new EventRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                        r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getString(11), r.getString(12),
                        (Double) r.getObject(13), r.getString(14), r.getString(15), r.getString(16), r.getString(17), r.getString(18),
                        r.getInt(19), r.getInt(20), (Double) r.getObject(21), null, null, null));
        return new Page<>(withDocuments(page.items()), page.total(), limit, offset);
    }

    /**
     * The events with their documents' publication date, outlet and URL: read apart, for the page's
     * documents only, which costs a fraction of joining the page to the documents table.
     */
    private List<EventRow> withDocuments(List<EventRow> events) {
        List<Object> ids = new ArrayList<>(new LinkedHashSet<>(events.stream().map(EventRow::documentId).toList()));
        if (ids.isEmpty()) {
            return events;
        }
        Map<String, String[]> documents = new HashMap<>();
        rows("SELECT id, published, outlet, url FROM documents WHERE id IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")",
                ids, r -> documents.put(r.getString(1), new String[]{r.getString(2), r.getString(3), r.getString(4)}));
        return events.stream().map(e -> {
            String[] d = documents.getOrDefault(e.documentId(), new String[3]);
            return e.reportedBy(d[0], d[1], d[2]);
        }).toList();
    }

    /**
     * A page of a list whose order begins with a day ({@link DaySpan}): how many rows each day has
     * (which also gives the total), then only the page's days sorted. {@code page} makes the page's
     * query from its WHERE clause, ending in {@code LIMIT ? OFFSET ?}.
     */
    private <T> Page<T> pageByDay(String table, String day, String dayOrder, Where where, UnaryOperator<String> page, int limit, int offset,
                                  Row<T> row) {
        String counts = "SELECT " + day + ", count(*) FROM " + table + where.sql() + " GROUP BY 1 ORDER BY 1 " + dayOrder;
        List<DaySpan.DayCount> days = dayCounts.get(counts, where.params(),
                () -> rows(counts, where.params(), r -> new DaySpan.DayCount(r.getString(1), r.getLong(2))));
        Optional<DaySpan> span = DaySpan.of(days, offset, limit);
        if (span.isEmpty()) {
            return new Page<>(List.of(), DaySpan.total(days), limit, offset);
        }
        List<Object> params = new ArrayList<>(where.params());
        params.addAll(span.get().params());
        params.add(limit);
        params.add(span.get().skip());
        List<T> items = rows(page.apply(where.sql() + " AND " + span.get().condition(day)), params, row);
        return new Page<>(items, DaySpan.total(days), limit, offset);
    }

    /**
     * A page of quotes, by document and place; {@code speaker} (an actor id or name, any case) and
     * {@code document} keep only those, when not null.
     */
    public Page<QuoteRow> quotes(String speaker, String document, int limit, int offset) {
        Where where = new Where().and("(q.speaker_id = ? OR lower(q.speaker_name) = lower(?))", speaker)
                .and("q.document_id = ?", document);
        long total = count("SELECT count(*) FROM quotes q" + where.sql(), where.params());
        List<QuoteRow> items = rows("SELECT q.document_id, q.ord, q.text, q.speaker_id, q.speaker_name, q.date, q.kind, q.start_offset, "
                + "q.end_offset, q.post FROM quotes q" + where.sql() + " ORDER BY q.document_id, q.ord LIMIT ? OFFSET ?", where.paged(limit, offset),
                r -> new QuoteRow(r.getString(1), r.getInt(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                        r.getString(7), r.getInt(8), r.getInt(9), (Integer) r.getObject(10)));
        return new Page<>(items, total, limit, offset);
    }

    /** A page of actors, most documents first; {@code country} keeps only that country's, when not null. */
    public Page<ActorRow> actors(String country, int limit, int offset) {
        Where where = new Where().and("upper(a.country) = upper(?)", country);
        long total = count("SELECT count(DISTINCT a.actor_id) FROM actors a" + where.sql(), where.params());
        List<ActorRow> items = rows(ACTOR_ROWS + where.sql() + " GROUP BY a.actor_id ORDER BY count(*) DESC, a.actor_id LIMIT ? OFFSET ?",
                where.paged(limit, offset), Store::actorRow);
        return new Page<>(items, total, limit, offset);
    }

    /** An actor by id, if any document names it. */
    public Optional<ActorRow> actor(String id) {
        return rows(ACTOR_ROWS + " WHERE a.actor_id = ? GROUP BY a.actor_id", List.of(id), Store::actorRow).stream().findFirst();
    }

    /**
     * The roles an actor was named with, earliest first. Dates come from the documents rather than
     * from the {@code people} table, which keeps one (the latest) role per person; what that table
     * adds is {@code leaves}, when a text said the role ends.
     */
    public List<RoleRow> roles(String actorId) {
        return rows("SELECT a.title, min(substr(d.published, 1, 10)), max(substr(d.published, 1, 10)), max(p.leaves) "
                        + "FROM actors a JOIN documents d ON d.id = a.document_id "
                        + "LEFT JOIN people p ON p.name = a.name AND p.country = a.country AND p.title = a.title "
                        + "WHERE a.actor_id = ? AND a.title IS NOT NULL GROUP BY a.title ORDER BY 2 NULLS LAST, 1",
                List.of(actorId), r -> new RoleRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
    }

    /** The actors an actor has most events with, either way, most first. */
    public List<PartnerRow> partners(String actorId, int limit) {
        return rows("SELECT other, any_value(name), count_if(out), count_if(NOT out) FROM ("
                        + "SELECT target_id AS other, target_name AS name, true AS out FROM events WHERE source_id = ? "
                        + "UNION ALL SELECT source_id, source_name, false FROM events WHERE target_id = ?) "
                        + "WHERE other IS NOT NULL AND other <> ? GROUP BY other ORDER BY count(*) DESC, other LIMIT ?",
                List.of(actorId, actorId, actorId, limit), r -> new PartnerRow(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4)));
    }

    /** The tables of the store, in the order an export writes them. */
    public static final List<String> TABLES = List.of("documents", "dropped", "posts", "times", "actors", "quotes", "events",
            "people", "stories", "story_records", "story_events");

    /**
     * Writes one table to a file with DuckDB's own writer, {@code format} being {@code PARQUET} or
     * {@code CSV} (CSV with a header line); returns its row count.
     */
    public long copyTable(String table, Path out, String format) {
        if (!TABLES.contains(table) || !List.of("PARQUET", "CSV").contains(format)) {
            throw new IllegalArgumentException("cannot copy " + table + " as " + format);
        }
        String options = format.equals("CSV") ? "FORMAT CSV, HEADER" : "FORMAT PARQUET";
        // COPY takes no bound parameters; the path is quoted as an SQL string literal. COPY reports the rows it wrote.
        String copy = "COPY " + table + " TO '" + out.toAbsolutePath().toString().replace("'", "''") + "' (" + options + ")";
        try {
            return readers.read(c -> {
                try (Statement s = c.createStatement()) {
                    return (long) s.executeUpdate(copy);
                }
            });
        } catch (SQLException e) {
            throw failure("export " + table + " of", e);
        }
    }

    private static final String ACTOR_ROWS = "SELECT a.actor_id, arg_max(a.name, d.published), arg_max(a.country, d.published), "
            + "arg_max(a.sector, d.published), arg_max(a.title, d.published), count(*) FROM actors a JOIN documents d ON d.id = a.document_id";

    private static ActorRow actorRow(ResultSet r) throws SQLException {
        return new ActorRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getLong(6));
    }

    /** Maps one result row; lets the queries above share one way of binding and reading. */
    private interface Row<T> {
        T map(ResultSet r) throws SQLException;
    }

    /** Runs a read on a reader of its own: reads never wait for each other, nor see a write half done. */
    private <T> List<T> rows(String sql, List<Object> params, Row<T> row) {
        try {
            return readers.read(c -> {
                List<T> out = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    for (int i = 0; i < params.size(); i++) {
                        s.setObject(i + 1, params.get(i));
                    }
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            out.add(row.map(r));
                        }
                    }
                }
                return out;
            });
        } catch (SQLException e) {
            throw failure("query", e);
        }
    }

    private long count(String sql, List<Object> params) {
        return rows(sql, params, r -> r.getLong(1)).get(0);
    }

    public int schemaVersion() {
        return (int) count("SELECT max(version) FROM schema_version", List.of());
    }

    @Override
    public synchronized void close() {
        readers.close();
        try {
            db.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }

    /** Versions a store can be brought up from: {@code migrate-N.sql} takes version N to N + 1. */
    private static final int OLDEST_MIGRATED = 5;

    private void createSchema() {
        try (Statement s = db.createStatement()) {
            s.execute(sql("schema.sql"));
            try (ResultSet r = s.executeQuery("SELECT max(version) FROM schema_version")) {
                r.next();
                int found = r.getInt(1);
                if (r.wasNull()) {
                    s.execute("INSERT INTO schema_version VALUES (" + SCHEMA_VERSION + ")");
                } else if (found != SCHEMA_VERSION) {
                    migrate(found);
                }
            }
            s.execute(sql("indexes.sql"));
        } catch (SQLException e) {
            throw failure("create the tables of", e);
        }
    }

    /** Brings a store of an older version up to this one, all steps in one transaction: a failure leaves it as it was. */
    private void migrate(int found) throws SQLException {
        if (found < OLDEST_MIGRATED || found > SCHEMA_VERSION) {
            throw new StoreException("the store " + file + " has schema version " + found + "; this Dyad reads version "
                    + SCHEMA_VERSION + " and migrates from version " + OLDEST_MIGRATED + ". Analyze into a new file with --db.");
        }
        try (Statement s = db.createStatement()) {
            db.setAutoCommit(false);
            for (int v = found; v < SCHEMA_VERSION; v++) {
                s.execute(sql("migrate-" + v + ".sql"));
            }
            db.commit();
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw e;
        } finally {
            autoCommit();
        }
    }

    private static String sql(String resource) {
        try (InputStream in = Store.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException(resource + " is missing from the dyad-store jar", e);
        }
    }

    private void delete(String id) throws SQLException {
        for (String table : PARTS) {
            update("DELETE FROM " + table + " WHERE document_id = ?", id);
        }
        update("DELETE FROM documents WHERE id = ?", id);
        duplicates.forget(id);
    }

    private void insertDocument(Analysis a) throws SQLException {
        insert("documents", TableRows.document(a));
    }

    private void insertParts(Analysis a) throws SQLException {
        for (String table : PARTS) {
            for (Object[] row : TableRows.parts(table, a)) {
                insert(table, row);
            }
        }
    }

    /** Inserts one row of {@link TableRows}; a list goes as JSON read back by from_json (DuckDB's JDBC binds no arrays). */
    private void insert(String table, Object[] row) throws SQLException {
        Object[] values = row.clone();
        StringJoiner marks = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof List<?> list) {
                values[i] = json(list.stream().map(String::valueOf).toList());
                marks.add("from_json(?, '[\"VARCHAR\"]')");
            } else {
                marks.add("?");
            }
        }
        update("INSERT INTO " + table + " VALUES " + marks, values);
    }

    /**
     * Loads the Parquet tables of a Spark run ({@code dyad spark analyze}: one directory per table,
     * the documents' partitioned by {@code published_date}) in one transaction: documents and their
     * parts, then the stories ({@code stories}, {@code story_records}, {@code story_events}), if the run
     * wrote them. Documents and stories already in the store are replaced, as {@link #save} and
     * {@link #saveStory} replace them, so importing twice changes nothing; the people the documents
     * name are remembered as {@link #save} would. Returns the number of documents loaded.
     */
    public synchronized long importParquet(Path dir) {
        Path documents = dir.resolve("documents");
        if (!hasParquet(documents)) {
            throw new StoreException("no documents table (Parquet files under " + documents + ") to import");
        }
        String ids = "SELECT id FROM " + parquet(documents);
        try (Statement s = db.createStatement()) {
            db.setAutoCommit(false);
            for (String table : PARTS) {
                s.execute("DELETE FROM " + table + " WHERE document_id IN (" + ids + ")");
            }
            s.execute("DELETE FROM documents WHERE id IN (" + ids + ")");
            long loaded = s.executeUpdate("INSERT INTO documents BY NAME SELECT * EXCLUDE (published_date) FROM " + parquet(documents));
            for (String table : PARTS) {
                if (hasParquet(dir.resolve(table))) { // Spark writes no file for a table with no rows
                    s.execute("INSERT INTO " + table + " BY NAME SELECT * EXCLUDE (published_date) FROM " + parquet(dir.resolve(table)));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT record FROM " + parquet(documents))) {
                while (r.next()) {
                    rememberPeople(AnalysisReader.read(r.getString(1)));
                }
            }
            importStories(s, dir, ids);
            db.commit();
            dayCounts.written();
            return loaded;
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw new StoreException("cannot import " + dir + " into " + file + ": " + firstLine(e), e);
        } finally {
            autoCommit();
        }
    }

    /**
     * The run's stories, replacing those of the same ids and the imported documents' places in other
     * stories (a document is in one story). A run without story tables leaves the stories as they are.
     */
    private void importStories(Statement s, Path dir, String documentIds) throws SQLException {
        Path stories = dir.resolve("stories");
        if (!hasParquet(stories)) {
            return;
        }
        String storyIds = "SELECT DISTINCT story_id FROM " + parquet(stories);
        for (String table : List.of("stories", "story_records", "story_events")) {
            s.execute("DELETE FROM " + table + " WHERE story_id IN (" + storyIds + ")");
        }
        s.execute("DELETE FROM stories WHERE document_id IN (" + documentIds + ")");
        for (String table : List.of("stories", "story_records", "story_events")) {
            if (hasParquet(dir.resolve(table))) {
                s.execute("INSERT INTO " + table + " BY NAME SELECT * FROM " + parquet(dir.resolve(table)));
            }
        }
    }

    private static boolean hasParquet(Path table) {
        try (var files = Files.walk(table)) {
            return files.anyMatch(f -> f.toString().endsWith(".parquet"));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private static String parquet(Path table) {
        String glob = table.toAbsolutePath() + "/**/*.parquet";
        return "read_parquet('" + glob.replace("'", "''") + "', hive_partitioning = true)";
    }

    /** The people of the document with a country, seen on its publication date. */
    private void rememberPeople(Analysis a) throws SQLException {
        String date = a.article().published().date();
        if (date == null) {
            return;
        }
        for (Actor x : a.actors()) {
            if (x.person() && x.country() != null) {
                update("INSERT INTO people VALUES (?, ?, ?, ?, CAST(? AS DATE), CAST(? AS DATE), ?) ON CONFLICT (name, country) DO UPDATE SET "
                                + "sector = coalesce(excluded.sector, sector), title = coalesce(excluded.title, title), "
                                + "first_seen = least(first_seen, excluded.first_seen), last_seen = greatest(last_seen, excluded.last_seen), "
                                + "leaves = coalesce(excluded.leaves, leaves)",
                        x.name(), x.country(), x.sector(), x.title(), date, date, month(x.leaves()));
            }
        }
    }

    /**
     * The people the store has seen, as rows of {@code people.tsv}'s columns (name, other forms,
     * country, sector, title, from, to), each role from the month it was first seen until the month a
     * text said it ends, if one did.
     */
    public List<String[]> rememberedPeople() {
        return rows("SELECT name, country, sector, title, strftime(first_seen, '%Y-%m'), leaves FROM people ORDER BY name, country", List.of(),
                r -> new String[]{r.getString(1), "", r.getString(2), nonNull(r.getString(3)), nonNull(r.getString(4)), r.getString(5),
                        nonNull(r.getString(6))});
    }

    /** "2026-08" of a TIMEX3 date ("2026-08-15", "2026-08"); null for what names no month. */
    private static String month(String timex) {
        return timex != null && timex.matches("\\d{4}-\\d{2}.*") ? timex.substring(0, 7) : null;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private void update(String sql, Object... values) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    s.setNull(i + 1, Types.VARCHAR);
                } else if (values[i] instanceof LocalDate date) {
                    s.setObject(i + 1, Date.valueOf(date));
                } else {
                    s.setObject(i + 1, values[i]);
                }
            }
            s.executeUpdate();
        }
    }

    private static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the original failure is the one worth reporting
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing: the caller reports why
        }
    }

    private void autoCommit() {
        try {
            db.setAutoCommit(true);
        } catch (SQLException e) {
            throw failure("reset the connection of", e);
        }
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException("cannot " + what + " the store " + file + ": " + firstLine(e), e);
    }

    private static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
