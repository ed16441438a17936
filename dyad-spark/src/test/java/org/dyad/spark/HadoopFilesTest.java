package org.dyad.spark;

import org.apache.hadoop.conf.Configuration;
import org.dyad.ingest.Sources;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Inputs as Hadoop file system URIs ({@code file://} here, as {@code hdfs://} or {@code s3a://} would be): listed and read as local paths are. */
class HadoopFilesTest {
    @TempDir
    Path dir;

    @Test
    void aDirectoryUriIsListedByTheLibrarysRulesAndKeepsItsScheme() throws IOException {
        Path news = Files.createDirectories(dir.resolve("news/b"));
        Files.writeString(news.resolve("two.txt"), "The minister met the envoy in Paris on Monday.");
        Files.writeString(dir.resolve("news/one.jsonl"), "{\"id\": \"x\", \"text\": \"The envoy left Paris.\"}\n");
        Files.writeString(dir.resolve("news/README.md"), "not news");
        String uri = dir.resolve("news").toUri().toString();
        assertThat(uri).startsWith("file:///");

        List<Item.Reject> rejects = new ArrayList<>();
        List<String> files = HadoopFiles.list(List.of(uri, uri + "missing.txt", dir.resolve("news/README.md").toUri().toString()),
                new Configuration(), rejects::add);
        String base = uri.replaceAll("/+$", "");
        assertThat(files).containsExactly(base + "/b/two.txt", base + "/one.jsonl");
        assertThat(rejects).extracting(Item.Reject::reason).containsExactly(Sources.MISSING, Sources.UNSUPPORTED);
        // A local path as given lists as the library lists it.
        assertThat(HadoopFiles.list(List.of(dir.resolve("news").toString()), new Configuration(), rejects::add))
                .isEqualTo(new Sources(r -> { }).files(List.of(dir.resolve("news"))).stream().map(Path::toString).toList());
    }

    @Test
    void aFileUriIsReadAsTheLibraryReadsThePath() throws IOException {
        Path jsonl = dir.resolve("mixed.jsonl");
        Files.writeString(jsonl, "{\"id\": \"a\", \"text\": \"The envoy left Paris.\", \"published\": \"2026-02-03\"}\n{\"text\": \"unterminated\n");
        List<Item> read = new ArrayList<>();
        new ReadFile(new org.apache.spark.util.SerializableConfiguration(new Configuration()))
                .call(jsonl.toUri().toString()).forEachRemaining(read::add);
        List<Article> expected;
        try (Stream<Article> articles = new Sources(r -> { }).read(List.of(jsonl))) {
            expected = articles.toList();
        }
        assertThat(read).hasSize(2);
        Item.Doc doc = (Item.Doc) read.stream().filter(i -> i instanceof Item.Doc).findFirst().orElseThrow();
        Article a = expected.get(0);
        assertThat(doc.id()).isEqualTo(a.id());
        assertThat(doc.text()).isEqualTo(a.text());
        assertThat(doc.published()).isEqualTo(a.published());
        assertThat(doc.source()).isEqualTo(jsonl.toUri() + "#1");
        Item.Reject bad = (Item.Reject) read.stream().filter(i -> i instanceof Item.Reject).findFirst().orElseThrow();
        assertThat(bad.source()).isEqualTo(jsonl.toUri() + "#2");
        assertThat(bad.reason()).startsWith("malformed JSON");
    }
}
