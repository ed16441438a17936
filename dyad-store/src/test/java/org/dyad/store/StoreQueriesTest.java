package org.dyad.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class StoreQueriesTest {
    @TempDir
    Path tmp;
    Store store;

    @BeforeEach
    void fill() {
        store = Store.open(tmp.resolve("q.duckdb"));
        for (int i = 1; i <= 3; i++) {
            store.save(Analyses.sample("doc-" + i, 1));
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void documentsArePagedWithTheirTotal() {
        Page<DocumentRow> page = store.documents(DocumentFilter.ALL, 2, 0);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(DocumentRow::id).containsExactly("doc-1", "doc-2");
        assertThat(store.documents(DocumentFilter.ALL, 2, 2).items()).extracting(DocumentRow::id).containsExactly("doc-3");
        assertThat(page.items().get(0).events()).isEqualTo(1);
        assertThat(page.items().get(0).quotes()).isEqualTo(3);
    }

    @Test
    void documentsAreFilteredByPublicationDayLanguageAndOutlet() {
        LocalDate day = LocalDate.of(2025, 3, 4);
        assertThat(store.documents(new DocumentFilter(day, day, null, null), 10, 0).total()).isEqualTo(3);
        assertThat(store.documents(new DocumentFilter(day.plusDays(1), null, null, null), 10, 0).total()).isZero();
        assertThat(store.documents(new DocumentFilter(null, null, "de", null), 10, 0).total()).isZero();
        assertThat(store.documents(new DocumentFilter(null, null, "en", "example times"), 10, 0).total()).isEqualTo(3);
    }

    @Test
    void eventsAreFilteredByCountryPloverCameoRootDateAndActor() {
        assertThat(store.events(EventFilter.ALL, 10, 0).total()).isEqualTo(3);
        EventRow e = store.events(EventFilter.ALL, 10, 0).items().get(0);
        assertThat(e.sourceCountry()).isEqualTo("XXA");
        assertThat(e.targetCountry()).isEqualTo("XXB");
        assertThat(e.date()).isEqualTo("2025-03-03");
        assertThat(e.published()).isEqualTo("2025-03-04T10:00");
        assertThat(store.events(new EventFilter("xxb", null, null, null, null, null, null), 10, 0).total()).isEqualTo(3);
        assertThat(store.events(new EventFilter("USA", null, null, null, null, null, null), 10, 0).total()).isZero();
        assertThat(store.events(new EventFilter(null, "agree", "05", null, null, null, null), 10, 0).total()).isEqualTo(3);
        assertThat(store.events(new EventFilter(null, null, "17", null, null, null, null), 10, 0).total()).isZero();
        LocalDate happened = LocalDate.of(2025, 3, 3);
        assertThat(store.events(new EventFilter(null, null, null, happened, happened, null, null), 10, 0).total()).isEqualTo(3);
        assertThat(store.events(new EventFilter(null, null, null, happened.plusDays(1), null, null, null), 10, 0).total()).isZero();
        assertThat(store.events(EventFilter.ALL.withActor("a2"), 10, 0).total()).isEqualTo(3);
        assertThat(store.events(new EventFilter(null, null, null, null, null, null, "doc-2"), 10, 0).total()).isEqualTo(1);
    }

    @Test
    void quotesAreFilteredBySpeakerIdOrName() {
        assertThat(store.quotes(null, null, 100, 0).total()).isEqualTo(9);
        assertThat(store.quotes("a1", null, 100, 0).total()).isEqualTo(6);
        assertThat(store.quotes("ministry of foreign affairs", "doc-1", 100, 0).total()).isEqualTo(2);
    }

    @Test
    void actorsAreOnePerIdAcrossDocuments() {
        Page<ActorRow> actors = store.actors(null, 10, 0);
        assertThat(actors.total()).isEqualTo(3);
        assertThat(actors.items()).allSatisfy(a -> assertThat(a.documents()).isEqualTo(3));
        assertThat(store.actors("XXB", 10, 0).items()).extracting(ActorRow::id).containsExactly("a2");
        assertThat(store.actor("a3")).hasValueSatisfying(a -> assertThat(a.title()).isEqualTo("Minister"));
        assertThat(store.actor("nobody")).isEmpty();
    }

    @Test
    void anUnknownStoryIsEmpty() {
        assertThat(store.story("s-none")).isEmpty();
        assertThat(store.documentsOf("s-none")).isEmpty();
        assertThat(store.dyad("XXA", "XXB").series()).isEmpty();
    }

    @Test
    void aDocumentsStoryAndAStorysDocumentsInTheOrderTheyJoined() {
        store.saveStory(org.dyad.stories.Stories.build("s-doc-3", java.util.List.of(Analyses.sample("doc-3", 1), Analyses.sample("doc-1", 1))));
        assertThat(store.storyOf("doc-1")).contains("s-doc-3");
        assertThat(store.storyOf("doc-2")).isEmpty();
        assertThat(store.documentsOf("s-doc-3")).containsExactly("doc-3", "doc-1");
    }
}
