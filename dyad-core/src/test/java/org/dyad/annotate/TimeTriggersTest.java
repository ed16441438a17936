package org.dyad.annotate;

import org.dyad.model.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimeTriggersTest {

    @ParameterizedTest(name = "{0}/{1} -> {2}")
    @CsvSource({
            "May, NNP, true", "may, MD, false", "March, NNP, true", "march, VB, false",
            "Tuesday, NNP, true", "Jan., NNP, true", "yesterday, NN, true", "ago, RB, true",
            "week, NN, true", "weeks, NNS, true", "fall, NN, true", "fall, VBP, false", "time, NN, true",
            "2008, CD, true", "1990s, CD, true", "10:30, CD, true", "3rd, JJ, true", "12/05/2021, CD, true",
            "40, CD, false", "179, CD, false", "billion, CD, false", "last, JJ, false", "two, CD, false",
            "Petro, NNP, false"})
    void tellsWordsTimesAreMadeOf(String word, String pos, boolean trigger) {
        String lemma = word.endsWith("s") && pos.equals("NNS") ? word.substring(0, word.length() - 1) : word;
        assertThat(TimeTriggers.isTrigger(new Token(0, word, lemma, pos, "O", 0, word.length()))).isEqualTo(trigger);
    }

    @Test
    void windowsSurroundTriggersAndMergeWhereTheyTouch() {
        // 40 words: triggers at 2 and 5 (one merged window), at 30 (its own), none elsewhere
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            boolean trigger = i == 2 || i == 5 || i == 30;
            String word = trigger ? "Monday" : "word";
            tokens.add(new Token(i, word, word, trigger ? "NNP" : "NN", "O", i * 7, i * 7 + word.length()));
        }
        List<int[]> windows = TimeTriggers.windows(tokens);
        assertThat(windows).hasSize(2);
        assertThat(windows.get(0)).containsExactly(0, 5 + TimeTriggers.REACH + 1);
        assertThat(windows.get(1)).containsExactly(30 - TimeTriggers.REACH, 30 + TimeTriggers.REACH + 1);
    }

    @Test
    void aSentenceWithoutTriggersHasNoWindow() {
        List<Token> tokens = List.of(new Token(0, "Talks", "talk", "NNS", "O", 0, 5), new Token(1, "resumed", "resume", "VBD", "O", 6, 13));
        assertThat(TimeTriggers.windows(tokens)).isEmpty();
    }
}
