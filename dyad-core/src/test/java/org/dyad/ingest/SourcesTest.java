package org.dyad.ingest;

import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SourcesTest {
    private static final String STORY = "Farmers blocked the main highway north of the capital on Friday, demanding lower fuel prices.\n";

    @TempDir
    Path tmp;

    private final List<Rejection> rejections = new ArrayList<>();
    private final Sources sources = new Sources(rejections::add);

    private List<Article> read(Path... paths) {
        try (Stream<Article> articles = sources.read(List.of(paths))) {
            return articles.toList();
        }
    }

    private String reasonFor(String name) {
        return rejections.stream().filter(r -> r.source().endsWith(name)).map(Rejection::reason).findFirst()
                .orElseThrow(() -> new AssertionError("no rejection of " + name + " in " + rejections));
    }

    @Test
    void aPastedArticleIsOneArticleWithAnIdFromItsText() throws IOException {
        Path file = Files.writeString(tmp.resolve("pasted.txt"), STORY);
        Path copy = Files.writeString(tmp.resolve("copy.txt"), STORY.replace("\n", "\r\n"));

        List<Article> articles = read(file, copy);

        assertThat(articles).hasSize(2);
        assertThat(articles.get(0).text()).isEqualTo(STORY);
        assertThat(articles.get(0).source()).isEqualTo(file.toString());
        assertThat(articles.get(1).text()).doesNotContain("\r");
        assertThat(articles.get(0).id()).hasSize(16).isEqualTo(articles.get(1).id());
        assertThat(rejections).isEmpty();
    }

    @Test
    void jsonLinesCarryTheirFieldsAndRejectBadLinesByNumber() throws IOException {
        Path file = Files.writeString(tmp.resolve("feed.jsonl"), String.join("\n",
                "{\"id\": \"n-1\", \"text\": \"" + STORY.strip() + "\", \"title\": \"Highway blocked\", \"url\": \"https://news.example/1\","
                        + " \"published\": \"2024-06-07T09:30:00Z\", \"outlet\": \"Example News\", \"authors\": [\"Ann Lee\", \"Bo Park\"]}",
                "",
                "{\"text\": \"Second story about the harbour strike.\", \"authors\": \"Cy Diaz\", \"dct\": \"2024-06-08\"}",
                "{\"text\": \"unterminated",
                "[1, 2, 3]",
                "{\"title\": \"no text here\"}",
                "{\"text\": \"   \"}",
                "{\"doc_id\": 42, \"text\": \"Third story.\"}"));

        List<Article> articles = read(file);

        assertThat(articles).extracting(Article::id).containsExactly("n-1", ContentId.of("Second story about the harbour strike."), "42");
        Article first = articles.get(0);
        assertThat(first.title()).isEqualTo("Highway blocked");
        assertThat(first.url()).isEqualTo("https://news.example/1");
        assertThat(first.published()).isEqualTo("2024-06-07T09:30:00Z");
        assertThat(first.outlet()).isEqualTo("Example News");
        assertThat(first.authors()).containsExactly("Ann Lee", "Bo Park");
        assertThat(first.source()).isEqualTo(file + "#1");
        assertThat(articles.get(1).authors()).containsExactly("Cy Diaz");
        assertThat(articles.get(1).published()).isEqualTo("2024-06-08");
        assertThat(reasonFor("feed.jsonl#4")).startsWith("malformed JSON");
        assertThat(reasonFor("feed.jsonl#5")).isEqualTo("not a JSON object");
        assertThat(reasonFor("feed.jsonl#6")).contains("\"text\"");
        assertThat(reasonFor("feed.jsonl#7")).startsWith("empty");
        assertThat(rejections).hasSize(4);
    }

    @Test
    void directoriesAreWalkedRecursivelyInNameOrderPassingOverOtherFiles() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in/sub"));
        Files.writeString(tmp.resolve("in/b.txt"), "Story B about the port.\n");
        Files.writeString(tmp.resolve("in/a.txt"), "Story A about the dam.\n");
        Files.writeString(dir.resolve("c.jsonl"), "{\"text\": \"Story C about the bridge.\"}\n");
        Files.writeString(tmp.resolve("in/README.md"), "# not an article\n");
        Files.write(tmp.resolve("in/photo.jpg"), new byte[]{(byte) 0xFF, (byte) 0xD8, 0});

        List<Article> articles = read(tmp.resolve("in"));

        assertThat(articles).extracting(Article::text)
                .containsExactly("Story A about the dam.\n", "Story B about the port.\n", "Story C about the bridge.");
        assertThat(rejections).isEmpty();
    }

    @Test
    void badFilesAreNamedWithAReasonAndTheRestIsRead() throws IOException {
        Path good = Files.writeString(tmp.resolve("good.txt"), STORY);
        Path empty = Files.writeString(tmp.resolve("empty.txt"), " \n\n\t\n");
        Path binary = Files.write(tmp.resolve("zip.txt"), new byte[]{0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0});
        Path latin1 = Files.write(tmp.resolve("latin1.txt"), "Le président a visité Besançon.\n".getBytes(Charset.forName("ISO-8859-1")));
        Path pdf = Files.writeString(tmp.resolve("report.pdf"), "%PDF-1.4");
        Path missing = tmp.resolve("missing.txt");
        Path huge = tmp.resolve("huge.txt");
        Files.writeString(huge, STORY.repeat((int) (Sources.MAX_TEXT_BYTES / STORY.length()) + 1));

        List<Article> articles = read(empty, binary, latin1, pdf, missing, huge, good);

        assertThat(articles).extracting(Article::source).containsExactly(good.toString());
        assertThat(reasonFor("empty.txt")).startsWith("empty");
        assertThat(reasonFor("zip.txt")).contains("binary");
        assertThat(reasonFor("latin1.txt")).contains("not valid UTF-8").contains("byte 5");
        assertThat(reasonFor("report.pdf")).contains("unsupported");
        assertThat(reasonFor("missing.txt")).contains("no such file");
        assertThat(reasonFor("huge.txt")).contains("too large");
    }

    @Test
    void byteOrderMarksAreHonouredAndDropped() throws IOException {
        byte[] utf8 = ("\uFEFF" + STORY).getBytes(StandardCharsets.UTF_8);
        Path withBom = Files.write(tmp.resolve("bom.txt"), utf8);
        byte[] body = STORY.getBytes(StandardCharsets.UTF_16LE);
        byte[] utf16 = new byte[body.length + 2];
        utf16[0] = (byte) 0xFF;
        utf16[1] = (byte) 0xFE;
        System.arraycopy(body, 0, utf16, 2, body.length);
        Path wide = Files.write(tmp.resolve("utf16.txt"), utf16);

        assertThat(read(withBom, wide)).extracting(Article::text).containsExactly(STORY, STORY);
    }

    @Test
    void aJsonLineWithBadBytesIsRejectedAlone() throws IOException {
        byte[] before = "{\"text\": \"Story before the bad bytes.\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"text\": \"caf\u00e9\"}\n".getBytes(Charset.forName("ISO-8859-1"));
        byte[] after = "{\"text\": \"Story after them.\"}\r\n".getBytes(StandardCharsets.UTF_8);
        Path file = tmp.resolve("mixed.jsonl");
        Files.write(file, before);
        Files.write(file, bad, java.nio.file.StandardOpenOption.APPEND);
        Files.write(file, after, java.nio.file.StandardOpenOption.APPEND);

        assertThat(read(file)).extracting(Article::text).containsExactly("Story before the bad bytes.", "Story after them.");
        assertThat(reasonFor("mixed.jsonl#2")).contains("not valid UTF-8");
    }

    @Test
    void readingIsLazy() throws IOException {
        Path first = Files.writeString(tmp.resolve("first.txt"), STORY);
        Path gone = tmp.resolve("second.txt");
        try (Stream<Article> articles = sources.read(List.of(first, gone))) {
            var it = articles.iterator();
            assertThat(it.next().source()).isEqualTo(first.toString());
            assertThat(rejections).as("the second path is not looked at before it is reached").isEmpty();
            assertThat(it.hasNext()).isFalse();
        }
        assertThat(reasonFor("second.txt")).contains("no such file");
    }

    @Test
    void aSavedPageIsOneArticleWhoseTextIsThePage() throws IOException {
        String html = "<!DOCTYPE html><html><head><meta charset=\"windows-1252\"><title>Caf\u00e9</title></head><body><p>Caf\u00e9 owners protested.</p></body></html>";
        Path page = tmp.resolve("page.html");
        Files.write(page, html.getBytes(Charset.forName("windows-1252")));
        Path empty = Files.write(tmp.resolve("empty.htm"), new byte[0]);

        List<Article> articles = read(page, empty);

        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).text()).isEqualTo(html);
        assertThat(articles.get(0).source()).isEqualTo(page.toString());
        assertThat(reasonFor("empty.htm")).startsWith("empty");
    }
}
