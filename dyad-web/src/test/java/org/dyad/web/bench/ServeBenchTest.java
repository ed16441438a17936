package org.dyad.web.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The load benchmark's machinery on a small store and a short run (the figures come from the command, not from here). */
class ServeBenchTest {
    @TempDir
    Path tmp;

    @Test
    void aShortRunReadsEveryEndpointWithoutErrors() throws Exception {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        LoadRun.Result r = ServeBench.run(tmp.resolve("b.duckdb"), 300, 4, 40, 2, new PrintStream(text, true));
        assertThat(text.toString()).contains("store: 300 documents").contains("requests/s").contains("p99");
        assertThat(r.errors()).isZero();
        assertThat(r.requests()).isGreaterThanOrEqualTo(60);
        assertThat(r.p50()).isLessThanOrEqualTo(r.p99());
    }
}
