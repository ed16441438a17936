package org.dyad.annotate;

import org.dyad.model.Annotated;
import org.dyad.model.Dependency;
import org.dyad.model.Entity;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.testing.Articles;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class AnnotatorTest {
    private static final String TEXT = "Colombian President Gustavo Petro met Donald Trump in Washington on Tuesday.\n\n"
            + "The two leaders discussed drug trafficking. They did not sign an agreement";

    private final Annotator annotator = Annotator.shared();

    @Test
    void sharedPipelineIsLoadedOnce() {
        assertThat(Annotator.shared()).isSameAs(annotator);
    }

    @Test
    void tokensCarryOffsetsIntoTheCleanedText() {
        Annotated a = annotator.annotate(Articles.narration(TEXT, "2026-02-03"));
        for (Sentence s : a.sentences()) {
            for (Token t : s.tokens()) {
                assertThat(TEXT.substring(t.start(), t.end())).isEqualTo(t.word());
            }
        }
        assertThat(a.tokenCount()).isEqualTo(a.sentences().stream().mapToInt(s -> s.tokens().size()).sum()).isGreaterThan(20);
    }

    @Test
    void aParagraphWithoutFinalStopStillEndsItsSentence() {
        String text = "A heading-like line without a stop\n\nThe army withdrew.";
        Annotated a = annotator.annotate(Articles.narration(text, "2026-02-03"));
        assertThat(a.sentences()).hasSize(2);
        assertThat(text.substring(a.sentences().get(1).start(), a.sentences().get(1).end())).isEqualTo("The army withdrew.");
    }

    @Test
    void entitiesAndTimesAreFound() {
        Sentence first = annotator.annotate(Articles.narration(TEXT, "2026-02-03")).sentences().get(0);
        assertThat(first.entities()).extracting(Entity::text).contains("Gustavo Petro", "Donald Trump", "Washington");
        assertThat(first.entities()).filteredOn(e -> e.text().equals("Gustavo Petro")).extracting(Entity::type).containsExactly("PERSON");
        assertThat(first.timexes()).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("Tuesday");
            assertThat(t.value()).isEqualTo("2026-02-03");
        });
    }

    @Test
    void dependencyParseLinksVerbAndSubject() {
        Sentence first = annotator.annotate(Articles.narration(TEXT, "2026-02-03")).sentences().get(0);
        int met = first.tokens().stream().filter(t -> t.word().equals("met")).findFirst().orElseThrow().index();
        int petro = first.tokens().stream().filter(t -> t.word().equals("Petro")).findFirst().orElseThrow().index();
        assertThat(first.dependencies()).contains(new Dependency("nsubj", met, petro));
        assertThat(first.dependencies()).allSatisfy(d -> assertThat(d.dependent()).isBetween(0, first.tokens().size() - 1));
    }

    @Test
    void timesInLongSentencesAreFoundWholeAroundTheirTriggers() {
        String text = "The ministers, who had spent most of the previous round arguing over the wording of the final communique"
                + " and the order in which delegations would speak at the closing session, finally signed the accord"
                + " at 10:30 a.m. on March 4, 2025, three weeks after the talks began in the capital.";
        Sentence s = annotator.annotate(Articles.narration(text, "2025-03-05")).sentences().get(0);
        assertThat(s.timexes()).extracting(t -> text.substring(t.start(), t.end()))
                .contains("three weeks").anyMatch(t -> t.contains("March 4, 2025"));
        assertThat(s.timexes()).extracting(org.dyad.model.Timex::value).anyMatch(v -> v.startsWith("2025-03-04"));
    }

    @Test
    void withoutAPublicationDateTimesKeepTheirUnanchoredValue() {
        Sentence s = annotator.annotate(Articles.narration("Rebels attacked the convoy on Sunday.", null)).sentences().get(0);
        assertThat(s.timexes()).extracting(org.dyad.model.Timex::value).containsExactly("XXXX-WXX-7");
    }

    @Test
    void blankNarrationGivesNoSentences() {
        assertThat(annotator.annotate(Articles.narration("  ", null)).sentences()).isEmpty();
    }

    @Test
    void concurrentUseGivesTheSameAnnotation() throws Exception {
        List<String> texts = List.of(TEXT, "Rebels attacked a convoy near Goma on Sunday.", "The court fined the company in May.");
        List<Annotated> sequential = texts.stream().map(t -> annotator.annotate(Articles.narration(t, "2026-02-03"))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Annotated>> parallel = texts.stream()
                    .map(t -> pool.submit(() -> annotator.annotate(Articles.narration(t, "2026-02-03")))).toList();
            for (int i = 0; i < texts.size(); i++) {
                assertThat(parallel.get(i).get().sentences()).isEqualTo(sequential.get(i).sentences());
            }
        } finally {
            pool.shutdown();
        }
    }
}
