package org.dyad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dyad.ingest.web.FeedItem;
import org.dyad.ingest.web.FeedReader;
import org.dyad.model.Article;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads articles from files and directories: pasted articles ({@code .txt}), one article per line
 * ({@code .jsonl}), saved web pages ({@code .html}, {@code .htm}; the article's text is the page),
 * the HTML responses of web archives ({@code .warc}, {@code .warc.gz}), the items of saved feeds
 * ({@code .rss}, {@code .atom}: each item's description, as the feed gives it), and directories of these, walked recursively in name order so that a batch is
 * always read the same way.
 *
 * <p>Nothing here stops a batch. Whatever cannot be read — a missing file, an empty or binary one,
 * a wrong encoding, a malformed JSON line — is handed to the rejection consumer with a reason, and
 * reading goes on with the next input. Articles are read lazily, one file at a time.
 */
public final class Sources {
    /** Larger pasted files are not one article; JSON Lines files are streamed and have no limit. */
    public static final long MAX_TEXT_BYTES = 4L << 20;
    /** An article text longer than this (a book, a dump) is rejected rather than annotated for minutes. */
    public static final int MAX_ARTICLE_CHARS = 1_000_000;

    private static final List<String> TEXT = List.of(".txt", ".text");
    private static final List<String> LINES = List.of(".jsonl", ".ndjson");
    private static final List<String> HTML = List.of(".html", ".htm", ".xhtml");
    private static final List<String> WARC = List.of(".warc", ".warc.gz");
    private static final List<String> FEED = List.of(".rss", ".atom");
    /** A saved page may be far larger than its article (inline scripts, styles, images); its text is limited after extraction. */
    public static final long MAX_HTML_BYTES = 16L << 20;

    private final Consumer<Rejection> rejected;
    private final ObjectMapper json = new ObjectMapper();

    /** What a path that does not exist is rejected with. */
    public static final String MISSING = "no such file or directory";
    /** What a file named as an input that is not of a kind read here is rejected with. */
    public static final String UNSUPPORTED = "unsupported file type (expected .txt, .jsonl, .html, .htm, .warc, .warc.gz, .rss, .atom or a directory)";

    /**
     * A file to read, wherever it lies (a local path, or a Hadoop file system's URI): its name (the
     * articles' source, whose ending tells the kind of file), its size and its bytes.
     */
    public interface Input {
        String name();

        long size() throws IOException;

        InputStream open() throws IOException;

        static Input of(Path file) {
            return new Input() {
                @Override
                public String name() {
                    return file.toString();
                }

                @Override
                public long size() throws IOException {
                    return Files.size(file);
                }

                @Override
                public InputStream open() throws IOException {
                    return Files.newInputStream(file);
                }
            };
        }
    }

    public Sources(Consumer<Rejection> rejected) {
        this.rejected = rejected;
    }

    /** Whether a file of this name is one that {@link #read} reads (by its ending). */
    public static boolean readable(String name) {
        return kind(name) != null;
    }

    /** The articles of one file, of a kind {@link #readable}; close the stream to release it. */
    public Stream<Article> read(Input file) {
        return articles(file);
    }

    /** The articles of these paths, in order; close the stream to release open files. */
    public Stream<Article> read(List<Path> paths) {
        return paths.stream().flatMap(this::files).map(Input::of).flatMap(this::articles); // lazy: a path is looked at when reached
    }

    /**
     * The readable files of these paths, directories walked, in the order {@link #read} takes them;
     * what cannot be read is rejected here. A distributed reader lists on its driver and hands each
     * file to a task, which reads it with {@code read(List.of(file))}.
     */
    public List<Path> files(List<Path> paths) {
        return paths.stream().flatMap(this::files).toList();
    }

    private Stream<Path> files(Path path) {
        if (Files.isDirectory(path)) {
            return walk(path).stream();
        }
        if (!Files.exists(path)) {
            reject(path.toString(), MISSING);
            return Stream.empty();
        }
        if (kind(path) == null) {
            reject(path.toString(), UNSUPPORTED);
            return Stream.empty();
        }
        return Stream.of(path);
    }

    /** A directory's readable files; other files (a README, images) are not articles and are passed over. */
    private List<Path> walk(Path dir) {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dir)) {
            all.filter(Files::isRegularFile).filter(p -> kind(p) != null).sorted().forEach(found::add);
        } catch (IOException | UncheckedIOException e) {
            reject(dir.toString(), "cannot list the directory: " + e.getMessage());
        }
        return found;
    }

    private Stream<Article> articles(Input file) {
        List<String> kind = kind(file.name());
        if (kind == LINES) {
            return lines(file);
        }
        if (kind == WARC) {
            return warc(file);
        }
        if (kind == FEED) {
            return feedItems(file).stream();
        }
        return kind == HTML ? page(file).stream() : text(file).stream();
    }

    private static List<String> kind(Path path) {
        return path.getFileName() == null ? null : kind(path.getFileName().toString());
    }

    private static List<String> kind(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        for (List<String> kind : List.of(TEXT, LINES, HTML, WARC, FEED)) {
            if (kind.stream().anyMatch(name::endsWith)) {
                return kind;
            }
        }
        return null;
    }

    private Optional<Article> text(Input file) {
        String source = file.name();
        try {
            long size = file.size();
            if (size > MAX_TEXT_BYTES) {
                return rejectEmpty(source, "too large for one article (" + size + " bytes, limit " + MAX_TEXT_BYTES
                        + "); put many articles in a .jsonl file");
            }
            TextDecoder.Result decoded = TextDecoder.decode(bytes(file));
            if (decoded instanceof TextDecoder.Result.Problem p) {
                return rejectEmpty(source, p.reason());
            }
            return article(source, ((TextDecoder.Result.Text) decoded).text(), null);
        } catch (NoSuchFileException e) {
            return rejectEmpty(source, "no such file");
        } catch (IOException e) {
            return rejectEmpty(source, "cannot read: " + e.getMessage());
        }
    }

    /** A saved page, decoded by the charset it declares; its text is the HTML, for the page reader to take apart. */
    private Optional<Article> page(Input file) {
        String source = file.name();
        try {
            long size = file.size();
            if (size > MAX_HTML_BYTES) {
                return rejectEmpty(source, "too large for one page (" + size + " bytes, limit " + MAX_HTML_BYTES + ")");
            }
            byte[] bytes = bytes(file);
            if (bytes.length == 0) {
                return rejectEmpty(source, "empty: no text");
            }
            String html = HtmlDecoder.decode(bytes, null);
            return Optional.of(new Article(ContentId.of(html), source, html, null, null, null, List.of(), null));
        } catch (NoSuchFileException e) {
            return rejectEmpty(source, "no such file");
        } catch (IOException e) {
            return rejectEmpty(source, "cannot read: " + e.getMessage());
        }
    }

    /**
     * A saved feed's items, each as the feed describes it (its description as a small page, with the
     * item's title, link, authors and date); {@code dyad ingest feed} fetches the full pages instead.
     */
    private List<Article> feedItems(Input file) {
        FeedReader.Feed feed;
        try {
            long size = file.size();
            if (size > MAX_HTML_BYTES) {
                reject(file.name(), "too large for a feed (" + size + " bytes, limit " + MAX_HTML_BYTES + ")");
                return List.of();
            }
            feed = FeedReader.read(bytes(file));
        } catch (IOException e) {
            reject(file.name(), e instanceof NoSuchFileException ? "no such file" : e.getMessage());
            return List.of();
        }
        List<Article> items = new ArrayList<>();
        for (FeedItem item : feed.items()) {
            String source = item.link() != null ? item.link() : file.name() + "#" + item.key();
            if (item.summary() == null) {
                reject(source, "the feed gives no description of this item (dyad ingest feed fetches its page)");
                continue;
            }
            String html = "<!DOCTYPE html><html><body><div>" + item.summary() + "</div></body></html>";
            items.add(new Article(ContentId.of(html), source, html, item.title(), item.link(), feed.title(), item.authors(),
                    item.published()));
        }
        return items;
    }

    /** The HTML responses of a web archive, streamed record by record. */
    private Stream<Article> warc(Input file) {
        try {
            WarcArticles records = WarcArticles.open(file.name(), file.open(), rejected);
            return StreamSupport.stream(records, false).onClose(records::close);
        } catch (IOException | RuntimeException e) {
            reject(file.name(), "not a readable WARC file: " + e.getMessage());
            return Stream.empty();
        }
    }

    /** One article per line, streamed; a line that is not an article is rejected by its number. */
    private Stream<Article> lines(Input file) {
        InputStream in;
        try {
            in = new BufferedInputStream(file.open());
        } catch (IOException e) {
            reject(file.name(), "cannot read: " + e.getMessage());
            return Stream.empty();
        }
        JsonLines lines = new JsonLines(file.name(), in);
        return StreamSupport.stream(lines, false).onClose(lines::close);
    }

    /**
     * Walks a JSON Lines file, yielding the article of each good line. Lines are split on bytes and
     * decoded one by one, so that bad bytes cost only the line they are on.
     */
    private final class JsonLines extends Spliterators.AbstractSpliterator<Article> {
        private final String file;
        private final InputStream in;
        private int number;

        JsonLines(String file, InputStream in) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.file = file;
            this.in = in;
        }

        @Override
        public boolean tryAdvance(Consumer<? super Article> action) {
            byte[] line;
            while ((line = next()) != null) {
                number++;
                String source = file + "#" + number;
                TextDecoder.Result decoded = TextDecoder.utf8(line);
                Optional<Article> article = decoded instanceof TextDecoder.Result.Text t
                        ? parse(source, t.text())
                        : rejectEmpty(source, ((TextDecoder.Result.Problem) decoded).reason());
                if (article.isPresent()) {
                    action.accept(article.get());
                    return true;
                }
            }
            return false;
        }

        /** The next line's bytes without its line end, or null at the end of the file. */
        private byte[] next() {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            try {
                int b;
                while ((b = in.read()) != -1 && b != '\n') {
                    line.write(b);
                }
                return b == -1 && line.size() == 0 ? null : line.toByteArray();
            } catch (IOException e) {
                reject(file + "#" + (number + 1), "cannot read: " + e.getMessage() + "; the rest of the file is skipped");
                return null;
            }
        }

        void close() {
            try {
                in.close();
            } catch (IOException e) {
                reject(file, "cannot close: " + e.getMessage());
            }
        }
    }

    private static byte[] bytes(Input file) throws IOException {
        try (InputStream in = file.open()) {
            return in.readAllBytes();
        }
    }

    private Optional<Article> parse(String source, String line) {
        if (line.isBlank()) {
            return Optional.empty(); // blank separator lines are common and harmless
        }
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            return rejectEmpty(source, "malformed JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return rejectEmpty(source, "not a JSON object");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            return rejectEmpty(source, "no \"text\" string");
        }
        return article(source, TextDecoder.normalizeLines(text.asText()), node);
    }

    /** The article, given its text and (for JSON Lines) the line's other fields. */
    private Optional<Article> article(String source, String text, JsonNode fields) {
        if (text.isBlank()) {
            return rejectEmpty(source, "empty: no text");
        }
        if (text.length() > MAX_ARTICLE_CHARS) {
            return rejectEmpty(source, "too large for one article (" + text.length() + " characters, limit "
                    + MAX_ARTICLE_CHARS + ")");
        }
        if (fields == null) {
            return Optional.of(Article.ofText(ContentId.of(text), source, text));
        }
        String id = field(fields, "id", "doc_id");
        return Optional.of(new Article(id == null ? ContentId.of(text) : id, source, text,
                field(fields, "title"), field(fields, "url"), field(fields, "outlet"), authors(fields.get("authors")),
                field(fields, "published", "dct", "date")));
    }

    /** The first of these fields that holds a string or a number, as text. */
    private static String field(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode v = node.get(name);
            if (v != null && (v.isTextual() || v.isNumber()) && !v.asText().isBlank()) {
                return v.asText().strip();
            }
        }
        return null;
    }

    private static List<String> authors(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isTextual()) {
            return node.asText().isBlank() ? List.of() : List.of(node.asText().strip());
        }
        List<String> out = new ArrayList<>();
        node.forEach(a -> {
            if (a.isTextual() && !a.asText().isBlank()) {
                out.add(a.asText().strip());
            }
        });
        return out;
    }

    private void reject(String source, String reason) {
        rejected.accept(new Rejection(source, reason));
    }

    private <T> Optional<T> rejectEmpty(String source, String reason) {
        reject(source, reason);
        return Optional.empty();
    }
}
