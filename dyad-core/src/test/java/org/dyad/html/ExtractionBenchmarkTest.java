package org.dyad.html;

import org.dyad.language.LanguageDetector;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The extraction floor on the scrapinghub benchmark (181 pages); trafilatura 2.0 scores F1 0.958 there. */
class ExtractionBenchmarkTest {
    static final double F1_FLOOR = 0.97;

    @Test
    void scoresAboveTheFloorOnTheScrapinghubPages() throws IOException {
        Path dir = Path.of(System.getProperty("dyad.shared", "../shared"), "eval/extraction/scrapinghub");
        assertThat(dir.resolve("ground-truth.json")).exists();
        ExtractionBenchmark.Result r = ExtractionBenchmark.run(ExtractionBenchmark.samples(dir), new PageReader(LanguageDetector.shared()));
        assertThat(r.pages()).hasSize(181);
        assertThat(r.f1()).isGreaterThanOrEqualTo(F1_FLOOR);
        assertThat(r.precision()).isGreaterThan(0.95);
        assertThat(r.recall()).isGreaterThan(0.94);
    }
}
