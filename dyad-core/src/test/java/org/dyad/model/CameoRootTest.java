package org.dyad.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CameoRootTest {
    @Test
    void aCodesRootIsItsFirstTwoDigits() {
        assertThat(CameoRoot.of("163")).isEqualTo(CameoRoot.REDUCE_RELATIONS);
        assertThat(CameoRoot.of("0841")).isEqualTo(CameoRoot.YIELD);
        assertThat(CameoRoot.of("20")).isEqualTo(CameoRoot.USE_UNCONVENTIONAL_MASS_VIOLENCE);
        assertThat(CameoRoot.CONSULT.code()).isEqualTo("04");
    }

    @Test
    void onlyTwentyRootsExist() {
        assertThat(CameoRoot.values()).hasSize(20);
        assertThatThrownBy(() -> CameoRoot.of("21")).isInstanceOf(IllegalArgumentException.class);
    }
}
