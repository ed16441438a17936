package org.dyad.ingest.web;

import org.dyad.model.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FeedPollerTest {
    private TestSite site;
    private final MemoryLedger ledger = new MemoryLedger();
    private FeedPoller poller;
    private final List<Article> received = new ArrayList<>();

    /** The ledger a store keeps, in memory. */
    static final class MemoryLedger implements FeedLedger {
        final Set<String> done = new HashSet<>();
        final Map<String, Integer> failures = new HashMap<>();
        final Map<String, String> reasons = new HashMap<>();

        @Override
        public boolean settled(String feed, String item, int maxAttempts) {
            return done.contains(item) || failures.getOrDefault(item, 0) >= maxAttempts;
        }

        @Override
        public void fetched(String feed, String item, String url, String documentId) {
            done.add(item);
        }

        @Override
        public void failed(String feed, String item, String url, String reason) {
            failures.merge(item, 1, Integer::sum);
            reasons.put(item, reason);
        }
    }

    @BeforeEach
    void start() throws IOException {
        site = new TestSite();
        poller = new FeedPoller(new PageFetcher(new PageFetcher.Limits(Duration.ofSeconds(2), Duration.ofMillis(800), 3, 100_000)), ledger);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    static String article(String words) {
        return "<!doctype html><html><head><title>x</title></head><body><article><p>" + words + "</p></article></body></html>";
    }

    private String rss(String... paths) {
        StringBuilder items = new StringBuilder();
        for (String p : paths) {
            items.append("<item><title>Story ").append(p).append("</title><link>").append(site.url(p)).append("</link><guid>")
                    .append("urn:story").append(p).append("</guid><pubDate>Tue, 03 Feb 2026 16:23:00 GMT</pubDate></item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Coast Wire</title>"
                + "<link>" + site.url("/") + "</link><description>d</description>" + items + "</channel></rss>";
    }

    @Test
    void aSecondPollPicksUpOnlyTheItemsTheFeedGained() {
        site.page("/1", "text/html", article("First story."));
        site.page("/2", "text/html", article("Second story."));
        site.page("/3", "text/html", article("Third story."));
        site.page("/feed", "application/rss+xml", rss("/1", "/2"));

        FeedPoller.Poll first = poller.poll(site.url("/feed"), received::add);
        assertThat(first.fetched()).containsExactly(site.url("/1"), site.url("/2"));
        site.page("/feed", "application/rss+xml", rss("/3", "/1", "/2"));
        FeedPoller.Poll second = poller.poll(site.url("/feed"), received::add);

        assertThat(second.fetched()).containsExactly(site.url("/3"));
        assertThat(site.hits("/1")).isEqualTo(1);
        assertThat(received).extracting(Article::title).containsExactly("Story /1", "Story /2", "Story /3");
        Article a = received.get(0);
        assertThat(a.outlet()).isEqualTo("Coast Wire");
        assertThat(a.published()).isEqualTo("2026-02-03T16:23");
        assertThat(a.text()).contains("First story.");
    }

    @Test
    void aFailedFetchIsRecordedAndRetriedOnTheNextPoll() {
        site.page("/ok", "text/html", article("Fine."));
        site.page("/feed", "application/rss+xml", rss("/missing", "/ok"));

        FeedPoller.Poll first = poller.poll(site.url("/feed"), received::add);
        assertThat(first.failed()).containsExactly("urn:story/missing: HTTP 404");
        assertThat(first.fetched()).containsExactly(site.url("/ok"));
        site.page("/missing", "text/html", article("Now here."));
        FeedPoller.Poll second = poller.poll(site.url("/feed"), received::add);

        assertThat(second.fetched()).containsExactly(site.url("/missing"));
        assertThat(second.failed()).isEmpty();
        assertThat(ledger.reasons).containsEntry("urn:story/missing", "HTTP 404");
    }

    @Test
    void anItemThatKeepsFailingIsGivenUpAfterTheLastAttempt() {
        site.page("/feed", "application/rss+xml", rss("/missing"));
        for (int i = 0; i < FeedPoller.MAX_ATTEMPTS + 2; i++) {
            poller.poll(site.url("/feed"), received::add);
        }
        assertThat(site.hits("/missing")).isEqualTo(FeedPoller.MAX_ATTEMPTS);
    }

    @Test
    void readsAtomToo() {
        site.page("/a", "text/html", article("Atom story."));
        site.page("/atom", "application/atom+xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Atom Wire</title><id>urn:feed</id><updated>2026-02-03T10:00:00Z</updated><entry><title>An entry</title>"
                + "<id>urn:entry:1</id><link href=\"" + site.url("/a") + "\"/><updated>2026-02-03T10:00:00Z</updated>"
                + "<author><name>Ann Reporter</name></author></entry></feed>");
        FeedPoller.Poll poll = poller.poll(site.url("/atom"), received::add);
        assertThat(poll.fetched()).containsExactly(site.url("/a"));
        assertThat(received.get(0).authors()).containsExactly("Ann Reporter");
        assertThat(received.get(0).published()).isEqualTo("2026-02-03T10:00");
    }

    @Test
    void aBrokenFeedIsAProblemNotAnException() {
        site.page("/feed", "application/rss+xml", "<html>not a feed</html>");
        assertThat(poller.poll(site.url("/feed"), received::add).feedProblem()).startsWith("not an RSS or Atom feed");
        assertThat(poller.poll(site.url("/nofeed"), received::add).feedProblem()).contains("HTTP 404");
    }
}
