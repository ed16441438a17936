package org.dyad.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.dyad.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every endpoint of the API, against a real server on 127.0.0.1 over a real DuckDB file. */
class ApiTest {
    @TempDir
    static Path tmp;
    static Store store;
    static WebServer server;
    static Http http;

    @BeforeAll
    static void start() {
        store = Store.open(tmp.resolve("api.duckdb"));
        Samples.storeJanuaryAndFebruary(store);
        server = WebServer.start(store, Samples::of, ServeOptions.local(0));
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void listsDocumentsWithPaging() {
        JsonNode page = Http.json(http.get("/api/v1/documents?limit=2"));
        assertThat(page.get("total").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("limit").asInt()).isEqualTo(2);
        JsonNode second = Http.json(http.get("/api/v1/documents?limit=2&offset=2"));
        assertThat(second.get("offset").asInt()).isEqualTo(2);
        assertThat(ids(page)).doesNotContainAnyElementsOf(ids(second));
    }

    @Test
    void filtersDocumentsByDateLanguageAndOutlet() {
        assertThat(ids(Http.json(http.get("/api/v1/documents?from=2026-01-01&to=2026-01-31")))).containsExactly("jan-2", "jan-1");
        assertThat(ids(Http.json(http.get("/api/v1/documents?outlet=reuters&to=2026-02-28")))).containsExactly("feb-1", "jan-2");
        assertThat(Http.json(http.get("/api/v1/documents?language=de")).get("total").asInt()).isZero();
    }

    @Test
    void getsADocumentsRecord() {
        HttpResponse<String> r = http.get("/api/v1/documents/jan-1");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode d = Http.json(r);
        assertThat(d.get("type").asText()).isEqualTo("document");
        assertThat(d.get("events").get(0).get("cameo").asText()).isEqualTo("040");
    }

    @Test
    void listsAndGetsStories() {
        JsonNode page = Http.json(http.get("/api/v1/stories"));
        assertThat(page.get("items").get(0).get("id").asText()).isEqualTo("s-jan");
        assertThat(page.get("items").get(0).get("documents").asInt()).isEqualTo(2);
        JsonNode story = Http.json(http.get("/api/v1/stories/s-jan"));
        assertThat(story.get("documents")).hasSize(2);
        assertThat(story.get("events").get(0).get("documents")).hasSize(2);
    }

    @Test
    void filtersEvents() {
        assertThat(total("/api/v1/events?country=COL&to=2026-02-28")).isEqualTo(3);
        assertThat(total("/api/v1/events?plover=SANCTION")).isEqualTo(1);
        assertThat(total("/api/v1/events?cameo=04&to=2026-01-31")).isEqualTo(2);
        assertThat(total("/api/v1/events?from=2026-02-01&to=2026-02-28")).isEqualTo(1);
        assertThat(total("/api/v1/events?country=FRA")).isZero();
        JsonNode e = Http.json(http.get("/api/v1/events?plover=SANCTION")).get("items").get(0);
        assertThat(e.get("date").asText()).isEqualTo("2026-02-09");
        assertThat(e.get("sourceCountry").asText()).isEqualTo("USA");
    }

    @Test
    void listsQuotesBySpeaker() {
        assertThat(total("/api/v1/quotes?speaker=usa-gov&document=jan-1")).isEqualTo(1);
        assertThat(total("/api/v1/quotes?speaker=united%20states&document=jan-2")).isEqualTo(1);
        assertThat(total("/api/v1/quotes?speaker=nobody")).isZero();
    }

    @Test
    void listsAndGetsActorsWithQuotesAndEvents() {
        JsonNode page = Http.json(http.get("/api/v1/actors?country=COL"));
        assertThat(ids(page)).containsExactly("col-gov");
        JsonNode a = Http.json(http.get("/api/v1/actors/col-gov?limit=500"));
        assertThat(a.get("actor").get("name").asText()).isEqualTo("Colombia");
        assertThat(a.get("events").get("total").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(a.get("quotes").get("total").asInt()).isZero();
        assertThat(Http.json(http.get("/api/v1/actors/usa-gov")).get("quotes").get("total").asInt()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void dyadIsTheMonthlySeriesTheCliPrints() {
        JsonNode d = Http.json(http.get("/api/v1/dyads/USA/COL"));
        assertThat(d.get("pair").toString()).isEqualTo("[\"USA\",\"COL\"]");
        JsonNode series = d.get("series");
        assertThat(series.get(0).get("period").asText()).isEqualTo("2026-01");
        assertThat(series.get(0).get("events").asInt()).isEqualTo(1);      // one meeting, reported twice
        assertThat(series.get(1).get("period").asText()).isEqualTo("2026-02");
        assertThat(series.get(1).get("goldstein").asDouble()).isEqualTo(-8.0);
        assertThat(Http.json(http.get("/api/v1/dyads/USA/COL")).toString())
                .isEqualTo(Http.JSON.valueToTree(store.dyad("USA", "COL")).toString());
    }

    @Test
    void postAnalyzesStoresAndPlacesInAStory() {
        HttpResponse<String> r = http.post("/api/v1/documents",
                "{\"id\":\"posted-1\",\"text\":\"Washington and Bogota held talks.\",\"outlet\":\"Wire\",\"published\":\"2026-03-02\"}", null);
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(r.headers().firstValue("Location")).hasValue("/api/v1/documents/posted-1");
        assertThat(Http.json(r).get("id").asText()).isEqualTo("posted-1");
        assertThat(http.get("/api/v1/documents/posted-1").statusCode()).isEqualTo(200);
        assertThat(store.storyOfDocuments()).containsKey("posted-1");
        HttpResponse<String> noId = http.post("/api/v1/documents", "{\"text\":\"Same text, same id.\"}", null);
        HttpResponse<String> again = http.post("/api/v1/documents", "{\"text\":\"Same text, same id.\"}", null);
        assertThat(Http.json(noId).get("id")).isEqualTo(Http.json(again).get("id"));
    }

    @Test
    void errorsAreJsonWithTheRightStatus() {
        assertError(http.get("/api/v1/documents/nope"), 404);
        assertError(http.get("/api/v1/stories/nope"), 404);
        assertError(http.get("/api/v1/actors/nope"), 404);
        assertError(http.get("/api/v1/nothing-here"), 404);
        assertError(http.get("/api/v1/documents?limit=0"), 400);
        assertError(http.get("/api/v1/documents?limit=501"), 400);
        assertError(http.get("/api/v1/documents?limit=ten"), 400);
        assertError(http.get("/api/v1/documents?offset=-1"), 400);
        assertError(http.get("/api/v1/documents?from=yesterday"), 400);
        assertError(http.get("/api/v1/events?country=Colombia"), 400);
        assertError(http.get("/api/v1/events?cameo=4"), 400);
        assertError(http.get("/api/v1/export/xml"), 400);
        assertError(http.post("/api/v1/documents", "{\"text\": ", null), 400);
        assertError(http.post("/api/v1/documents", "[1, 2]", null), 400);
        assertError(http.post("/api/v1/documents", "{\"title\":\"no text\"}", null), 400);
        assertError(http.post("/api/v1/documents", "{\"text\": 42}", null), 400);
        long before = store.countDocuments();
        assertError(http.post("/api/v1/documents", "{\"text\":\"" + "x".repeat((int) ServeOptions.DEFAULT_MAX_BODY) + "\"}", null), 413);
        assertThat(store.countDocuments()).isEqualTo(before);
    }

    private static void assertError(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.uri() + " " + r.body()).isEqualTo(status);
        JsonNode e = Http.json(r);
        assertThat(e.get("status").asInt()).isEqualTo(status);
        assertThat(e.get("message").asText()).isNotBlank().doesNotContain("\tat ");
    }

    @Test
    void openApiDocumentListsEveryRouteTheServerHas() {
        JsonNode doc = Http.json(http.get("/api/v1/openapi.json"));
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        TreeSet<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            p.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + p.getKey()));
        }
        assertThat(documented).containsExactlyElementsOf(new TreeSet<>(server.routes()));
        assertThat(server.routes()).hasSize(14);
    }

    @Test
    void exportsStreamFilesAndZips() throws Exception {
        HttpResponse<String> gdelt = http.get("/api/v1/export/gdelt");
        assertThat(gdelt.statusCode()).isEqualTo(200);
        String[] lines = gdelt.body().split("\n");
        assertThat(lines[0]).startsWith("GLOBALEVENTID\tSQLDATE");
        assertThat(lines).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(62));
        HttpResponse<String> plover = http.get("/api/v1/export/plover");
        assertThat(Http.JSON.readTree(plover.body().split("\n")[0]).get("event_type").asText()).isNotBlank();
        HttpResponse<byte[]> zip = http.getBytes("/api/v1/export/csv");
        assertThat(zip.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/zip"));
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        assertThat(names).contains("documents.csv", "events.csv", "story_events.csv").hasSize(Store.TABLES.size());
    }

    private static long total(String path) {
        HttpResponse<String> r = http.get(path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Http.json(r).get("total").asLong();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }
}
