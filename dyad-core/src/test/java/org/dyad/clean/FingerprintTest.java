package org.dyad.clean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FingerprintTest {
    private static final String STORY = "Dock workers returned to the port of Mombasa on Tuesday after a week-long strike over pay, "
            + "the union said, ending a stoppage that had left dozens of ships waiting offshore. The agreement, reached late on "
            + "Monday, raises wages by 12 percent over two years and restores overtime rates that were cut last year.";

    @Test
    void spacingCaseAndPunctuationDoNotMakeAnotherText() {
        assertThat(Fingerprint.of(STORY).hash()).isEqualTo(Fingerprint.of("  " + STORY.toUpperCase().replace(",", " ,") + "\n").hash());
    }

    @Test
    void aLightlyEditedCopyIsTheSameArticle() {
        String copy = "By Wire Staff. " + STORY.replace("12 percent", "12 per cent");
        assertThat(Fingerprint.of(copy).hash()).isNotEqualTo(Fingerprint.of(STORY).hash());
        assertThat(Fingerprint.of(STORY).share(Fingerprint.of(copy))).isGreaterThan(Fingerprint.NEAR_SHARE);
        assertThat(Fingerprint.of(STORY).sameArticle(Fingerprint.of(copy))).isTrue();
    }

    @Test
    void anotherArticleOnTheSameSubjectIsNot() {
        String other = "The ports authority said on Wednesday that the backlog of ships at Mombasa had been cleared faster than "
                + "expected, and that it would review how the strike over pay had been handled with the union in the coming weeks.";
        assertThat(Fingerprint.of(STORY).share(Fingerprint.of(other))).isLessThan(0.2);
        assertThat(Fingerprint.of(STORY).sameArticle(Fingerprint.of(other))).isFalse();
    }

    @Test
    void shortTextsAreComparedByTheirHashAlone() {
        assertThat(Fingerprint.of("Ports reopen.").minhash()).isEmpty();
        assertThat(Fingerprint.of("Ports reopen.").sameArticle(Fingerprint.of("Ports reopen today."))).isFalse();
    }
}
