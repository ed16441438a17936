package org.dyad.ingest.web;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Reads RSS (0.9x–2.0) and Atom feeds with ROME into {@link FeedItem}s, in feed order. */
public final class FeedReader {
    private FeedReader() {
    }

    /** A feed's title and items. */
    public record Feed(String title, List<FeedItem> items) {
    }

    /** The feed in these bytes, whose encoding ROME reads from the XML prolog; fails with the parser's reason. */
    public static Feed read(byte[] xml) throws IOException {
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(xml))) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false); // no external entities from a stranger's feed
            feed = input.build(reader);
        } catch (FeedException | IllegalArgumentException e) {
            throw new IOException("not an RSS or Atom feed: " + e.getMessage(), e);
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            String link = blankToNull(e.getLink());
            String key = blankToNull(e.getUri()) != null ? e.getUri().strip() : link;
            if (key == null) {
                continue; // an item with neither id nor link cannot be fetched or remembered
            }
            String author = blankToNull(e.getAuthor());
            items.add(new FeedItem(key, link, blankToNull(e.getTitle()), author == null ? List.of() : List.of(author),
                    iso(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate()),
                    e.getDescription() == null ? null : blankToNull(e.getDescription().getValue())));
        }
        return new Feed(blankToNull(feed.getTitle()), items);
    }

    private static String iso(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
