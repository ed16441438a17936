package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** The {@code feed_items} table: what the store's {@link org.dyad.ingest.web.FeedLedger} remembers. */
final class FeedItems {
    private final Connection db;

    FeedItems(Connection db) {
        this.db = db;
    }

    boolean settled(String feed, String item, int maxAttempts) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT status, attempts FROM feed_items WHERE feed = ? AND item = ?")) {
            s.setString(1, feed);
            s.setString(2, item);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && (r.getString(1).equals("fetched") || r.getInt(2) >= maxAttempts);
            }
        }
    }

    void record(String feed, String item, String url, String status, String reason, String documentId) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO feed_items VALUES (?, ?, ?, ?, 1, ?, ?, ?) "
                + "ON CONFLICT (feed, item) DO UPDATE SET url = excluded.url, status = excluded.status, "
                + "attempts = feed_items.attempts + 1, reason = excluded.reason, document_id = excluded.document_id, "
                + "last_attempt = excluded.last_attempt")) {
            s.setString(1, feed);
            s.setString(2, item);
            s.setString(3, url);
            s.setString(4, status);
            s.setString(5, reason);
            s.setString(6, documentId);
            s.setTimestamp(7, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
    }
}
