package org.dyad.web;

import com.microsoft.playwright.Page;
import org.dyad.model.Analysis;
import org.dyad.stories.Stories;
import org.dyad.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The pages in a real browser, on hand-built samples ({@link SeedsBrowserTest} has the real seed articles). */
class BrowserTest {
    @TempDir
    static Path tmp;
    static Store store;
    static WebServer server;
    static Chromium browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(tmp.resolve("browser.duckdb"));
        List<Analysis> docs = List.of(
                Samples.meeting("jan-1", "El Tiempo", "2026-01-20", "2026-01-19", "040", "CONSULT", 1.0),
                Samples.meeting("feb-1", "Reuters", "2026-02-10", "2026-02-09", "163", "SANCTION", -8.0),
                Hostile.analysis());
        docs.forEach(store::save);
        store.saveStory(Stories.build("s-jan", docs.subList(0, 1)));
        store.saveStory(Stories.build("s-feb", docs.subList(1, 2)));
        server = WebServer.start(store, Samples::of, ServeOptions.local(0));
        base = "http://127.0.0.1:" + server.port();
        browser = Chromium.launch();
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
    void hoveringAnEventShowsItsCoding() {
        Page page = browser.page();
        page.navigate(base + "/documents/jan-1");
        page.locator("#article-text .hl-event").hover(new com.microsoft.playwright.Locator.HoverOptions().setPosition(2, 2));
        assertThat(page.locator("#details .fact-event .v-cameo")).hasText("040");
        assertThat(page.locator("#details .fact-event .v-plover")).hasText("CONSULT");
        Chromium.screenshot(page, "article");
        page.close();
    }

    @Test
    void dyadPageDrawsTheChartOnACanvas() {
        List<String> errors = new ArrayList<>();
        Page page = browser.page(errors);
        page.navigate(base + "/dyad/USA/COL");
        assertThat(page.locator("#chart canvas")).isVisible();
        assertThat(page.locator("#chart")).hasAttribute("data-points", "2");   // a point for January, one for February
        Chromium.screenshot(page, "dyad");
        assertThat(errors).as("console errors, e.g. CSP refusals").isEmpty();
        page.close();
    }

    @Test
    void networkPageDrawsActorsAsNodes() {
        List<String> errors = new ArrayList<>();
        Page page = browser.page(errors);
        page.navigate(base + "/network?q=governments");
        assertThat(page.locator("#network canvas").first()).isVisible();
        assertThat(page.locator("#network")).hasAttribute("data-nodes", "2");   // the two governments
        assertThat(page.locator("#network-summary")).containsText("2 actors");
        Chromium.screenshot(page, "network");
        assertThat(errors).as("console errors, e.g. CSP refusals").isEmpty();
        page.close();
    }

    @Test
    void analyzeFormStoresAPastedArticleAndOpensIt() {
        Page page = browser.page();
        page.navigate(base + "/analyze");
        page.fill("form.analyze input[name=title]", "Pasted in the browser");
        page.fill("form.analyze input[name=outlet]", "Desk");
        page.fill("form.analyze textarea[name=text]", "Officials of both governments met again in Bogota.");
        Chromium.screenshot(page, "analyze");
        page.click("form.analyze button");
        page.waitForURL(u -> u.contains("/documents/"));
        assertThat(page.locator("h1")).hasText("Pasted in the browser");
        assertThat(page.locator("#article-text .hl-event")).hasCount(1);
        page.close();
    }

    @Test
    void injectedScriptsRunNothing() {
        Page page = browser.page();
        List<String> dialogs = new ArrayList<>();
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        page.navigate(base + "/documents/" + Hostile.ID);
        assertThat(page.locator("h1")).hasText("Title " + Hostile.SCRIPT);
        assertThat(page.locator(".post-card .author")).hasText("Poster " + Hostile.IMG);
        Chromium.screenshot(page, "hostile");
        assertThat(dialogs).isEmpty();
        page.close();
    }
}
