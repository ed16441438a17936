package org.dyad.web.bench;

import org.dyad.model.Analysis;
import org.dyad.model.Article;
import org.dyad.web.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The load benchmark's machinery on a small store and a short run (the figures come from the command, not from here). */
class ServeBenchTest {
    @TempDir
    Path tmp;

    /** Three hand-built originals (no NLP), each its own article, titled. */
    private static List<Analysis> originals() {
        return List.of("Border talks resume", "Sanctions on coffee exports", "Election observers arrive").stream()
                .map(title -> Samples.of(new Article("o-" + title.length(), "test#" + title, title + ", officials said.", title, null,
                        "Reuters", List.of(), "2026-01-20")))
                .toList();
    }

    @Test
    void aShortRunOverCopiesReadsEveryEndpointWithoutErrors() throws Exception {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        LoadRun.Result r = ServeBench.run(tmp.resolve("b.duckdb"), ServeBenchTest::originals, 300, 4, 40, 2, new PrintStream(text, true));
        assertThat(text.toString()).contains("analyzed and stored 3 documents").contains("copied them to 300 documents (297 copies)")
                .contains("store: 300 documents").contains("requests/s").contains("p99").contains("events of [USA]");
        String searched = text.toString().replaceAll("(?s).*\\(search \\[([^]]*)].*", "$1");
        assertThat(List.of(searched.split(", "))).as("words of the titles").hasSize(8)
                .isSubsetOf("border", "talks", "resume", "sanctions", "coffee", "exports", "election", "observers", "arrive");
        assertThat(r.errors()).isZero();
        assertThat(r.requests()).isGreaterThanOrEqualTo(60);
        assertThat(r.p50()).isLessThanOrEqualTo(r.p99());
    }

    @Test
    void requestsTakeTheirIdsWordsAndCountriesFromTheMix() {
        List<String> ids = List.of("o-1", "o-2");
        ServeBench.Mix mix = new ServeBench.Mix(ids, List.of("border"), List.of("USA"));
        assertThat(ServeBench.paths(mix).apply(0)).isEqualTo("/api/v1/search?q=border&limit=20");
        assertThat(ServeBench.paths(mix).apply(6)).isEqualTo("/api/v1/documents/o-2");
        assertThat(ServeBench.paths(mix).apply(7)).startsWith("/api/v1/events?country=USA&");
    }
}
