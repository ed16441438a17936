package org.dyad.store;

import org.dyad.record.TableRows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Grows a store for load benchmarks: copies of its analyzed documents under new ids and dates,
 * written in SQL inside DuckDB, so 20,000 documents of real analyses take seconds where analysing
 * them would take hours. Not for real stores: a copy repeats its original's text and facts.
 *
 * <p>Copy {@code k} of document {@code ID} is {@code ID~k}, published {@code k} days after it; its
 * parts (dropped lines, posts, times, actors, quotes, events) are the original's under the new id,
 * with the posts' dates and the events' days shifted alike. Its record gets the new id and published
 * date; the dates inside it (TIMEX3 values of times, quotes and events) stay as the text gave them.
 * Fingerprints and URLs are not copied: the copies share their original's text, and a later article
 * of that text should be linked to the original, not to one of its copies. The people table is not
 * touched: a copy names the people its original did.
 */
public final class Copies {
    /** Ids ending so are copies (see {@link #fill}); every other document is an original. */
    private static final String COPY_ID = "'~[0-9]+$'";

    /** A date-like VARCHAR {@code v} ("2025-03-04", "2025-03-04T10:00") moved {@code p.k} days on; any other value kept. */
    private static String shifted(String v) {
        return "CASE WHEN try_cast(left(" + v + ", 10) AS DATE) IS NULL THEN " + v + " ELSE strftime(CAST(left(" + v
                + ", 10) AS DATE) + p.k, '%Y-%m-%d') || substr(" + v + ", 11) END";
    }

    /** The columns a part table's copy changes besides {@code document_id}. */
    private static final Map<String, String> SHIFTED = Map.of("posts", ", date + p.k AS date", "events", ", day + p.k AS day");

    private Copies() {
    }

    /**
     * Copies the originals of the store in {@code file} until it holds {@code documents} documents, in
     * one transaction (copy 1 of every original, then copy 2, …, skipping copies already there); returns
     * how many were written. Opens the file itself: call it while no {@link Store} has it open.
     */
    public static long fill(Path file, int documents) {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
             Statement s = db.createStatement()) {
            checkVersion(s, file);
            long originals = count(s, "SELECT count(*) FROM documents WHERE NOT regexp_matches(id, " + COPY_ID + ")");
            long missing = documents - count(s, "SELECT count(*) FROM documents");
            if (originals == 0 || missing <= 0) {
                return 0;
            }
            db.setAutoCommit(false);
            plan(s, documents / originals + 1, missing);
            long written = s.executeUpdate("INSERT INTO documents SELECT d.* REPLACE (p.id AS id, p.published AS published, "
                    + "json_merge_patch(d.record, CASE WHEN p.published IS NULL THEN json_object('id', p.id) "
                    + "ELSE json_object('id', p.id, 'published', p.published) END) AS record) "
                    + "FROM documents d JOIN copy_plan p ON p.base = d.id");
            for (String table : TableRows.PARTS) {
                s.executeUpdate("INSERT INTO " + table + " SELECT t.* REPLACE (p.id AS document_id" + SHIFTED.getOrDefault(table, "")
                        + ") FROM " + table + " t JOIN copy_plan p ON p.base = t.document_id");
            }
            db.commit();
            return written;
        } catch (SQLException e) {
            throw new StoreException("cannot copy the documents of " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@code copy_plan}: the next {@code missing} copies not yet stored, each with its original
     * ({@code base}), id, shift in days ({@code k}) and published value; {@code rounds} bounds {@code k}.
     */
    private static void plan(Statement s, long rounds, long missing) throws SQLException {
        s.execute("CREATE OR REPLACE TEMP TABLE copy_plan AS SELECT base, id, k, " + shifted("published") + " AS published FROM ("
                + "SELECT o.id AS base, o.id || '~' || r.k AS id, CAST(r.k AS INTEGER) AS k, o.published "
                + "FROM (SELECT id, published FROM documents WHERE NOT regexp_matches(id, " + COPY_ID + ")) o, range(1, " + (rounds + 1)
                + ") r(k) WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = o.id || '~' || r.k) "
                + "ORDER BY r.k, o.id LIMIT " + missing + ") p");
    }

    private static void checkVersion(Statement s, Path file) throws SQLException {
        long version = count(s, "SELECT max(version) FROM schema_version");
        if (version != Store.SCHEMA_VERSION) {
            throw new StoreException("the store " + file + " has schema version " + version + ", not " + Store.SCHEMA_VERSION
                    + ": open it with Store.open first");
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
