package org.dyad.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.dyad.ingest.Sources;
import org.dyad.model.Article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code dyad spark bench}: the job on the same input under several masters, one after the other in
 * this JVM, with the same number of partitions. Made fair to the masters: the models are loaded once,
 * first, and timed apart; the first documents are analysed on as many threads as the largest master
 * has cores, and the job run once on a few of them, before any run (the JIT, CoreNLP's caches,
 * Spark's own warm-up), so the first run does not pay for the others; and the job
 * deals articles to partitions by size ({@link DyadJob}), several per core, so a core does not sit
 * idle while another finishes a long partition.
 */
public final class SparkBench {
    /** Documents analysed to warm up, per thread. */
    private static final int WARM_UP_PER_THREAD = 10;

    /** One run: documents per second, per core, per busy task, and the skew between its analysing partitions. */
    public record Run(String master, int cores, long documents, double seconds, List<PartitionTime> partitions) {
        double perSecond() {
            return documents / seconds;
        }

        /** What one core gives in this run: an executor of c cores gives c times as much. */
        double perCore() {
            return perSecond() / cores;
        }

        /**
         * Documents per second over the analysing stage alone, from the first partition's start to the
         * last one's end: without the reading before it and the writes and stories after it.
         */
        double analysisPerSecond() {
            double first = partitions.stream().mapToDouble(PartitionTime::startMillis).min().orElse(0);
            double last = partitions.stream().mapToLong(PartitionTime::endMillis).max().orElse(0);
            return partitions.stream().mapToLong(PartitionTime::documents).sum() / Math.max(1e-9, (last - first) / 1e3);
        }

        /** Documents per second of a task while it runs (the run's analysing time, without Spark's own stages). */
        double taskRate() {
            long nanos = partitions.stream().mapToLong(PartitionTime::nanos).sum();
            return partitions.stream().mapToLong(PartitionTime::documents).sum() / Math.max(1e-9, nanos / 1e9);
        }

        /** Slowest partition over the mean one: 1 is perfectly even (the job's end waits for the slowest). */
        double skew() {
            double mean = partitions.stream().mapToLong(PartitionTime::nanos).average().orElse(1);
            return partitions.stream().mapToLong(PartitionTime::nanos).max().orElse(1) / Math.max(1, mean);
        }
    }

    private SparkBench() {
    }

    /** The cores of a local master ({@code local}, {@code local[4]}, {@code local[*]}, {@code local[2,3]}). */
    public static int cores(String master) {
        if (master.equals("local")) {
            return 1;
        }
        String n = master.replaceAll("^local\\[([^,\\]]+).*$", "$1");
        return n.equals("*") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(n);
    }

    /** Seconds to load Dyad's models (CoreNLP, lingua, tables) and analyze one short text. */
    public static double loadModels() {
        long start = System.nanoTime();
        new SharedDyad().analyze(Article.ofText("warm-up", "warm-up", "The minister met the envoy in Paris on Monday."));
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Analyses the input's first documents on {@code threads} threads (the JIT, CoreNLP's caches),
     * then runs the job once, untimed, on a few of them under {@code master} (Spark's own classes and
     * code generation, the Parquet writers); returns the seconds it took.
     */
    public static double warmUp(List<String> inputs, int threads, String master) throws IOException {
        long start = System.nanoTime();
        List<Article> first = new ArrayList<>();
        Sources sources = new Sources(r -> { });
        for (String file : HadoopFiles.list(inputs, new Configuration(), r -> { })) {
            try (Stream<Article> articles = sources.read(HadoopFiles.input(file, new Configuration()))) {
                articles.limit(WARM_UP_PER_THREAD * threads - first.size()).forEach(first::add);
            }
            if (first.size() >= WARM_UP_PER_THREAD * threads) {
                break;
            }
        }
        SharedDyad dyad = new SharedDyad();
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int from = t;
            Thread thread = new Thread(() -> {
                for (int i = from; i < first.size(); i += threads) {
                    dyad.analyze(first.get(i));
                }
            }, "dyad-warm-up-" + t);
            thread.start();
            running.add(thread);
        }
        for (Thread thread : running) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("warm-up interrupted", e);
            }
        }
        Path few = Files.createTempDirectory("dyad-spark-warm-up");
        try {
            for (int i = 0; i < Math.min(threads * 2, first.size()); i++) {
                Files.writeString(few.resolve(i + ".txt"), first.get(i).text());
            }
            run(master, List.of(few.toString()), threads * 2);
        } finally {
            delete(few);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    public static Run run(String master, List<String> inputs, int partitions) throws IOException {
        Path out = Files.createTempDirectory("dyad-spark-bench");
        SparkSession spark = SparkSession.builder().appName("dyad bench " + master).master(master)
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            long start = System.nanoTime();
            DyadJob.Summary s = new DyadJob(spark, new SharedDyad()).run(new DyadJob.Options(inputs, out.toString(), partitions, 300_000));
            return new Run(master, cores(master), s.documents(), (System.nanoTime() - start) / 1e9, s.partitions());
        } finally {
            spark.stop();
            delete(out);
        }
    }

    /** The runs, in the order given, and the last one's speed-up over the first. */
    public static void print(double load, double warmUp, List<Run> runs) {
        System.out.printf("models loaded in %.1f s (once per executor JVM; not in the runs below), warm-up %.1f s%n", load, warmUp);
        System.out.printf("%-10s %5s %9s %9s %8s %13s %16s %14s %10s %16s%n", "master", "cores", "documents", "seconds", "docs/s",
                "docs/s/core", "analysis docs/s", "task docs/s", "partitions", "skew (max/mean)");
        for (Run r : runs) {
            System.out.printf("%-10s %5d %9d %9.1f %8.2f %13.2f %16.2f %14.2f %10d %16.2f%n", r.master(), r.cores(), r.documents(),
                    r.seconds(), r.perSecond(), r.perCore(), r.analysisPerSecond(), r.taskRate(), r.partitions().size(), r.skew());
        }
        if (runs.size() > 1) {
            Run first = runs.get(0);
            Run last = runs.get(runs.size() - 1);
            System.out.printf("speed-up %s over %s: %.2f× (whole job), %.2f× (analysing stage)%n", last.master(), first.master(),
                    last.perSecond() / first.perSecond(), last.analysisPerSecond() / first.analysisPerSecond());
        }
        System.out.println("an executor of c cores: c × docs/s/core of the run with the most cores (capacity plan: README, On Spark)");
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
