package org.dyad.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.dyad.model.Analysis;
import org.dyad.stories.Stories;
import org.dyad.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in a real browser: Debian's chromium driven by Playwright (its driver ships in the Maven
 * artifact; no browser is downloaded). Screenshots go to target/screenshots as build artefacts.
 */
class BrowserTest {
    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SHOTS = Paths.get("target", "screenshots");
    @TempDir
    static Path tmp;
    static Store store;
    static WebServer server;
    static Playwright playwright;
    static Browser browser;
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
        Files.createDirectories(SHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        server.close();
        store.close();
    }

    @Test
    void hoveringAnEventShowsItsCoding() {
        Page page = browser.newPage();
        page.navigate(base + "/documents/jan-1");
        page.locator("#article-text .hl-event").hover(new com.microsoft.playwright.Locator.HoverOptions().setPosition(2, 2));
        assertThat(page.locator("#details .fact-event .v-cameo")).hasText("040");
        assertThat(page.locator("#details .fact-event .v-plover")).hasText("CONSULT");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("article.png")).setFullPage(true));
        page.close();
    }

    @Test
    void dyadPageDrawsTheChartOnACanvas() {
        Page page = browser.newPage();
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                errors.add(m.text());
            }
        });
        page.navigate(base + "/dyad/USA/COL");
        assertThat(page.locator("#chart canvas")).isVisible();
        assertThat(page.locator("#chart")).hasAttribute("data-points", "2");   // a point for January, one for February
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("dyad.png")).setFullPage(true));
        assertThat(errors).as("console errors, e.g. CSP refusals").isEmpty();
        page.close();
    }

    @Test
    void networkPageDrawsActorsAsNodes() {
        Page page = browser.newPage();
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                errors.add(m.text());
            }
        });
        page.onPageError(errors::add);
        page.navigate(base + "/network?q=governments");
        assertThat(page.locator("#network canvas").first()).isVisible();
        assertThat(page.locator("#network")).hasAttribute("data-nodes", "2");   // the two governments
        assertThat(page.locator("#network-summary")).containsText("2 actors");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("network.png")).setFullPage(true));
        assertThat(errors).as("console errors, e.g. CSP refusals").isEmpty();
        page.close();
    }

    @Test
    void analyzeFormStoresAPastedArticleAndOpensIt() {
        Page page = browser.newPage();
        page.navigate(base + "/analyze");
        page.fill("form.analyze input[name=title]", "Pasted in the browser");
        page.fill("form.analyze input[name=outlet]", "Desk");
        page.fill("form.analyze textarea[name=text]", "Officials of both governments met again in Bogota.");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("analyze.png")).setFullPage(true));
        page.click("form.analyze button");
        page.waitForURL(u -> u.contains("/documents/"));
        assertThat(page.locator("h1")).hasText("Pasted in the browser");
        assertThat(page.locator("#article-text .hl-event")).hasCount(1);
        page.close();
    }

    @Test
    void injectedScriptsRunNothing() {
        Page page = browser.newPage();
        List<String> dialogs = new ArrayList<>();
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        page.navigate(base + "/documents/" + Hostile.ID);
        assertThat(page.locator("h1")).hasText("Title " + Hostile.SCRIPT);
        assertThat(page.locator(".post-card .author")).hasText("Poster " + Hostile.IMG);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("hostile.png")).setFullPage(true));
        assertThat(dialogs).isEmpty();
        page.close();
    }
}
