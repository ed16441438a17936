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
import org.dyad.model.Event;
import org.dyad.model.Post;
import org.dyad.model.Quote;
import org.dyad.model.TimeExpression;
import org.dyad.record.AnalysisRecord;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Dyad's embedded store: a DuckDB file holding every analyzed document and its parts (see
 * {@code schema.sql}). Each document is written in one transaction that first removes any earlier
 * analysis of it, so re-analysing is idempotent and a crash mid-batch leaves each document either
 * whole or absent.
 *
 * <p>One {@code Store} per file per process (DuckDB allows one writer); its methods are safe to call
 * from several threads.
 */
public final class Store implements AutoCloseable, FeedLedger {
    /** Bumped whenever schema.sql changes; a file of another version is refused, not silently misread. */
    public static final int SCHEMA_VERSION = 4;

    /** The tables of a document's parts, cleared before a document is written again. */
    private static final List<String> PARTS = List.of("dropped", "posts", "times", "actors", "quotes", "events");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Connection db;

    private final Duplicates duplicates;
    private final FeedItems feedItems;

    private Store(Path file, Connection db) {
        this.file = file;
        this.db = db;
        this.duplicates = new Duplicates(db);
        this.feedItems = new FeedItems(db);
    }

    /** Opens the store, creating the file and its tables if they do not exist. */
    public static Store open(Path file) {
        Connection db;
        try {
            db = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw new StoreException("cannot open the store " + file + ": " + firstLine(e), e);
        }
        Store store = new Store(file, db);
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
    public synchronized List<String> urls(String id) {
        List<String> urls = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT url FROM document_urls WHERE document_id = ? ORDER BY url")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    urls.add(r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw failure("read the urls of " + id, e);
        }
        return urls;
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

    public synchronized long countDocuments() {
        return queryLong("SELECT count(*) FROM documents");
    }

    /** Ids of the stored documents, in id order. */
    public synchronized List<String> documentIds() {
        List<String> ids = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM documents ORDER BY id")) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        } catch (SQLException e) {
            throw failure("read document ids", e);
        }
        return ids;
    }

    /** A stored document's analysis record (the JSON line of the contract), if it is stored. */
    public synchronized Optional<String> record(String id) {
        try (PreparedStatement s = db.prepareStatement("SELECT record FROM documents WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read document " + id, e);
        }
    }

    /** Rows of one part table (e.g. "times") for a document; lets callers check completeness. */
    public synchronized long countParts(String table, String documentId) {
        if (!PARTS.contains(table)) {
            throw new IllegalArgumentException("not a part table: " + table + " (one of " + PARTS + ")");
        }
        try (PreparedStatement s = db.prepareStatement("SELECT count(*) FROM " + table + " WHERE document_id = ?")) {
            s.setString(1, documentId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw failure("count " + table, e);
        }
    }

    public synchronized int schemaVersion() {
        return (int) queryLong("SELECT max(version) FROM schema_version");
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }

    private void createSchema() {
        try (Statement s = db.createStatement()) {
            s.execute(schemaSql());
            try (ResultSet r = s.executeQuery("SELECT max(version) FROM schema_version")) {
                r.next();
                int found = r.getInt(1);
                if (r.wasNull()) {
                    s.execute("INSERT INTO schema_version VALUES (" + SCHEMA_VERSION + ")");
                } else if (found != SCHEMA_VERSION) {
                    throw new StoreException("the store " + file + " has schema version " + found + "; this Dyad reads version "
                            + SCHEMA_VERSION + ". Analyze into a new file with --db.");
                }
            }
        } catch (SQLException e) {
            throw failure("create the tables of", e);
        }
    }

    private static String schemaSql() {
        try (InputStream in = Store.class.getResourceAsStream("schema.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("schema.sql is missing from the dyad-store jar", e);
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
        CleanArticle c = a.article();
        update("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, from_json(?, '[\"VARCHAR\"]'), ?, ?, ?, ?, "
                        + "from_json(?, '[\"VARCHAR\"]'), ?, from_json(?, '[\"VARCHAR\"]'), ?)",
                c.id(), c.article().source(), c.article().url(), c.title(), c.outlet(), c.dateline(), json(c.authors()),
                c.published().value(), c.published().source().name(), c.language(), c.text(), json(c.headings()),
                a.tokens(), json(a.notes()), AnalysisRecord.toJsonLine(a));
    }

    private void insertParts(Analysis a) throws SQLException {
        String id = a.id();
        List<Dropped> dropped = a.article().dropped();
        for (int i = 0; i < dropped.size(); i++) {
            update("INSERT INTO dropped VALUES (?, ?, ?, ?)", id, i, dropped.get(i).reason().name(), dropped.get(i).text());
        }
        List<Post> posts = a.article().posts();
        for (int i = 0; i < posts.size(); i++) {
            Post p = posts.get(i);
            update("INSERT INTO posts VALUES (?, ?, ?, ?, ?, ?, ?)", id, i, p.author(), p.handle(),
                    p.date() == null ? null : Date.valueOf(p.date()), p.language(), p.text());
        }
        for (int i = 0; i < a.times().size(); i++) {
            TimeExpression t = a.times().get(i);
            update("INSERT INTO times VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, i, t.text(), t.value(), t.type(), t.start(),
                    t.end(), t.sentence());
        }
        for (Actor x : a.actors()) {
            update("INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?)", id, x.id(), x.name(), x.country(), x.sector(), x.title());
        }
        for (int i = 0; i < a.quotes().size(); i++) {
            Quote q = a.quotes().get(i);
            update("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, i, q.text(), refId(q.speaker()),
                    refName(q.speaker()), q.date(), q.start(), q.end(), q.kind().label(), q.post());
        }
        for (Event e : a.events()) {
            update("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, e.id(), refId(e.source()),
                    refName(e.source()), refId(e.target()), refName(e.target()), e.cameo(), e.plover(), e.goldstein(),
                    e.date(), e.dateSource().name(), e.location() == null ? null : e.location().name(),
                    e.location() == null ? null : e.location().country(), e.sentence(), e.start(), e.end(), e.confidence());
        }
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
    public synchronized List<String[]> rememberedPeople() {
        List<String[]> rows = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT name, country, sector, title, strftime(first_seen, '%Y-%m'), leaves FROM people ORDER BY name, country")) {
            while (r.next()) {
                rows.add(new String[]{r.getString(1), "", r.getString(2), nonNull(r.getString(3)), nonNull(r.getString(4)), r.getString(5),
                        nonNull(r.getString(6))});
            }
        } catch (SQLException e) {
            throw failure("read the people of", e);
        }
        return rows;
    }

    /** "2026-08" of a TIMEX3 date ("2026-08-15", "2026-08"); null for what names no month. */
    private static String month(String timex) {
        return timex != null && timex.matches("\\d{4}-\\d{2}.*") ? timex.substring(0, 7) : null;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static String refId(ActorRef ref) {
        return ref == null ? null : ref.id();
    }

    private static String refName(ActorRef ref) {
        return ref == null ? null : ref.name();
    }

    private void update(String sql, Object... values) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    s.setNull(i + 1, Types.VARCHAR);
                } else {
                    s.setObject(i + 1, values[i]);
                }
            }
            s.executeUpdate();
        }
    }

    private long queryLong(String sql) {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw failure("query", e);
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
