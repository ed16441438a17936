package org.dyad.store;

import org.dyad.model.Analysis;
import org.dyad.record.AnalysisReader;
import org.dyad.record.TableRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A load benchmark's store grown by {@link Copies}: two hand-built analyses copied to ten documents. */
class CopiesTest {
    @TempDir
    Path tmp;

    /** Document a: one of every part, published 2025-03-04T10:00, its event on 2025-03-03. Document b: undated, one event on 2025-03-03. */
    private Path storeOfTwo() {
        Path file = tmp.resolve("copies.duckdb");
        try (Store store = Store.open(file)) {
            store.save(Analyses.sample("a", 2));
            store.save(Analyses.dated("b", null, List.of("2025-03-03")));
        }
        return file;
    }

    @Test
    void everyTableOfADocumentIsCopiedUnderNewIdsAndShiftedDates() throws SQLException {
        Path file = storeOfTwo();
        List<Long> before = counts(file);

        assertThat(Copies.fill(file, 10)).isEqualTo(8);

        List<Long> after = counts(file);
        for (int t = 0; t < before.size(); t++) {
            assertThat(after.get(t)).as("rows of %s", tables().get(t)).isEqualTo(5 * before.get(t));
        }
        assertThat(column(file, "SELECT CAST(date AS VARCHAR) FROM posts WHERE document_id = 'a~2'")).containsExactly("2025-03-05");
        assertThat(column(file, "SELECT CAST(day AS VARCHAR) FROM events WHERE document_id IN ('a~3', 'b~3')"))
                .containsExactly("2025-03-06", "2025-03-06");
        assertThat(column(file, "SELECT count(*) FROM people")).containsExactly("1");
        assertThat(Copies.fill(file, 10)).as("already full").isZero();
    }

    @Test
    void copiesReadBackWithTheirIdsAndDatesAndPageByTheNewDates() {
        Path file = storeOfTwo();
        Copies.fill(file, 10);
        try (Store store = Store.open(file)) {
            assertThat(store.documentIds()).containsExactly("a", "a~1", "a~2", "a~3", "a~4", "b", "b~1", "b~2", "b~3", "b~4");
            Analysis a3 = AnalysisReader.read(store.record("a~3").orElseThrow());
            assertThat(a3.id()).isEqualTo("a~3");
            assertThat(a3.article().published().value()).isEqualTo("2025-03-07T10:00");
            assertThat(a3.events()).hasSize(1);
            Analysis b2 = AnalysisReader.read(store.record("b~2").orElseThrow());
            assertThat(b2.id()).isEqualTo("b~2");
            assertThat(b2.article().published().value()).isNull();

            assertThat(store.documents(DocumentFilter.ALL, 3, 0).items()).extracting(DocumentRow::id).containsExactly("a~4", "a~3", "a~2");
            Page<DocumentRow> next = store.documents(DocumentFilter.ALL, 3, 3);
            assertThat(next.total()).isEqualTo(10);
            assertThat(next.items()).extracting(DocumentRow::id).containsExactly("a~1", "a", "b");
            assertThat(next.items()).extracting(DocumentRow::published).containsExactly("2025-03-05T10:00", "2025-03-04T10:00", null);

            LocalDate day = LocalDate.of(2025, 3, 5);
            assertThat(store.events(new EventFilter(null, null, null, day, day, null, null), 10, 0).items())
                    .extracting(EventRow::documentId).containsExactly("a~2", "b~2");
        }
    }

    private static List<String> tables() {
        List<String> tables = new ArrayList<>(List.of("documents"));
        tables.addAll(TableRows.PARTS);
        return tables;
    }

    private static List<Long> counts(Path file) throws SQLException {
        List<Long> counts = new ArrayList<>();
        for (String table : tables()) {
            counts.add(Long.parseLong(column(file, "SELECT count(*) FROM " + table).get(0)));
        }
        return counts;
    }

    private static List<String> column(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql + " ORDER BY 1")) {
            List<String> values = new ArrayList<>();
            while (r.next()) {
                values.add(r.getString(1));
            }
            return values;
        }
    }
}
