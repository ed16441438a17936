package org.dyad.html;

import org.dyad.language.LanguageDetector;
import org.dyad.model.Article;
import org.dyad.model.CleanArticle;
import org.dyad.model.Post;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PageReaderTest {
    private static final PageReader READER = new PageReader(LanguageDetector.shared());

    static String fixture(String name) throws IOException {
        try (InputStream in = PageReaderTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Page read(String html) {
        return READER.read(new Article("p1", "article.html", html, null, null, null, List.of(), null));
    }

    @Test
    void keepsTheNarrationInParagraphsAndDropsTheFurniture() throws IOException {
        CleanArticle a = read(fixture("article.html")).article();
        assertThat(a.dateline()).isEqualTo("MOMBASA");
        assertThat(a.text()).startsWith("Dock workers returned")
                .contains("raises wages by 12 percent", "clear the backlog of vessels", "the losses are real")
                .contains("offshore.\n\nThe agreement");
        assertThat(a.text()).doesNotContain("Advertisement", "Sport", "Strike hits ports", "Share on", "great article",
                "Most read", "All rights reserved", "window.ads", "color: red", "Work resumes", "By Amina");
        assertThat(a.headings()).containsExactly("Backlog of ships");
    }

    @Test
    void readsTheMetadataFromJsonLdMetaTagsAndLinks() throws IOException {
        Page page = read(fixture("article.html"));
        CleanArticle a = page.article();
        assertThat(a.title()).isEqualTo("Ports reopen after strike ends");
        assertThat(a.outlet()).isEqualTo("The Harbour Times");
        assertThat(a.authors()).containsExactly("Amina Odhiambo", "Lars Berg");
        assertThat(a.published().value()).isEqualTo("2026-02-03T16:23");
        assertThat(page.updated()).isEqualTo("2026-02-04T08:10");
        assertThat(page.canonical()).isEqualTo("https://harbourtimes.example/news/ports-reopen");
        assertThat(a.article().url()).isEqualTo("https://harbourtimes.example/news/ports-reopen");
        assertThat(a.language()).isEqualTo("en");
    }

    @Test
    void embeddedTweetsBecomePosts() throws IOException {
        List<Post> posts = read(fixture("article.html")).article().posts();
        assertThat(posts).hasSize(1);
        Post p = posts.get(0);
        assertThat(p.handle()).isEqualTo("@KenyaPorts");
        assertThat(p.author()).isEqualTo("Kenya Ports");
        assertThat(p.date()).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(p.text()).contains("Work resumes at the port this morning");
    }

    @Test
    void fallsBackToTimeElementsAndTheDomain() {
        String html = "<!doctype html><html><head><title>Rains</title></head><body><div><h1>Rains return</h1>"
                + "<time datetime=\"2025-10-07\">7 Oct</time><div><p>Heavy rains returned to the valley on Monday, "
                + "farmers said, after a dry spell of almost three months that had withered crops.</p>"
                + "<p>The weather service expects more rain through the week, with flooding possible in low areas.</p></div></div></body></html>";
        Page page = READER.read(new Article("p2", "x", html, null, "https://www.valleynews.example/rains", null, List.of(), null));
        assertThat(page.article().outlet()).isEqualTo("valleynews.example");
        assertThat(page.article().published().value()).isEqualTo("2025-10-07");
        assertThat(page.article().title()).isEqualTo("Rains return");
        assertThat(page.article().text()).startsWith("Heavy rains returned").contains("flooding possible");
    }

    @Test
    void aPageWithoutProseGivesAnEmptyNarrationNotAnError() {
        Page page = read("<html><body><nav><a href='/'>Home</a></nav></body></html>");
        assertThat(page.article().text()).isEmpty();
    }

    @Test
    void tellsHtmlFromPastedText() {
        assertThat(PageReader.isHtml("<!DOCTYPE html><html>")).isTrue();
        assertThat(PageReader.isHtml("  <!-- saved -->\n<html lang=en>")).isTrue();
        assertThat(PageReader.isHtml("Ports reopen\n\nMOMBASA — Dock workers <b>returned</b>")).isFalse();
    }
}
