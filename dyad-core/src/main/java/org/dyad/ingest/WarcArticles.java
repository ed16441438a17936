package org.dyad.ingest;

import org.dyad.model.Article;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;

/**
 * The HTML pages of a WARC file (plain or gzipped, as Common Crawl's CC-NEWS), streamed one record
 * at a time with jwarc: the file is never held in memory. Each HTTP 200 response with an HTML
 * payload becomes an article whose source and URL are the record's target URI and whose text is
 * the page. Requests, metadata and non-HTML responses are passed over; a response whose HTTP
 * message cannot be parsed, or whose page is too large, is rejected by its record number and URI
 * and the file goes on; a broken WARC framing ends the file with a rejection.
 */
final class WarcArticles extends Spliterators.AbstractSpliterator<Article> {
    /** A page larger than this is no article (a feed dump, a binary mislabelled as HTML). */
    static final long MAX_PAGE_BYTES = 8L << 20;

    private final String file;
    private final WarcReader reader;
    private final Consumer<Rejection> rejected;
    private int number;

    private WarcArticles(String file, WarcReader reader, Consumer<Rejection> rejected) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.file = file;
        this.reader = reader;
        this.rejected = rejected;
    }

    /** The pages of the WARC file named {@code file}, read from {@code in} (which it closes). */
    static WarcArticles open(String file, InputStream in, Consumer<Rejection> rejected) throws IOException {
        return new WarcArticles(file, new WarcReader(in), rejected);
    }

    @Override
    public boolean tryAdvance(Consumer<? super Article> action) {
        Optional<WarcRecord> record;
        while ((record = next()).isPresent()) {
            number++;
            if (record.get() instanceof WarcResponse response) {
                Optional<Article> article = article(response);
                if (article.isPresent()) {
                    action.accept(article.get());
                    return true;
                }
            }
        }
        return false;
    }

    private Optional<WarcRecord> next() {
        try {
            return reader.next();
        } catch (IOException | RuntimeException e) {
            rejected.accept(new Rejection(file + "#" + (number + 1), "malformed WARC record: " + e.getMessage()
                    + "; the rest of the file is skipped"));
            return Optional.empty();
        }
    }

    private Optional<Article> article(WarcResponse response) {
        String uri = response.target();
        String source = uri == null ? file + "#" + number : uri;
        try {
            HttpResponse http = response.http();
            MediaType type = http.contentType();
            if (http.status() != 200 || !isHtml(type)) {
                return Optional.empty(); // redirects, errors, images: not articles, not faults
            }
            byte[] bytes = read(http.body().stream());
            if (bytes == null) {
                return reject(source, "page larger than " + MAX_PAGE_BYTES + " bytes");
            }
            String html = HtmlDecoder.decode(bytes, type.parameters().get("charset"));
            return Optional.of(new Article(ContentId.of(html), source, html, null, uri, null, List.of(), null));
        } catch (IOException | RuntimeException e) {
            return reject(file + "#" + number + " (" + source + ")", "malformed HTTP response: " + e.getMessage());
        }
    }

    private static boolean isHtml(MediaType type) {
        String base = type.base().toString();
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    /** The body, or null when it is over the limit; read in chunks so that a huge record costs no more than the limit. */
    private static byte[] read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_PAGE_BYTES + 1);
        return bytes.length > MAX_PAGE_BYTES ? null : bytes;
    }

    private Optional<Article> reject(String source, String reason) {
        rejected.accept(new Rejection(source, reason));
        return Optional.empty();
    }

    void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
