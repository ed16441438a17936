package org.dyad.spark;

import org.apache.spark.sql.SparkSession;
import org.dyad.model.Article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code dyad spark bench}: the job on the same input under several masters, one after the other in
 * this JVM. The models are loaded once, first, and timed apart, so that every run measures steady
 * throughput (in local mode the executors are this JVM: a later run would otherwise skip the load).
 */
public final class SparkBench {
    /** One run: documents per second and the skew between its analysing partitions. */
    public record Run(String master, long documents, double seconds, List<PartitionTime> partitions) {
        double perSecond() {
            return documents / seconds;
        }

        /** Slowest partition over the mean one: 1 is perfectly even (the job's end waits for the slowest). */
        double skew() {
            double mean = partitions.stream().mapToLong(PartitionTime::nanos).average().orElse(1);
            return partitions.stream().mapToLong(PartitionTime::nanos).max().orElse(1) / Math.max(1, mean);
        }
    }

    private SparkBench() {
    }

    /** Seconds to load Dyad's models (CoreNLP, lingua, tables) and analyze one short text. */
    public static double loadModels() {
        long start = System.nanoTime();
        new SharedDyad().analyze(Article.ofText("warm-up", "warm-up", "The minister met the envoy in Paris on Monday."));
        return (System.nanoTime() - start) / 1e9;
    }

    public static Run run(String master, List<Path> inputs, int partitions) throws IOException {
        Path out = Files.createTempDirectory("dyad-spark-bench");
        SparkSession spark = SparkSession.builder().appName("dyad bench " + master).master(master)
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            long start = System.nanoTime();
            DyadJob.Summary s = new DyadJob(spark, new SharedDyad()).run(new DyadJob.Options(inputs, out, partitions, 300_000));
            return new Run(master, s.documents(), (System.nanoTime() - start) / 1e9, s.partitions());
        } finally {
            spark.stop();
            delete(out);
        }
    }

    /** The runs, in the order given: the first also pays Spark's own warm-up (JIT, class loading), a few seconds. */
    public static void print(double load, List<Run> runs) {
        System.out.printf("models loaded in %.1f s (once per executor JVM; not in the runs below)%n", load);
        System.out.printf("%-10s %9s %9s %8s %10s %16s%n", "master", "documents", "seconds", "docs/s", "partitions", "skew (max/mean)");
        for (Run r : runs) {
            System.out.printf("%-10s %9d %9.1f %8.2f %10d %16.2f%n", r.master(), r.documents(), r.seconds(), r.perSecond(),
                    r.partitions().size(), r.skew());
        }
        if (runs.size() > 1) {
            System.out.printf("speed-up %s over %s: %.2f×%n", runs.get(runs.size() - 1).master(), runs.get(0).master(),
                    runs.get(runs.size() - 1).perSecond() / runs.get(0).perSecond());
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
