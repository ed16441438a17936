package org.dyad.store;

import org.dyad.model.Analysis;
import org.dyad.model.Article;
import org.dyad.model.CleanArticle;
import org.dyad.model.Published;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicatesTest {
    private static final String STORY = "Dock workers returned to the port of Mombasa on Tuesday after a week-long strike over pay, "
            + "the union said, ending a stoppage that had left dozens of ships waiting offshore. The agreement, reached late on "
            + "Monday, raises wages by 12 percent over two years and restores overtime rates that were cut last year, according "
            + "to a statement from the ports authority. Shipping agents said it would take at least ten days to clear the backlog "
            + "of vessels, many of them carrying fuel and grain bound for Uganda, Rwanda and South Sudan.";

    @TempDir
    Path tmp;

    private static Analysis analysis(String id, String url, String text) {
        Article article = new Article(id, url, "<html>" + text + "</html>", "Ports reopen", url, null, List.of(), null);
        CleanArticle clean = new CleanArticle(article, "Ports reopen", null, null, List.of(), Published.UNKNOWN, "en", text,
                List.of(), List.of(), List.of());
        return new Analysis(clean, List.of(), List.of(), List.of(), List.of(), 0, List.of());
    }

    @Test
    void theSameArticleUnderTwoUrlsIsStoredOnceAndLinkedToBoth() {
        try (Store store = Store.open(tmp.resolve("d.duckdb"))) {
            assertThat(store.save(analysis("p1", "https://a.example/ports", STORY))).isEqualTo("p1");
            // another site's page: other markup, so another raw id, but the same narration with other spacing
            assertThat(store.save(analysis("p2", "https://b.example/wire/123", STORY.replace(", ", " ,  ")))).isEqualTo("p1");
            assertThat(store.documentIds()).containsExactly("p1");
            assertThat(store.urls("p1")).containsExactly("https://a.example/ports", "https://b.example/wire/123");
        }
    }

    @Test
    void aSyndicatedCopyWithTrivialChangesIsLinkedNotStored() {
        String copy = "By Wire Staff. " + STORY.replace("Shipping agents said", "Shipping agents told reporters")
                .replace("12 percent", "12 per cent");
        try (Store store = Store.open(tmp.resolve("d.duckdb"))) {
            store.save(analysis("p1", "https://a.example/ports", STORY));
            assertThat(store.save(analysis("p3", "https://c.example/syndicated", copy))).isEqualTo("p1");
            assertThat(store.countDocuments()).isEqualTo(1);
            assertThat(store.urls("p1")).contains("https://c.example/syndicated");
        }
    }

    @Test
    void aDifferentArticleOnTheSameSubjectIsStoredApart() {
        String other = "The ports authority said on Wednesday that the backlog of ships at Mombasa had been cleared faster than "
                + "expected, with all vessels carrying fuel for Uganda and Rwanda unloaded, and that it would review how the "
                + "strike over pay had been handled with the union in the coming weeks, before talks on next year's budget.";
        try (Store store = Store.open(tmp.resolve("d.duckdb"))) {
            store.save(analysis("p1", "https://a.example/ports", STORY));
            assertThat(store.save(analysis("p4", "https://a.example/ports-cleared", other))).isEqualTo("p4");
            assertThat(store.documentIds()).containsExactly("p1", "p4");
        }
    }

    @Test
    void aCopyCanBeLinkedBeforeItIsAnalyzed() {
        try (Store store = Store.open(tmp.resolve("d.duckdb"))) {
            store.save(analysis("p1", "https://a.example/ports", STORY));
            assertThat(store.linkIfStored(analysis("p5", "https://e.example/copy", STORY).article())).contains("p1");
            assertThat(store.linkIfStored(analysis("p6", "https://e.example/new", "Something else entirely.").article())).isEmpty();
            assertThat(store.urls("p1")).containsExactly("https://a.example/ports", "https://e.example/copy");
            assertThat(store.documentIds()).containsExactly("p1");
        }
    }

    @Test
    void emptyNarrationsAreNeverTakenForCopiesOfEachOther() {
        try (Store store = Store.open(tmp.resolve("d.duckdb"))) {
            store.save(analysis("e1", "https://a.example/video1", ""));
            store.save(analysis("e2", "https://a.example/video2", ""));
            assertThat(store.documentIds()).containsExactly("e1", "e2");
        }
    }

    @Test
    void remembersFeedItemsFetchedAndFailed() {
        try (Store store = Store.open(tmp.resolve("d.duckdb"))) {
            store.failed("feed", "i1", "https://a.example/1", "HTTP 404");
            assertThat(store.settled("feed", "i1", 2)).isFalse();
            store.failed("feed", "i1", "https://a.example/1", "timed out");
            assertThat(store.settled("feed", "i1", 2)).isTrue();
            store.fetched("feed", "i2", "https://a.example/2", "doc");
            assertThat(store.settled("feed", "i2", 5)).isTrue();
            assertThat(store.settled("other feed", "i2", 5)).isFalse();
        }
    }
}
