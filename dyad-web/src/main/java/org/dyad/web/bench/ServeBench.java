package org.dyad.web.bench;

import org.dyad.store.Store;
import org.dyad.web.ServeOptions;
import org.dyad.web.WebServer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;

/**
 * {@code dyad bench --serve}: a store of synthetic documents, a real server on loopback, and clients
 * reading search, documents and events at a target rate. Prints requests/s and latency percentiles.
 */
public final class ServeBench {
    private static final List<String> COUNTRIES = List.of("USA", "COL", "CHN", "RUS", "BRA", "FRA");

    private ServeBench() {
    }

    /** Fills {@code db} (unless it already holds {@code documents}), serves it, and runs the load; returns the measured run. */
    public static LoadRun.Result run(Path db, int documents, int clients, double rate, double seconds, PrintStream out) throws Exception {
        try (Store store = Store.open(db)) {
            long have = store.countDocuments();
            if (have < documents) {
                long t = System.nanoTime();
                out.printf("filling %s with %d synthetic documents…%n", db, documents - have);
                for (int i = (int) have; i < documents; i++) {
                    store.save(SyntheticStore.analysis(i));
                }
                out.printf("filled in %.1f s%n", (System.nanoTime() - t) / 1e9);
            }
            long stored = store.countDocuments();
            // The analyzer refuses: the benchmark only reads.
            try (WebServer server = WebServer.start(store, a -> {
                throw new IllegalStateException("the benchmark server does not analyze");
            }, ServeOptions.local(0))) {
                String base = "http://127.0.0.1:" + server.port();
                IntFunction<String> paths = paths((int) stored);
                LoadRun.run(base, paths, clients, rate, Math.min(5, seconds));     // warm-up: JIT, caches, index readers
                LoadRun.Result r = LoadRun.run(base, paths, clients, rate, seconds);
                out.printf("store: %d documents; %d clients at %.0f requests/s target for %.0f s (search, document lists, one document, events)%n",
                        stored, clients, rate, seconds);
                out.println(r);
                return r;
            }
        }
    }

    /** A mix of the read endpoints, each a quarter of the requests. */
    static IntFunction<String> paths(int documents) {
        return n -> switch (n % 4) {
            case 0 -> "/api/v1/search?q=" + SyntheticStore.WORDS.get((n / 4) % SyntheticStore.WORDS.size()) + "&limit=20";
            case 1 -> "/api/v1/documents?limit=50&offset=" + (n / 4) % Math.max(1, documents - 50);
            case 2 -> "/api/v1/documents/" + SyntheticStore.id((n / 4) % Math.max(1, documents));
            default -> "/api/v1/events?country=" + COUNTRIES.get((n / 4) % COUNTRIES.size()) + "&limit=50&offset=" + (n / 4) % 500;
        };
    }
}
