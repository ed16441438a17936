package org.dyad.cli;

import org.dyad.Dyad;
import org.dyad.actors.ActorFinder;
import org.dyad.annotate.Annotator;
import org.dyad.annotate.StockPipeline;
import org.dyad.annotate.Treebank;
import org.dyad.events.EventCoder;
import org.dyad.events.petrarch.PetrarchCoder;
import org.dyad.model.Annotated;
import org.dyad.time.TimeResolver;
import org.dyad.ingest.Sources;
import org.dyad.model.Article;
import org.dyad.language.LanguageDetector;
import org.dyad.html.ExtractionBenchmark;
import org.dyad.html.PageReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;

/**
 * {@code dyad bench}: Dyad's throughput against CoreNLP's stock full pipeline, measured in one run
 * on the same documents and the same number of threads, so the ratio is per core.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Throughput: Dyad's analysis vs. the stock CoreNLP full pipeline (documents/s, tokens/s per core, peak heap).")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--eval", defaultValue = "../shared/eval", description = "Eval folder (default: ${DEFAULT-VALUE}).")
    Path eval;

    @Option(names = "--threads", defaultValue = "2", description = "Threads for both pipelines (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--stock-docs", defaultValue = "50", description = "Documents for the stock pipeline (default: ${DEFAULT-VALUE}).")
    int stockDocs;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the figures as JSON here.")
    Path out;

    @Option(names = "--coder", description = "Instead, measure the actor finder and event coder alone: sentences/s on one thread.")
    boolean coder;

    @Option(names = "--petrarch", description = "Instead, measure the PETRARCH coder alone over the parses of PETRARCH2's unit suite "
            + "(events/petrarch-unit under --eval): sentences/s on one thread, parses read beforehand.")
    boolean petrarch;

    @Option(names = "--extraction", description = "Instead, measure HTML extraction alone (page reader, no NLP) over the "
            + "181 pages of the scrapinghub benchmark, read beforehand: rounds on one thread, the median round in pages/s.")
    boolean extraction;

    /** Rounds of extraction over the benchmark's pages (the first warms the JIT up and is not counted). */
    static final int EXTRACTION_ROUNDS = 6;

    /** Rounds of the PETRARCH coder over the suite's parses, and passes a round: the median round is reported. */
    static final int PETRARCH_ROUNDS = 5;
    static final int PETRARCH_PASSES = 200;

    @Option(names = "--stories", description = "Instead, measure story clustering: documents added in batches, time per document at each store size.")
    boolean stories;

    @Option(names = "--repeat", defaultValue = "10", description = "With --stories: times the documents are streamed, each time a month later (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--batch", defaultValue = "500", description = "With --stories: documents per timed batch (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--serve", description = "Instead, load-test the web server: a store of real analyses (the seeds and the first "
            + "--news MEANTIME documents, analyzed once) copied under new ids and dates up to --documents, a real server on loopback, "
            + "clients reading search, documents and events at --rate; prints requests/s and p50/p95/p99 latency.")
    boolean serve;

    @Option(names = "--seeds", defaultValue = "../shared/seeds",
            description = "With --serve: seed articles to analyze (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--news", defaultValue = "40", description = "With --serve: MEANTIME documents (news/meantime_en_docs.jsonl under "
            + "--eval) to analyze besides the seeds (default: ${DEFAULT-VALUE}).")
    int news;

    @Option(names = "--documents", defaultValue = "20000", description = "With --serve: documents in the store (default: ${DEFAULT-VALUE}).")
    int documents;

    @Option(names = "--rate", defaultValue = "200", description = "With --serve: target requests/s, all clients together (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--clients", defaultValue = "8", description = "With --serve: concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "30", description = "With --serve: measured seconds, after 5 of warm-up (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--db", paramLabel = "FILE", description = "With --serve: the store to fill and serve; kept, so a second run skips the "
            + "filling (default: bench-serve.duckdb in the temp folder).")
    Path db;

    /** Timed passes of the coder over the annotated documents: enough for a steady figure. */
    static final int CODER_PASSES = 5;

    /** One pipeline's measured run. */
    record Run(String name, int documents, long tokens, double seconds, double loadSeconds, long peakHeapBytes, int threads) {
        double docsPerSecond() {
            return documents / seconds;
        }

        double tokensPerSecondPerCore() {
            return tokens / seconds / threads;
        }
    }

    @Override
    public Integer call() throws IOException {
        if (serve) {
            return serveBench();
        }
        if (petrarch) {
            return petrarchBench(eval.resolve("events/petrarch-unit"));
        }
        if (extraction) {
            return extractionBench(eval.resolve("extraction/scrapinghub"));
        }
        List<Article> articles = read(List.of(eval.resolve("news/meantime_en_docs.jsonl"), eval.resolve("stories/ecbplus-dev.jsonl")));
        if (articles.isEmpty()) {
            System.err.println("bench: no documents under " + eval + " (needs news/meantime_en_docs.jsonl and stories/ecbplus-dev.jsonl)");
            return 2;
        }
        if (coder) {
            return coderBench(articles);
        }
        if (stories) {
            return storiesBench(articles);
        }
        Run dyad = measure("dyad", articles, () -> {
            Dyad d = Dyad.open();
            d.analyze(articles.get(0)); // loads the models: counted as load time
            return a -> d.analyze(a).tokens();
        });
        List<Article> first = articles.subList(0, Math.min(stockDocs, articles.size()));
        StockPipeline[] loaded = new StockPipeline[1];
        Run stock = measure("corenlp-stock", first, () -> {
            loaded[0] = new StockPipeline();
            return a -> loaded[0].annotate(a.text(), a.published() == null ? null : a.published().substring(0, 10));
        });
        report(dyad, stock);
        if (loaded[0].retries() > 0) {
            System.out.printf("corenlp-stock annotated %d text(s) twice: its quote attribution failed on them, a race of CoreNLP's "
                    + "between threads (its time counts, so its figure is a little low)%n", loaded[0].retries());
        }
        return 0;
    }

    private Integer serveBench() {
        Path file = db != null ? db : Path.of(System.getProperty("java.io.tmpdir"), "bench-serve.duckdb");
        try {
            org.dyad.web.bench.ServeBench.run(file, this::serveOriginals, documents, clients, rate, seconds, System.out);
            return 0;
        } catch (Exception e) {
            System.err.println("bench --serve: " + e);
            return 1;
        }
    }

    /** The load bench's originals: the seeds and the first {@link #news} MEANTIME documents, analyzed by Dyad. */
    private List<org.dyad.model.Analysis> serveOriginals() {
        List<Article> articles = new ArrayList<>(read(List.of(seeds)));
        List<Article> meantime = read(List.of(eval.resolve("news/meantime_en_docs.jsonl")));
        articles.addAll(meantime.subList(0, Math.min(news, meantime.size())));
        Dyad dyad = Dyad.open();
        return articles.stream().map(dyad::analyze).toList();
    }

    /**
     * Story clustering alone, by its text (no annotation): the documents streamed {@code repeat} times
     * with new ids, 20 a day, each pass a month after the last, timed per batch, so the time per
     * document can be read against the number of documents already clustered.
     */
    private Integer storiesBench(List<Article> articles) {
        List<org.dyad.stories.StoryDocument> stream = new ArrayList<>();
        java.time.LocalDate start = java.time.LocalDate.of(2020, 1, 1);
        for (int r = 0; r < repeat; r++) {
            for (int i = 0; i < articles.size(); i++) {
                int n = r * articles.size() + i;
                stream.add(org.dyad.stories.StoryDocument.ofText(r + "/" + articles.get(i).id(),
                        start.plusDays(n / 20 + 30L * r).toString(), articles.get(i).text()));
            }
        }
        org.dyad.stories.StoryClusterer warm = new org.dyad.stories.StoryClusterer();
        stream.subList(0, Math.min(batch, stream.size())).forEach(warm::add); // JIT warm-up, not counted
        org.dyad.stories.StoryClusterer clusterer = new org.dyad.stories.StoryClusterer();
        System.out.printf(Locale.ROOT, "%10s %8s %12s %8s%n", "stored", "batch", "µs/document", "stories");
        for (int from = 0; from < stream.size(); from += batch) {
            List<org.dyad.stories.StoryDocument> next = stream.subList(from, Math.min(from + batch, stream.size()));
            long t0 = System.nanoTime();
            next.forEach(clusterer::add);
            double micros = (System.nanoTime() - t0) / 1e3 / next.size();
            System.out.printf(Locale.ROOT, "%10d %8d %12.0f %8d%n", from, next.size(), micros, clusterer.size());
        }
        return 0;
    }

    /**
     * Extraction alone: the pages are read into memory first, then each round decodes and reads every
     * page (parse, prune, score, metadata, posts, language) on this thread; the median round is reported.
     */
    private Integer extractionBench(Path dir) throws IOException {
        if (!Files.isRegularFile(dir.resolve("ground-truth.json"))) {
            System.err.println("bench: no scrapinghub benchmark under " + dir);
            return 2;
        }
        List<ExtractionBenchmark.Sample> pages = ExtractionBenchmark.samples(dir);
        long bytes = pages.stream().mapToLong(p -> p.html().length).sum();
        PageReader reader = new PageReader(LanguageDetector.shared());
        List<Double> rounds = new java.util.ArrayList<>();
        long chars = 0;
        for (int round = 0; round < EXTRACTION_ROUNDS; round++) {
            long start = System.nanoTime();
            chars = 0;
            for (ExtractionBenchmark.Sample page : pages) {
                chars += ExtractionBenchmark.read(page, reader).article().text().length();
            }
            if (round > 0) {
                rounds.add(pages.size() / ((System.nanoTime() - start) / 1e9));
            }
        }
        java.util.Collections.sort(rounds);
        double median = rounds.get(rounds.size() / 2);
        System.out.printf(Locale.ROOT, "extraction: %d pages (%.1f MB of HTML), %d rounds on one thread: median %.0f pages/s "
                        + "(%.1f MB/s; min %.0f, max %.0f pages/s); %d characters of narration a round%n",
                pages.size(), bytes / 1e6, rounds.size(), median, median * bytes / pages.size() / 1e6, rounds.get(0),
                rounds.get(rounds.size() - 1), chars);
        return 0;
    }

    /** The stages after annotation on their own: times, actors and events over documents annotated beforehand. */
    private Integer coderBench(List<Article> articles) {
        Dyad d = Dyad.open();
        List<Annotated> docs = articles.stream().map(a -> Annotator.shared().annotate(d.clean(a))).toList();
        TimeResolver times = new TimeResolver();
        ActorFinder finder = ActorFinder.standard();
        EventCoder events = EventCoder.standard();
        ToIntFunction<Annotated> code = doc -> events.code(doc, finder.find(doc), times.resolve(doc)).size();
        docs.forEach(code::applyAsInt); // warm-up
        long sentences = docs.stream().mapToLong(doc -> doc.sentences().size()).sum() * CODER_PASSES;
        long coded = 0;
        long start = System.nanoTime();
        for (int pass = 0; pass < CODER_PASSES; pass++) {
            for (Annotated doc : docs) {
                coded += code.applyAsInt(doc);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "coder: %d documents, %d sentences x %d passes in %.2f s = %.0f sentences/s on one thread (%d events a pass)%n",
                docs.size(), sentences / CODER_PASSES, CODER_PASSES, seconds, sentences / seconds, coded / CODER_PASSES);
        return 0;
    }

    /**
     * The PETRARCH coder alone: the suite's parses are read once, then coded in rounds of passes on
     * this thread (the first rounds warm the JIT up and are not counted); the median round is reported.
     */
    private Integer petrarchBench(Path dir) throws IOException {
        Path records = dir.resolve("PETR.UnitTest.records.xml");
        if (!Files.exists(records)) {
            System.err.println("bench: no " + records);
            return 2;
        }
        PetrarchCoder coder = PetrarchUnitCommand.coder(dir);
        List<Treebank.Node> trees = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (PetrarchValidation.Case c : PetrarchValidation.read(records)) {
            Optional<Treebank.Node> tree = c.parse() == null ? Optional.empty() : Treebank.read(c.parse());
            if (tree.isPresent()) {
                trees.add(tree.get());
                dates.add(c.date() == null ? null : LocalDate.parse(c.date()));
            }
        }
        long words = trees.stream().mapToLong(t -> t.words().size()).sum();
        long coded = 0;
        for (int warm = 0; warm < 2; warm++) {
            coded = petrarchPasses(coder, trees, dates, PETRARCH_PASSES);
        }
        double[] perSecond = new double[PETRARCH_ROUNDS];
        for (int round = 0; round < PETRARCH_ROUNDS; round++) {
            long start = System.nanoTime();
            petrarchPasses(coder, trees, dates, PETRARCH_PASSES);
            perSecond[round] = (double) trees.size() * PETRARCH_PASSES / ((System.nanoTime() - start) / 1e9);
            System.err.printf(Locale.ROOT, "round %d: %.0f sentences/s%n", round + 1, perSecond[round]);
        }
        double[] sorted = perSecond.clone();
        java.util.Arrays.sort(sorted);
        double median = sorted[PETRARCH_ROUNDS / 2];
        System.out.printf(Locale.ROOT, "petrarch: %d parses (%d words), %d rounds x %d passes: median %.0f sentences/s on one thread "
                        + "(rounds %.0f-%.0f; %.0f words/s; %d codings a pass)%n",
                trees.size(), words, PETRARCH_ROUNDS, PETRARCH_PASSES, median, sorted[0], sorted[PETRARCH_ROUNDS - 1],
                median * words / trees.size(), coded / PETRARCH_PASSES);
        return 0;
    }

    private static long petrarchPasses(PetrarchCoder coder, List<Treebank.Node> trees, List<LocalDate> dates, int passes) {
        long coded = 0;
        for (int pass = 0; pass < passes; pass++) {
            for (int i = 0; i < trees.size(); i++) {
                coded += coder.code(trees.get(i), dates.get(i)).size();
            }
        }
        return coded;
    }

    private List<Article> read(List<Path> files) {
        Sources sources = new Sources(r -> System.err.println("skipped " + r.source() + ": " + r.reason()));
        try (var stream = sources.read(files)) {
            return stream.toList();
        }
    }

    private Run measure(String name, List<Article> articles, java.util.function.Supplier<ToIntFunction<Article>> loader) {
        long t0 = System.nanoTime();
        ToIntFunction<Article> annotate = loader.get();
        double load = (System.nanoTime() - t0) / 1e9;
        System.gc();
        resetPeaks();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long tokens = 0;
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Article a : articles) {
                futures.add(pool.submit(() -> annotate.applyAsInt(a)));
            }
            for (Future<Integer> f : futures) {
                tokens += f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(name + " failed: " + e, e);
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Run run = new Run(name, articles.size(), tokens, seconds, load, peakHeap(), threads);
        System.err.printf(Locale.ROOT, "%s: %d docs, %d tokens in %.1f s%n", name, run.documents(), tokens, seconds);
        return run;
    }

    private void report(Run dyad, Run stock) throws IOException {
        double ratio = dyad.tokensPerSecondPerCore() / stock.tokensPerSecondPerCore();
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%-14s %6s %9s %8s %8s %12s %9s %9s%n",
                "pipeline", "docs", "tokens", "secs", "docs/s", "tok/s/core", "peakheap", "load s"));
        for (Run r : List.of(dyad, stock)) {
            table.append(String.format(Locale.ROOT, "%-14s %6d %9d %8.1f %8.2f %12.0f %8dM %9.1f%n", r.name(), r.documents(),
                    r.tokens(), r.seconds(), r.docsPerSecond(), r.tokensPerSecondPerCore(), r.peakHeapBytes() >> 20, r.loadSeconds()));
        }
        table.append(String.format(Locale.ROOT, "threads=%d  dyad/stock tokens/s per core = %.1fx%n", threads, ratio));
        System.out.print(table);
        if (out != null) {
            Files.writeString(out, json(dyad, stock, ratio), StandardCharsets.UTF_8);
        }
    }

    private String json(Run dyad, Run stock, double ratio) {
        return String.format(Locale.ROOT, "{\"threads\":%d,\"ratio\":%.2f,\"runs\":[%s,%s]}%n", threads, ratio, json(dyad), json(stock));
    }

    private static String json(Run r) {
        return String.format(Locale.ROOT,
                "{\"pipeline\":\"%s\",\"documents\":%d,\"tokens\":%d,\"seconds\":%.2f,\"docsPerSecond\":%.3f,"
                        + "\"tokensPerSecondPerCore\":%.1f,\"peakHeapMB\":%d,\"loadSeconds\":%.1f}",
                r.name(), r.documents(), r.tokens(), r.seconds(), r.docsPerSecond(), r.tokensPerSecondPerCore(),
                r.peakHeapBytes() >> 20, r.loadSeconds());
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since the last reset: an upper bound of the live heap. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
