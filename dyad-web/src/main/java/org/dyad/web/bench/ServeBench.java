package org.dyad.web.bench;

import org.dyad.model.ActorRef;
import org.dyad.model.Analysis;
import org.dyad.model.Event;
import org.dyad.record.AnalysisReader;
import org.dyad.store.Copies;
import org.dyad.store.Store;
import org.dyad.web.ServeOptions;
import org.dyad.web.WebServer;

import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * {@code dyad bench --serve}: a store of real analyses copied to many documents ({@link Copies}), a
 * real server on loopback, and clients reading search, documents and events at a target rate.
 * Prints requests/s and latency percentiles.
 */
public final class ServeBench {
    /** Documents whose records choose the searched words and the filtered countries: spread over the store. */
    private static final int SAMPLE = 100;
    private static final int WORDS = 8;
    private static final int COUNTRIES = 6;

    private ServeBench() {
    }

    /**
     * Fills {@code db} (unless it already holds {@code documents}): into an empty store the analyses of
     * {@code originals} are saved, then copied up to {@code documents}. Then serves it and runs the load;
     * returns the measured run. {@code originals} is only asked for when the store is empty.
     */
    public static LoadRun.Result run(Path db, Supplier<List<Analysis>> originals, int documents, int clients, double rate, double seconds,
                                     PrintStream out) throws Exception {
        fill(db, originals, documents, out);
        try (Store store = Store.open(db)) {
            Mix mix = Mix.of(store);
            long t = System.nanoTime();
            // The analyzer refuses: the benchmark only reads.
            try (WebServer server = WebServer.start(store, a -> {
                throw new IllegalStateException("the benchmark server does not analyze");
            }, ServeOptions.local(0))) {
                out.printf(Locale.ROOT, "server started in %.1f s (the search index built if missing or stale)%n", seconds(t));
                String base = "http://127.0.0.1:" + server.port();
                IntFunction<String> paths = paths(mix);
                LoadRun.run(base, paths, clients, rate, Math.min(5, seconds));     // warm-up: JIT, caches, index readers
                LoadRun.Result r = LoadRun.run(base, paths, clients, rate, seconds);
                out.printf(Locale.ROOT, "store: %d documents; %d clients at %.0f requests/s target for %.0f s (search %s, document lists, "
                        + "one document, events of %s)%n", mix.ids().size(), clients, rate, seconds, mix.words(), mix.countries());
                out.println(r);
                return r;
            }
        }
    }

    private static void fill(Path db, Supplier<List<Analysis>> originals, int documents, PrintStream out) {
        try (Store store = Store.open(db)) {
            long have = store.countDocuments();
            if (have >= documents) {
                return;
            }
            if (have == 0) {
                long t = System.nanoTime();
                List<Analysis> analyses = originals.get();
                analyses.forEach(store::save);
                out.printf(Locale.ROOT, "analyzed and stored %d documents in %.1f s%n", analyses.size(), seconds(t));
            }
        }
        long t = System.nanoTime();
        long copies = Copies.fill(db, documents);
        out.printf(Locale.ROOT, "copied them to %d documents (%d copies) in %.1f s%n", documents, copies, seconds(t));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /**
     * What the clients ask for: the stored document ids, and from the records of a sample spread over
     * them, the most frequent words of their titles (of the text where a document has none; words of
     * five letters or more, which are rarely stop words) and their events' most frequent source countries.
     */
    record Mix(List<String> ids, List<String> words, List<String> countries) {
        static Mix of(Store store) {
            List<String> ids = store.documentIds();
            int k = Math.min(SAMPLE, ids.size());
            List<Analysis> sample = IntStream.range(0, k).mapToObj(i -> store.record(ids.get(i * ids.size() / k)))
                    .flatMap(Optional::stream).map(AnalysisReader::read).toList();
            Stream<String> words = sample.stream()
                    .map(a -> Objects.requireNonNullElse(a.article().title(), a.article().text()).toLowerCase(Locale.ROOT))
                    .flatMap(title -> Arrays.stream(title.split("\\P{L}+"))).filter(w -> w.length() >= 5);
            Stream<String> countries = sample.stream().flatMap(a -> a.events().stream()).map(Event::source)
                    .filter(Objects::nonNull).map(ActorRef::country).filter(Objects::nonNull);
            return new Mix(ids, mostFrequent(words, WORDS), mostFrequent(countries, COUNTRIES));
        }

        /** The {@code n} most frequent values, most first, ties by value. */
        private static List<String> mostFrequent(Stream<String> values, int n) {
            Map<String, Long> counts = values.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            return counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(n).map(Map.Entry::getKey).toList();
        }
    }

    /** A mix of the read endpoints, each a quarter of the requests. */
    static IntFunction<String> paths(Mix mix) {
        int documents = mix.ids().size();
        return n -> switch (n % 4) {
            case 0 -> "/api/v1/search?q=" + URLEncoder.encode(pick(mix.words(), n / 4), StandardCharsets.UTF_8) + "&limit=20";
            case 1 -> "/api/v1/documents?limit=50&offset=" + (n / 4) % Math.max(1, documents - 50);
            case 2 -> "/api/v1/documents/" + URLEncoder.encode(pick(mix.ids(), n / 4), StandardCharsets.UTF_8).replace("+", "%20");
            default -> "/api/v1/events?" + (mix.countries().isEmpty() ? "" : "country=" + pick(mix.countries(), n / 4) + "&")
                    + "limit=50&offset=" + (n / 4) % 500;
        };
    }

    private static String pick(List<String> values, int n) {
        return values.get(n % values.size());
    }
}
