package org.dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {
    @TempDir
    Path tmp;

    @Test
    void printsTheDocumentFieldsOfPagesAndPastedTextAsJsonLines() throws IOException {
        Path page = Files.writeString(tmp.resolve("a.html"), "<!doctype html><html lang=en><head><title>Dam opens</title>"
                + "<meta name=author content=\"Jo Mwangi\"><meta property=article:published_time content=2026-03-01T10:00:00Z>"
                + "</head><body><div class=menu><a href=/>Home</a></div><div class=content><p>The new dam on the river opened on "
                + "Saturday, bringing power to thousands of homes in the region, officials said.</p>"
                + "<p>It took six years to build and cost more than was planned at the start.</p></div></body></html>");
        Path text = Files.writeString(tmp.resolve("b.txt"), "New dam opens on the river\n\nThe new dam opened on Saturday, officials said.\n");
        Cli cli = Cli.run("extract", page.toString(), text.toString(), tmp.resolve("nope.html").toString());
        assertThat(cli.exitCode).as(cli.err).isZero();
        List<String> lines = cli.out.lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode a = new ObjectMapper().readTree(lines.get(0));
        assertThat(a.get("source").asText()).endsWith("a.html");
        assertThat(a.get("title").asText()).isEqualTo("Dam opens");
        assertThat(a.get("authors").get(0).asText()).isEqualTo("Jo Mwangi");
        assertThat(a.get("published").asText()).isEqualTo("2026-03-01T10:00");
        assertThat(a.get("language").asText()).isEqualTo("en");
        assertThat(a.get("text").asText()).startsWith("The new dam on the river").contains("\n\nIt took six years").doesNotContain("Home");
        assertThat(a.has("headings") && a.has("posts") && a.has("outlet")).isTrue();
        JsonNode b = new ObjectMapper().readTree(lines.get(1));
        assertThat(b.get("title").asText()).isEqualTo("New dam opens on the river");
        assertThat(b.get("text").asText()).isEqualTo("The new dam opened on Saturday, officials said.");
        assertThat(cli.err).contains("nope.html", "2 extracted");
    }

    @Test
    void printsTheItemsOfASavedFeed() throws IOException {
        Path feed = Files.writeString(tmp.resolve("wire.rss"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Coast Wire</title><link>https://wire.example/</link><description>d</description>"
                + "<item><title>Ports reopen</title><link>https://wire.example/ports</link><pubDate>Tue, 03 Feb 2026 16:23:00 GMT</pubDate>"
                + "<description>&lt;p&gt;Dock workers returned to the port of Mombasa on Tuesday after a week-long strike.&lt;/p&gt;</description></item>"
                + "<item><title>No words</title><link>https://wire.example/empty</link></item>"
                + "</channel></rss>");
        Cli cli = Cli.run("extract", feed.toString());
        List<String> lines = cli.out.lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode item = new ObjectMapper().readTree(lines.get(0));
        assertThat(item.get("source").asText()).isEqualTo("https://wire.example/ports");
        assertThat(item.get("title").asText()).isEqualTo("Ports reopen");
        assertThat(item.get("outlet").asText()).isEqualTo("Coast Wire");
        assertThat(item.get("published").asText()).isEqualTo("2026-02-03T16:23");
        assertThat(item.get("text").asText()).isEqualTo("Dock workers returned to the port of Mombasa on Tuesday after a week-long strike.");
        assertThat(cli.err).contains("https://wire.example/empty", "no description");
    }

    @Test
    void readsTheHtmlRecordsOfAWebArchive() throws IOException {
        Path warc = tmp.resolve("cc-news.warc.gz");
        String page = "<!doctype html><html lang=en><head><title>Bridge opens</title></head><body><article><p>The bridge over the "
                + "river opened to traffic on Monday after four years of work, the transport ministry said.</p></article></body></html>";
        byte[] body = page.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length + "\r\n\r\n" + page)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (var w = new org.netpreserve.jwarc.WarcWriter(java.nio.channels.FileChannel.open(warc,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), org.netpreserve.jwarc.WarcCompression.GZIP)) {
            w.write(new org.netpreserve.jwarc.WarcResponse.Builder("https://news.example/bridge")
                    .body(org.netpreserve.jwarc.MediaType.HTTP_RESPONSE, http).build());
            w.write(new org.netpreserve.jwarc.WarcResponse.Builder("https://news.example/bad")
                    .body(org.netpreserve.jwarc.MediaType.HTTP_RESPONSE, "garbage".getBytes(java.nio.charset.StandardCharsets.UTF_8)).build());
        }
        Cli cli = Cli.run("extract", warc.toString());
        List<String> lines = cli.out.lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode doc = new ObjectMapper().readTree(lines.get(0));
        assertThat(doc.get("source").asText()).isEqualTo("https://news.example/bridge");
        assertThat(doc.get("title").asText()).isEqualTo("Bridge opens");
        assertThat(doc.get("outlet").asText()).isEqualTo("news.example");
        assertThat(doc.get("text").asText()).startsWith("The bridge over the river opened");
        assertThat(cli.err).contains("https://news.example/bad", "malformed HTTP response", "1 extracted");
    }
}
