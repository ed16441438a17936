package org.dyad.spark;

import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.dyad.ingest.Sources;
import org.dyad.model.Analysis;
import org.dyad.model.Story;
import org.dyad.record.AnalysisReader;
import scala.Tuple2;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dyad as a Spark job: read (one file per task) → spread the articles over partitions → analyze
 * each partition ({@link AnalyzePartition}, the pipeline loaded once per executor JVM) → one
 * Parquet table per store table, partitioned by publication day, plus {@code rejects}; then stories
 * and dyad series from the documents written ({@link StoryTables}).
 *
 * <p>Retries write nothing twice: every id is derived from the content, articles are spread by a
 * hash of their source (so a rerun partition holds the same articles), and Spark's output committer
 * keeps only the files of the attempt that succeeded.
 */
public final class DyadJob {
    /** Options of one run: the inputs, where the tables go, how many analysing partitions, the per-document limit. */
    public record Options(List<Path> inputs, Path out, int partitions, long timeoutMillis) {
        public Options {
            inputs = List.copyOf(inputs);
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
        List<String> files = new Sources(r -> listingRejects.add(new Item.Reject(r.source(), "read", r.reason())))
                .files(o.inputs()).stream().map(Path::toString).toList();
        JavaRDD<Item> read = jsc.parallelize(files, Math.max(1, files.size())).flatMap(new ReadFile())
                .union(jsc.parallelize(listingRejects, 1));
        int partitions = o.partitions() > 0 ? o.partitions() : 3 * jsc.defaultParallelism();
        JavaRDD<Item> spread = read.mapToPair(item -> new Tuple2<>(key(item), item))
                .partitionBy(new HashPartitioner(partitions)).values();
        // Analysed once, then split by table: kept (spilling to disk) so the seven writes do not rerun CoreNLP.
        CollectionAccumulator<PartitionTime> times = spark.sparkContext().collectionAccumulator("dyad partition times");
        JavaRDD<Tagged> tagged = spread.mapPartitions(new AnalyzePartition(analyzer, o.timeoutMillis(), times))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            Map<String, Long> counts = new LinkedHashMap<>();
            Tables.STORE.forEach((table, schema) -> counts.put(table, write(tagged, table, schema, o.out(), true)));
            long rejects = write(tagged, Tables.REJECTS, Tables.REJECTS_SCHEMA, o.out(), false);
            counts.putAll(writeStories(o.out()));
            counts.put(Tables.REJECTS, rejects);
            return new Summary(counts, files.size(), List.copyOf(times.value()));
        } finally {
            tagged.unpersist(false);
        }
    }

    /**
     * Stories from the committed documents table (not from the analysing stage, so that they are
     * those of exactly the documents written), clustered on the driver by {@link StoryTables}.
     */
    private Map<String, Long> writeStories(Path out) {
        List<Analysis> analyses = spark.read().schema(Tables.STORE.get("documents")).parquet(out.resolve("documents").toString())
                .select("record").collectAsList().stream().map(r -> AnalysisReader.read(r.getString(0))).toList();
        List<Story> stories = StoryTables.cluster(analyses);
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("stories", writeDriverRows(StoryTables.stories(stories), StoryTables.STORIES, out.resolve("stories")));
        counts.put("story_records", writeDriverRows(StoryTables.records(stories), StoryTables.STORY_RECORDS, out.resolve("story_records")));
        counts.put("dyads", writeDriverRows(StoryTables.dyads(stories), StoryTables.DYADS, out.resolve("dyads")));
        return counts;
    }

    /** Rows made on the driver, one file per table: they are few (a row per story member, per dyad month). */
    private long writeDriverRows(List<Row> rows, org.apache.spark.sql.types.StructType schema, Path dir) {
        spark.createDataFrame(rows, schema).coalesce(1).write().mode(SaveMode.Overwrite).parquet(dir.toString());
        return rows.size();
    }

    private static String key(Item item) {
        return item instanceof Item.Doc d ? d.source() + "\u0000" + d.id() : ((Item.Reject) item).source();
    }

    private long write(JavaRDD<Tagged> tagged, String table, org.apache.spark.sql.types.StructType schema, Path out,
                       boolean partitioned) {
        JavaRDD<Row> rows = tagged.filter(t -> t.table().equals(table)).map(Tagged::row);
        var frame = spark.createDataFrame(rows, schema);
        var writer = frame.write().mode(SaveMode.Overwrite);
        if (partitioned) {
            writer = writer.partitionBy(Tables.PARTITION);
        }
        writer.parquet(out.resolve(table).toString());
        // Counted from what was committed (an empty table has no files to infer a schema from, hence the schema).
        return spark.read().schema(schema).parquet(out.resolve(table).toString()).count();
    }
}
