package org.dyad.spark;

import org.apache.spark.TaskContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.Dyad;
import org.dyad.ingest.Sources;
import org.dyad.model.Analysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every analysing task dies part-way through its first attempt, after it has begun writing the
 * documents table; Spark reruns it ({@code local[2,2]}: two attempts per task). The output must hold
 * each document and each event exactly once: the same articles reach the rerun partition (spread by
 * source), their ids are content-derived, and the committer drops the dead attempt's files.
 */
class RetryTest {
    /** The tasks killed, as "stage/partition": tasks run in this JVM under local[...], so a static set sees them. */
    private static final Set<String> KILLED = ConcurrentHashMap.newKeySet();

    @TempDir
    Path dir;

    /** Fails a task's first attempt at its second document, so its first document's rows are already on their way out. */
    private static final class DiesOnFirstAttempt implements Analyzer {
        private static final long serialVersionUID = 1L;

        @Override
        public Analysis analyze(org.dyad.model.Article article) {
            return new SharedDyad().analyze(article);
        }

        @Override
        public void beforeDocument(int index) {
            TaskContext task = TaskContext.get();
            if (index == 1 && task.attemptNumber() == 0) {
                KILLED.add(task.stageId() + "/" + task.partitionId());
                throw new IllegalStateException("test: task killed on its first attempt");
            }
        }
    }

    @Test
    void aTaskKilledAndRetriedLeavesNoDuplicate() throws IOException {
        Path jsonl = dir.resolve("short.jsonl");
        Files.write(jsonl, IntStream.range(0, 8).mapToObj(i -> "{\"id\": \"short-" + i + "\", \"text\": \"On Monday the "
                + "foreign minister of France met the envoy of Iran in Geneva to resume talks, number " + i + ".\"}").toList());
        List<Path> inputs = List.of(jsonl, TestWarc.write(dir.resolve("news.warc.gz")));
        Path out = dir.resolve("out");
        SparkSession spark = SparkSession.builder().master("local[2,2]").appName("dyad-retry-test")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            DyadJob.Summary summary = new DyadJob(spark, new DiesOnFirstAttempt()).run(new DyadJob.Options(inputs.stream().map(Path::toString).toList(), out.toString(), 2, 600_000));
            assertThat(KILLED).as("some task died and was retried").isNotEmpty();

            List<Analysis> expected = oneJvm(inputs);
            Dataset<Row> documents = spark.read().parquet(out.resolve("documents").toString());
            assertThat(documents.count()).isEqualTo(expected.size());
            assertThat(ids(documents.select("id"))).isEqualTo(expected.stream().map(Analysis::id).collect(Collectors.toSet()));

            Dataset<Row> events = spark.read().parquet(out.resolve("events").toString());
            Set<String> expectedEvents = expected.stream()
                    .flatMap(a -> a.events().stream().map(e -> a.id() + " " + e.id())).collect(Collectors.toSet());
            assertThat(expectedEvents).as("the short texts code events").isNotEmpty();
            assertThat(events.count()).as("no event twice").isEqualTo(expectedEvents.size());
            assertThat(ids(events.selectExpr("concat_ws(' ', document_id, event_id)"))).isEqualTo(expectedEvents);
            assertThat(summary.rejects()).as("only the WARC's malformed record").isEqualTo(1);
        } finally {
            spark.stop();
        }
    }

    private static List<Analysis> oneJvm(List<Path> inputs) {
        Dyad dyad = Dyad.open();
        try (var articles = new Sources(r -> { }).read(inputs)) {
            return articles.map(dyad::analyze).toList();
        }
    }

    private static Set<String> ids(Dataset<Row> column) {
        return column.collectAsList().stream().map(r -> r.getString(0)).collect(Collectors.toSet());
    }
}
