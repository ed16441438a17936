package org.dyad.spark;

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

/**
 * A small CC-NEWS-like archive written with jwarc, the library the job reads with: HTML responses
 * (news pages), a request the reader must pass over, and one response whose HTTP message is
 * garbage, which must end in {@code rejects} while the rest of the file is read.
 */
final class TestWarc {
    /** The record number of the malformed response (the request is record 1). */
    static final String MALFORMED = "#3";
    static final String MALFORMED_URI = "https://news.example/broken";
    static final String[] PAGES = {"https://news.example/talks", "https://news.example/strike", "https://news.example/quake"};

    private TestWarc() {
    }

    static Path write(Path file) throws IOException {
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            w.write(new WarcRequest.Builder(PAGES[0]).body(MediaType.HTTP_REQUEST,
                    "GET /talks HTTP/1.1\r\nHost: news.example\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)).build());
            w.write(response(PAGES[0], page("Talks resume in Geneva",
                    "The foreign minister of France met the Iranian envoy in Geneva on Monday to resume the talks.")));
            w.write(new WarcResponse.Builder(MALFORMED_URI).body(MediaType.HTTP_RESPONSE,
                    "no HTTP message here\u0000\u0001".getBytes(StandardCharsets.ISO_8859_1)).build());
            w.write(response(PAGES[1], page("Dock workers strike",
                    "Dock workers in Rotterdam went on strike on Tuesday, the union said, demanding higher pay.")));
            w.write(response(PAGES[2], page("Quake hits coast",
                    "An earthquake struck the coast of Chile on Wednesday; the government sent troops to help.")));
        }
        return file;
    }

    private static WarcResponse response(String uri, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] head8 = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] message = new byte[head8.length + body.length];
        System.arraycopy(head8, 0, message, 0, head8.length);
        System.arraycopy(body, 0, message, head8.length, body.length);
        return new WarcResponse.Builder(uri).body(MediaType.HTTP_RESPONSE, message).build();
    }

    private static String page(String title, String text) {
        return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article><h1>" + title
                + "</h1><p>" + text + "</p></article></body></html>";
    }
}
