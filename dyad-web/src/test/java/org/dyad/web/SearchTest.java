package org.dyad.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.dyad.store.Store;
import org.dyad.web.search.SearchIndex;
import org.dyad.web.search.SearchQuery;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Full-text search: the index beside the store, kept in step with it, over HTTP and on the home page. */
class SearchTest {
    @TempDir
    Path tmp;

    @Test
    void searchesArticlesQuotesActorsAndEventsWithFilters() {
        try (Store store = Store.open(tmp.resolve("s.duckdb"))) {
            store.save(Samples.meeting("jan-1", "El Tiempo", "2026-01-20", "2026-01-19", "040", "CONSULT", 1.0));
            store.save(Samples.meeting("feb-1", "Reuters", "2026-02-10", "2026-02-09", "163", "SANCTION", -8.0));
            try (SearchIndex index = SearchIndex.open(store)) {
                assertThat(kinds(index, SearchQuery.of("Bogota"))).contains("article", "event");
                assertThat(kinds(index, SearchQuery.of("Colombia"))).contains("actor");
                assertThat(kinds(index, SearchQuery.of("Officials"))).contains("quote");
                assertThat(index.search(SearchQuery.of("Bogota"), 50, 0).items()).extracting(h -> h.document()).contains("jan-1", "feb-1");
                assertThat(docs(index, new SearchQuery("Bogota", null, null, "reuters", null, null, null))).containsOnly("feb-1");
                assertThat(docs(index, new SearchQuery("Bogota", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31"), null, null, null, null)))
                        .containsOnly("jan-1");
                assertThat(docs(index, new SearchQuery("Bogota", null, null, null, null, "SANCTION", null))).containsOnly("feb-1");
                assertThat(docs(index, new SearchQuery("Bogota", null, null, null, "COL", null, "en"))).contains("jan-1", "feb-1");
                assertThat(index.search(new SearchQuery("Bogota", null, null, null, "FRA", null, null), 50, 0).total()).isZero();
                assertThat(index.search(SearchQuery.of("Bogota)"), 50, 0).total()).isPositive();
                assertThat(index.search(SearchQuery.of("Bogota"), 1, 1).items()).hasSize(1);
            }
        }
    }

    @Test
    void indexIsRebuiltFromTheStoreWhenMissingOrStale() {
        Path file = tmp.resolve("r.duckdb");
        try (Store store = Store.open(file)) {
            store.save(Samples.meeting("jan-1", "El Tiempo", "2026-01-20", "2026-01-19", "040", "CONSULT", 1.0));
            try (SearchIndex index = SearchIndex.open(store)) {
                assertThat(docs(index, SearchQuery.of("Bogota"))).containsOnly("jan-1");
            }
            assertThat(SearchIndex.beside(file)).isDirectory();
            store.save(Samples.meeting("feb-1", "Reuters", "2026-02-10", "2026-02-09", "163", "SANCTION", -8.0));   // saved behind its back
            try (SearchIndex index = SearchIndex.open(store)) {
                assertThat(docs(index, SearchQuery.of("Bogota"))).containsOnly("jan-1", "feb-1");
            }
        }
    }

    @Test
    void postedDocumentsAreFoundAndTheHomePageListsHits() {
        try (Store store = Store.open(tmp.resolve("h.duckdb"));
             WebServer server = WebServer.start(store, Samples::of, ServeOptions.local(0))) {
            Http http = new Http(server.port());
            assertThat(http.post("/api/v1/documents", "{\"id\":\"petro-1\",\"title\":\"Petro <i>meets</i> envoy\","
                    + "\"text\":\"Gustavo Petro met the envoy in Bogota.\",\"outlet\":\"Wire\",\"published\":\"2026-03-02\"}", null).statusCode())
                    .isEqualTo(201);
            JsonNode page = Http.json(http.get("/api/v1/search?q=petro&limit=10"));
            assertThat(page.get("total").asInt()).isPositive();
            JsonNode first = page.get("items").get(0);
            assertThat(first.get("document").asText()).isEqualTo("petro-1");
            assertThat(first.get("link").asText()).isEqualTo("/documents/petro-1");
            assertThat(http.get("/api/v1/search").statusCode()).isEqualTo(400);
            assertThat(http.get("/api/v1/search?q=petro&from=soon").statusCode()).isEqualTo(400);
            assertThat(http.get("/api/v1/search?q=petro&country=Colombia").statusCode()).isEqualTo(400);
            Document home = Jsoup.parse(http.get("/?q=petro").body());
            assertThat(home.select("ol.results li.hit-article a").eachAttr("href")).contains("/documents/petro-1");
            assertThat(home.select("ol.results li.hit-article a").first().text()).isEqualTo("Petro <i>meets</i> envoy");
            assertThat(home.select("i")).isEmpty();
        }
    }

    private static List<String> kinds(SearchIndex index, SearchQuery q) {
        List<String> out = new ArrayList<>();
        index.search(q, 100, 0).items().forEach(h -> out.add(h.kind()));
        return out;
    }

    private static List<String> docs(SearchIndex index, SearchQuery q) {
        List<String> out = new ArrayList<>();
        index.search(q, 100, 0).items().forEach(h -> out.add(h.document()));
        return out;
    }
}
