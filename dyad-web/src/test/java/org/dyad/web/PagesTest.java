package org.dyad.web;

import org.dyad.store.Store;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The server-rendered pages over HTTP, parsed with jsoup: what they show, and that untrusted text stays text. */
class PagesTest {
    @TempDir
    static Path tmp;
    static Store store;
    static WebServer server;
    static Http http;

    @BeforeAll
    static void start() {
        store = Store.open(tmp.resolve("pages.duckdb"));
        Samples.storeJanuaryAndFebruary(store);
        store.save(Hostile.analysis());
        store.save(Samples.spokesman("lin-1", "2026-01-05", "deputy spokesman", null));
        store.save(Samples.spokesman("lin-2", "2026-02-15", "spokesman", "2026-08"));
        store.save(Samples.spokesman("lin-3", "2026-03-01", "spokesman", null));
        server = WebServer.start(store, Samples::of, ServeOptions.local(0));
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static Document page(String path) {
        HttpResponse<String> r = http.get(path);
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self'").doesNotContain("unsafe-inline"));
        return Jsoup.parse(r.body());
    }

    @Test
    void articleHighlightsTheEventQuoteTimeAndActorsInPlace() {
        Document d = page("/documents/jan-1");
        Element event = d.selectFirst("#article-text .hl-event");
        assertThat(event.attr("data-cameo")).isEqualTo("040");
        assertThat(event.attr("data-plover")).isEqualTo("CONSULT");
        assertThat(event.attr("data-source")).isEqualTo("United States (USA)");
        assertThat(event.attr("data-target")).isEqualTo("Colombia (COL)");
        assertThat(event.attr("data-date")).isEqualTo("2026-01-19");
        assertThat(event.attr("data-goldstein")).isEqualTo("+1.0");
        assertThat(event.select(".hl-quote").attr("data-source")).isEqualTo("United States");     // the record keeps a speaker's id and name only
        assertThat(event.select(".hl-time").text()).isEqualTo("Offic");
        assertThat(d.selectFirst("#article-text").text()).isEqualTo("Officials of both governments met in Bogota and agreed to talk again, says report jan-1.");
        assertThat(d.select("script[src]").eachAttr("src")).containsExactly("/static/article.js");
        assertThat(d.select("a[href=/stories/s-jan]")).hasSize(1);
    }

    @Test
    void untrustedTextIsEscapedEverywhereOnTheArticlePage() {
        HttpResponse<String> r = http.get("/documents/" + Hostile.ID);
        assertThat(r.body()).doesNotContain(Hostile.SCRIPT).doesNotContain(Hostile.IMG).doesNotContain("<b>Evil</b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        Document d = Jsoup.parse(r.body());
        assertThat(d.select("script")).allSatisfy(s -> assertThat(s.attr("src")).startsWith("/static/"));
        assertThat(d.select("img, b, [onerror]")).isEmpty();
        assertThat(d.selectFirst("h1").text()).isEqualTo("Title " + Hostile.SCRIPT);
        assertThat(d.selectFirst("#article-text").text()).isEqualTo(Hostile.TEXT);
        assertThat(d.select("#article-text .hl-actor").eachText()).containsExactly("<b>Evil</b> Corp", "Colombia");
        assertThat(d.selectFirst("#article-text .hl-event").attr("data-source")).isEqualTo("<b>Evil</b> Corp (USA)");
        Element card = d.selectFirst(".post-card");
        assertThat(card.selectFirst(".author").text()).isEqualTo("Poster " + Hostile.IMG);
        assertThat(card.selectFirst(".handle").text()).isEqualTo("@poster");
        assertThat(card.selectFirst("time").text()).isEqualTo("2026-01-19");
        assertThat(d.selectFirst(".dropped .reason").text()).isEqualTo("ADVERTISEMENT");
        assertThat(d.selectFirst(".dropped .cruft").text()).isEqualTo("Buy now " + Hostile.SCRIPT);
    }

    @Test
    void actorPageEscapesTheNameAndListsEventsBySide() {
        HttpResponse<String> r = http.get("/actors/evil-corp");
        assertThat(r.body()).doesNotContain("<b>Evil</b>");
        Document d = page("/actors/evil-corp");
        assertThat(d.selectFirst("h1").text()).isEqualTo("<b>Evil</b> Corp");
        assertThat(d.select("table.events-source tbody tr")).hasSize(1);
        assertThat(d.select("table.events-target tbody tr")).isEmpty();
        assertThat(d.select("ul.quotes li").text()).contains("We will talk again");
        assertThat(page("/actors/col-gov").select("table.events-target tbody tr")).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void actorPageShowsRolesWithTheirDatesAndWhoItInteractsWithMost() {
        Document lin = page("/actors/lin-jian");
        assertThat(lin.select("table.roles tbody tr")).extracting(Element::text)
                .containsExactly("deputy spokesman 2026-01-05 2026-01-05", "spokesman 2026-02-15 2026-03-01 2026-08");
        assertThat(lin.select("table.partners tbody tr td:first-child").eachText()).containsExactly("United States");
        assertThat(lin.selectFirst("table.partners tbody tr .count").text()).isEqualTo("3");

        // the United States: 3 meetings with Colombia as source, and 3 criticisms from Lin Jian as target
        Document usa = page("/actors/usa-gov");
        assertThat(usa.select("table.partners tbody tr")).extracting(Element::text).startsWith(
                "Colombia 3 3 0 dyad", "Lin Jian 3 0 3 dyad");
        assertThat(usa.select("table.partners a[href=/actors/lin-jian]")).hasSize(1);
        assertThat(usa.select("p.none").text()).contains("No role");
    }

    @Test
    void storyPageShowsDocumentsByOutletAndCorroboratedEvents() {
        Document d = page("/stories/s-jan");
        assertThat(d.select("table.documents tbody tr td:first-child").eachText()).containsExactly("El Tiempo", "Reuters");
        Element event = d.selectFirst("table.events tbody tr");
        assertThat(event.selectFirst(".code").text()).isEqualTo("040");
        assertThat(event.selectFirst(".count").text()).isEqualTo("2");
    }

    @Test
    void dyadPageLoadsEChartsFromTheAppAndPointsAtTheSeries() {
        Document d = page("/dyad/USA/COL");
        assertThat(d.select("script[src]").eachAttr("src"))
                .containsExactly("/webjars/echarts/5.3.1/dist/echarts.min.js", "/static/dyad-chart.js");
        assertThat(d.selectFirst("#chart").attr("data-series")).isEqualTo("/api/v1/dyads/USA/COL");
        assertThat(d.select("table.series tbody tr td:first-child").eachText()).containsExactly("2026-01", "2026-02");
        assertThat(http.get("/webjars/echarts/5.3.1/dist/echarts.min.js").statusCode()).isEqualTo(200);
        assertThat(http.get("/static/dyad-chart.js").statusCode()).isEqualTo(200);
    }

    @Test
    void homePageHasTheSearchBox() {
        assertThat(page("/").select("ul.latest li")).hasSizeGreaterThanOrEqualTo(4);
        Document d = page("/?q=%3Cscript%3E");
        assertThat(d.selectFirst("form.search input[name=q]").attr("value")).isEqualTo("<script>");
        assertThat(d.select("ol.results li a").eachAttr("href")).contains("/documents/" + Hostile.ID);
        assertThat(d.select("ol.results script, ol.results img")).isEmpty();
    }

    @Test
    void networkPagesLoadCytoscapeFromTheAppAndTheGraphComesFromTheApi() {
        Document d = page("/stories/s-jan/network");
        assertThat(d.select("script[src]").eachAttr("src"))
                .containsExactly("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js", "/static/network.js");
        assertThat(d.selectFirst("#network").attr("data-graph")).isEqualTo("/api/v1/network?story=s-jan");
        assertThat(http.get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js").statusCode()).isEqualTo(200);
        assertThat(http.get("/static/network.js").statusCode()).isEqualTo(200);
        assertThat(page("/stories/s-jan").select("a.network-link").attr("href")).isEqualTo("/stories/s-jan/network");

        // two reports of one meeting: two actors, one edge counting both events
        var story = Http.json(http.get("/api/v1/network?story=s-jan"));
        assertThat(story.get("documents").asInt()).isEqualTo(2);
        assertThat(story.get("nodes")).hasSize(2);
        assertThat(story.get("edges")).hasSize(1);
        assertThat(story.get("edges").get(0).get("source").asText()).isEqualTo("usa-gov");
        assertThat(story.get("edges").get(0).get("count").asInt()).isEqualTo(2);

        var search = Http.json(http.get("/api/v1/network?q=governments"));
        assertThat(search.get("edges").findValuesAsText("cameo")).contains("040", "163");
        assertThat(page("/network?q=governments").selectFirst("#network").attr("data-graph")).isEqualTo("/api/v1/network?q=governments");
        assertThat(page("/network").select("#network")).isEmpty();

        // hostile names reach the page only as JSON, which the script sets as canvas labels
        Document hostile = page("/network?q=" + java.net.URLEncoder.encode("<script>", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(hostile.select("main script, main img")).isEmpty();
        assertThat(hostile.selectFirst("form.search input[name=q]").attr("value")).isEqualTo("<script>");

        assertThat(http.get("/api/v1/network").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/v1/network?story=s-jan&q=x").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/v1/network?story=nope").statusCode()).isEqualTo(404);
        assertThat(http.get("/stories/nope/network").statusCode()).isEqualTo(404);
    }

    @Test
    void unknownPagesAre404() {
        assertThat(http.get("/documents/nope").statusCode()).isEqualTo(404);
        assertThat(http.get("/actors/nope").statusCode()).isEqualTo(404);
        assertThat(http.get("/stories/nope").statusCode()).isEqualTo(404);
    }
}
