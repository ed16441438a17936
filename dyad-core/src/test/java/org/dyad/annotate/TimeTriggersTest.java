package org.dyad.annotate;

import org.dyad.model.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
