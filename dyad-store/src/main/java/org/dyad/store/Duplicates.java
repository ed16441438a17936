package org.dyad.store;

import org.dyad.clean.Fingerprint;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The store's memory of which articles it holds, by {@link Fingerprint}: finds the document a new
 * narration repeats (same hash, or a shared MinHash band and enough shingles in common), and links
 * each URL an article was read from to its one document. Runs inside the store's transaction; the
 * store holds the lock.
 */
final class Duplicates {
    private final Connection db;

    Duplicates(Connection db) {
        this.db = db;
    }

    /** The stored document, other than {@code id}, whose narration is this one's or near enough. */
    Optional<String> original(Fingerprint fp, String id) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT f.document_id, f.hash, f.minhash FROM fingerprints f WHERE f.document_id <> ? "
                + "AND (f.hash = ?");
        long[] bands = fp.bands();
        if (bands.length > 0) {
            sql.append(" OR f.document_id IN (SELECT document_id FROM fingerprint_bands WHERE ")
                    .append("(band, value) IN (").append("(?, ?), ".repeat(bands.length - 1)).append("(?, ?)))");
        }
        sql.append(") ORDER BY f.document_id");
        try (PreparedStatement s = db.prepareStatement(sql.toString())) {
            s.setString(1, id);
            s.setString(2, fp.hash());
            for (int b = 0; b < bands.length; b++) {
                s.setInt(3 + 2 * b, b);
                s.setLong(4 + 2 * b, bands[b]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (fp.sameArticle(new Fingerprint(r.getString(2), ints(r.getArray(3))))) {
                        return Optional.of(r.getString(1));
                    }
                }
            }
        }
        return Optional.empty();
    }

    void remember(String id, Fingerprint fp) throws SQLException {
        forget(id);
        try (PreparedStatement s = db.prepareStatement("INSERT INTO fingerprints VALUES (?, ?, ?)")) {
            s.setString(1, id);
            s.setString(2, fp.hash());
            s.setArray(3, db.createArrayOf("INTEGER", java.util.Arrays.stream(fp.minhash()).boxed().toArray()));
            s.executeUpdate();
        }
        long[] bands = fp.bands();
        try (PreparedStatement s = db.prepareStatement("INSERT INTO fingerprint_bands VALUES (?, ?, ?)")) {
            for (int b = 0; b < bands.length; b++) {
                s.setString(1, id);
                s.setInt(2, b);
                s.setLong(3, bands[b]);
                s.executeUpdate();
            }
        }
    }

    void forget(String id) throws SQLException {
        for (String table : new String[]{"fingerprints", "fingerprint_bands"}) {
            try (PreparedStatement s = db.prepareStatement("DELETE FROM " + table + " WHERE document_id = ?")) {
                s.setString(1, id);
                s.executeUpdate();
            }
        }
    }

    void link(String id, String url) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("INSERT OR IGNORE INTO document_urls VALUES (?, ?)")) {
            s.setString(1, id);
            s.setString(2, url);
            s.executeUpdate();
        }
    }

    private static int[] ints(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = ((Number) values[i]).intValue();
        }
        return out;
    }
}
