package org.dyad.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dyad.model.Article;
import org.dyad.ingest.HtmlDecoder;
import org.dyad.model.CleanArticle;
import org.dyad.model.Dropped;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The scrapinghub article-extraction benchmark: its pages ({@code html/ID.html.gz}) read by a
 * {@link PageReader}, each body scored against {@code ground-truth.json}'s {@code articleBody} by
 * {@link TokenOverlap}. The body scored is the narration with its dateline and section headings,
 * which Dyad keeps apart but which the benchmark counts as body.
 */
public final class ExtractionBenchmark {
    private ExtractionBenchmark() {
    }

    /** One page's score. */
    public record PageScore(String id, String url, TokenOverlap overlap) {
    }

    /** Every page's score; precision and recall are averaged over pages, F1 is that of the two means (as the peers report it). */
    public record Result(List<PageScore> pages) {
        public double precision() {
            return pages.stream().mapToDouble(p -> p.overlap().precision()).average().orElse(0);
        }

        public double recall() {
            return pages.stream().mapToDouble(p -> p.overlap().recall()).average().orElse(0);
        }

        public double f1() {
            return TokenOverlap.f1(precision(), recall());
        }
    }

    /** A page as one pipeline reads it, so that the benchmark and the throughput bench share it. */
    public record Sample(String id, String url, byte[] html, String reference) {
    }

    /** The benchmark's pages with their references, read into memory (7 MB). */
    public static List<Sample> samples(Path dir) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        List<Sample> samples = new ArrayList<>();
        for (Iterator<String> ids = truth.fieldNames(); ids.hasNext(); ) {
            String id = ids.next();
            try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("html").resolve(id + ".html.gz")))) {
                JsonNode page = truth.get(id);
                samples.add(new Sample(id, page.path("url").asText(null), in.readAllBytes(), page.path("articleBody").asText("")));
            }
        }
        return samples;
    }

    public static Result run(List<Sample> samples, PageReader reader) {
        List<PageScore> scores = new ArrayList<>();
        for (Sample s : samples) {
            scores.add(new PageScore(s.id(), s.url(), TokenOverlap.of(body(read(s, reader).article()), s.reference())));
        }
        return new Result(scores);
    }

    public static Page read(Sample s, PageReader reader) {
        String url = s.url() == null ? s.id() : s.url();
        return reader.read(new Article(s.id(), url, HtmlDecoder.decode(s.html(), null), null, s.url(), null, List.of(), null));
    }

    private static String body(CleanArticle article) {
        String dateline = article.dropped().stream().filter(d -> d.reason() == Dropped.Reason.DATELINE).map(Dropped::text)
                .findFirst().orElse("");
        return dateline + " " + article.text() + "\n\n" + String.join("\n\n", article.headings());
    }
}
