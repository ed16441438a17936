package org.dyad.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.Dyad;
import org.dyad.ingest.Sources;
import org.dyad.model.Analysis;
import org.dyad.model.Story;
import org.dyad.record.AnalysisRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job on local[2] against {@code Dyad.analyze} in this JVM: same documents, events and quotes,
 * same ids; bad inputs and a document that throws end in {@code rejects}, and the job goes on.
 */
class DyadJobTest {
    private static final Path SHARED = Path.of(System.getProperty("dyad.shared", "../../shared"));
    private static final Path SEEDS = SHARED.resolve("seeds");
    /** MEANTIME's 120 Wikinews articles: every sixth, 20 over all its topics, enough variety for CI's time. */
    private static final Path MEANTIME = SHARED.resolve("eval/news/meantime_en_docs.jsonl");
    private static final int MEANTIME_EVERY = 6;
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
        List<String> meantime = Files.readAllLines(MEANTIME);
        Path sample = Files.write(dir.resolve("meantime-sample.jsonl"), IntStream.range(0, meantime.size())
                .filter(i -> i % MEANTIME_EVERY == 0).mapToObj(meantime::get).toList());
        inputs = List.of(SEEDS, jsonl, warc, sample, dir.resolve("missing.txt"));
        spark = SparkSession.builder().master("local[2]").appName("dyad-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        out = dir.resolve("out");
        Analyzer failing = article -> {
            if (article.text().contains(THROW)) {
                throw new IllegalStateException("boom");
            }
            return new SharedDyad().analyze(article);
        };
        summary = new DyadJob(spark, failing).run(new DyadJob.Options(inputs, out, 3, 600_000));
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

    /** Analysed once for all tests: CoreNLP on 25 articles is most of this class's time. */
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
        assertThat(expected).hasSizeGreaterThanOrEqualTo(2 + TestWarc.PAGES.length + 120 / MEANTIME_EVERY);

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

    /** Stories equal the library's on the one-JVM analyses in the same order (publication, then id): same ids, same members. */
    @Test
    void storiesAndDyadSeriesAreThoseOfOneJvm() {
        List<Story> expected = StoryTables.cluster(oneJvm());
        assertThat(expected.size()).as("several stories").isGreaterThan(1);
        assertThat(keys("stories", "story_id", "ord", "document_id")).isEqualTo(expected.stream()
                .flatMap(s -> IntStream.range(0, s.documents().size()).mapToObj(i -> s.id() + " " + i + " " + s.documents().get(i)))
                .collect(Collectors.toCollection(TreeSet::new)));
        assertThat(keys("story_records", "story_id", "record")).isEqualTo(expected.stream()
                .map(s -> s.id() + " " + AnalysisRecord.toJsonLine(s)).collect(Collectors.toCollection(TreeSet::new)));
        assertThat(keys("dyads", "a", "b", "period", "events", "goldstein")).isEqualTo(StoryTables.dyads(expected).stream()
                .map(r -> r.mkString(" ")).collect(Collectors.toCollection(TreeSet::new)));
        assertThat(summary.rows().get("dyads")).as("the seeds have a USA–COL series").isPositive();
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
