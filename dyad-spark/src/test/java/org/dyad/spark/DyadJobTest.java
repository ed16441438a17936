package org.dyad.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.Dyad;
import org.dyad.ingest.Sources;
import org.dyad.model.Analysis;
import org.dyad.model.DyadSeries;
import org.dyad.model.Story;
import org.dyad.record.AnalysisRecord;
import org.dyad.stories.BCubed;
import org.dyad.stories.Dyads;
import org.dyad.stories.Stories;
import org.dyad.stories.StoryBlocks;
import org.dyad.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Tuple2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The job on local[2] against {@code Dyad.analyze} in this JVM: same documents, events and quotes,
 * same ids; bad inputs and a document that throws end in {@code rejects}, and the job goes on; stories
 * clustered by small blocks agree with one JVM's.
 */
class DyadJobTest {
    private static final Path SHARED = Path.of(System.getProperty("dyad.shared", "../../shared"));
    private static final Path SEEDS = SHARED.resolve("seeds");
    /** MEANTIME's 120 Wikinews articles, dated. */
    private static final Path MEANTIME = SHARED.resolve("eval/news/meantime_en_docs.jsonl");
    /** ECB+'s development set, 462 articles of 22 topics, most undated (so they go through the undated blocks). */
    private static final Path ECB = SHARED.resolve("eval/stories/ecbplus-dev.jsonl");
    /** Blocks small enough that stories cross their boundaries: two days a dated block, eight documents an undated one. */
    private static final StoryBlocks.Plan BLOCKS = new StoryBlocks.Plan(2, 8);
    /** A marker the test analyzer throws on: the stand-in for a CoreNLP exception. */
    private static final String THROW = "DYAD-TEST-THROW";

    @TempDir
    static Path dir;
    static SparkSession spark;
    static Path out;
    static DyadJob.Summary summary;
    static List<Path> inputs;

    @BeforeAll
    static void runJob() throws IOException {
        Path jsonl = dir.resolve("mixed.jsonl");
        Files.writeString(jsonl, String.join("\n",
                "{\"id\": \"thrower\", \"text\": \"" + THROW + " The minister met the envoy in Paris on Monday.\"}",
                "{\"text\": \"unterminated",
                "[\"not an object\"]") + "\n");
        Path warc = TestWarc.write(dir.resolve("news.warc.gz"));
        inputs = List.of(SEEDS, jsonl, warc, MEANTIME, ECB, dir.resolve("missing.txt"));
        spark = SparkSession.builder().master("local[2]").appName("dyad-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        out = dir.resolve("out");
        Analyzer failing = article -> {
            if (article.text().contains(THROW)) {
                throw new IllegalStateException("boom");
            }
            return new SharedDyad().analyze(article);
        };
        // The output as a file:// URI, as an hdfs:// or s3a:// one would be given; the inputs as the paths dyad analyze reads.
        summary = new DyadJob(spark, failing).run(new DyadJob.Options(inputs.stream().map(Path::toString).toList(),
                out.toUri().toString(), 3, 600_000, BLOCKS));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** What {@code dyad analyze} gives in one JVM on the same inputs (the thrower left out). */
    private static List<Analysis> oneJvm() {
        if (oneJvm == null) {
            oneJvm = analyzeInOneJvm();
        }
        return oneJvm;
    }

    /** Analysed once for all tests: CoreNLP on 590 articles is most of this class's time. */
    private static List<Analysis> oneJvm;

    private static List<Analysis> analyzeInOneJvm() {
        Dyad dyad = Dyad.open();
        try (var articles = new Sources(r -> { }).read(inputs)) {
            return articles.filter(a -> !a.text().contains(THROW)).map(dyad::analyze).toList();
        }
    }

    @Test
    void sameDocumentsEventsAndQuotesAsOneJvm() {
        List<Analysis> expected = oneJvm();
        assertThat(expected).hasSizeGreaterThanOrEqualTo(2 + TestWarc.PAGES.length + 120 + 462);

        Map<String, String> records = new TreeMap<>();
        for (Row r : table("documents").select("id", "record").collectAsList()) {
            records.put(r.getString(0), r.getString(1));
        }
        assertThat(records).isEqualTo(expected.stream()
                .collect(Collectors.toMap(Analysis::id, AnalysisRecord::toJsonLine, (a, b) -> a, TreeMap::new)));

        assertThat(keys("events", "document_id", "event_id")).isEqualTo(expected.stream()
                .flatMap(a -> a.events().stream().map(e -> a.id() + " " + e.id())).collect(Collectors.toCollection(TreeSet::new)));
        // A quote's id in the store is (document, ord); the speaker's id is checked with it.
        assertThat(keys("quotes", "document_id", "ord", "coalesce(speaker_id, '-')", "text")).isEqualTo(expected.stream()
                .flatMap(a -> {
                    List<String> q = new ArrayList<>();
                    for (int i = 0; i < a.quotes().size(); i++) {
                        var quote = a.quotes().get(i);
                        q.add(a.id() + " " + i + " " + (quote.speaker() == null || quote.speaker().id() == null ? "-" : quote.speaker().id()) + " " + quote.text());
                    }
                    return q.stream();
                }).collect(Collectors.toCollection(TreeSet::new)));
        long events = expected.stream().mapToLong(a -> a.events().size()).sum();
        assertThat(events).as("the seeds code events").isPositive();
        assertThat(table("events").count()).as("no event written twice").isEqualTo(events);
        assertThat(summary.documents()).isEqualTo(expected.size());
    }

    @Test
    void badInputsAndAThrowingDocumentAreRejectedAndTheJobGoesOn() {
        List<String> rejects = table(Tables.REJECTS).collectAsList().stream()
                .map(r -> r.getString(1) + " " + r.getString(0) + " " + r.getString(2)).sorted().toList();
        assertThat(rejects).hasSize(5);
        assertThat(rejects).anySatisfy(r -> assertThat(r).startsWith("analyze ").contains("mixed.jsonl#1").contains("boom"));
        assertThat(rejects).anySatisfy(r -> assertThat(r).startsWith("read ").contains("mixed.jsonl#2").contains("malformed JSON"));
        assertThat(rejects).anySatisfy(r -> assertThat(r).startsWith("read ").contains("mixed.jsonl#3").contains("not a JSON object"));
        assertThat(rejects).anySatisfy(r -> assertThat(r).startsWith("read ").contains("missing.txt"));
    }

    /** The WARC's pages are among the documents compared above; here: by their URIs, and its bad record by number. */
    @Test
    void warcResponsesAreDocumentsAndItsMalformedRecordIsRejected() {
        assertThat(table("documents").select("source").collectAsList().stream().map(r -> r.getString(0)))
                .contains(TestWarc.PAGES);
        List<Row> bad = table(Tables.REJECTS).where("source like '%news.warc.gz" + TestWarc.MALFORMED + "%'").collectAsList();
        assertThat(bad).hasSize(1);
        assertThat(bad.get(0).getString(0)).contains(TestWarc.MALFORMED_URI);
        assertThat(bad.get(0).getString(1)).isEqualTo("read");
        assertThat(bad.get(0).getString(2)).startsWith("malformed HTTP response");
    }

    /** The library's stories over the one-JVM analyses, added in its order (publication, then id). */
    private static List<Story> oneJvmStories() {
        Stories stories = new Stories();
        oneJvm().stream().sorted(Comparator.comparing(StoryBlocks.Entry::of, StoryBlocks.ORDER)).forEach(stories::add);
        return stories.ids().stream().map(stories::story).toList();
    }

    /** Each document's story in the job's output. */
    private static Map<String, String> jobStories() {
        Map<String, String> stories = new TreeMap<>();
        table("stories").collectAsList().forEach(r -> stories.put(r.getString(1), r.getString(0)));
        return stories;
    }

    private static Map<String, String> byDocument(List<Story> stories) {
        Map<String, String> byDocument = new TreeMap<>();
        stories.forEach(s -> s.documents().forEach(d -> byDocument.put(d, s.id())));
        return byDocument;
    }

    /**
     * Blocked stories agree with one JVM's at B-cubed F1 ≥ 0.98 and are exactly those of the blocking's
     * reference in one JVM ({@code StoryBlocks.Plan.stories}); the blocks were really crossed.
     */
    @Test
    void blockedStoriesAgreeWithOneJvm() {
        Map<String, String> job = jobStories();
        assertThat(job).isEqualTo(BLOCKS.stories(oneJvm().stream().map(StoryBlocks.Entry::of).toList()));
        List<Story> expected = oneJvmStories();
        assertThat(expected.size()).as("several stories").isGreaterThan(5);
        BCubed agreement = BCubed.score(job, byDocument(expected));
        System.out.printf("blocked stories against one JVM's: B-cubed precision %.4f, recall %.4f, F1 %.4f (%d documents)%n",
                agreement.precision(), agreement.recall(), agreement.f1(), job.size());
        assertThat(agreement.f1()).isGreaterThanOrEqualTo(0.98);
        assertThat(crossingStories(job)).as("stories crossing a block boundary").isPositive();
    }

    /** Stories whose documents lie in more than one block of {@link #BLOCKS}. */
    private static long crossingStories(Map<String, String> stories) {
        Map<String, Set<Long>> blocks = new TreeMap<>();
        long undated = 0;
        for (StoryBlocks.Entry e : oneJvm().stream().map(StoryBlocks.Entry::of).sorted(StoryBlocks.ORDER).toList()) {
            long block = e.day() == null ? BLOCKS.undatedBlock(undated++) : BLOCKS.block(e.day());
            blocks.computeIfAbsent(stories.get(e.document().id()), k -> new TreeSet<>()).add(block);
        }
        return blocks.values().stream().filter(b -> b.size() > 1).count();
    }

    /** Where the order of arrival is one JVM's (one block for all), the stories are identical: ids, members, records. */
    @Test
    void inOneBlockTheStoriesAreThoseOfOneJvm() {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        var records = table("documents").select("id", "record").javaRDD().mapToPair(r -> new Tuple2<>(r.getString(0), r.getString(1)));
        // Every dated document in one block (days since 1970 / 36,500), the undated in one block after them.
        JavaRDD<Tagged> rows = StoryTables.rows(jsc, records, new StoryBlocks.Plan(36_500, 1_000));
        try {
            List<Story> expected = oneJvmStories();
            assertThat(rows.filter(t -> t.table().equals("story_records")).map(t -> t.row().getString(0) + " " + t.row().getString(3))
                    .collect()).containsExactlyInAnyOrderElementsOf(expected.stream().map(s -> s.id() + " " + AnalysisRecord.toJsonLine(s)).toList());
        } finally {
            rows.unpersist(false);
        }
    }

    /**
     * The records, merged events and dyad series are those the library builds from the job's stories
     * (members in publication order); a pair's series is summed over stories, so its mean Goldstein
     * may differ from one JVM's in the last bits.
     */
    @Test
    void storyRecordsEventsAndDyadSeriesComeFromTheFinalStories() {
        Map<String, List<String>> members = new TreeMap<>();
        table("stories").orderBy("story_id", "ord").collectAsList()
                .forEach(r -> members.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r.getString(1)));
        Map<String, Analysis> analyses = oneJvm().stream().collect(Collectors.toMap(Analysis::id, a -> a));
        List<Story> built = members.entrySet().stream()
                .map(m -> Stories.build(m.getKey(), m.getValue().stream().map(analyses::get).toList()))
                .sorted(Comparator.comparing(s -> StoryBlocks.Entry.of(analyses.get(s.documents().get(0))), StoryBlocks.ORDER)).toList();
        assertThat(keys("story_records", "story_id", "record")).isEqualTo(built.stream()
                .map(s -> s.id() + " " + AnalysisRecord.toJsonLine(s)).collect(Collectors.toCollection(TreeSet::new)));
        assertThat(keys("story_events", "story_id", "ord", "event_id", "documents", "array_join(document_ids, ',')")).isEqualTo(built.stream()
                .flatMap(s -> IntStream.range(0, s.events().size()).mapToObj(i -> s.id() + " " + i + " " + s.events().get(i).id() + " "
                        + s.events().get(i).documents().size() + " " + String.join(",", s.events().get(i).documents())))
                .collect(Collectors.toCollection(TreeSet::new)));
        List<String> dyads = new ArrayList<>();
        List<Double> goldstein = new ArrayList<>();
        for (DyadSeries d : Dyads.all(built.stream().flatMap(s -> s.events().stream()).toList())) {
            for (DyadSeries.Period p : d.series()) {
                dyads.add(String.join(" ", d.pair()) + " " + p.period() + " " + p.events());
                goldstein.add(p.goldstein());
            }
        }
        List<Row> written = table("dyads").collectAsList();
        assertThat(written.stream().map(r -> r.getString(0) + " " + r.getString(1) + " " + r.getString(2) + " " + r.getInt(3)))
                .containsExactlyInAnyOrderElementsOf(dyads);
        for (Row r : written) {
            int i = dyads.indexOf(r.getString(0) + " " + r.getString(1) + " " + r.getString(2) + " " + r.getInt(3));
            assertThat(r.getDouble(4)).isCloseTo(goldstein.get(i), within(1e-9));
        }
        assertThat(summary.rows().get("dyads")).as("the seeds have a USA–COL series").isPositive();
    }

    /**
     * {@code dyad import} of the output, then {@code dyad dyad USA COL}: the series {@code dyad analyze}
     * gives (documents saved and clustered in the order they are read, stories saved), and the store's
     * story pages find the imported stories.
     */
    @Test
    void theImportedOutputGivesTheDyadSeriesOfDyadAnalyze() {
        try (Store imported = Store.open(dir.resolve("imported.duckdb")); Store analyzed = Store.open(dir.resolve("analyzed.duckdb"))) {
            assertThat(imported.importParquet(out)).isEqualTo(oneJvm().size());
            Stories stories = new Stories();
            Set<String> touched = new java.util.LinkedHashSet<>();
            for (Analysis a : oneJvm()) {
                analyzed.save(a);
                touched.add(stories.add(a));
            }
            touched.forEach(id -> analyzed.saveStory(stories.story(id)));
            DyadSeries series = imported.dyad("USA", "COL");
            assertThat(series.series()).as("the seeds' USA–COL events").isNotEmpty();
            assertThat(series).isEqualTo(analyzed.dyad("USA", "COL"));
            assertThat(imported.stories()).hasSameSizeAs(jobStories().values().stream().distinct().toList());
            String story = jobStories().values().iterator().next();
            assertThat(imported.story(story)).isPresent();
        }
    }

    @Test
    void tablesArePartitionedByPublicationDay() throws IOException {
        try (var days = Files.list(out.resolve("documents"))) {
            assertThat(days.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(Tables.PARTITION + "=")))
                    .isNotEmpty()
                    .allMatch(n -> n.matches(Tables.PARTITION + "=(\\d{4}-\\d{2}-\\d{2}|" + Tables.UNDATED + ")"));
        }
    }

    private static org.apache.spark.sql.Dataset<Row> table(String name) {
        return spark.read().parquet(out.resolve(name).toString());
    }

    private static TreeSet<String> keys(String table, String... columns) {
        TreeSet<String> keys = new TreeSet<>();
        for (Row r : table(table).selectExpr("concat_ws(' ', " + String.join(", ", columns) + ")").collectAsList()) {
            keys.add(r.getString(0));
        }
        return keys;
    }

}
