package org.dyad.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

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
