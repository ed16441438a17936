package org.dyad.store;

import org.duckdb.DuckDBConnection;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Connections for reading, each a duplicate of the writer's (the same database in this process),
 * lent one query at a time. Readers run side by side and never wait on a write: DuckDB gives each
 * query a snapshot of what was committed, so a reader never sees half of a document being written.
 *
 * <p>Statements are prepared afresh for each query: DuckDB's JDBC driver has crashed the process
 * (SIGSEGV) when prepared statements were kept and run again on these connections.
 */
final class Readers implements AutoCloseable {
    /** What a read does with the connection it is lent. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final BlockingQueue<Connection> idle;
    private final int count;
    private volatile boolean closed;

    Readers(Connection writer, int count) throws SQLException {
        this.idle = new ArrayBlockingQueue<>(count);
        this.count = count;
        try {
            for (int i = 0; i < count; i++) {
                Connection c = ((DuckDBConnection) writer).duplicate();
                idle.add(c);
                try (Statement s = c.createStatement()) {
                    // DuckDB re-reads the table to fetch a page's wide columns; on pages of a few rows that costs
                    // several times what it saves.
                    s.execute("SET disabled_optimizers = 'late_materialization'");
                }
            }
        } catch (SQLException e) {
            idle.forEach(Readers::closeQuietly);
            throw e;
        }
    }

    /** Runs {@code work} on an idle reader, waiting for one if all are busy; fails once the readers are closed. */
    <T> T read(Work<T> work) throws SQLException {
        Connection c;
        try {
            while ((c = idle.poll(100, TimeUnit.MILLISECONDS)) == null) {
                if (closed) {
                    throw new SQLException("the store is closed");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a reader", e);
        }
        try {
            return work.run(c);
        } finally {
            idle.add(c);
        }
    }

    /**
     * Closes every reader once it is back: a read under way finishes first, since closing a DuckDB
     * connection under a running query crashes the process.
     */
    @Override
    public void close() {
        closed = true;
        for (int i = 0; i < count; i++) {
            try {
                Connection c = idle.poll(30, TimeUnit.SECONDS);
                if (c == null) {
                    return;     // a read that never ends: leave its connection to the process's exit
                }
                closeQuietly(c);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing the rest matters more than the first failure
        }
    }
}
