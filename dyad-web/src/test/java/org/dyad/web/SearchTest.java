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
                assertThat(docs(index, new SearchQuery("Bogota", null, null, "reuters", null, null, null, null))).containsOnly("feb-1");
                assertThat(docs(index, new SearchQuery("Bogota", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31"), null, null, null, null, null)))
                        .containsOnly("jan-1");
                assertThat(docs(index, new SearchQuery("Bogota", null, null, null, null, "SANCTION", null, null))).containsOnly("feb-1");
                assertThat(docs(index, new SearchQuery("Bogota", null, null, null, "COL", null, "en", null))).contains("jan-1", "feb-1");
                assertThat(index.search(new SearchQuery("Bogota", null, null, null, "FRA", null, null, null), 50, 0).total()).isZero();
                assertThat(index.search(SearchQuery.of("Bogota)"), 50, 0).total()).isPositive();
                assertThat(index.search(SearchQuery.of("Bogota"), 1, 1).items()).hasSize(1);
            }
        }
    }

    @Test
    void sortsHitsByPublicationDateEitherWayWithTheUndatedLast() {
        try (Store store = Store.open(tmp.resolve("sorted.duckdb"))) {
            store.save(Samples.meeting("feb-1", "Reuters", "2026-02-10", "2026-02-09", "163", "SANCTION", -8.0));
            store.save(Samples.meeting("jan-1", "El Tiempo", "2026-01-20", "2026-01-19", "040", "CONSULT", 1.0));
            store.save(Samples.meeting("undated", "AP", null, "2026-03-01", "040", "CONSULT", 1.0));
            store.save(Samples.meeting("mar-1", "AP", "2026-03-02", "2026-03-01", "040", "CONSULT", 1.0));
            try (SearchIndex index = SearchIndex.open(store)) {
                assertThat(articles(index, SearchQuery.Order.NEWEST)).containsExactly("mar-1", "feb-1", "jan-1", "undated");
                assertThat(articles(index, SearchQuery.Order.OLDEST)).containsExactly("jan-1", "feb-1", "mar-1", "undated");
                assertThat(index.search(new SearchQuery("Bogota", null, null, null, null, null, null, SearchQuery.Order.NEWEST), 50, 0)
                        .items()).allSatisfy(h -> assertThat(h.score()).isPositive());
            }
        }
    }

    @Test
    void aQueryAsParametersKeepsEveryFilterAndTheOrder() {
        SearchQuery q = new SearchQuery("border talks", LocalDate.parse("2026-01-01"), null, "El Tiempo", "COL", null, null,
                SearchQuery.Order.OLDEST);
        assertThat(q.parameters()).isEqualTo("q=border+talks&from=2026-01-01&outlet=El+Tiempo&country=COL&sort=oldest");
        assertThat(SearchQuery.of("x").parameters()).isEqualTo("q=x");
    }

    /** The article hits of "Bogota" in the given order. */
    private static java.util.List<String> articles(SearchIndex index, SearchQuery.Order order) {
        return index.search(new SearchQuery("Bogota", null, null, null, null, null, null, order), 50, 0).items().stream()
                .filter(h -> h.kind().equals("article")).map(h -> h.document()).toList();
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
            assertThat(http.get("/api/v1/search?q=petro&sort=loudest").statusCode()).isEqualTo(400);
            assertThat(Http.json(http.get("/api/v1/search?q=petro&sort=newest")).get("items").get(0).get("document").asText())
                    .isEqualTo("petro-1");
            Document sorted = Jsoup.parse(http.get("/?q=petro&sort=oldest&limit=1").body());
            assertThat(sorted.select("select[name=sort] option[selected]").attr("value")).isEqualTo("oldest");
            // the next page keeps the words, the filters, the order and the page size
            assertThat(sorted.select("a.next").attr("href")).isEqualTo("/?q=petro&sort=oldest&limit=1&offset=1");
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
