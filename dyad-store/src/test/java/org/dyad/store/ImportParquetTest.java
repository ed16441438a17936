package org.dyad.store;

import org.dyad.record.TableRows;
import org.dyad.stories.Stories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dyad import}: a Spark run's Parquet layout (a directory per table, hive-partitioned by
 * {@code published_date}) loads into a store as if each document had been saved. The layout is made
 * here with DuckDB from a store, so this test needs no Spark; dyad-spark's TablesTest pins the job's
 * columns to schema.sql.
 */
class ImportParquetTest {
    @TempDir
    Path tmp;

    @Test
    void aSparkOutputLoadsAsIfSavedAndImportingTwiceChangesNothing() throws Exception {
        Path source = tmp.resolve("source.duckdb");
        try (Store store = Store.open(source)) {
            store.save(Analyses.sample("doc-1", 3));
            store.save(Analyses.sample("doc-2", 1));
            store.saveStory(Stories.build("s-doc-1", List.of(Analyses.sample("doc-1", 3), Analyses.sample("doc-2", 1))));
        }
        Path out = java.nio.file.Files.createDirectories(tmp.resolve("spark-out"));
        sparkLayout(source, out);

        try (Store store = Store.open(tmp.resolve("imported.duckdb")); Store original = Store.open(source)) {
            assertThat(store.importParquet(out)).isEqualTo(2);
            assertThat(store.importParquet(out)).isEqualTo(2);
            assertThat(store.documentIds()).containsExactly("doc-1", "doc-2");
            for (String id : List.of("doc-1", "doc-2")) {
                assertThat(store.record(id)).isEqualTo(original.record(id));
                for (String table : TableRows.PARTS) {
                    assertThat(store.countParts(table, id)).as(table).isEqualTo(original.countParts(table, id));
                }
            }
            assertThat(store.rememberedPeople()).extracting(r -> String.join(";", r))
                    .isEqualTo(original.rememberedPeople().stream().map(r -> String.join(";", r)).toList());
            assertThat(store.stories()).isEqualTo(original.stories()).hasSize(1);
            assertThat(store.storyOfDocuments()).isEqualTo(original.storyOfDocuments());
            assertThat(store.storyEvents()).isEqualTo(original.storyEvents()).isNotEmpty();
            assertThat(store.dyad("XXA", "XXB")).isEqualTo(original.dyad("XXA", "XXB"));
            assertThat(store.dyad("XXA", "XXB").series()).isNotEmpty();
        }
    }

    /** A run without story tables (or before they existed) imports its documents and leaves the stored stories alone. */
    @Test
    void aRunWithoutStoriesLeavesTheStoredStories() throws Exception {
        Path source = tmp.resolve("source.duckdb");
        try (Store store = Store.open(source)) {
            store.save(Analyses.sample("doc-1", 1));
        }
        Path out = java.nio.file.Files.createDirectories(tmp.resolve("spark-out"));
        sparkLayout(source, out);
        try (Store store = Store.open(tmp.resolve("imported.duckdb"))) {
            store.saveStory(Stories.build("s-doc-1", List.of(Analyses.sample("doc-1", 1))));
            assertThat(store.importParquet(out)).isEqualTo(1);
            assertThat(store.storyOfDocuments()).containsEntry("doc-1", "s-doc-1");
        }
    }

    /** The store's tables written as dyad-spark writes them: the documents' partitioned by day, the stories' not (if any). */
    private static void sparkLayout(Path store, Path out) throws Exception {
        List<String> tables = new ArrayList<>(List.of("documents"));
        tables.addAll(TableRows.PARTS);
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + store.toAbsolutePath());
             Statement s = db.createStatement()) {
            for (String table : tables) {
                String day = "coalesce(left(d.published, 10), 'unknown') AS published_date";
                String select = table.equals("documents") ? "SELECT d.*, " + day + " FROM documents d"
                        : "SELECT t.*, " + day + " FROM " + table + " t JOIN documents d ON d.id = t.document_id";
                s.execute("COPY (" + select + ") TO '" + out.resolve(table) + "' (FORMAT parquet, PARTITION_BY (published_date))");
            }
            for (String table : TableRows.STORY_TABLES) {
                try (var rows = s.executeQuery("SELECT count(*) FROM " + table)) {
                    rows.next();
                    if (rows.getLong(1) > 0) { // Spark writes no table for a run without stories
                        java.nio.file.Files.createDirectories(out.resolve(table));
                        s.execute("COPY " + table + " TO '" + out.resolve(table).resolve("part-0.parquet") + "' (FORMAT parquet)");
                    }
                }
            }
        }
    }
}
