package org.dyad.ingest;

import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class WarcArticlesTest {
    @TempDir
    Path tmp;

    private final List<Rejection> rejections = new ArrayList<>();

    private static byte[] http(String status, String contentType, String body) {
        byte[] payload = body.getBytes(contentType.contains("iso-8859-1") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + payload.length + "\r\n\r\n";
        byte[] out = new byte[head.length() + payload.length];
        System.arraycopy(head.getBytes(StandardCharsets.ISO_8859_1), 0, out, 0, head.length());
        System.arraycopy(payload, 0, out, head.length(), payload.length);
        return out;
    }

    private static String page(String words) {
        return "<!DOCTYPE html><html><head><title>T</title></head><body><article><p>" + words + "</p></article></body></html>";
    }

    /** A CC-NEWS-like archive: request and response pairs, a redirect, an image, and one response whose HTTP message is garbage. */
    private Path archive() throws IOException {
        Path file = tmp.resolve("news.warc.gz");
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            w.write(new WarcRequest.Builder("https://a.example/1").body(MediaType.HTTP_REQUEST,
                    "GET /1 HTTP/1.1\r\nHost: a.example\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)).build());
            w.write(new WarcResponse.Builder("https://a.example/1").body(MediaType.HTTP_RESPONSE,
                    http("200 OK", "text/html; charset=utf-8", page("Ministers met in Nairobi on Monday — first page."))).build());
            w.write(new WarcResponse.Builder("https://a.example/broken").body(MediaType.HTTP_RESPONSE,
                    "this is no HTTP message at all\u0000\u0001".getBytes(StandardCharsets.ISO_8859_1)).build());
            w.write(new WarcResponse.Builder("https://a.example/moved").body(MediaType.HTTP_RESPONSE,
                    http("301 Moved Permanently", "text/html", "moved")).build());
            w.write(new WarcResponse.Builder("https://a.example/logo.png").body(MediaType.HTTP_RESPONSE,
                    http("200 OK", "image/png", "PNG")).build());
            w.write(new WarcResponse.Builder("https://b.example/2").body(MediaType.HTTP_RESPONSE,
                    http("200 OK", "text/html; charset=iso-8859-1", page("Café owners in Zürich protested - second page."))).build());
        }
        return file;
    }

    @Test
    void readsTheHtmlResponsesAndNamesTheMalformedOne() throws IOException {
        Path file = archive();
        List<Article> articles;
        try (Stream<Article> s = new Sources(rejections::add).read(List.of(file))) {
            articles = s.toList();
        }
        assertThat(articles).extracting(Article::source).containsExactly("https://a.example/1", "https://b.example/2");
        assertThat(articles.get(0).url()).isEqualTo("https://a.example/1");
        assertThat(articles.get(0).text()).contains("first page");
        assertThat(articles.get(1).text()).contains("Café owners in Zürich"); // decoded by the HTTP header's charset
        assertThat(rejections).hasSize(1);
        assertThat(rejections.get(0).source()).contains("news.warc.gz#3").contains("https://a.example/broken");
        assertThat(rejections.get(0).reason()).startsWith("malformed HTTP response");
    }

    @Test
    void aFileThatIsNoWarcIsRejectedByName() throws IOException {
        Path file = java.nio.file.Files.writeString(tmp.resolve("junk.warc"), "not a warc\n");
        try (Stream<Article> s = new Sources(rejections::add).read(List.of(file))) {
            assertThat(s.toList()).isEmpty();
        }
        assertThat(rejections).extracting(Rejection::source).anyMatch(src -> src.contains("junk.warc"));
    }
}
