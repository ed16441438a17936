package org.dyad.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentIdTest {
    @Test
    void copiesThatDifferOnlyInLineEndsSpacesOrUnicodeFormAreOneDocument() {
        String text = "The café reopened on Monday.\nCustomers queued outside.";
        assertThat(ContentId.of("  " + text.replace("\n", "\r\n") + "\n"))
                .isEqualTo(ContentId.of(text.replace(" ", "  ")))
                .isEqualTo(ContentId.of(text.replace("é", "e\u0301")))
                .isEqualTo(ContentId.of(text))
                .matches("[0-9a-f]{16}");
    }

    @Test
    void differentTextsHaveDifferentIds() {
        assertThat(ContentId.of("The talks resumed.")).isNotEqualTo(ContentId.of("The talks stalled."));
    }
}
