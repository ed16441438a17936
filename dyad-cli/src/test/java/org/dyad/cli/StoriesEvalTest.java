package org.dyad.cli;

import org.dyad.stories.BCubed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StoriesEvalTest {
    @TempDir
    Path tmp;

    @Test
    void bCubedOfAPerfectAndOfAMergedClustering() {
        Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y");
        assertThat(BCubed.score(Map.of("a", "1", "b", "1", "c", "2"), gold).f1()).isEqualTo(1.0);
        BCubed merged = BCubed.score(Map.of("a", "1", "b", "1", "c", "1"), gold);
        assertThat(merged.recall()).isEqualTo(1.0);
        // a and b each share their cluster of 3 with 2 of their gold cluster, c with 1
        assertThat(merged.precision()).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0) / 3, within(1e-9));
    }

    @Test
    void clustersAHandWrittenSetAsAStream() throws Exception {
        Path file = Files.writeString(tmp.resolve("set.jsonl"), """
                {"doc_id": "1", "cluster": "quake", "text": "A strong earthquake struck Lumbria on Monday, killing twelve people in the mountain town of Orsk."}
                {"doc_id": "2", "cluster": "vote", "text": "Voters in Kestland elect a new parliament on Sunday; the Green Alliance leads the polls."}
                {"doc_id": "3", "cluster": "quake", "text": "Rescuers dug through rubble in Orsk after the Lumbria earthquake killed twelve people."}
                {"doc_id": "4", "cluster": "vote", "text": "The Green Alliance won the Kestland parliament election, taking most seats from Sunday's vote."}
                """);
        StoriesEval.Result r = StoriesEval.run(StoriesEval.read(file), org.dyad.stories.StoryClusterer.THRESHOLD);
        assertThat(r.stories()).isEqualTo(2);
        assertThat(r.score().f1()).isEqualTo(1.0);
    }

    @Test
    void ecbPlusTopicsAreSplitIntoTheirHappeningsAboveTheFloor() {
        Cli cli = Cli.run("eval", "stories", "--file", Shared.dir().resolve("eval/stories/ecbplus-dev.jsonl").toString());
        assertThat(cli.exitCode).as(cli.err).isZero();
        String line = cli.out.lines().filter(l -> l.startsWith("dyad B-cubed")).findFirst().orElseThrow();
        double f1 = Double.parseDouble(line.substring(line.indexOf("F1 ") + 3).strip());
        assertThat(f1).as(line).isGreaterThanOrEqualTo(0.90);
        assertThat(cli.out).contains("baseline").contains("462 documents, 40 gold clusters");
    }

    @Test
    void theBackgroundTableIsTheMeantimeNews() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        java.util.List<String> texts = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(Shared.dir().resolve("eval/news/meantime_en_docs.jsonl"))) {
            var r = json.readTree(line);
            texts.add(r.path("title").asText("") + "\n" + r.get("text").asText());
        }
        assertThat(org.dyad.stories.Background.of(texts)).isEqualTo(org.dyad.stories.Background.MEANTIME);
    }
}
