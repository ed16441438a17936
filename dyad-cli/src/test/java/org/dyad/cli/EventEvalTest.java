package org.dyad.cli;

import org.dyad.model.ActorRef;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class EventEvalTest {
    @TempDir
    Path tmp;

    @Test
    void readsPetrarchValidationRecordsThatAreNotWellFormedXml() throws Exception {
        Path file = Files.writeString(tmp.resolve("v.xml"), """
                <Validation>
                # a comment line, as the real files have
                <Sentences>
                <Sentence category="AFP" date="20240102" id="S1" evaluate="true"/>
                <EventCoding eventcode="042" sourcecode="KENGOV" targetcode="UGA" />
                <Text>
                Kenya's president visited
                Uganda.
                </Text>
                </Sentence>
                <Sentence category="TEST" date="20240103" id="S2" evaluate="true"/>
                <EventCoding noevents="True" />
                <Text>Nothing happened.</Text>
                </Sentence>
                </Sentences>
                </Validation>
                """);
        List<PetrarchValidation.Case> cases = PetrarchValidation.read(file);
        assertThat(cases).extracting(PetrarchValidation.Case::id).containsExactly("S1", "S2");
        assertThat(cases.get(0).text()).isEqualTo("Kenya's president visited Uganda.");
        assertThat(cases.get(0).date()).isEqualTo("2024-01-02");
        assertThat(cases.get(0).codings()).containsExactly(new PetrarchValidation.Coding("KENGOV", "UGA", "042"));
        assertThat(cases.get(1).codings()).isEmpty();
    }

    @Test
    void scoresByCountriesAndRootOrFullCode() {
        var gold = List.of(new PetrarchValidation.Coding("KENGOV", "UGA", "042"), new PetrarchValidation.Coding("---LEG", "IGOUNO", "111"));
        List<Event> coded = List.of(event("KEN", "UGA", "043", null), event("SOM", "UNO", "112", "IGO"), event("KEN", "ETH", "190", null));
        MatchScore<PetrarchValidation.Coding, Event> roots = EventScore.of(false);
        roots.add(gold, coded);
        MatchScore<PetrarchValidation.Coding, Event> codes = EventScore.of(true);
        codes.add(gold, coded);
        assertThat(roots.recall()).isEqualTo(1.0);
        assertThat(roots.precision()).isEqualTo(2 / 3.0);
        assertThat(codes.recall()).isZero();
    }

    @Test
    void theEvalCommandCodesTheAfpRecordAndPrintsItsScores() {
        Cli cli = Cli.run("eval", "events", "--afp", Shared.dir().resolve("eval/events/afp-gsr/PETR2_GSR_validation.xml").toString());
        assertThat(cli.exitCode).as(cli.err).isZero();
        String all = cli.out.lines().filter(l -> l.startsWith("ALL")).findFirst().orElseThrow();
        String[] cells = all.trim().split("\\s+");
        assertThat(Integer.parseInt(cells[1])).as("gold codings").isEqualTo(80);
        double rootF1 = Double.parseDouble(cells[7].replace(",", "."));
        // the bar: root-level F1 of at least 0.70 on all 78 sentences
        assertThat(rootF1).as("root-level F1 in: " + all).isGreaterThanOrEqualTo(0.70);
        assertThat(cli.out.toLowerCase(Locale.ROOT)).contains("afp", "passive", "verb");
    }

    private static Event event(String source, String target, String cameo, String targetSector) {
        return new Event("e", new ActorRef("a", "A", source, null), new ActorRef("b", "B", target, targetSector), cameo, null, 0,
                null, Event.DateSource.UNKNOWN, null, "s", 0, 1, 1);
    }
}
