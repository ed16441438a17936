package org.dyad.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreTest {
    @TempDir
    Path tmp;

    @Test
    void createsTheFileWithItsSchemaVersion() {
        Path file = tmp.resolve("new.duckdb");
        try (Store store = Store.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(Store.SCHEMA_VERSION);
            assertThat(store.countDocuments()).isZero();
        }
        assertThat(file).exists();
    }

    @Test
    void savesEveryPartOfADocument() {
        try (Store store = Store.open(tmp.resolve("d.duckdb"))) {
            store.save(Analyses.sample("doc-1", 3));
            assertThat(store.documentIds()).containsExactly("doc-1");
            assertThat(store.countParts("times", "doc-1")).isEqualTo(3);
            assertThat(store.countParts("quotes", "doc-1")).isEqualTo(3);
            for (String part : new String[]{"posts", "dropped", "events"}) {
                assertThat(store.countParts(part, "doc-1")).as(part).isEqualTo(1);
            }
            assertThat(store.countParts("actors", "doc-1")).isEqualTo(3);
            assertThat(store.record("doc-1")).hasValueSatisfying(r -> assertThat(r)
                    .startsWith("{\"type\":\"document\",\"id\":\"doc-1\"").contains("\"published\":\"2025-03-04T10:00\""));
            assertThat(store.record("nope")).isEmpty();
        }
    }

    @Test
    void readsBackTheDroppedLinesWithTheirReasons() {
        try (Store store = Store.open(tmp.resolve("dropped.duckdb"))) {
            store.save(Analyses.sample("doc-1", 1));
            assertThat(store.dropped("doc-1")).extracting(d -> d.reason().name()).containsExactly("ADVERTISEMENT");
            assertThat(store.dropped("nope")).isEmpty();
            assertThat(store.file()).isEqualTo(tmp.resolve("dropped.duckdb"));
        }
    }

    @Test
    void savingAgainReplacesInsteadOfDuplicating() {
        Path file = tmp.resolve("twice.duckdb");
        try (Store store = Store.open(file)) {
            store.save(Analyses.sample("doc-1", 5));
            store.save(Analyses.sample("doc-1", 2));
        }
        try (Store store = Store.open(file)) {
            assertThat(store.countDocuments()).isEqualTo(1);
            assertThat(store.countParts("times", "doc-1")).isEqualTo(2);
        }
    }

    @Test
    void listsAndDatesAreStoredAsSqlTypesAnalystsCanQuery() throws Exception {
        Path file = tmp.resolve("q.duckdb");
        try (Store store = Store.open(file)) {
            store.save(Analyses.sample("doc-1", 1));
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT d.authors[1], len(d.headings), p.date + 1, p.handle "
                     + "FROM documents d JOIN posts p ON p.document_id = d.id")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("A. Writer");
            assertThat(r.getInt(2)).isEqualTo(1);
            assertThat(r.getString(3)).startsWith("2025-03-04");
            assertThat(r.getString(4)).isEqualTo("@janeroe");
        }
    }

    @Test
    void quotesKeepTheirKindAndTheirPost() throws Exception {
        Path file = tmp.resolve("k.duckdb");
        try (Store store = Store.open(file)) {
            store.save(Analyses.sample("doc-1", 1));
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT q.kind, q.post, p.handle FROM quotes q "
                     + "LEFT JOIN posts p ON p.document_id = q.document_id AND p.ord = q.post ORDER BY q.ord")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("direct");
            assertThat(r.getObject(2)).isNull();
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("indirect");
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("direct");
            assertThat(r.getInt(2)).isZero();
            assertThat(r.getString(3)).isEqualTo("@janeroe");
            assertThat(r.next()).isFalse();
        }
    }

    @Test
    void aStoreOfVersionFiveIsBroughtUpWithTheColumnsFilledAsVersionSixWritesThem() throws Exception {
        Path file = tmp.resolve("v5.duckdb");
        try (Store store = Store.open(file)) {
            store.save(Analyses.sample("doc-1", 1));
        }
        List<String> written = snapshot(file);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            // version 5 as it was: without the columns version 6 added
            s.execute("DROP INDEX events_day; ALTER TABLE documents DROP COLUMN events; ALTER TABLE documents DROP COLUMN quotes; "
                    + "ALTER TABLE events DROP COLUMN source_country; ALTER TABLE events DROP COLUMN source_sector; "
                    + "ALTER TABLE events DROP COLUMN target_country; ALTER TABLE events DROP COLUMN target_sector; "
                    + "ALTER TABLE events DROP COLUMN day; UPDATE schema_version SET version = 5");
        }
        try (Store store = Store.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(Store.SCHEMA_VERSION);
            assertThat(store.events(new EventFilter("XXB", null, null, null, null, null, null), 10, 0).total()).isEqualTo(1);
        }
        assertThat(snapshot(file)).isEqualTo(written);
    }

    /** The version 6 columns of a store's documents and events, as text. */
    private static List<String> snapshot(Path file) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT d.id, d.events, d.quotes, e.source_country, e.source_sector, e.target_country, "
                     + "e.target_sector, e.day FROM documents d JOIN events e ON e.document_id = d.id ORDER BY d.id, e.event_id")) {
            while (r.next()) {
                rows.add(String.join("|", r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                        r.getString(7), r.getString(8)));
            }
        }
        return rows;
    }

    @Test
    void refusesAFileOfAnotherSchemaVersion() throws Exception {
        Path file = tmp.resolve("old.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (99)");
        }
        assertThatThrownBy(() -> Store.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("schema version 99");
    }

    @Test
    void aFileThatIsNotADatabaseIsNamedInTheError() throws Exception {
        Path file = Files.writeString(tmp.resolve("notes.duckdb"), "these are my notes, not a database\n".repeat(200));
        assertThatThrownBy(() -> Store.open(file)).isInstanceOf(StoreException.class).hasMessageContaining(file.toString());
    }

    @Test
    void remembersThePeopleItHasSeenWithTheirRolesAndDates() {
        try (Store store = Store.open(tmp.resolve("people.duckdb"))) {
            store.save(Analyses.sample("doc-1", 1));
            assertThat(store.rememberedPeople()).extracting(r -> String.join(";", r))
                    .containsExactly("Lena Marsh;;XXA;GOV;Minister;2025-03;2025-09"); // her role ends as the text said
            store.save(Analyses.sample("doc-1", 1)); // the same document again adds nothing new
            assertThat(store.rememberedPeople()).hasSize(1);
        }
    }

    @Test
    void storiesAreStoredWholeAndADocumentStaysInItsStory() {
        try (Store store = Store.open(tmp.resolve("s.duckdb"))) {
            org.dyad.model.Analysis a = Analyses.sample("d1", 1);
            org.dyad.model.Analysis b = Analyses.sample("d2", 1);
            store.save(a);
            store.save(b);
            store.saveStory(org.dyad.stories.Stories.build("s-d1", java.util.List.of(a, b)));
            assertThat(store.storyOfDocuments()).containsEntry("d1", "s-d1").containsEntry("d2", "s-d1");
            assertThat(store.stories()).singleElement().satisfies(s -> {
                assertThat(s.documents()).isEqualTo(2);
                assertThat(s.events()).isEqualTo(1);
                assertThat(s.record()).contains("\"type\":\"story\"");
            });
            assertThat(store.storyEvents()).singleElement().satisfies(e -> {
                assertThat(e.documents()).containsExactly("d1", "d2");
                assertThat(e.source().country()).isEqualTo("XXA");
                assertThat(e.goldstein()).isEqualTo(8.0);
            });
            store.saveStory(org.dyad.stories.Stories.build("s-d1", java.util.List.of(a, b))); // again: replaced, not doubled
            assertThat(store.stories()).extracting(Store.StoredStory::documents).containsExactly(2);
            assertThatThrownBy(() -> store.saveStory(org.dyad.stories.Stories.build("s-d2", java.util.List.of(b))))
                    .isInstanceOf(StoreException.class).hasMessageContaining("d2 is in story s-d1");
            assertThat(store.storyOfDocuments()).containsEntry("d2", "s-d1");
        }
    }

    @Test
    void aStoredRecordReadsBackAsTheSameRecord() {
        try (Store store = Store.open(tmp.resolve("r.duckdb"))) {
            store.save(Analyses.sample("d1", 2));
            String record = store.record("d1").orElseThrow();
            assertThat(org.dyad.record.AnalysisRecord.toJsonLine(org.dyad.record.AnalysisReader.read(record))).isEqualTo(record);
        }
    }
}
