package org.dyad.ingest.web;

import org.dyad.ingest.ContentId;
import org.dyad.ingest.HtmlDecoder;
import org.dyad.model.Article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One poll of a feed: reads it (from a URL or a file), fetches the page of each item the ledger has
 * not settled, hands each page on as an {@link Article} and records the outcome. Nothing stops a
 * poll: an unreadable feed is a reported problem, a failed item is recorded and tried again on the
 * next poll, up to {@link #MAX_ATTEMPTS} times.
 */
public final class FeedPoller {
    /** Tries of one item's page before it is given up: a page still missing after this many polls is gone. */
    public static final int MAX_ATTEMPTS = 5;

    private final PageFetcher fetcher;
    private final FeedLedger ledger;

    public FeedPoller(PageFetcher fetcher, FeedLedger ledger) {
        this.fetcher = fetcher;
        this.ledger = ledger;
    }

    /** What one poll did: the new articles' sources, the failures with their reasons, and a problem with the feed itself. */
    public record Poll(List<String> fetched, List<String> failed, String feedProblem) {
    }

    public Poll poll(String feed, Consumer<Article> sink) {
        FeedReader.Feed items;
        try {
            items = FeedReader.read(feedBytes(feed));
        } catch (IOException e) {
            return new Poll(List.of(), List.of(), e.getMessage());
        }
        List<String> fetched = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (FeedItem item : items.items()) {
            if (ledger.settled(feed, item.key(), MAX_ATTEMPTS)) {
                continue;
            }
            String problem = item.link() == null ? "the item has no link" : take(feed, items.title(), item, sink, fetched);
            if (problem != null) {
                ledger.failed(feed, item.key(), item.link(), problem);
                failed.add(item.key() + ": " + problem);
            }
        }
        return new Poll(fetched, failed, null);
    }

    /** Fetches and hands on one item; the reason it failed, or null. */
    private String take(String feed, String outlet, FeedItem item, Consumer<Article> sink, List<String> fetched) {
        Fetch fetch = fetcher.fetch(item.link());
        if (fetch instanceof Fetch.Failed f) {
            return f.reason();
        }
        Fetch.Page page = (Fetch.Page) fetch;
        String html = HtmlDecoder.decode(page.body(), page.charset());
        Article article = new Article(ContentId.of(html), item.link(), html, item.title(), page.finalUrl(), outlet,
                item.authors(), item.published());
        try {
            sink.accept(article);
        } catch (RuntimeException e) {
            return "analysis failed: " + e.getMessage();
        }
        ledger.fetched(feed, item.key(), item.link(), article.id());
        fetched.add(item.link());
        return null;
    }

    private byte[] feedBytes(String feed) throws IOException {
        if (feed.matches("(?i)https?://.*")) {
            Fetch fetch = fetcher.fetch(feed);
            if (fetch instanceof Fetch.Failed f) {
                throw new IOException("cannot fetch the feed: " + f.reason());
            }
            return ((Fetch.Page) fetch).body();
        }
        return Files.readAllBytes(Path.of(feed));
    }
}
