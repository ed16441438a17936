package org.dyad.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.dyad.Dyad;
import org.dyad.ingest.Sources;
import org.dyad.model.Article;
import org.dyad.stories.Stories;
import org.dyad.store.Store;
import org.dyad.store.StoredStories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8's must-show on the real seed articles: analyzed by the real pipeline into a store, as
 * {@code dyad analyze} does, served, and looked at in Debian's chromium. What the pages must show is
 * taken from the seeds' gold.json where it says it.
 */
class SeedsBrowserTest {
    /** The shared seeds beside the repository: Maven's surefire says where; from this module's dir they are two levels up. */
    static final Path SEEDS = Path.of(System.getProperty("dyad.shared", "../../shared"), "seeds").toAbsolutePath().normalize();
    static final String NARRATED = "000_a1a846cd7847b519.txt";   // the meeting as narrated, with four embedded posts
    static final String QUOTING_LIN_JIAN = "003_3ea0fb5ed3bde443.txt";
    static final String MEETING_SENTENCE = "Donald Trump hosted Colombian President Gustavo Petro at the White House on Tuesday, marking the "
            + "first in-person meeting between the two leaders after a year marked by sharp public disputes and diplomatic strain.";

    @TempDir
    static Path tmp;
    static JsonNode gold;
    static Store store;
    static WebServer server;
    static Chromium browser;
    static String base;
    /** Document id by seed file name. */
    static final Map<String, String> ids = new HashMap<>();

    @BeforeAll
    static void analyzeTheSeedsAndServe() throws IOException {
        gold = new ObjectMapper().readTree(SEEDS.resolve("gold.json").toFile());
        store = Store.open(tmp.resolve("seeds.duckdb"));
        Dyad dyad = Dyad.open();
        analyzeIntoStore(dyad);
        server = WebServer.start(store, dyad::analyze, ServeOptions.local(0));
        base = "http://127.0.0.1:" + server.port();
        browser = Chromium.launch();
    }

    /** As {@code dyad analyze} does: each analysis stored and placed in a story, then the touched stories saved. */
    private static void analyzeIntoStore(Dyad dyad) {
        Stories stories = StoredStories.resume(store);
        Set<String> touched = new LinkedHashSet<>();
        Sources sources = new Sources(r -> {
            throw new IllegalStateException("seed not read: " + r.source() + ": " + r.reason());
        });
        List<Path> files = new ArrayList<>();
        gold.get("documents").forEach(d -> files.add(SEEDS.resolve(d.get("file").asText())));
        try (Stream<Article> articles = sources.read(files)) {
            articles.map(dyad::analyze).forEach(a -> {
                store.save(a);
                touched.add(stories.add(a));
                ids.put(Path.of(a.article().article().source()).getFileName().toString(), a.id());
            });
        }
        touched.forEach(id -> store.saveStory(stories.story(id)));
        assertThat(ids).containsOnlyKeys(NARRATED, QUOTING_LIN_JIAN);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        server.close();
        store.close();
    }

    @Test
    void searchingPetroListsBothArticlesAndEachLinkOpensIt() {
        Page page = browser.page();
        page.navigate(base + "/");
        page.fill("form.search input[name=q]", "Petro");
        page.click("form.search button");
        page.waitForURL(u -> u.contains("q=Petro"));
        Chromium.screenshot(page, "seeds-search");
        for (String id : ids.values()) {
            Locator link = page.locator(".results .hit-article a[href='/documents/" + id + "']");
            assertThat(link).hasCount(1);
            String title = link.textContent();
            link.click();
            page.waitForURL(base + "/documents/" + id);
            assertThat(page.locator("h1")).hasText(title);
            assertThat(page.locator("#article-text")).containsText("Petro");
            page.goBack();
        }
        page.close();
    }

    @Test
    void articleHighlightsTheMeetingAtItsSentenceWithItsCoding() {
        Page page = browser.page();
        page.navigate(base + "/documents/" + ids.get(NARRATED));
        Locator meeting = page.locator("#article-text .hl-event").filter(new Locator.FilterOptions().setHasText(MEETING_SENTENCE)).last();
        assertThat(meeting).hasText(MEETING_SENTENCE);   // the whole sentence, no more
        assertThat(meeting).hasAttribute("data-plover", "CONSULT");
        meeting.click();
        Locator fact = page.locator("#details .fact-event").filter(new Locator.FilterOptions()
                .setHas(page.locator(".v-cameo", new Page.LocatorOptions().setHasText(Pattern.compile("^04"))))).first();
        // The meeting is symmetric in the gold: either leader may be coded as its source.
        assertThat(fact.locator(".v-source")).hasText(Pattern.compile("^(Donald Trump \\(USA\\)|Gustavo Petro \\(COL\\))$"));
        assertThat(fact.locator(".v-target")).hasText(Pattern.compile("^(Donald Trump \\(USA\\)|Gustavo Petro \\(COL\\))$"));
        assertThat(fact.locator(".v-plover")).hasText("CONSULT");
        assertThat(fact.locator(".v-goldstein")).hasText(Pattern.compile("^[+-]\\d+\\.\\d$"));
        assertThat(fact.locator(".v-date")).hasText("2026-02-03");
        Chromium.screenshot(page, "seeds-article-meeting");
        page.close();
    }

    @Test
    void articleHighlightsLinJiansQuoteAtItsSentence() {
        Page page = browser.page();
        page.navigate(base + "/documents/" + ids.get(QUOTING_LIN_JIAN));
        Locator quote = page.locator("#article-text .hl-quote[data-source='Lin Jian']");
        assertThat(quote).hasCount(1);
        for (JsonNode q : goldDocument(QUOTING_LIN_JIAN).get("quotes")) {
            if (q.get("speaker").asText().equals("Lin Jian")) {
                assertThat(quote).containsText(q.get("contains").asText());
            }
        }
        // At its sentence: the narration right before the highlight is where the spokesman is said to speak.
        String before = (String) quote.evaluate("q => { const r = document.createRange();"
                + " r.setStart(document.getElementById('article-text'), 0); r.setEndBefore(q); return r.toString(); }");
        assertThat(before).endsWith("spokesman Lin Jian said the U.S. “");
        quote.click();
        assertThat(page.locator("#details .fact-quote .v-source")).hasText("Lin Jian");
        assertThat(page.locator("#details .fact-quote .v-date")).hasText("2026-02-03");
        Chromium.screenshot(page, "seeds-article-lin-jian");
        page.close();
    }

    @Test
    void articleShowsTheEmbeddedPostsAsCardsApartFromTheNarration() {
        Page page = browser.page();
        page.navigate(base + "/documents/" + ids.get(NARRATED));
        JsonNode posts = goldDocument(NARRATED).get("posts");
        assertThat(page.locator(".posts .post-card")).hasCount(posts.size());
        for (JsonNode p : posts) {
            String text = p.get("contains").asText();
            Locator card = page.locator(".posts .post-card").filter(new Locator.FilterOptions().setHasText(text));
            assertThat(card.locator(".author")).hasText(p.get("author").asText());
            assertThat(card.locator(".handle")).hasText(p.get("handle").asText());
            assertThat(card.locator("time")).hasText(p.get("date").asText());
            assertThat(page.locator("#article-text")).not().containsText(text);
        }
        Chromium.screenshot(page, "seeds-article-posts");
        page.close();
    }

    @Test
    void storyShowsBothDocumentsAndTheMeetingMergedFromTwo() {
        Page page = browser.page();
        page.navigate(base + "/documents/" + ids.get(NARRATED));
        page.click(".meta a[href^='/stories/']");
        for (String id : ids.values()) {
            assertThat(page.locator("table.documents a[href='/documents/" + id + "']")).hasCount(1);
        }
        assertThat(page.locator("table.documents tbody tr")).hasCount(2);
        // Both outlets word the meeting "… Colombian President Gustavo Petro at the White House on Tuesday".
        Locator meeting = page.locator("table.events tbody tr")
                .filter(new Locator.FilterOptions().setHasText("Colombian President Gustavo Petro at the White House on Tuesday"))
                .filter(new Locator.FilterOptions().setHasText("CONSULT"));
        assertThat(meeting).hasCount(1);
        assertThat(meeting.locator("td.count")).hasText("2");
        Chromium.screenshot(page, "seeds-story");
        page.close();
    }

    @Test
    void dyadDrawsALineWithAPointForJanuaryAndOneForFebruary() {
        Page page = browser.page();
        page.navigate(base + "/dyad/USA/COL");
        assertThat(page.locator("#chart")).hasAttribute("data-points", Pattern.compile("\\d+"));
        assertThat(page.locator("#chart canvas")).isVisible();
        Map<?, ?> january = point(page, "2026-01");
        Map<?, ?> february = point(page, "2026-02");
        assertThat(((Number) january.get("x")).doubleValue()).isLessThan(((Number) february.get("x")).doubleValue());
        // gold.json: the mean Goldstein of January is below February's (conflict, then thaw).
        assertThat(((Number) january.get("goldstein")).doubleValue()).isLessThan(((Number) february.get("goldstein")).doubleValue());
        Chromium.screenshot(page, "seeds-dyad");
        page.close();
    }

    /**
     * The line's point for a month as the drawn chart holds it: its Goldstein value and where ECharts put
     * it on the canvas, which must lie inside the canvas.
     */
    private static Map<?, ?> point(Page page, String month) {
        Map<?, ?> p = (Map<?, ?>) page.evaluate("month => { const el = document.getElementById('chart');"
                + " const chart = echarts.getInstanceByDom(el); const option = chart.getOption();"
                + " const i = option.xAxis[0].data.indexOf(month); if (i < 0) return null;"
                + " const line = option.series.findIndex(s => s.type === 'line'); const value = option.series[line].data[i];"
                + " const [x, y] = chart.convertToPixel({seriesIndex: line}, [i, value]);"
                + " const c = el.querySelector('canvas');"
                + " return {goldstein: value, x: x, y: y, inside: x >= 0 && y >= 0 && x <= c.clientWidth && y <= c.clientHeight}; }", month);
        assertThat(p).as("a point for " + month).isNotNull();
        assertThat(p.get("goldstein")).as("its value").isInstanceOf(Number.class);
        assertThat(p.get("inside")).as("drawn on the canvas").isEqualTo(true);
        return p;
    }

    @Test
    void noPageLogsAConsoleError() {
        List<String> errors = new ArrayList<>();
        Page page = browser.page(errors);
        List<String> paths = new ArrayList<>(List.of("/?q=Petro", "/dyad/USA/COL"));
        store.storyOfDocuments().values().stream().distinct().forEach(s -> paths.add("/stories/" + s));
        for (String path : paths) {
            page.navigate(base + path);
            page.waitForLoadState(LoadState.NETWORKIDLE);   // the chart's fetches too
        }
        for (String id : ids.values()) {
            page.navigate(base + "/documents/" + id);
            page.locator("#article-text .hl").first().click();   // the side panel's script runs
            assertThat(page.locator("#details .fact").first()).isVisible();
        }
        assertThat(errors).as("console errors, e.g. CSP refusals").isEmpty();
        page.close();
    }

    private static JsonNode goldDocument(String file) {
        for (JsonNode d : gold.get("documents")) {
            if (d.get("file").asText().equals(file)) {
                return d;
            }
        }
        throw new AssertionError(file + " not in gold.json");
    }
}
