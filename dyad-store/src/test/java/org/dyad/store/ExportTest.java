package org.dyad.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportTest {
    @TempDir
    Path tmp;

    private Store filled() {
        Store store = Store.open(tmp.resolve("x.duckdb"));
        store.save(Analyses.sample("doc-1", 2));
        store.save(Analyses.sample("doc-2", 1));
        return store;
    }

    @Test
    void parquetFilesReadBackWithTheStoresRowCounts() throws Exception {
        try (Store store = filled()) {
            List<Path> files = Export.write(store, Export.Format.PARQUET, tmp.resolve("pq"));
            assertThat(files).hasSize(Store.TABLES.size());
            try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement()) {
                assertThat(count(s, tmp.resolve("pq/documents.parquet"))).isEqualTo(store.countDocuments());
                assertThat(count(s, tmp.resolve("pq/times.parquet"))).isEqualTo(3);
                assertThat(count(s, tmp.resolve("pq/events.parquet"))).isEqualTo(2);
                assertThat(count(s, tmp.resolve("pq/quotes.parquet"))).isEqualTo(6);
            }
        }
    }

    private static long count(Statement s, Path parquet) throws Exception {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM read_parquet('" + parquet + "')")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void csvFilesHaveAHeaderLine() throws Exception {
        try (Store store = filled()) {
            Export.write(store, Export.Format.CSV, tmp.resolve("csv"));
        }
        List<String> events = Files.readAllLines(tmp.resolve("csv/events.csv"));
        assertThat(events.get(0)).startsWith("document_id,event_id,source_id,source_name");
        assertThat(events).hasSize(3);
        assertThat(Files.readAllLines(tmp.resolve("csv/documents.csv")).get(0)).startsWith("id,source,url,title");
    }

    @Test
    void ploverLinesParseWithTypeModeActorsDateAndText() throws Exception {
        try (Store store = filled()) {
            Export.write(store, Export.Format.PLOVER, tmp.resolve("pl"));
        }
        List<String> lines = Files.readAllLines(tmp.resolve("pl/events.plover.jsonl"));
        assertThat(lines).hasSize(2);
        JsonNode e = new ObjectMapper().readTree(lines.get(0));
        assertThat(e.get("event_type").asText()).isEqualTo("AGREE");
        assertThat(e.has("mode")).isTrue();
        assertThat(e.get("actor1").get("country").asText()).isEqualTo("XXA");
        assertThat(e.get("actor2").get("name").asText()).isEqualTo("Ministry of the Interior");
        assertThat(e.get("date").asText()).isEqualTo("2025-03-03");
        assertThat(e.get("text").asText()).startsWith("Ministers of both countries met");
    }

    @Test
    void gdeltTsvHasTheLayoutsColumnsOnEveryLineAndTheRealEventDate() throws Exception {
        try (Store store = filled()) {
            Export.write(store, Export.Format.GDELT, tmp.resolve("g"));
        }
        List<String> lines = Files.readAllLines(tmp.resolve("g/events.gdelt.tsv"));
        assertThat(Export.GDELT_COLUMNS).hasSize(62);
        assertThat(lines).hasSize(3).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(62));
        String[] row = lines.get(1).split("\t", -1);
        assertThat(row[1]).isEqualTo("20250304");                 // SQLDATE: the report's day, as in GDELT
        assertThat(row[5]).isEqualTo("XXAGOV");                   // Actor1Code
        assertThat(row[26]).isEqualTo("057");                     // EventCode
        assertThat(row[28]).isEqualTo("05");                      // EventRootCode
        assertThat(row[29]).isEqualTo("1");                       // QuadClass: verbal cooperation
        assertThat(row[61]).isEqualTo("2025-03-03");              // when it happened
    }

    @Test
    void anUnknownFormatIsRefusedWithTheValidOnes() {
        assertThatThrownBy(() -> Export.Format.of("xml")).hasMessageContaining("parquet, csv, plover, gdelt");
        assertThat(Export.Format.of("GDELT")).isEqualTo(Export.Format.GDELT);
    }
}
