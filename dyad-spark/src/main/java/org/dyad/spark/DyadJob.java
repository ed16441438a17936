package org.dyad.spark;

import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import org.dyad.stories.StoryBlocks;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dyad as a Spark job: list the inputs and read them (any Hadoop file system; one file per task) →
 * spread the articles over partitions, balanced by size → analyze each partition
 * ({@link AnalyzePartition}, the pipeline loaded once per executor JVM) → one Parquet table per store
 * table, partitioned by publication day, plus {@code rejects}; then stories (clustered by blocks of
 * the timeline, in parallel) and dyad series from the documents written ({@link StoryTables}).
 *
 * <p>Retries write nothing twice: every id is derived from the content, articles are spread in an
 * order of their own (so a rerun partition holds the same articles), and Spark's output committer
 * keeps only the files of the attempt that succeeded.
 */
public final class DyadJob {
    /**
     * Options of one run: the inputs, where the tables go, how many analysing partitions, the
     * per-document limit, how the timeline is cut into blocks for the stories.
     */
    public record Options(List<String> inputs, String out, int partitions, long timeoutMillis, StoryBlocks.Plan blocks) {
        /** A week a dated block; undated documents ten thousand a block. */
        public static final StoryBlocks.Plan BLOCKS = new StoryBlocks.Plan(7, 10_000);

        public Options {
            inputs = List.copyOf(inputs);
        }

        public Options(List<String> inputs, String out, int partitions, long timeoutMillis) {
            this(inputs, out, partitions, timeoutMillis, BLOCKS);
        }
    }

    /** How a run went: rows written per table (documents included, rejects last). */
    public record Summary(Map<String, Long> rows, int files, List<PartitionTime> partitions) {
        public long documents() {
            return rows.getOrDefault("documents", 0L);
        }

        public long rejects() {
            return rows.getOrDefault(Tables.REJECTS, 0L);
        }
    }

    private final SparkSession spark;
    private final Analyzer analyzer;

    public DyadJob(SparkSession spark, Analyzer analyzer) {
        this.spark = spark;
        this.analyzer = analyzer;
    }

    public Summary run(Options o) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // Listing is cheap and done once, on the driver, with the library's rules for what an input is.
        List<Item> listingRejects = new ArrayList<>();
        List<String> files = HadoopFiles.list(o.inputs(), jsc.hadoopConfiguration(), listingRejects::add);
        SerializableConfiguration hadoop = new SerializableConfiguration(jsc.hadoopConfiguration());
        JavaRDD<Item> read = jsc.parallelize(files, Math.max(1, files.size())).flatMap(new ReadFile(hadoop))
                .union(jsc.parallelize(listingRejects, 1));
        int partitions = o.partitions() > 0 ? o.partitions() : 4 * jsc.defaultParallelism();
        read.persist(StorageLevel.MEMORY_AND_DISK_SER()); // spreading by size looks at the articles twice before the analysis
        JavaRDD<Item> spread = spread(read, partitions);
        // Analysed once, then split by table: kept (spilling to disk) so the seven writes do not rerun CoreNLP.
        CollectionAccumulator<PartitionTime> times = spark.sparkContext().collectionAccumulator("dyad partition times");
        JavaRDD<Tagged> tagged = spread.mapPartitions(new AnalyzePartition(analyzer, o.timeoutMillis(), times))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            Map<String, Long> counts = new LinkedHashMap<>();
            Tables.STORE.forEach((table, schema) -> counts.put(table, write(tagged, table, schema, o.out(), true)));
            long rejects = write(tagged, Tables.REJECTS, Tables.REJECTS_SCHEMA, o.out(), false);
            counts.putAll(writeStories(jsc, o.out(), o.blocks()));
            counts.put(Tables.REJECTS, rejects);
            return new Summary(counts, files.size(), List.copyOf(times.value()));
        } finally {
            tagged.unpersist(false);
            read.unpersist(false);
        }
    }

    /**
     * Articles dealt to partitions by size, largest first, in a snake (partition 0 to n-1, then n-1
     * to 0, ...), so that the partitions get near-equal work whatever the sizes: the job ends with
     * its slowest partition. The order is by size then source and id, so a rerun partition holds the
     * same articles.
     */
    private static JavaRDD<Item> spread(JavaRDD<Item> read, int partitions) {
        return read.sortBy(DyadJob::bySize, true, partitions).zipWithIndex()
                .mapToPair(t -> new Tuple2<>(snake(t._2(), partitions), t._1()))
                .partitionBy(new HashPartitioner(partitions)).values();
    }

    /** Largest first (a reject has no text), then by key. */
    private static String bySize(Item item) {
        long size = item instanceof Item.Doc d ? d.text().length() : 0;
        return String.format("%012d", 999_999_999_999L - size) + "\u0000" + key(item);
    }

    /** The partition of the {@code index}-th article in the snake over {@code n} partitions. */
    private static int snake(long index, int n) {
        int position = (int) (index % n);
        return (index / n) % 2 == 0 ? position : n - 1 - position;
    }

    /**
     * Stories from the committed documents table (not from the analysing stage, so that they are
     * those of exactly the documents written), clustered by blocks of the timeline ({@link StoryTables}).
     */
    private Map<String, Long> writeStories(JavaSparkContext jsc, String out, StoryBlocks.Plan blocks) {
        JavaPairRDD<String, String> records = spark.read().schema(Tables.STORE.get("documents")).parquet(HadoopFiles.child(out, "documents"))
                .select("id", "record").javaRDD().mapToPair(r -> new Tuple2<>(r.getString(0), r.getString(1)));
        JavaRDD<Tagged> rows = StoryTables.rows(jsc, records, blocks);
        try {
            Map<String, Long> counts = new LinkedHashMap<>();
            Tables.STORIES.forEach((table, schema) -> counts.put(table, write(rows, table, schema, out, false)));
            counts.put(StoryTables.DYADS, write(rows, StoryTables.DYADS, Tables.DYADS, out, false));
            return counts;
        } finally {
            rows.unpersist(false);
        }
    }

    private static String key(Item item) {
        return item instanceof Item.Doc d ? d.source() + "\u0000" + d.id() : ((Item.Reject) item).source();
    }

    private long write(JavaRDD<Tagged> tagged, String table, org.apache.spark.sql.types.StructType schema, String out,
                       boolean partitioned) {
        JavaRDD<Row> rows = tagged.filter(t -> t.table().equals(table)).map(Tagged::row);
        var frame = spark.createDataFrame(rows, schema);
        var writer = frame.write().mode(SaveMode.Overwrite);
        if (partitioned) {
            writer = writer.partitionBy(Tables.PARTITION);
        }
        writer.parquet(HadoopFiles.child(out, table));
        // Counted from what was committed (an empty table has no files to infer a schema from, hence the schema).
        return spark.read().schema(schema).parquet(HadoopFiles.child(out, table)).count();
    }
}
