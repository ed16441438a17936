package org.dyad.cli;

import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WordNetWidenerTest {
    private static final List<WordNetWidener.Row> LEXICON = List.of(
            new WordNetWidener.Row("attack", "obj", "190", "Troops attacked the town."),
            new WordNetWidener.Row("meet", "with", "040", "The envoy met with the minister."),
            new WordNetWidener.Row("assail", "obj", "111", "The minister assailed the report."),
            new WordNetWidener.Row("impose sanctions", "on", "163", "The bloc imposed sanctions on the state."));

    @Test
    void aVerbLendsItsRowsToTheVerbsOfItsCommonestSense() throws Exception {
        List<WordNetWidener.Row> added = new WordNetWidener(Dictionary.getDefaultResourceInstance()).widen(List.of(
                new WordNetWidener.Row("examine", "obj", "090", "The panel examined the accounts.")));
        assertThat(added).extracting(WordNetWidener.Row::key).contains("analyze", "study");
        assertThat(added).allSatisfy(r -> {
            assertThat(r.frame()).isEqualTo("obj");
            assertThat(r.cameo()).isEqualTo("090");
            assertThat(r.note()).contains("WordNet 3.1", "\"examine\"");
        });
    }

    @Test
    void theLexiconsOwnVerbsPhrasesAndRareMeaningsAreLeftAlone() throws Exception {
        List<WordNetWidener.Row> added = new WordNetWidener(Dictionary.getDefaultResourceInstance()).widen(LEXICON);
        assertThat(added).extracting(WordNetWidener.Row::key)
                .doesNotContain("attack", "assail", "meet", "see", "impose sanctions");
    }
}
