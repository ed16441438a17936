package org.dyad.web;

import org.dyad.store.Store;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The analyze form: it stores and redirects; forged posts (no form token, another Origin) and, beyond loopback, posts without the API token are refused. */
class AnalyzeFormTest {
    @TempDir
    Path tmp;

    private static Map<String, String> fields(String csrf, String text) {
        Map<String, String> f = new LinkedHashMap<>();
        if (csrf != null) {
            f.put("csrf", csrf);
        }
        f.put("title", "Pasted " + Hostile.SCRIPT);
        f.put("outlet", "Desk");
        f.put("published", "2026-03-02");
        f.put("text", text);
        return f;
    }

    private static String formToken(Http http) {
        Document d = Jsoup.parse(http.get("/analyze").body());
        return d.selectFirst("form.analyze input[name=csrf]").attr("value");
    }

    @Test
    void onLoopbackTheFormStoresTheArticleAndRedirectsToItsPage() {
        try (Store store = Store.open(tmp.resolve("a.duckdb"));
             WebServer server = WebServer.start(store, Samples::of, ServeOptions.local(0))) {
            Http http = new Http(server.port());
            Document form = Jsoup.parse(http.get("/analyze").body());
            assertThat(form.select("form.analyze textarea[name=text]")).hasSize(1);
            assertThat(form.select("form.analyze input[name=token]")).isEmpty();      // loopback: no API token asked
            String csrf = formToken(http);
            assertThat(csrf).hasSizeGreaterThanOrEqualTo(32);

            HttpResponse<String> r = http.postForm("/analyze", fields(csrf, "Officials met in Bogota."),
                    "Origin", "http://127.0.0.1:" + server.port());
            assertThat(r.statusCode()).isEqualTo(303);
            String location = r.headers().firstValue("Location").orElseThrow();
            assertThat(location).startsWith("/documents/");
            assertThat(store.countDocuments()).isEqualTo(1);
            Document article = Jsoup.parse(http.get(location).body());
            assertThat(article.selectFirst("h1").text()).isEqualTo("Pasted " + Hostile.SCRIPT);   // stored, shown as text
            assertThat(article.select("main script")).isEmpty();

            assertThat(http.postForm("/analyze", fields(csrf, " ")).statusCode()).isEqualTo(400);
            Map<String, String> badDate = fields(csrf, "Other text.");
            badDate.put("published", "March");
            assertThat(http.postForm("/analyze", badDate).statusCode()).isEqualTo(400);
            assertThat(store.countDocuments()).isEqualTo(1);
        }
    }

    @Test
    void forgedPostsAreRefusedAndStoreNothing() {
        try (Store store = Store.open(tmp.resolve("f.duckdb"));
             WebServer server = WebServer.start(store, Samples::of, ServeOptions.local(0))) {
            Http http = new Http(server.port());
            String csrf = formToken(http);
            assertThat(http.postForm("/analyze", fields(null, "No token."), "Origin", "http://127.0.0.1:" + server.port()).statusCode())
                    .isEqualTo(403);
            assertThat(http.postForm("/analyze", fields("guess", "Wrong token.")).statusCode()).isEqualTo(403);
            // the right token from another site (as if it had leaked) is still refused by the Origin check
            HttpResponse<String> cross = http.postForm("/analyze", fields(csrf, "Cross site."), "Origin", "https://evil.example");
            assertThat(cross.statusCode()).isEqualTo(403);
            assertThat(Http.json(cross).get("message").asText()).contains("cross-site");
            assertThat(http.postForm("/analyze", fields("guess", "Sandboxed."), "Origin", "null").statusCode()).isEqualTo(403);
            assertThat(store.countDocuments()).isZero();
        }
    }

    @Test
    void beyondLoopbackTheFormNeedsTheApiToken() {
        try (Store store = Store.open(tmp.resolve("t.duckdb"));
             WebServer server = WebServer.start(store, Samples::of, new ServeOptions("0.0.0.0", 0, "s3cret", ServeOptions.DEFAULT_MAX_BODY))) {
            Http http = new Http(server.port());
            assertThat(Jsoup.parse(http.get("/analyze").body()).select("form.analyze input[name=token]")).hasSize(1);
            String csrf = formToken(http);
            assertThat(http.postForm("/analyze", fields(csrf, "Without the API token.")).statusCode()).isEqualTo(401);
            Map<String, String> wrong = fields(csrf, "Wrong API token.");
            wrong.put("token", "guess");
            assertThat(http.postForm("/analyze", wrong).statusCode()).isEqualTo(401);
            assertThat(store.countDocuments()).isZero();
            Map<String, String> right = fields(csrf, "With the API token.");
            right.put("token", "s3cret");
            assertThat(http.postForm("/analyze", right).statusCode()).isEqualTo(303);
            assertThat(store.countDocuments()).isEqualTo(1);
        }
    }
}
