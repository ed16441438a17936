package org.dyad.cli;

import org.dyad.Dyad;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The TempEval-3 platinum set in {@code shared}, analyzed as articles and scored by TempEval-3's TIMEX3 measures. */
class TimeEvalTest {
    private static final Path SET = Shared.dir().resolve("eval/time/te3-platinum");

    @Test
    void findsAndResolvesTheTimesOfTempEval3Platinum() throws Exception {
        TimeEvalCommand.Result r = TimeEvalCommand.run(SET, Dyad.open(), null);
        assertThat(r.documents()).isEqualTo(20);
        assertThat(r.score().gold()).isEqualTo(138);
        assertThat(r.goldOutsideNarration()).as("gold timexes in lines the cleaner dropped").isZero();
        // floors just under what was measured: strict F1 0.821, relaxed F1 0.916, value F1 0.725 (P 0.733)
        assertThat(r.score().strict().f1()).isGreaterThanOrEqualTo(0.81);
        assertThat(r.score().relaxed().f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(r.score().value().f1()).isGreaterThanOrEqualTo(0.71);
        assertThat(r.score().value().precision()).isGreaterThanOrEqualTo(0.72);
    }

    @Test
    void printsTheTableBesideThePeers() {
        Cli cli = Cli.run("eval", "time", "--dir", SET.toString());
        assertThat(cli.exitCode).isZero();
        assertThat(cli.out).contains("20 documents, 138 gold TIMEX3").contains("strict span").contains("relaxed span")
                .contains("HeidelTime 77.6, SUTime 67.4");
    }
}
