package org.dyad.spark;

import org.apache.spark.sql.SparkSession;
import org.dyad.stories.StoryBlocks;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code dyad spark analyze --in PATH... --out DIR [--master local[*]] [--partitions N] [--timeout SECONDS]
 * [--block-days N] [--undated-block N]}.
 * A main of its own, not a picocli command of dyad-cli, so that the CLI's classpath stays free of
 * Spark; {@code ./dyad spark ...} runs it from dyad-spark's classpath, and spark-submit runs it with
 * the cluster's Spark ({@code --master} is then left to spark-submit).
 */
public final class SparkMain {
    private static final String USAGE = "usage: dyad spark analyze --in PATH|URI... --out DIR|URI [--master local[*]] "
            + "[--partitions N] [--timeout SECONDS] [--block-days N] [--undated-block N]\n       dyad spark bench --in PATH|URI... [--masters local[1],local[2]] [--partitions N]";

    private SparkMain() {
    }

    public static void main(String[] args) throws java.io.IOException {
        if (args.length == 0 || !List.of("analyze", "bench").contains(args[0])) {
            fail(USAGE);
        }
        String masters = "local[1],local[2]";
        List<String> inputs = new ArrayList<>();
        String out = null;
        String master = null;
        int partitions = 0;
        long timeoutSeconds = 300;
        int blockDays = DyadJob.Options.BLOCKS.days();
        int undatedBlock = DyadJob.Options.BLOCKS.undated();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--in" -> {
                    while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        inputs.add(args[++i]);
                    }
                }
                case "--out" -> out = value(args, ++i);
                case "--master" -> master = value(args, ++i);
                case "--masters" -> masters = value(args, ++i);
                case "--partitions" -> partitions = Integer.parseInt(value(args, ++i));
                case "--timeout" -> timeoutSeconds = Long.parseLong(value(args, ++i));
                case "--block-days" -> blockDays = Integer.parseInt(value(args, ++i));
                case "--undated-block" -> undatedBlock = Integer.parseInt(value(args, ++i));
                default -> fail("unknown option " + args[i] + "\n" + USAGE);
            }
        }
        if (args[0].equals("bench") && !inputs.isEmpty()) {
            List<String> each = List.of(masters.split(","));
            int most = each.stream().mapToInt(SparkBench::cores).max().orElse(1);
            // The same partitions for every run, several per core of the largest: comparable runs, balanced cores.
            int benchPartitions = partitions > 0 ? partitions : 8 * most;
            double load = SparkBench.loadModels();
            double warmUp = SparkBench.warmUp(inputs, most, each.get(0));
            List<SparkBench.Run> runs = new ArrayList<>();
            for (String m : each) {
                runs.add(SparkBench.run(m, inputs, benchPartitions));
            }
            SparkBench.print(load, warmUp, runs);
            return;
        }
        if (inputs.isEmpty() || out == null) {
            fail(USAGE);
        }
        SparkSession.Builder builder = SparkSession.builder().appName("dyad analyze");
        if (master != null) {
            builder = builder.master(master);
        }
        long start = System.nanoTime();
        SparkSession spark = builder.getOrCreate();
        try {
            DyadJob.Summary s = new DyadJob(spark, new SharedDyad())
                    .run(new DyadJob.Options(inputs, out, partitions, timeoutSeconds * 1000, new StoryBlocks.Plan(blockDays, undatedBlock)));
            System.out.printf("%d files, %d documents, %d rejects in %.1f s; tables in %s%n", s.files(), s.documents(),
                    s.rejects(), (System.nanoTime() - start) / 1e9, out);
            s.rows().forEach((table, n) -> System.out.printf("  %-14s %d rows%n", table, n));
            // The first rejects, so that a run that refused everything says why without a Parquet reader.
            spark.read().schema(Tables.REJECTS_SCHEMA).parquet(HadoopFiles.child(out, Tables.REJECTS)).limit(10).collectAsList()
                    .forEach(r -> System.out.printf("  rejected (%s) %s: %s%n", r.getString(1), r.getString(0), r.getString(2)));
        } finally {
            spark.stop();
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            fail("missing value for " + args[i - 1] + "\n" + USAGE);
        }
        return args[i];
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(2);
    }
}
