package org.dyad.ingest.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class PageFetcherTest {
    private static final PageFetcher.Limits LIMITS = new PageFetcher.Limits(Duration.ofSeconds(2), Duration.ofMillis(700), 3, 10_000);

    private TestSite site;
    private final PageFetcher fetcher = new PageFetcher(LIMITS);

    @BeforeEach
    void start() throws IOException {
        site = new TestSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void fetchesAPageWithItsCharsetAndSaysWhoItIs() {
        AtomicReference<String> agent = new AtomicReference<>();
        site.put("/a", e -> {
            agent.set(e.getRequestHeaders().getFirst("User-Agent"));
            TestSite.send(e, 200, "text/html; charset=utf-8", "<html><body><p>Grüße</p></body></html>");
        });
        Fetch f = fetcher.fetch(site.url("/a"));
        assertThat(f).isInstanceOf(Fetch.Page.class);
        Fetch.Page page = (Fetch.Page) f;
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("Grüße");
        assertThat(page.charset()).isEqualTo("utf-8");
        assertThat(agent.get()).isEqualTo(PageFetcher.USER_AGENT).startsWith("Dyad/");
    }

    @Test
    void followsRedirectsToTheFinalPage() {
        site.put("/old", e -> TestSite.redirect(e, "/new"));
        site.page("/new", "text/html", "<p>moved here</p>");
        Fetch.Page page = (Fetch.Page) fetcher.fetch(site.url("/old"));
        assertThat(page.finalUrl()).isEqualTo(site.url("/new"));
        assertThat(page.url()).isEqualTo(site.url("/old"));
    }

    @Test
    void aMissingPageIsAFailureWithItsStatus() {
        assertThat(fetcher.fetch(site.url("/gone"))).isEqualTo(new Fetch.Failed(site.url("/gone"), "HTTP 404"));
    }

    @Test
    void aRedirectLoopIsNamedNotFollowedForever() {
        site.put("/ping", e -> TestSite.redirect(e, "/pong"));
        site.put("/pong", e -> TestSite.redirect(e, "/ping"));
        Fetch f = fetcher.fetch(site.url("/ping"));
        assertThat(((Fetch.Failed) f).reason()).startsWith("redirect loop");
        assertThat(site.hits("/ping")).isEqualTo(1);
    }

    @Test
    void tooManyRedirectsFail() {
        for (int i = 0; i < 10; i++) {
            String next = "/r" + (i + 1);
            site.put("/r" + i, e -> TestSite.redirect(e, next));
        }
        assertThat(((Fetch.Failed) fetcher.fetch(site.url("/r0"))).reason()).isEqualTo("more than 3 redirects");
    }

    @Test
    void aSlowPageTimesOut() {
        site.put("/slow", e -> {
            sleep(3_000);
            TestSite.send(e, 200, "text/html", "late");
        });
        long start = System.nanoTime();
        Fetch f = fetcher.fetch(site.url("/slow"));
        assertThat(((Fetch.Failed) f).reason()).startsWith("timed out");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
    }

    @Test
    void aPageThatTricklesItsBodyTimesOutToo() {
        site.put("/trickle", e -> {
            e.sendResponseHeaders(200, 0); // chunked: headers at once, then a byte now and then
            try (OutputStream out = e.getResponseBody()) {
                for (int i = 0; i < 30; i++) {
                    out.write('x');
                    out.flush();
                    sleep(100);
                }
            }
        });
        assertThat(((Fetch.Failed) fetcher.fetch(site.url("/trickle"))).reason()).startsWith("timed out");
    }

    @Test
    void aPageOverTheSizeLimitFails() {
        site.page("/big", "text/html", "<p>" + "x".repeat(20_000) + "</p>");
        site.put("/big-chunked", e -> {
            e.sendResponseHeaders(200, 0); // no length given: the limit must hold while reading
            try (OutputStream out = e.getResponseBody()) {
                out.write("y".repeat(20_000).getBytes(StandardCharsets.UTF_8));
            }
        });
        assertThat(((Fetch.Failed) fetcher.fetch(site.url("/big"))).reason()).startsWith("larger than the limit of 10000 bytes");
        assertThat(((Fetch.Failed) fetcher.fetch(site.url("/big-chunked"))).reason()).startsWith("larger than the limit");
    }

    @Test
    void aBadUrlIsAFailureNotAnException() {
        assertThat(fetcher.fetch("ftp://example.org/x")).isInstanceOf(Fetch.Failed.class);
        assertThat(fetcher.fetch("http://127.0.0.1:1/closed")).isInstanceOf(Fetch.Failed.class);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
