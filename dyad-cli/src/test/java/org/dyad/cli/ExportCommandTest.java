package org.dyad.cli;

import org.dyad.store.Export;
import org.dyad.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExportCommandTest {
    @TempDir
    Path tmp;

    @Test
    void writesEachFormatIntoTheDirectory() throws Exception {
        Path db = tmp.resolve("e.duckdb");
        Store.open(db).close();
        Cli csv = Cli.run("export", "--db", db.toString(), "--format", "csv", "--out", tmp.resolve("csv").toString());
        assertThat(csv.exitCode).as(csv.err).isZero();
        assertThat(Files.readAllLines(tmp.resolve("csv/events.csv")).get(0)).startsWith("document_id,event_id");
        Cli gdelt = Cli.run("export", "--db", db.toString(), "--format", "GDELT", "--out", tmp.resolve("g").toString());
        assertThat(gdelt.exitCode).isZero();
        assertThat(Files.readAllLines(tmp.resolve("g/events.gdelt.tsv")).get(0).split("\t")).hasSize(Export.GDELT_COLUMNS.size());
        assertThat(Cli.run("export", "--db", db.toString(), "--format", "parquet", "--out", tmp.resolve("p").toString()).exitCode).isZero();
        assertThat(tmp.resolve("p/documents.parquet")).exists();
    }

    @Test
    void refusesAnUnknownFormatOrAMissingStore() {
        Cli xml = Cli.run("export", "--db", tmp.resolve("none.duckdb").toString(), "--format", "xml", "--out", tmp.toString());
        assertThat(xml.exitCode).isEqualTo(2);
        assertThat(xml.err).contains("parquet, csv, plover, gdelt");
        Cli missing = Cli.run("export", "--db", tmp.resolve("none.duckdb").toString(), "--format", "csv", "--out", tmp.toString());
        assertThat(missing.exitCode).isEqualTo(2);
        assertThat(missing.err).contains("no store at");
    }

    @Test
    void aStoreOfAnotherVersionIsNamedWithoutAStackTrace() throws Exception {
        Path old = tmp.resolve("old.duckdb");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + old); java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1)");
        }
        Cli stories = Cli.run("stories", "--db", old.toString());
        assertThat(stories.exitCode).isEqualTo(1);
        assertThat(stories.err).startsWith("dyad stories: ").contains(old.toString()).contains("schema version 1").doesNotContain("\tat ");
    }
}
