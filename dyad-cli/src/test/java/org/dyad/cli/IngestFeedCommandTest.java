package org.dyad.cli;

import com.sun.net.httpserver.HttpServer;
import org.dyad.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dyad ingest feed} against a real HTTP server on 127.0.0.1, into a real store. */
class IngestFeedCommandTest {
    @TempDir
    Path tmp;

    private HttpServer server;
    private final Map<String, String> pages = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", e -> {
            String body = pages.get(e.getRequestURI().getPath());
            byte[] bytes = (body == null ? "not found" : body).getBytes(StandardCharsets.UTF_8);
            e.getResponseHeaders().set("Content-Type", e.getRequestURI().getPath().equals("/feed") ? "application/rss+xml" : "text/html");
            e.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            try (OutputStream out = e.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void feed(String... paths) {
        StringBuilder items = new StringBuilder();
        for (String p : paths) {
            items.append("<item><title>Item ").append(p).append("</title><link>").append(url(p)).append("</link></item>");
        }
        pages.put("/feed", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><link>" + url("/")
                + "</link><description>d</description>" + items + "</channel></rss>");
    }

    private static String page(String text) {
        return "<!doctype html><html lang=en><body><nav><a href=/>Home</a></nav><article><p>" + text + "</p></article></body></html>";
    }

    @Test
    void storesNewItemsRecordsFailuresAndPicksUpOnlyWhatIsNewOnTheNextRun() {
        pages.put("/a", page("Rebels attacked an army convoy near the border on Sunday, officials said, and the government sent troops."));
        feed("/a", "/b");
        Path db = tmp.resolve("feed.duckdb");

        Cli first = Cli.run("ingest", "feed", url("/feed"), "--db", db.toString());
        assertThat(first.exitCode).as(first.err).isZero();
        assertThat(first.out).contains("poll 1: 1 new, 1 failed", "failed " + url("/b") + ": HTTP 404");

        pages.put("/b", page("Farmers blocked the main highway north of the capital on Friday, demanding lower fuel prices."));
        pages.put("/c", page("The central bank raised its main interest rate by half a point on Thursday to slow inflation."));
        feed("/c", "/a", "/b");
        Cli second = Cli.run("ingest", "feed", url("/feed"), "--db", db.toString());
        assertThat(second.out).contains("poll 1: 2 new, 0 failed").doesNotContain(url("/a"));
        try (Store store = Store.open(db)) {
            assertThat(store.countDocuments()).isEqualTo(3);
        }
    }

    @Test
    void aSyndicatedCopyInTheFeedIsLinkedNotStoredAgain() {
        String story = "Rebels attacked an army convoy near the border on Sunday, officials said, and the government sent troops "
                + "to the area to search for the attackers, who fled into the hills with weapons and two trucks, the army said.";
        pages.put("/a", page(story));
        pages.put("/wire-copy", "<!doctype html><html lang=en><body><div class=menu><a href=/>Wire</a></div><div class=story><p>"
                + story + "</p><p>Reporting by Wire Staff.</p></div></body></html>");
        feed("/a", "/wire-copy");
        Path db = tmp.resolve("c.duckdb");
        Cli cli = Cli.run("ingest", "feed", url("/feed"), "--db", db.toString());
        assertThat(cli.out).contains("poll 1: 2 new, 0 failed", url("/wire-copy") + " = copy of ");
        try (Store store = Store.open(db)) {
            assertThat(store.countDocuments()).isEqualTo(1);
            assertThat(store.urls(store.documentIds().get(0))).contains(url("/a"), url("/wire-copy"));
        }
    }

    @Test
    void keepsPollingWithEvery() {
        pages.put("/a", page("Rebels attacked an army convoy near the border on Sunday, officials said."));
        feed("/a");
        Cli cli = Cli.run("ingest", "feed", url("/feed"), "--every", "100ms", "--polls", "2", "--db", tmp.resolve("e.duckdb").toString());
        assertThat(cli.out).contains("poll 1: 1 new, 0 failed", "poll 2: 0 new, 0 failed");
    }

    @Test
    void anUnreachableFeedIsReportedNotThrown() {
        Cli cli = Cli.run("ingest", "feed", url("/nofeed"), "--db", tmp.resolve("x.duckdb").toString());
        assertThat(cli.exitCode).isEqualTo(1);
        assertThat(cli.out).contains("cannot fetch the feed: HTTP 404");
    }
}
