package org.dyad.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** PETRARCH's own unit-test suite in {@code shared}, coded from its parses with its validation dictionaries. */
class PetrarchUnitEvalTest {
    private static final Path SUITE = Path.of(System.getProperty("dyad.shared", "../shared"), "eval/events/petrarch-unit");

    @Test
    void findsMostExpectedCodingsExactlyAndCodesNoNoEventRecord() throws Exception {
        assertThat(SUITE.resolve("PETR.UnitTest.records.xml")).exists();
        Map<String, PetrarchUnitCommand.Tally> tallies = PetrarchUnitCommand.run(SUITE, null);
        PetrarchUnitCommand.Tally all = tallies.get("ALL");
        assertThat(all.full.gold()).isEqualTo(359);
        assertThat(all.full.recall()).as("expected codings found exactly").isGreaterThanOrEqualTo(331 / 359.0);
        assertThat(all.full.precision()).isGreaterThanOrEqualTo(0.96);
        assertThat(all.root.recall()).isGreaterThanOrEqualTo(all.full.recall());
        assertThat(all.noEventRecords).isEqualTo(19);
        assertThat(all.noEventCoded).as("no-event records that coded something").isZero();
        assertThat(all.errorRecords).isEqualTo(7);
        assertThat(all.errorCoded).as("discarded or unreadable records that coded something").isZero();
        assertThat(tallies.get("SYNSET").full.recall()).isEqualTo(1.0);
    }
}
