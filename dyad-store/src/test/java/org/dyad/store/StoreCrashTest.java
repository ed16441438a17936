package org.dyad.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a real writer process with SIGKILL in the middle of a batch and checks the file it leaves:
 * every document it finished is there whole, and no document is there in part.
 */
class StoreCrashTest {
    /** Times per document: enough rows that the kill usually lands inside a transaction. */
    static final int TIMES = 400;
    static final int FINISHED_BEFORE_KILL = 5;

    @TempDir
    Path tmp;

    @Test
    void aBatchKilledHalfWayLeavesEveryFinishedDocumentAndNoPartialOne() throws Exception {
        Path file = tmp.resolve("crash.duckdb");
        Process writer = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                Writer.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int finished = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (finished < FINISHED_BEFORE_KILL && (line = out.readLine()) != null) {
                if (line.startsWith("saved ")) {
                    finished++;
                }
            }
            writer.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(finished).isEqualTo(FINISHED_BEFORE_KILL);

        try (Store store = Store.open(file)) {
            List<String> ids = store.documentIds();
            assertThat(ids).hasSizeGreaterThanOrEqualTo(FINISHED_BEFORE_KILL);
            for (String id : ids) {
                assertThat(store.countParts("times", id)).as("times of " + id).isEqualTo(TIMES);
                assertThat(store.countParts("events", id)).as("events of " + id).isEqualTo(1);
            }
        }
        for (String part : new String[]{"times", "posts", "events"}) {
            assertThat(orphans(file, part)).as("rows of " + part + " without their document").isZero();
        }
    }

    private static long orphans(Path file, String table) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + file);
             var s = c.createStatement();
             var r = s.executeQuery("SELECT count(*) FROM " + table + " t WHERE NOT EXISTS "
                     + "(SELECT 1 FROM documents d WHERE d.id = t.document_id)")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The child process: saves documents forever, saying so after each commit, until it is killed. */
    public static final class Writer {
        public static void main(String[] args) throws IOException {
            try (Store store = Store.open(Path.of(args[0]))) {
                for (int i = 0; ; i++) {
                    store.save(Analyses.sample(String.format("doc-%05d", i), TIMES));
                    System.out.println("saved " + i);
                    System.out.flush();
                }
            }
        }
    }
}
