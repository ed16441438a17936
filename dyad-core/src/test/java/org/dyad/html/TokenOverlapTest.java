package org.dyad.html;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TokenOverlapTest {
    @Test
    void countsTokensAsMultisets() {
        TokenOverlap o = TokenOverlap.of("a a b x", "a b b c");
        assertThat(o.precision()).isCloseTo(0.5, within(1e-9)); // a, b of a a b x
        assertThat(o.recall()).isCloseTo(0.5, within(1e-9));    // a, b of a b b c
        assertThat(o.f1()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void splitsOnAnyWhitespaceAndIgnoresLayout() {
        assertThat(TokenOverlap.of("one\n\ntwo\u00A0three", "one two three").f1()).isEqualTo(1.0);
    }

    @Test
    void nothingExtractedScoresZeroPrecision() {
        assertThat(TokenOverlap.of("", "some text").precision()).isZero();
        assertThat(TokenOverlap.of("", "some text").recall()).isZero();
    }
}
