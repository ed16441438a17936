package org.dyad.web;

import org.dyad.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The token rule: beyond loopback, POST needs the token; reads do not; on loopback no token is asked. */
class TokenTest {
    @TempDir
    Path tmp;

    private static final String BODY = "{\"id\":\"t-1\",\"text\":\"Talks were held.\"}";

    @Test
    void beyondLoopbackPostWithoutTheTokenIs401() {
        try (Store store = Store.open(tmp.resolve("t.duckdb"));
             WebServer server = WebServer.start(store, Samples::of, new ServeOptions("0.0.0.0", 0, "s3cret", ServeOptions.DEFAULT_MAX_BODY))) {
            Http http = new Http(server.port());
            assertThat(server.tokenGenerated()).isFalse();
            assertThat(http.post("/api/v1/documents", BODY, null).statusCode()).isEqualTo(401);
            assertThat(Http.json(http.post("/api/v1/documents", BODY, "wrong")).get("status").asInt()).isEqualTo(401);
            assertThat(store.countDocuments()).isZero();
            assertThat(http.get("/api/v1/documents").statusCode()).isEqualTo(200);
            assertThat(http.post("/api/v1/documents", BODY, "s3cret").statusCode()).isEqualTo(201);
        }
    }

    @Test
    void beyondLoopbackWithoutATokenOneIsGenerated() {
        try (Store store = Store.open(tmp.resolve("g.duckdb"));
             WebServer server = WebServer.start(store, Samples::of, new ServeOptions("0.0.0.0", 0, null, ServeOptions.DEFAULT_MAX_BODY))) {
            assertThat(server.tokenGenerated()).isTrue();
            assertThat(server.token()).hasSizeGreaterThanOrEqualTo(32);
            Http http = new Http(server.port());
            assertThat(http.post("/api/v1/documents", BODY, null).statusCode()).isEqualTo(401);
            assertThat(http.post("/api/v1/documents", BODY, server.token()).statusCode()).isEqualTo(201);
        }
    }

    @Test
    void onLoopbackPostNeedsNoToken() {
        try (Store store = Store.open(tmp.resolve("l.duckdb"));
             WebServer server = WebServer.start(store, Samples::of, ServeOptions.local(0))) {
            assertThat(server.token()).isNull();
            assertThat(server.url()).startsWith("http://127.0.0.1:");
            assertThat(new Http(server.port()).post("/api/v1/documents", BODY, null).statusCode()).isEqualTo(201);
        }
    }
}
